// Reads the internal-procedure tables of the published decisions in ../shared/data/qtnb-2025-decisions-md/ (test
// data kept beside the repository, never copied into it; see SOURCE.md there) into procedures: title, codes, group,
// case, rows with their performer, task and time, per-agency parts and the stated total. Tables and the prose variant
// of the Cà Mau decisions ("+ Bước 1: …: 0,5 ngày.") give the same structure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readVietnameseDuration, readVietnameseTotal, type VietnameseDuration, type VietnameseTotal } from '@tthc/language';
import { ROOT } from '../cli/run-cli.js';
import { caseHeading, type Cell, cleanCell, splitCells, stepLabel } from './decision-cells.js';
import { readProseProcedures } from './decision-prose.js';

/** What a column of a table holds, from its header. */
export type ColumnRole = 'label' | 'task' | 'performer' | 'time' | 'product' | 'level' | 'other';

/** One row of a table: a step ("Bước 3", "B3") or a sub-row of the step above (several performers in one step). */
export interface DecisionRow {
    /** The step label as written, undefined for a sub-row. */
    readonly label?: string;
    readonly line: number;
    readonly performer?: string;
    readonly task?: string;
    readonly product?: string;
    /** The online level ("Toàn trình", "Một phần") where the table has that column. */
    readonly level?: string;
    /** The time cell as written; undefined when the row has none (a time cell merged over several rows, or blank). */
    readonly timeText?: string;
    /** The time read; undefined when there is no time cell or the reader does not know its text. */
    readonly time?: VietnameseDuration;
    /** The phase the row is in ("Trình tự đề xuất dự án") in tables split into numbered phases. */
    readonly phase?: string;
    /** Cells the header has no column for (kept, not lost). */
    readonly extra: readonly string[];
}

/** A per-agency part of a procedure with its stated subtotal ("Tổng thời gian giải quyết TTHC ở cấp xã là: 40 giờ"). */
export interface DecisionPart {
    readonly title: string;
    readonly line: number;
    /** The rows of the part: indexes into the procedure's rows, from `from` to `to` exclusive. */
    readonly from: number;
    readonly to: number;
    readonly timeText?: string;
    readonly time?: VietnameseDuration;
}

/** A total as stated, with the line that says it. */
export interface DecisionTotal extends VietnameseTotal {
    readonly line: number;
    /** The words before the time ("Tổng thời gian giải quyết TTHC", "… trong trường hợp hồ sơ đầy đủ thông tin"). */
    readonly label: string;
}

/** One internal procedure as a decision publishes it. */
export interface DecisionProcedure {
    /** The decision file's name (`71153021e3559f5e.md`). */
    readonly file: string;
    readonly layout: 'table' | 'prose';
    /** The line the table (its header) or the procedure's text starts on. */
    readonly line: number;
    readonly title: string;
    /** Procedure codes stated with the title (1.012994, 2.002755), without the province suffix. */
    readonly codes: readonly string[];
    /** The group title ("Nhóm 07 TTHC, gồm:") and its members, when one table serves several procedures. */
    readonly group?: { readonly title: string; readonly members: readonly string[] };
    /** The case the table is for ("a) Trường hợp không thành lập hội đồng tư vấn công nhận"). */
    readonly caseLabel?: string;
    /** The section headings in capitals above the table ("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"), when the cell states any. */
    readonly sections?: readonly string[];
    readonly columns: readonly ColumnRole[];
    /** The header's day rule ("tính mỗi ngày 08 giờ làm việc"): hours per day, when stated. */
    readonly hoursPerDay?: number;
    readonly rows: readonly DecisionRow[];
    readonly parts: readonly DecisionPart[];
    /** The total at the foot of the table. */
    readonly total?: DecisionTotal;
    /** A total stated above the table ("Tổng thời gian giải quyết: 15 ngày kể từ ngày nhận được hồ sơ hợp lệ"). */
    readonly totalAbove?: DecisionTotal;
    /** Totals per case inside one table ("Tổng thời gian thực hiện trong trường hợp …"): the table lists both branches. */
    readonly caseTotals: readonly DecisionTotal[];
}

/** The folder of the published decisions: `../shared/data/qtnb-2025-decisions-md` beside the repository, or `QTNB_DECISIONS`. */
export function decisionsDir(env: NodeJS.ProcessEnv = process.env): string {
    return resolve(env.QTNB_DECISIONS ?? join(ROOT, '../shared/data/qtnb-2025-decisions-md'));
}

