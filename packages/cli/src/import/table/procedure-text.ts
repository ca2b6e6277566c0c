import { splitPerformers, type CatalogueMatcher } from './catalogue-match.js';
import { fileNameOf, identifierOf } from './fold-text.js';
import type { CellRef, PublishedProcedure, PublishedStep } from './recognise-tables.js';
import { stepKindOf } from './step-kinds.js';
import { stepTime, totalTime } from './table-durations.js';
import { cellProblem, isError, type TableProblem } from './table-problems.js';
import { unresolvedText } from './unresolved-text.js';

/** One procedure written as .tthc text (not yet formatted), with what could not be mapped. */
export interface ProcedureText {
    readonly name: string;
    readonly fileName: string;
    readonly title: string;
    readonly text: string;
    readonly problems: readonly TableProblem[];
}

/** A text literal of the language: one line, quotes and backslashes escaped. */
export function quote(text: string): string {
    return `"${text.replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

// A comment line: no line break nor other control character may end it early.
function comment(text: string): string {
    // eslint-disable-next-line no-control-regex
    return `// ${text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim()}`;
}

/**
 * Writes one recognised procedure as .tthc text: its code(s), published total, group members, cases (each with
 * `start` and its total), parts (subtotals, shared times), and steps in table order, each going on to the next of
 * its case, with the kind its task's first words say, its performers mapped to the catalogue, its time, and the forms
 * its result cell names. What cannot be mapped becomes `unresolved "…"` where it belongs, and a problem.
 */
export function procedureText(procedure: PublishedProcedure, matcher: CatalogueMatcher, source: string, usedNames: Set<string>): ProcedureText {
    const problems: TableProblem[] = [];
    const procedureLines: string[] = [];
    const heading = procedure.heading;
    const title = heading.title ?? '';
    if (!heading.title) {
        const problem: TableProblem = { code: 'no-title', table: procedure.table };
        problems.push(problem);
        procedureLines.push(`unresolved ${quote(unresolvedText(problem))}`);
    }
    let name = identifierOf(title || `Bang ${procedure.table}`);
    for (let n = 2; usedNames.has(name); n++) name = `${identifierOf(title || `Bang ${procedure.table}`)}${n}`;
    usedNames.add(name);
    const lines: string[] = [comment(`Imported by tthc import table from ${source}, table ${procedure.table}.`)];
    lines.push(`procedure ${name} ${quote(title)} {`);
    if (heading.codes.length === 1 && !heading.group) lines.push(`code ${heading.codes[0]}`);
    const total = procedure.total;
    if (total) {
        const literal = totalTime(total.text, quote);
        const foot = procedure.footTotal ? totalTime(procedure.footTotal.text, quote) : undefined;
        if (literal && procedure.footTotal && foot?.split(' ')[0] !== literal.split(' ')[0]) {
            const problem = cellProblem('total-conflict', procedure.footTotal, { candidates: [total.text] });
            problems.push(problem);
            procedureLines.push(`unresolved ${quote(unresolvedText(problem))}`);
        }
        if (literal) {
            lines.push(`total ${literal}`);
        } else {
            const problem = cellProblem('bad-total', total);
            problems.push(problem);
            procedureLines.push(`unresolved ${quote(unresolvedText(problem))}`);
        }
    }
    lines.push(...procedureLines);
    (heading.group?.members ?? []).forEach((member, i) => {
        const code = member.codes.length === 1 ? ` code ${member.codes[0]}` : '';
        lines.push(`member M${i + 1} ${quote(member.title)} {${code} }`);
    });
    const several = procedure.cases.length > 1;
    if (several) {
        for (const path of procedure.cases) {
            const inner: string[] = [];
            if (path.total) {
                const literal = totalTime(path.total.text, quote);
                if (literal) inner.push(`total ${literal}`);
                else problems.push(cellProblem('bad-total', path.total));
            }
            if (path.steps.length > 0) inner.push(`start ${path.steps[0].name}`);
            lines.push(`case TruongHop${path.letter} ${quote(path.title ?? `Trường hợp ${path.letter.toLowerCase()}`)} { ${inner.join(' ')} }`);
        }
    }
    procedure.parts.forEach((part, i) => {
        let line = `part P${i + 1} ${quote(part.title)}`;
        for (const [keyword, cell] of [['subtotal', part.subtotal], ['time', part.time]] as const) {
            if (!cell) continue;
            const read = keyword === 'subtotal' ? totalTime(cell.text, quote) : stepTime(cell.text);
            const literal = typeof read === 'string' ? read : read?.kind === 'duration' ? read.text : undefined;
            if (literal) line += ` ${keyword} ${literal}`;
            else problems.push(cellProblem(keyword === 'subtotal' ? 'bad-total' : 'bad-duration', cell));
        }
        lines.push(line);
    });
    for (const path of procedure.cases) {
        path.steps.forEach((step, i) => lines.push(...stepLines(step, path.steps[i + 1], matcher, problems)));
    }
    if (procedure.cases.every(c => c.steps.length === 0)) {
        lines.push(`unresolved ${quote(unresolvedText({ code: 'no-step-table', table: procedure.table }))}`);
        problems.push({ code: 'no-step-table', table: procedure.table });
    }
    lines.push('}');
    return {
        name, title, fileName: `${fileNameOf(title || `bang-${procedure.table}`)}.tthc`, text: `${lines.join('\n')}\n`,
        problems: problems.map(p => ({ ...p, procedure: title }))
    };
}

