import type { CatalogueMatcher } from './catalogue-match.js';
import { isSharedWork, matchPerformerText, readPerformerCell, TASK_VERB, unitOf } from './performer-cell.js';
import { exceptionSteps, jumps, mergeTargets, transitions } from './procedure-flow.js';
import { handoverChannel, readTaskCell, type TaskCell } from './task-cell.js';
import { readTimeCell, type TimeCell } from './time-cell.js';
import { fileNameOf, foldText, identifierOf } from './fold-text.js';
import { listedTotal, stepNamedBy } from './listed-total.js';
import type { CellRef, PublishedProcedure, PublishedStep } from './recognise-tables.js';
import { stepKindOf } from './step-kinds.js';
import { publishedTotalText, stepTime, totalTime } from './table-durations.js';
import { cellProblem, isError, type TableProblem } from './table-problems.js';
import type { TitleMap } from './title-map.js';
import { unresolvedText } from './unresolved-text.js';
import { addUnitStageParts } from './unit-stage-parts.js';
import { caseBranches, footCaseName } from './case-branches.js';
import { applyListedLimits } from './listed-limits.js';

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
export function procedureText(procedure: PublishedProcedure, catalogueMatcher: CatalogueMatcher, source: string, usedNames: Set<string>, map?: TitleMap): ProcedureText {
    const problems: TableProblem[] = [];
    // The mapping file's decisions for this procedure (its heading, its tables) come before the matcher's rules.
    const heading = procedure.heading;
    const scopeTitle = heading.title ?? heading.group?.title ?? '';
    const tables = tablesOf(procedure);
    const matcher = map ? catalogueMatcher.withOverrides(map.scope(scopeTitle, tables)) : catalogueMatcher;
    addUnitStageParts(procedure, matcher);
    const procedureLines: string[] = [];
    const title = heading.title ?? '';
    // A cell listing several limits and no total: which steps each covers is the mapping file's decision.
    if (map) {
        const limits = map.limitsFor(scopeTitle, tables);
        for (const entry of applyListedLimits(procedure, limits.entries)?.used ?? []) limits.use(entry);
    }
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
    if (heading.sector) lines.push(`sector ${quote(heading.sector)}`);
    if (heading.level) lines.push(`level ${heading.level}`);
    const contextUnits = unitsNamed(procedure, matcher);
    if (heading.authority) {
        const authority = matcher.unit(heading.authority);
        if (authority.kind === 'match') {
            lines.push(`authority ${authority.reference}`);
            // The authority is a unit the table names: it settles a title its units share with others.
            contextUnits.add(authority.reference);
        } else {
            const problem: TableProblem = { code: authority.kind === 'several' ? 'several-performers' : 'no-performer', table: procedure.table, text: heading.authority, ...(authority.kind === 'several' ? { candidates: authority.references } : {}) };
            problems.push(problem);
            procedureLines.push(`unresolved ${quote(unresolvedText(problem))}`);
        }
    }
    if (heading.online) lines.push(`online ${heading.online}`);
    if (heading.boundaryIndependent) lines.push('boundary-independent');
    lines.push(...resultLines(procedure, matcher, problems));
    const own = heading.ownLayout === true;
    const bareDay = own ? 'cd' : 'd';
    // The table target's documents state the counted total too: a total is published only where "Công bố:" says so.
    const published = (cell: CellRef | undefined): CellRef | undefined => (cell && (!own || /^Công bố:/imu.test(cell.text)) ? cell : undefined);
    const total = own ? published(procedure.footTotal ?? procedure.total) : procedure.total;
    // The steps a listed total says are not counted ("- Đăng tải … (không tính trong quy trình giải quyết hồ sơ)"),
    // with the remark.
    const uncounted = new Map<string, string>();
    if (total) {
        let literal = totalTime(publishedTotalText(total.text), quote);
        const listed = literal ? undefined : listedTotal(total.text);
        const steps = procedure.cases.flatMap(c => c.steps);
        const named = listed?.uncounted.map(item => ({ index: stepNamedBy(item.text, steps.map(step => step.task.text)), reason: item.reason }));
        // Only when each item names its step: else the cell is reported whole, as before.
        if (listed && named?.every(n => n.index !== undefined)) {
            literal = totalTime(listed.counted, quote);
            if (literal) for (const n of named) uncounted.set(steps[n.index!].name, n.reason);
        }
        const foot = procedure.footTotal ? totalTime(publishedTotalText(procedure.footTotal.text), quote) : undefined;
        // "09 ngày" at the foot, "09 ngày làm việc" above (or the other way round): one total, said once without
        // the kind of day; the one that says it is the total.
        const sharper = literal && foot ? sharperTotal(literal, foot) : undefined;
        if (sharper) literal = sharper;
        else if (!own && literal && procedure.footTotal && foot?.split(' ')[0] !== literal.split(' ')[0]) {
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
    // A case's or part's time that cannot be read: reported, and written after the parts as `unresolved "…"`.
    const laterLines: string[] = [];
    const unreadable = (problem: TableProblem): void => {
        problems.push(problem);
        laterLines.push(`unresolved ${quote(unresolvedText(problem))}`);
    };
    const several = procedure.cases.length > 1;
    if (several) {
        for (const path of procedure.cases) {
            const inner: string[] = [];
            const caseTotal = published(path.total);
            if (caseTotal) {
                const literal = totalTime(publishedTotalText(caseTotal.text), quote);
                if (literal) inner.push(`total ${literal}`);
                else unreadable(cellProblem('bad-total', caseTotal));
            }
            if (path.steps.length > 0) inner.push(`start ${path.steps[0].name}`);
            lines.push(`case TruongHop${path.letter} ${quote(path.title ?? `Trường hợp ${path.letter.toLowerCase()}`)} { ${inner.join(' ')} }`);
        }
    }
    (procedure.footCases ?? []).forEach((footCase, i) => {
        const literal = totalTime(publishedTotalText(footCase.total.text), quote);
        if (!literal) unreadable(cellProblem('bad-total', footCase.total));
        const title = `Trường hợp ${footCase.condition.replace(/\s+/g, ' ')}`;
        lines.push(`case ${footCaseName(i)} ${quote(title)} {${literal ? ` total ${literal}` : ''} }`);
    });
    procedure.parts.forEach((part, i) => {
        let line = `part P${i + 1} ${quote(part.title)}`;
        for (const [keyword, cell] of [['subtotal', part.subtotal], ['time', part.time]] as const) {
            if (!cell) continue;
            const read = keyword === 'subtotal' ? totalTime(publishedTotalText(cell.text), quote) : stepTime(cell.text.split('\n')[0].replace(/\s*\(chung cho [^)]*\)$/u, ''), bareDay);
            const literal = typeof read === 'string' ? read : read?.kind === 'duration' ? read.text : undefined;
            if (literal) line += ` ${keyword} ${literal}`;
            else unreadable(cellProblem(keyword === 'subtotal' ? 'bad-total' : 'bad-duration', cell));
        }
        if (part.limit) line += ` limit ${part.limit}`;
        lines.push(line);
    });
    lines.push(...laterLines);
    const bodies = new Map<string, string>();
    const stepText: string[] = [];
    const exceptions = exceptionSteps(procedure);
    const context: MapContext = { matcher, bodies, bareDay, contextUnits, ...(heading.level ? { level: heading.level } : {}), previousUnits: new Set(), receivedAt: new Set(), uncounted };
    for (const path of procedure.cases) {
        const next = transitions(path.steps);
        context.previousUnits = new Set();
        const past = jumps(path.steps);
        path.steps.forEach((step, i) => {
            const branched = caseBranches(step, path.steps, procedure);
            stepText.push(...stepLines(step, [...(branched ?? next[i].map(t => `-> ${t}`)), ...past[i], ...(exceptions.extra.get(step.name) ?? [])], context, problems));
            // A path's first step receives the dossier.
            if (i === 0) for (const unit of context.previousUnits) context.receivedAt.add(unit);
        });
    }
    for (const exception of exceptions.steps) {
        context.previousUnits = new Set();
        stepText.push(...stepLines(exception.step, [...exception.targets, ...(exceptions.extra.get(exception.step.name) ?? [])], context, problems, exception.kind));
    }
    for (const [bodyTitle, bodyName] of bodies) lines.push(`body ${bodyName} ${quote(bodyTitle)}`);
    lines.push(...stepText);
    if (procedure.cases.every(c => c.steps.length === 0)) {
        lines.push(`unresolved ${quote(unresolvedText({ code: 'no-step-table', table: procedure.table }))}`);
        problems.push({ code: 'no-step-table', table: procedure.table });
    }
    lines.push('}');
    return {
        name, title, fileName: `${fileNameOf(title || `bang-${procedure.table}`)}.tthc`, text: `${lines.join('\n')}\n`,
        // A branch step stated in a task cell is performed by its step's performers: a cell read twice is reported once.
        problems: [...new Map(problems.map(p => [JSON.stringify(p), p])).values()].map(p => ({ ...p, procedure: title }))
    };
}

/**
 * The procedure's results as its return row names them, one line "Kết quả: …" each (the table target writes
 * `Kết quả: <title> (<form code>)`): `result "<title>"`, `on form` the catalogue form the code in brackets names. Each
 * case's table repeats the row: a result is written once.
 */
function resultLines(procedure: PublishedProcedure, matcher: CatalogueMatcher, problems: TableProblem[]): string[] {
    const out = new Set<string>();
    for (const step of procedure.cases.flatMap(c => c.steps)) {
        for (const line of (step.product?.text ?? '').normalize('NFC').split('\n')) {
            const stated = /^\s*kết quả\s*:\s*(.+?)\s*$/iu.exec(line)?.[1];
            if (!stated) continue;
            const coded = /^(.+?)\s*\(([^()]+)\)$/u.exec(stated);
            const form = coded ? matcher.form(coded[2]) : undefined;
            if (coded && form?.kind === 'match') {
                out.add(`result ${quote(coded[1])} on form ${form.reference}`);
            } else if (coded && form?.kind === 'several') {
                // The code names several forms: the result without its form, and a warning (as for a step's forms).
                problems.push(cellProblem('several-forms', { ...step.product!, text: coded[2] }, { candidates: form.references }));
                out.add(`result ${quote(coded[1])}`);
            } else {
                out.add(`result ${quote(stated)}`);
            }
        }
    }
    return [...out];
}

// Of two totals with the same number, one in bare days (`9d`) and the other in working or calendar days (`9wd`): the
// latter, whole (with what it says it counts from). Undefined when they differ otherwise.
function sharperTotal(above: string, foot: string): string | undefined {
    const amount = (literal: string): { n: string; unit: string } | undefined => {
        const m = /^(\d+(?:[./]\d+)?)([a-z]+)$/.exec(literal.split(' ')[0]);
        return m ? { n: m[1], unit: m[2] } : undefined;
    };
    const a = amount(above);
    const b = amount(foot);
    if (!a || !b || a.n !== b.n || a.unit === b.unit) return undefined;
    if (a.unit === 'd' && (b.unit === 'wd' || b.unit === 'cd')) return foot;
    if (b.unit === 'd' && (a.unit === 'wd' || a.unit === 'cd')) return above;
    return undefined;
}

/** What mapping a step's cells needs: the catalogue, and the bodies (councils…) the procedure sets up, by title. */
interface MapContext {
    readonly matcher: CatalogueMatcher;
    readonly bodies: Map<string, string>;
    readonly bareDay: 'd' | 'cd';
    /** The units the procedure's cells name unambiguously: they settle a title several units share. */
    readonly contextUnits: ReadonlySet<string>;
    /** The procedure's level as its heading states it ("Cấp thực hiện: cấp xã"): it settles what the units do not. */
    readonly level?: 'province' | 'commune';
    /** The units of the step before's performers: the first to settle a title several units share. */
    previousUnits: ReadonlySet<string>;
    /** The units of the paths' first steps (the reception): the alternatives of a later "A và B hoặc C" are among them. */
    readonly receivedAt: Set<string>;
    /** The steps (by name) the total cell says are not counted, with its remark. */
    readonly uncounted: ReadonlyMap<string, string>;
}

// Of the entries a title matches, the one the table's context decides, narrowing step by step: the one of a unit the
// same step names ("Lãnh đạo Sở hoặc Văn thư"), of the unit the step before names ("Lãnh đạo nhà trường" then "Bộ phận văn thư nhà trường"), of a unit the table names
// elsewhere, of a unit at the procedure's level. Undefined when the context does not decide.
function decidedByContext(references: readonly string[], context: MapContext, sameStep: readonly string[]): string | undefined {
    const filters: Array<(reference: string) => boolean> = [
        r => sameStep.some(s => unitOf(s) === unitOf(r)),
        r => context.previousUnits.has(unitOf(r)),
        r => context.contextUnits.has(unitOf(r)),
        r => context.level !== undefined && context.matcher.levelOf(unitOf(r)) === context.level
    ];
    let pool = references;
    for (const keep of filters) {
        const kept = pool.filter(keep);
        if (kept.length === 1) return kept[0];
        if (kept.length > 1) pool = kept;
    }
    return undefined;
}

// The tables a procedure is read from (its cases' tables, 1-based).
function tablesOf(procedure: PublishedProcedure): Set<number> {
    const tables = new Set<number>([procedure.table]);
    for (const step of procedure.cases.flatMap(c => c.steps)) tables.add(step.task.table);
    return tables;
}

// The units the procedure's responsibility cells name exactly and unambiguously (whole, or in a descriptive cell's
// first words).
function unitsNamed(procedure: PublishedProcedure, matcher: CatalogueMatcher): Set<string> {
    const units = new Set<string>();
    for (const step of procedure.cases.flatMap(c => c.steps)) {
        for (const cell of step.performers) {
            for (const text of readPerformerCell(cell.text).alternatives) {
                for (const { match } of matchPerformerText(text, matcher)) {
                    if (match.kind === 'match' && !match.loose && match.reference !== 'applicant') units.add(unitOf(match.reference));
                }
            }
        }
    }
    return units;
}

function stepLines(step: PublishedStep, targets: readonly string[], context: MapContext, problems: TableProblem[], exceptionKind?: string): string[] {
    const matcher = context.matcher;
    const unresolved: string[] = [];
    const report = (problem: TableProblem): void => {
        problems.push(problem);
        if (isError(problem)) unresolved.push(`unresolved ${quote(unresolvedText(problem))}`);
    };
    const task = readTaskCell(step.task.text);
    const parts: string[] = [`step ${step.name} ${quote(task.title)}`];
    const kind = exceptionKind ?? stepKindOf(task.title);
    if (kind) parts.push(kind);
    const cells = step.performers.map(cell => readPerformerCell(cell.text));
    const performers = cells.flatMap(cell => cell.alternatives.map(text => ({ text, cell })));
    const joined: string[] = [];
    const mapped = mapPerformers(performers.map(p => p.text), step.performers[0], context, report, true, joined);
    // A branch a task cell states in words is its step's; when its words name one of the step's alternatives ("thì
    // công chức tại Trung tâm … tỉnh lập Phiếu từ chối …"), that one performs it.
    const shared = step.performers.length === 1 && mapped.length > 1 && isSharedWork(step.performers[0].text, matcher);
    const main = shared ? mapped.slice(0, 1) : exceptionKind && mapped.length > 1 ? namedAmong(task.title, mapped, matcher) ?? mapped : mapped;
    if (shared) joined.push(...mapped.slice(1));
    const partners = [...joined, ...mapPerformers(cells.flatMap(c => joinPartners(c.partners, matcher)), step.performers[0], context, report, false)]
        .filter((r, i, all) => all.indexOf(r) === i && !main.includes(r));
    if (main.length > 0) parts.push(`by ${main.join(' or ')}${partners.length > 0 ? ` with ${partners.join(', ')}` : ''}`);
    context.previousUnits = new Set(main.filter(r => r !== 'applicant').map(unitOf));
    const time = step.time ? readTimeCell(step.time.text, context.bareDay) : undefined;
    const notCounted = context.uncounted.get(step.name);
    if (time?.time?.kind === 'duration' && notCounted !== undefined) parts.push(`${time.time.text} not-counted ${quote(notCounted)}`);
    else if (time?.time?.kind === 'duration') parts.push(time.time.text);
    else if (time?.time?.kind === 'not-counted') {
        parts.push(`${time.uncountedTime ? `${time.uncountedTime} ` : ''}not-counted${time.officeHours ? ` ${quote(time.officeHours)}` : ''}`);
        if (time.officeHours) report(cellProblem('office-hours', { ...step.time!, text: time.officeHours }));
    }
    else if (time?.time?.kind === 'unreadable') report(cellProblem('bad-duration', { ...step.time!, text: time.text }));
    // A step off the main flow (an exception's) may have no time of its own: the table leaves it blank.
    else if (step.part === undefined && step.label !== '') report(cellProblem('no-time', { ...step.task, text: '', column: '' }));
    if (step.part !== undefined) parts.push(`in P${step.part + 1}`);
    if (task.task) parts.push(`task ${quote(task.task)}`);
    const forms = step.product ? mapForms(step.product, matcher, report) : [];
    if (forms.length > 0) parts.push(`produces ${forms.join(', ')}`);
    if (task.digitises) parts.push('digitises');
    if (task.signsDigitally) parts.push('signs-digitally');
    if (task.requestsPayment) parts.push('requests payment');
    const agency = cells.find(c => c.handover)?.handover ?? task.handover?.partner;
    if (agency) parts.push(handoverText(agency, task, time, step, matcher, report));
    parts.push(...mergeTargets(targets));
    const lines = step.product ? [comment(`${step.product.column}: ${step.product.text}`)] : [];
    return [...lines, parts.join(' '), ...unresolved.map(u => `    ${u}`)];
}

// Of several performers, the one a sentence's leading words name before its verb ("Công chức tại Trung tâm … tỉnh
// lập Phiếu từ chối …"), loosely as the table words it: the choice is only among the performers the row states.
function namedAmong(sentence: string, performers: readonly string[], matcher: CatalogueMatcher): string[] | undefined {
    const words = sentence.replace(/\s+/g, ' ').trim().split(' ');
    for (let n = words.length - 1; n >= 1; n--) {
        if (!TASK_VERB.test(foldText(words.slice(n).join(' ')))) continue;
        const match = matcher.performer(words.slice(0, n).join(' '));
        const named = match.kind === 'match' ? [match.reference] : match.kind === 'several' ? match.references : [];
        const kept = performers.filter(p => named.includes(p));
        if (kept.length === 1) return kept;
    }
    return undefined;
}

// "Phối hợp: A, B": titles may hold commas themselves ("Công chức, viên chức tiếp nhận …"): the longest run of
// pieces that names a catalogue entry is one partner.
function joinPartners(pieces: readonly string[], matcher: CatalogueMatcher): string[] {
    const out: string[] = [];
    for (let i = 0; i < pieces.length;) {
        let j = pieces.length;
        while (j > i + 1 && matchPerformerText(pieces.slice(i, j).join(', '), matcher).some(m => m.match.kind !== 'match')) j--;
        out.push(pieces.slice(i, j).join(', '));
        i = j;
    }
    return out;
}

// "handover to Partner via LGSP within 3.5wd": the partner agency from the responsibility (or the task's "Liên thông"
// line), the channel from the task, the partner's time from the time cell.
function handoverText(agency: string, task: TaskCell, time: TimeCell | undefined, step: PublishedStep, matcher: CatalogueMatcher, report: (p: TableProblem) => void): string {
    let text = 'handover';
    const partner = matcher.unit(agency);
    if (partner.kind === 'match') text += ` to ${partner.reference}`;
    else report(cellProblem(partner.kind === 'several' ? 'several-performers' : 'no-performer', { ...step.performers[0], text: agency }, partner.kind === 'several' ? { candidates: partner.references } : {}));
    const channel = task.handover?.channel ? handoverChannel(task.handover.channel) : undefined;
    if (channel) text += ` via ${channel}`;
    if (time?.handover) {
        if (time.handover.time.kind === 'duration') text += ` within ${time.handover.time.text}`;
        else report(cellProblem('bad-duration', { ...step.time!, text: time.handover.text }));
        if (time.handover.notCounted) text += ' not-counted';
    }
    return text;
}

// A council or team set up during the procedure ("Hội đồng tư vấn …", "Tổ thẩm định", "Đoàn kiểm tra"): not a
// catalogue entry but a body of the procedure, declared in it.
const BODY = /^(Hội đồng|Tổ thẩm định|Tổ công tác|Tổ chuyên gia|Đoàn kiểm tra|Đoàn thẩm định)(\s|$)/iu;

// A member or the chair of such a body, which acts as the body: "Thành viên Hội đồng", "Chủ tịch Hội đồng …".
const BODY_ROLE = /^(?:Thành viên|Chủ tịch|Phó Chủ tịch|Thư ký|Tổ trưởng|Trưởng đoàn)\s+(?=(?:Hội đồng|Tổ|Đoàn)(?:\s|$))/iu;

// The title of a body already declared that a shorter mention names ("Hội đồng" after "Hội đồng tư vấn"), when it is
// the only one; else the mention itself.
function bodyTitle(text: string, bodies: ReadonlyMap<string, string>): string {
    const key = foldText(text);
    const declared = [...bodies.keys()].filter(title => foldText(title) === key || foldText(title).startsWith(`${key} `));
    return declared.length === 1 ? declared[0] : text;
}

function mapPerformers(texts: readonly string[], at: CellRef, context: MapContext, report: (p: TableProblem) => void, required = true, partners?: string[]): string[] {
    const matcher = context.matcher;
    const out: string[] = [];
    // An empty cell is reported once, for the performer; partners are optional.
    if (required && texts.length === 0 && at.text.trim() === '') {
        report(cellProblem('empty-performer', at));
        return out;
    }
    for (const text of texts) {
        for (const { text: piece, match, described, partner } of matchPerformerText(text, matcher, context.receivedAt)) {
            const chosen = match.kind === 'several' ? decidedByContext(match.references, context, out) : undefined;
            const place = { ...at, text: piece };
            if (match.kind === 'match' && partner && partners) {
                // "A và B": B takes part.
                if (!partners.includes(match.reference)) partners.push(match.reference);
                if (match.loose) report(cellProblem('loose-performer', place, { candidates: [match.reference] }));
            } else if (match.kind === 'match') {
                if (!out.includes(match.reference)) out.push(match.reference);
                if (described) report(cellProblem('described-performer', place, { candidates: [match.reference] }));
                else if (match.loose) report(cellProblem('loose-performer', place, { candidates: [match.reference] }));
            } else if (chosen !== undefined) {
                // "Chuyên viên được phân công" where two divisions have one: the division the table names elsewhere,
                // or the one at the procedure's level.
                if (!out.includes(chosen)) out.push(chosen);
                report(cellProblem('context-performer', place, { candidates: [chosen] }));
            } else if (match.kind === 'several') {
                report(cellProblem('several-performers', place, { candidates: match.references }));
            } else if (BODY.test(piece.trim().replace(BODY_ROLE, ''))) {
                // "Thành viên Hội đồng", "Chủ tịch Hội đồng": the council acting; "Hội đồng" after "Hội đồng tư vấn"
                // is the one the procedure set up already.
                const title = bodyTitle(piece.trim().replace(BODY_ROLE, ''), context.bodies);
                // Named after its title ("Hội đồng tư vấn" is HoiDongTuVan), unique within the procedure.
                if (!context.bodies.has(title)) {
                    let bodyName = identifierOf(title);
                    for (let n = 2; [...context.bodies.values()].includes(bodyName); n++) bodyName = `${identifierOf(title)}${n}`;
                    context.bodies.set(title, bodyName);
                }
                const name = context.bodies.get(title)!;
                if (!out.includes(name)) out.push(name);
            } else {
                report(cellProblem('no-performer', place));
            }
        }
    }
    return out;
}

const FORM_REFERENCE = /mẫu(?:\s+số)?\s+[0-9A-Za-zĐđ][0-9A-Za-zĐđ./-]*/giu;

// Forms the result cell names ("Mẫu 01", "Mẫu số 02/TP"); a cell that names none is a result described in words.
// A line "Kết quả: …" (the table target's return row) names the procedure's result, not a form the step produces.
function mapForms(cell: CellRef, matcher: CatalogueMatcher, report: (p: TableProblem) => void): string[] {
    const out: string[] = [];
    const produced = cell.text.split('\n').filter(line => !/^\s*kết quả\s*:/iu.test(line.normalize('NFC'))).join('\n');
    for (const reference of produced.match(FORM_REFERENCE) ?? []) {
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