/** Why the decisions cannot be read (the folder or its raw files are missing), or undefined when they can. */
export function decisionsProblem(dir: string): string | undefined {
    if (!existsSync(join(dir, 'raw'))) {
        return `The published decisions are missing at ${dir}/raw. They are test data kept beside the repository ` +
            '(../shared/data/qtnb-2025-decisions-md, see SOURCE.md there); check out ../shared next to the repository ' +
            'or set QTNB_DECISIONS to the folder.';
    }
    return undefined;
}

/** The raw decision files of the folder, sorted by name. */
export function decisionFiles(dir: string): string[] {
    return readdirSync(join(dir, 'raw')).filter(name => name.endsWith('.md')).sort().map(name => join(dir, 'raw', name));
}

/** Reads one raw decision file into its procedures (tables first, in file order, then prose procedures). */
export function readDecisionFile(path: string): DecisionProcedure[] {
    return readDecisionText(basename(path), readFileSync(path, 'utf8'));
}

/** Reads the text of a decision (named `file` in the result). */
export function readDecisionText(file: string, source: string): DecisionProcedure[] {
    return [...readTables(file, splitCells(source)), ...readProseProcedures(file, source)];
}

const LABEL_HEADER = /^(thứ tự công việc|thứ tự|tt|stt|số tt|bước)$/iu;

function roleOf(header: string): ColumnRole {
    const h = header.toLowerCase();
    if (LABEL_HEADER.test(h)) {
        return 'label';
    }
    if (h.includes('thời gian')) {
        return 'time';
    }
    if (h.includes('dịch vụ công') || h.includes('mức độ')) {
        return 'level';
    }
    if (h.includes('sản phẩm') || h.includes('kết quả')) {
        return 'product';
    }
    if (/đơn vị|người thực hiện|trách nhiệm|phân công/u.test(h)) {
        return 'performer';
    }
    return /nội dung|trình tự|công việc/u.test(h) ? 'task' : 'other';
}

// A header: a label column first, then bold cells up to the end of the row, one of them the time.
function headerAt(cells: readonly Cell[], index: number): number | undefined {
    if (!LABEL_HEADER.test(cells[index].text) || !cells[index].raw.startsWith('**')) {
        return undefined;
    }
    let end = index;
    while (end < cells.length && cells[end].text !== '') {
        end++;
    }
    const headers = cells.slice(index, end).map(c => c.text);
    return headers.length >= 4 && headers.some(h => roleOf(h) === 'time') ? end : undefined;
}

interface Heading {
    title: string;
    codes: string[];
    group?: { title: string; members: string[] };
    caseLabel?: string;
    totalAbove?: DecisionTotal;
    sections?: string[];
}

// The paragraphs of a cell: a new one starts at emphasis, a list dash, a numbered heading or "Trường hợp".
function blocks(raw: string): string[] {
    const out: string[][] = [];
    for (const line of raw.split('\n')) {
        const bare = line.replace(/^[*\s]+/u, '');
        if (out.length === 0 || /^[*-]/u.test(line.trim()) || /^(?:\d+\.(?:\d+\.?)*|[IVXA-D]+\.|[a-z]\))\s/u.test(bare) || /^(?:Trường hợp|Tổng thời gia|Thời gian giải quyết)/u.test(bare)) {
            out.push([]);
        }
        out[out.length - 1].push(line);
    }
    return out.map(lines => cleanCell(lines.join(' '))).filter(text => text !== '');
}

const NUMBERED = /^(?:\d+\.(?:\d+\.?)*|[IVX]+\.)\s+\S/u;