function stepLines(step: PublishedStep, next: PublishedStep | undefined, matcher: CatalogueMatcher, problems: TableProblem[]): string[] {
    const unresolved: string[] = [];
    const report = (problem: TableProblem): void => {
        problems.push(problem);
        if (isError(problem)) unresolved.push(`unresolved ${quote(unresolvedText(problem))}`);
    };
    const parts: string[] = [`step ${step.name} ${quote(taskTitle(step.task.text))}`];
    const kind = stepKindOf(step.task.text);
    if (kind) parts.push(kind);
    const performers = mapPerformers(step.performers, matcher, report);
    if (performers.length > 0) parts.push(`by ${performers.join(' or ')}`);
    if (step.time) {
        const time = stepTime(step.time.text);
        if (time.kind === 'duration') parts.push(time.text);
        else if (time.kind === 'not-counted') parts.push('not-counted');
        else report(cellProblem('bad-duration', step.time));
    } else if (step.part === undefined) {
        report(cellProblem('no-time', { ...step.task, text: '', column: '' }));
    }
    if (step.part !== undefined) parts.push(`in P${step.part + 1}`);
    const forms = step.product ? mapForms(step.product, matcher, report) : [];
    if (forms.length > 0) parts.push(`produces ${forms.join(', ')}`);
    if (next) parts.push(`-> ${next.name}`);
    const lines = step.product ? [comment(`${step.product.column}: ${step.product.text}`)] : [];
    return [...lines, parts.join(' '), ...unresolved.map(u => `    ${u}`)];
}

// A task written as a list ("- Tiếp nhận hồ sơ.\n- Chuyển hồ sơ …") reads as one line without the dashes.
function taskTitle(text: string): string {
    return text.split('\n').map(line => line.replace(/^[-+•]\s*/u, '').trim()).filter(Boolean).join(' ');
}

function mapPerformers(cells: readonly CellRef[], matcher: CatalogueMatcher, report: (p: TableProblem) => void): string[] {
    const out: string[] = [];
    for (const cell of cells) {
        if (cell.text.trim() === '') {
            report(cellProblem('empty-performer', cell));
            continue;
        }
        const whole = matcher.performer(cell.text);
        const pieces = whole.kind === 'match' ? [cell.text] : splitPerformers(cell.text);
        for (const piece of pieces) {
            const match = piece === cell.text && whole.kind === 'match' ? whole : matcher.performer(piece);
            const at = { ...cell, text: piece };
            if (match.kind === 'match') {
                if (!out.includes(match.reference)) out.push(match.reference);
                if (match.loose) report(cellProblem('loose-performer', at, { candidates: [match.reference] }));
            } else if (match.kind === 'several') {
                report(cellProblem('several-performers', at, { candidates: match.references }));
            } else {
                report(cellProblem('no-performer', at));
            }
        }
    }
    return out;
}

const FORM_REFERENCE = /mẫu(?:\s+số)?\s+[0-9A-Za-zĐđ][0-9A-Za-zĐđ./-]*/giu;

// Forms the result cell names ("Mẫu 01", "Mẫu số 02/TP"); a cell that names none is a result described in words.
function mapForms(cell: CellRef, matcher: CatalogueMatcher, report: (p: TableProblem) => void): string[] {
    const out: string[] = [];
    for (const reference of cell.text.match(FORM_REFERENCE) ?? []) {
        const clean = reference.replace(/[.,;:]+$/u, '');
        const match = matcher.form(clean);
        if (match.kind === 'match') {
            if (!out.includes(match.reference)) out.push(match.reference);
        } else {
            report(cellProblem(match.kind === 'several' ? 'several-forms' : 'no-form', { ...cell, text: clean },
                match.kind === 'several' ? { candidates: match.references } : {}));
        }
    }
    return out;
}
