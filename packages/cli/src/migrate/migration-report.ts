import { isProblem, type CheckedFile, type Finding } from '../workspace/load-workspace.js';
import { migrateMessages } from './migrate-messages.js';
import type { WorkspaceMigration } from './migrate-workspace.js';

/** Where each procedure stands in a file after migration (1-based lines), to give it its findings. */
export type ProcedureLines = ReadonlyMap<string, ReadonlyArray<{ readonly name: string; readonly start: number; readonly end: number }>>;

/** One remaining finding, as the report lists it (the test compares this list with `tthc check`). */
export interface ReportedFinding {
    readonly path: string;
    readonly finding: Finding;
}

/**
 * The migration report in Markdown (also what the terminal shows): per file, per procedure what changed,
 * what was not migrated and why, and every finding left after migration, each a decision for a human; the
 * catalogue's removed and kept district units. Deterministic: files by path, procedures in source order,
 * findings by position.
 */
export function migrationReport(migration: WorkspaceMigration, findings: readonly CheckedFile[], lines: ProcedureLines,
    show: (path: string) => string, dryRun: boolean): { markdown: string; reported: ReportedFinding[] } {
    const say = migrateMessages;
    const out: string[] = [`# ${say.title}`, ''];
    const procedures = migration.files.reduce((n, file) => n + file.procedures.length, 0);
    out.push(say.intro(migration.files.length, procedures));
    if (dryRun) out.push('', say.dryRun);
    const fixes = migration.fixes;
    const byPath = new Map(findings.map(file => [file.path, file.findings.filter(isProblem)]));
    const paths = [...new Set([...migration.files.map(f => f.path), ...fixes.keys(), ...findings.filter(f => f.findings.some(isProblem)).map(f => f.path)])].sort();
    const reported: ReportedFinding[] = [];
    let changes = 0;
    let changedFiles = 0;
    for (const path of paths) {
        const file = migration.files.find(f => f.path === path);
        const fileFindings = [...(byPath.get(path) ?? [])];
        const changed = migration.before.get(path) !== migration.after.get(path);
        if (!changed && fileFindings.length === 0) continue;
        if (changed) changedFiles++;
        out.push('', `## \`${show(path)}\``);
        const ranges = lines.get(path) ?? [];
        for (const plan of file?.procedures ?? []) {
            out.push('', `### ${say.procedure(plan.name, plan.title)}`, '');
            changes += plan.changes.length;
            if (plan.changes.length === 0) out.push(say.nothingChanged);
            else out.push(`${say.changed}:`, '', ...plan.changes.map(change => `- ${say.change(change)}`));
            if (plan.pending.length > 0) out.push('', `${say.notMigrated}:`, '', ...plan.pending.map(pending => `- ${say.pending(pending)}`));
            const range = ranges.find(r => r.name === plan.name);
            const own = range ? take(fileFindings, f => f.line >= range.start && f.line <= range.end) : [];
            out.push('', `${say.human}:`, '');
            if (own.length === 0) out.push(say.noHuman);
            else out.push(...own.map(finding => listed(path, finding, show, reported)));
        }
        const fixed = fixes.get(path) ?? [];
        if (fixed.length > 0) {
            changes += fixed.length;
            out.push('', `### ${say.safeFixes}`, '', ...fixed.map(title => `- ${title}`));
        }
        if (file && (file.removedUnits.length > 0 || file.keptUnits.length > 0)) {
            out.push('', `### ${say.catalogue}`, '');
            if (file.removedUnits.length > 0) out.push(`- ${say.removed(file.removedUnits)}`);
            if (file.keptUnits.length > 0) out.push(`- ${say.kept(file.keptUnits)}`);
        }
        if (fileFindings.length > 0) {
            out.push('', `### ${say.findingsHeading}`, '', ...fileFindings.map(finding => listed(path, finding, show, reported)));
        }
    }
    out.push('', '---', '', say.summary(changes, reported.length, changedFiles), '');
    return { markdown: out.join('\n'), reported };
}

function listed(path: string, finding: Finding, show: (path: string) => string, reported: ReportedFinding[]): string {
    reported.push({ path, finding });
    // A message is one line already; a `|` or a backtick would not break a list item.
    return `- ${migrateMessages.finding(`${show(path)}:${finding.line}:${finding.column}`, finding.severity, finding.code, finding.message)}`;
}

// Removes and returns the findings that `test` accepts, keeping the others in order.
function take(findings: Finding[], test: (finding: Finding) => boolean): Finding[] {
    const taken = findings.filter(test);
    const rest = findings.filter(finding => !test(finding));
    findings.splice(0, findings.length, ...rest);
    return taken;
}