// What the cell above a table says: the procedure's title (the last numbered heading that is not a section in capitals
// or a case), its codes, its group, its case and a total stated before the table.
function readHeading(cell: Cell | undefined, previous: Heading | undefined): Heading {
    const parts = cell ? blocks(cell.raw) : [];
    const groupIndex = parts.findIndex(p => /^\d+\.\s*Nhóm\s+\d+\s+(?:TTHC|thủ tục)/iu.test(p));
    const numbered = parts.map((p, i) => ({ p, i }))
        .filter(({ p }) => NUMBERED.test(p) && !caseHeading(p) && p !== p.toUpperCase());
    const caseLabel = parts.find(p => caseHeading(p) !== undefined || /^Trường hợp\s/u.test(p));
    let heading: Heading;
    if (groupIndex >= 0) {
        const members = numbered.filter(({ i }) => i > groupIndex).map(({ p }) => p);
        heading = { title: parts[groupIndex], codes: [], group: { title: parts[groupIndex], members } };
    } else if (numbered.length > 0) {
        heading = { title: numbered[numbered.length - 1].p, codes: [] };
    } else {
        heading = { title: previous?.title ?? '', codes: [...(previous?.codes ?? [])], group: previous?.group };
    }
    if (cell) {
        const from = heading.title ? cell.text.indexOf(heading.title.slice(0, 20)) : -1;
        const after = from >= 0 ? cell.text.slice(from) : '';
        heading.codes = heading.codes.length > 0 ? heading.codes : [...new Set([...after.matchAll(/\b([123]\.\d{6})\b/gu)].map(m => m[1]))];
        const above = /((?:Tổng thời gia\S*|Thời gian) (?:giải quyết|thực hiện)(?: TTHC| thủ tục hành chính)?)\s*:\s*(.+)$/iu.exec(cell.text);
        if (above && /\d/u.test(above[2])) {
            // The label as written: "Thời gian giải quyết" (the time by law) is not "Tổng thời gian giải quyết".
            heading.totalAbove = { ...readVietnameseTotal(above[2]), line: cell.line, label: above[1].replace(/^Tổng thời gia\S*/iu, 'Tổng thời gian') };
        }
    }
    if (caseLabel) {
        heading.caseLabel = caseLabel;
    }
    // "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH", "I. LĨNH VỰC …", an annex title about procedures: the sections the table is in.
    const sections = parts.filter(p => p === p.toUpperCase() && /\p{L}{2}/u.test(p) && (/^(?:[A-D]|[IVX]+)\.\s/u.test(p) || /THỦ TỤC HÀNH CHÍNH|TTHC/u.test(p)));
    if (sections.length > 0) heading.sections = sections;
    return heading;
}

class TableReader {
    readonly procedures: DecisionProcedure[] = [];
    private rows: DecisionRow[] = [];
    private parts: DecisionPart[] = [];
    private caseTotals: DecisionTotal[] = [];
    private total: DecisionTotal | undefined;
    private caseLabel: string | undefined;
    private phase: string | undefined;
    private partStart = 0;
    private line: number;

    constructor(private readonly file: string, private readonly heading: Heading, private readonly columns: ColumnRole[],
        private readonly hoursPerDay: number | undefined, line: number) {
        this.caseLabel = heading.caseLabel;
        this.line = line;
    }

    /** Reads the body from `start`; returns the index after the table. */
    read(cells: readonly Cell[], start: number, end: number): number {
        let i = start;
        while (i < end) {
            const cell = cells[i];
            if (cell.text === '') {
                i++;
                continue;
            }
            const row = rowCells(cells, i, end);
            if (/^Tổng thời gian/iu.test(cell.text)) {
                const value = row[1] ?? cells.slice(i + 1, end).find(c => c.text !== '');
                this.addTotal(cell, value);
                i = (value ? cells.indexOf(value) : i) + 1;
                const [next, afterNext] = cells.slice(i, end).filter(c => c.text !== '');
                // After a total the table goes on only with another total, a case followed by its first step, or
                // (after a part) the next step.
                const goesOn = next && (/^Tổng thời gian/iu.test(next.text) || (caseHeading(next.text) && afterNext && stepLabel(afterNext.text)) ||
                    (!this.total && stepLabel(next.text)));
                if (!goesOn) {
                    this.flush();
                    return i;
                }
                continue;
            }
            const label = stepLabel(cell.text);
            if (!label && caseHeading(cell.text)) {
                if (this.rows.length > 0) {
                    this.flush();
                }
                this.caseLabel = cell.text;
                this.line = cell.line;
            } else if (!label && /^[IVX]+\.?$/u.test(cell.text) && row.length >= 2) {
                this.phase = row[1].text;
            } else {
                this.rows.push(this.rowOf(label, label ? row.slice(1) : row, cell.line));
            }
            i = cells.indexOf(row[row.length - 1]) + 1;
        }
        this.flush();
        return end;
    }

    private addTotal(labelCell: Cell, value: Cell | undefined): void {
        const text = (value?.raw ?? '').replace(/^\**\s*Tổng thời gian[^:]*:\s*\**\s*/iu, '');
        const total: DecisionTotal = { ...readVietnameseTotal(text), line: labelCell.line, label: labelCell.text.replace(/\s*:$/u, '') };
        if (/trong trường hợp/iu.test(labelCell.text)) {
            this.caseTotals.push(total);
        } else if (/\s(?:ở|tại)\s/iu.test(labelCell.text)) {
            this.parts.push({
                title: labelCell.text, line: labelCell.line, from: this.partStart, to: this.rows.length,
                timeText: total.headText, time: total.duration
            });
            this.partStart = this.rows.length;
        } else {
            this.total = total;
        }
    }

