// The inventory of the published decisions as text: per file, its procedures with their rows, parts and totals, then
// every arithmetic verdict. Printed by test/shared-decisions/decision-tables.test.ts when DECISIONS_INVENTORY is set:
//   DECISIONS_INVENTORY=1 npx vitest run test/shared-decisions/decision-tables.test.ts
import { basename } from 'node:path';
import { arithmeticVerdicts, sumRows, sumText } from './decision-arithmetic.js';
import { type DecisionProcedure, readDecisionFile } from './decision-tables.js';

function short(text: string | undefined, length = 60): string {
    const t = text ?? '';
    return t.length > length ? `${t.slice(0, length - 1)}…` : t;
}

function totalText(p: DecisionProcedure): string {
    if (!p.total) {
        return p.caseTotals.map(t => `${t.label}: ${t.headText ?? ''}`).join(' | ');
    }
    return p.total.headText ?? p.total.budgets.map(b => `${b.label}: ${b.text}`).join('; ');
}

/** The inventory of the decision files `paths`, one line per procedure and per verdict. */
export function decisionInventory(paths: readonly string[]): string {
    const lines: string[] = [];
    for (const path of paths) {
        const procedures = readDecisionFile(path);
        lines.push(`${basename(path)}: ${procedures.length} procedure(s)`);
        for (const p of procedures) {
            const steps = p.rows.filter(r => r.label !== undefined).length;
            lines.push(`  ${p.file}:${p.line} [${p.layout}] ${short(p.title)}${p.caseLabel ? ` / ${short(p.caseLabel, 40)}` : ''}` +
                `${p.codes.length ? ` (${p.codes.join(', ')})` : ''}: ${steps} step(s), ${p.rows.length - steps} sub-row(s), ` +
                `${p.parts.length} part(s), sum ${sumText(sumRows(p.rows))}, total ${short(totalText(p), 50)}`);
            for (const v of arithmeticVerdicts(p)) {
                const verdict = v.addsUp === true ? 'yes' : v.addsUp === false ? 'NO' : '?';
                lines.push(`    ${verdict} ${v.check}${v.what ? ` (${short(v.what, 40)})` : ''}: stated ${short(v.stated, 50)}; steps ${v.computed}; ${v.why}`);
            }
        }
    }
    return lines.join('\n');
}