    private rowOf(label: string | undefined, cells: readonly Cell[], line: number): DecisionRow {
        const roles = this.columns.filter(r => r !== 'label');
        const texts = cells.map(c => c.text);
        const timeColumn = roles.indexOf('time');
        const readable = texts.map(t => readVietnameseDuration(t) !== undefined);
        let at = readable[timeColumn] ? timeColumn : -1;
        if (at < 0) {
            // Cells merged over several rows shift the rest: the time is the readable cell nearest its column.
            const candidates = readable.map((ok, i) => ok ? i : -1).filter(i => i >= 0);
            at = candidates.sort((a, b) => Math.abs(a - timeColumn) - Math.abs(b - timeColumn))[0] ?? -1;
        }
        const assigned = new Map<ColumnRole, string>();
        const extra: string[] = [];
        const place = (role: ColumnRole | undefined, text: string): void => {
            if (role && role !== 'time') {
                assigned.set(role, text);
            } else {
                extra.push(text);
            }
        };
        if (at >= 0) {
            const before = texts.slice(0, at);
            const beforeRoles = roles.slice(0, timeColumn);
            // A sub-row lacks the cells merged down from its step, at the left (the unit of several sub-rows): its
            // cells are right-aligned. A step row lacks cells merged across columns: its cells are left-aligned.
            const shift = label ? 0 : beforeRoles.length - before.length;
            before.forEach((text, i) => place(beforeRoles[shift + i], text));
            texts.slice(at + 1).forEach((text, i) => place(roles[timeColumn + 1 + i], text));
        } else {
            // No time cell (merged with the step above, or blank): the other cells keep their order.
            const others = roles.filter(role => role !== 'time');
            texts.forEach((text, i) => place(others[i], text));
        }
        const timeText = at >= 0 ? texts[at] : undefined;
        return {
            ...(label ? { label } : {}), line,
            performer: assigned.get('performer'), task: assigned.get('task'), product: assigned.get('product'),
            level: assigned.get('level'), timeText, time: timeText === undefined ? undefined : readVietnameseDuration(timeText),
            ...(this.phase ? { phase: this.phase } : {}), extra
        };
    }

    private flush(): void {
        if (this.rows.length === 0 && !this.total && this.caseTotals.length === 0) {
            return;
        }
        this.procedures.push({
            file: this.file, layout: 'table', line: this.line, title: this.heading.title, codes: this.heading.codes,
            ...(this.heading.group ? { group: this.heading.group } : {}),
            ...(this.caseLabel ? { caseLabel: this.caseLabel } : {}),
            ...(this.heading.sections && this.procedures.length === 0 ? { sections: this.heading.sections } : {}),
            columns: this.columns, ...(this.hoursPerDay ? { hoursPerDay: this.hoursPerDay } : {}),
            rows: this.rows, parts: this.parts,
            ...(this.total ? { total: this.total } : {}),
            ...(this.heading.totalAbove && this.procedures.length === 0 ? { totalAbove: this.heading.totalAbove } : {}),
            caseTotals: this.caseTotals
        });
        this.rows = [];
        this.parts = [];
        this.caseTotals = [];
        this.total = undefined;
        this.partStart = 0;
        this.phase = undefined;
    }
}

// The cells of one row, from `start` to the next empty cell.
function rowCells(cells: readonly Cell[], start: number, end: number): Cell[] {
    const row: Cell[] = [];
    for (let i = start; i < end && cells[i].text !== ''; i++) {
        row.push(cells[i]);
    }
    return row;
}

function readTables(file: string, cells: readonly Cell[]): DecisionProcedure[] {
    const procedures: DecisionProcedure[] = [];
    const headers: { at: number; end: number }[] = [];
    for (let i = 0; i < cells.length; i++) {
        const end = headerAt(cells, i);
        if (end !== undefined) {
            headers.push({ at: i, end });
            i = end;
        }
    }
    let previous: Heading | undefined;
    let consumedTo = 0;
    headers.forEach(({ at, end }, n) => {
        const before = cells.slice(consumedTo, at).filter(c => c.text !== '');
        const heading = readHeading(before[before.length - 1], previous);
        previous = heading;
        const headerTexts = cells.slice(at, end).map(c => c.text);
        const timeHeader = headerTexts.find(h => roleOf(h) === 'time') ?? '';
        const perDay = /tính mỗi ngày\s*0*(\d+)\s*giờ/iu.exec(timeHeader);
        const reader = new TableReader(file, heading, headerTexts.map(roleOf), perDay ? Number(perDay[1]) : undefined, cells[at].line);
        const limit = headers[n + 1]?.at ?? cells.length;
        const after = reader.read(cells, end, limit);
        // A table without any step is a list of procedures (a "danh mục"), not a step table: the heading of the next
        // table is then the last cell before it.
        const steps = reader.procedures.filter(p => p.rows.some(r => r.label !== undefined));
        procedures.push(...steps);
        consumedTo = steps.length > 0 ? after : end;
    });
    return procedures;
}
