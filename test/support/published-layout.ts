// How a province laid out the internal-procedure tables of a decision, rebuilt from the scraped Markdown of
// ../shared/data/qtnb-2025-decisions-md/raw/ (which flattens merged cells: a cell merged down over several rows
// appears once, and the rows under it lack it). The table reader (decision-tables.ts) tells steps from sub-rows,
// parts, totals and cases; this file turns that back into rows of cells with their merges, for the Word and Excel
// fixture builders (published-docx.ts, published-xlsx.ts).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { PUBLISHED_TABLES } from '../published/published-tables.js';
import { cleanCell, splitCells, type Cell } from './decision-cells.js';
import { readDecisionText, type ColumnRole, type DecisionProcedure, type DecisionRow, type DecisionTotal } from './decision-tables.js';

/** A cell of a rebuilt table: its paragraphs, the columns it spans, and whether it opens or continues a merge down. */
export interface GridCell {
    readonly paragraphs: readonly string[];
    readonly span: number;
    /** `restart` opens a cell merged down over the rows below; `continue` is covered by the cell above. */
    merge?: 'restart' | 'continue';
    readonly bold?: boolean;
}

/** A rebuilt table: the header as printed, then rows whose spans add up to the header's length. */
export interface GridTable {
    readonly headers: readonly string[];
    readonly rows: ReadonlyArray<readonly GridCell[]>;
}

/** What a document holds, in order: paragraphs (headings above the tables) and tables. */
export type LaidOutBlock =
    | { readonly kind: 'paragraph'; readonly text: string; readonly bold?: boolean }
    | { readonly kind: 'table'; readonly table: GridTable };

/** A table of the decision that a fixture under test/fixtures/published/ writes in the language. */
export interface PublishedFixtureTable {
    /** The fixture file, relative to test/fixtures/published/ (`lang-son/nhom-07-cong-nhan-doi-moi-sang-tao.tthc`). */
    readonly fixture: string;
    /** The procedures the fixture declares for this table (a group of procedures: the group's name). */
    readonly procedureNames: string[];
    /** The table's heading in the decision, as test/published/published-tables.ts keys it. */
    readonly heading: string;
    /** The indexes (document order, from 0) of the tables that hold it: one per case ("a) …", "b) …"). */
    readonly tables: number[];
}

/** A decision's tables laid out, with the fixtures they correspond to. */
export interface LaidOutDecision {
    readonly raw: string;
    readonly blocks: readonly LaidOutBlock[];
    readonly tables: PublishedFixtureTable[];
}

const LABEL_HEADER = /^(thứ tự công việc|thứ tự|tt|stt|số tt|bước)$/iu;

function normalised(text: string): string {
    return text.normalize('NFC').replace(/\*/g, '').replace(/\s+/g, ' ').trim();
}

// The paragraphs of a raw cell: the scraper wrapped long lines, so a line joins the one above unless it starts a
// list item ("- …", "+ …") or a lettered point ("a) …"), as the decision's own paragraphs do.
function paragraphsOf(raw: string): string[] {
    const out: string[][] = [];
    for (const line of raw.split('\n')) {
        const bare = line.replace(/^[*_\s]+/u, '');
        if (out.length === 0 || /^[-+•]\s/u.test(bare) || /^[a-zđ]\)\s/u.test(bare)) out.push([]);
        out[out.length - 1].push(line);
    }
    return out.map(lines => cleanCell(lines.join(' '))).filter(text => text !== '');
}

class RawCells {
    private readonly byLine = new Map<number, number>();

    constructor(readonly cells: readonly Cell[]) {
        cells.forEach((cell, i) => {
            if (!this.byLine.has(cell.line)) this.byLine.set(cell.line, i);
        });
    }

    /** The header cells of the table a procedure read at `line` is in: the last header starting at or before it. */
    headerBefore(line: number): string[] {
        let at = -1;
        for (let i = 0; i < this.cells.length && this.cells[i].line <= line; i++) {
            if (LABEL_HEADER.test(this.cells[i].text) && this.cells[i].raw.startsWith('**')) at = i;
        }
        const headers: string[] = [];
        for (let i = at; at >= 0 && i < this.cells.length && this.cells[i].text !== ''; i++) headers.push(this.cells[i].text);
        return headers;
    }

    /** The paragraphs of the cell of the row starting at `line` whose text is `text` (the reader's cleaned text). */
    paragraphs(line: number, text: string): string[] {
        const start = this.byLine.get(line);
        if (start !== undefined) {
            for (let i = start; i < this.cells.length && this.cells[i].text !== ''; i++) {
                if (this.cells[i].text === text) return paragraphsOf(this.cells[i].raw);
            }
        }
        return [text];
    }
}

function cell(paragraphs: readonly string[], span = 1, bold = false): GridCell {
    return { paragraphs, span, ...(bold ? { bold } : {}) };
}

const CONTINUE = (): GridCell => ({ paragraphs: [], span: 1, merge: 'continue' });

function valueOf(row: DecisionRow, role: ColumnRole, extra: string[]): string | undefined {
    switch (role) {
        case 'label': return row.label;
        case 'task': return row.task;
        case 'performer': return row.performer;
        case 'time': return row.timeText;
        case 'product': return row.product;
        case 'level': return row.level;
        case 'other': return extra.shift();
    }
}

// A step's row, or a sub-row of the step above: a sub-row lacks the cells merged down from its step (the label,
// often the task or the unit, a time shared by both): each is covered by the cell above. A step row lacks a cell
// only where the row above has one (checked over every published table: the online level, "Toàn trình", written
// once for a run of steps; the unit and product of Sơn La 2969's B5 under B4's): the scrape drops a cell merged down,
// so that cell is merged down over it too. A cell is only ever covered by the cell of a step row right above
// (`above`), never by a total row's.
function stepRow(row: DecisionRow, roles: readonly ColumnRole[], raw: RawCells, above: readonly GridCell[] | undefined): GridCell[] {
    const extra = [...row.extra];
    return roles.map((role, i) => {
        const value = valueOf(row, role, extra);
        if (value === undefined || value === '') {
            const over = above?.[i];
            const covered = over !== undefined && (row.label === undefined || over.merge === 'continue' || over.paragraphs.length > 0);
            return covered ? CONTINUE() : cell([]);
        }
        return cell(role === 'label' ? [value] : raw.paragraphs(row.line, value), 1, role === 'label');
    });
}

// A subtotal or total row: its label across the columns before the time, the time as written, the rest empty.
function totalRow(label: string, value: readonly string[], roles: readonly ColumnRole[]): GridCell[] {
    const time = Math.max(1, roles.indexOf('time'));
    const rest = roles.length - time - 1;
    return [cell([label], time, true), cell(value, 1, true), ...(rest > 0 ? [cell([], rest)] : [])];
}

function totalText(total: DecisionTotal): string[] {
    return paragraphsOf(total.text.replace(/^\**\s*Tổng thời gian[^:\n]*:\s*/iu, ''));
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function gridOf(procedure: DecisionProcedure, raw: RawCells): GridTable {
    const roles = procedure.columns;
    const printed = raw.headerBefore(procedure.line);
    const headers = printed.length === roles.length ? printed : roles.map(role => role);
    const rows: GridCell[][] = [];
    const partAfter = new Map(procedure.parts.map(part => [part.to - 1, part]));
    let phase: string | undefined;
    let phases = 0;
    procedure.rows.forEach((row, i) => {
        if (row.phase !== undefined && row.phase !== phase) {
            phase = row.phase;
            rows.push([cell([`${ROMAN[phases] ?? phases + 1}.`], 1, true), cell([phase], roles.length - 1, true)]);
            phases++;
        }
        const previous = rows.at(-1);
        const above = previous && previous.length === roles.length && row.phase === procedure.rows[i - 1]?.phase ? previous : undefined;
        rows.push(stepRow(row, roles, raw, above));
        const part = partAfter.get(i);
        if (part) rows.push(totalRow(part.title, part.timeText !== undefined ? [part.timeText] : [], roles));
    });
    if (procedure.total) rows.push(totalRow(`${procedure.total.label}:`, totalText(procedure.total), roles));
    for (const total of procedure.caseTotals) rows.push(totalRow(`${total.label}:`, totalText(total), roles));
    markRestarts(rows);
    return { headers, rows };
}

// The cell above each run of covered cells opens the merge.
function markRestarts(rows: GridCell[][]): void {
    const columnsOf = (row: readonly GridCell[]): Map<number, GridCell> => {
        const at = new Map<number, GridCell>();
        let column = 0;
        for (const c of row) {
            at.set(column, c);
            column += c.span;
        }
        return at;
    };
    for (let r = 1; r < rows.length; r++) {
        const above = columnsOf(rows[r - 1]);
        for (const [column, c] of columnsOf(rows[r])) {
            if (c.merge !== 'continue') continue;
            const top = above.get(column);
            if (top && top.merge !== 'continue') top.merge = 'restart';
        }
    }
}

/**
 * The tables of one raw decision file, laid out as the province printed them: every table of the decision in one
 * document, in order, each under its heading (the procedure or group, its members, its case "a) …", the total stated
 * above it); several performers of a step as its sub-rows; the cells the Markdown lost to merges merged down; part
 * subtotals and totals as rows whose label spans the columns before the time. Prose procedures (no table) are left out.
 */
export function layOutDecision(rawFile: string): LaidOutDecision {
    const source = readFileSync(rawFile, 'utf8');
    const name = basename(rawFile);
    const raw = new RawCells(splitCells(source));
    const procedures = readDecisionText(name, source).filter(p => p.layout === 'table');
    const blocks: LaidOutBlock[] = [];
    let previousTitle: string | undefined;
    procedures.forEach(procedure => {
        // The section headings above the table ("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"), as the decision prints them.
        for (const section of procedure.sections ?? []) blocks.push({ kind: 'paragraph', text: section, bold: true });
        if (procedure.title !== previousTitle) {
            blocks.push({ kind: 'paragraph', text: procedure.title, bold: true });
            for (const member of procedure.group?.members ?? []) blocks.push({ kind: 'paragraph', text: member });
            const unstated = procedure.codes.filter(code => !procedure.title.includes(code));
            if (unstated.length > 0) blocks.push({ kind: 'paragraph', text: `Mã TTHC: ${unstated.join(', ')}` });
            if (procedure.totalAbove) blocks.push({ kind: 'paragraph', text: `${procedure.totalAbove.label}: ${normalised(procedure.totalAbove.text)}` });
            previousTitle = procedure.title;
        }
        if (procedure.caseLabel !== undefined) blocks.push({ kind: 'paragraph', text: procedure.caseLabel, bold: true });
        blocks.push({ kind: 'table', table: gridOf(procedure, raw) });
    });
    const tables: PublishedFixtureTable[] = [];
    for (const entry of PUBLISHED_TABLES.filter(t => t.raw === name)) {
        const headings = [entry.heading, ...entry.flows.flatMap(f => f.heading ?? [])].map(h => normalised(h).toLowerCase());
        const indexes = procedures.map((p, i) => ({ p, i })).filter(({ p }) => [p.title, p.caseLabel ?? '', p.group?.title ?? '', ...p.caseTotals.map(t => t.label)]
            .map(text => normalised(text).toLowerCase())
            .some(text => text.length > 0 && headings.some(wanted => text.includes(wanted) || (text.length > 10 && wanted.includes(text))))).map(({ i }) => i);
        if (indexes.length > 0) tables.push({ fixture: entry.fixture, procedureNames: [entry.procedure], heading: entry.heading, tables: indexes });
    }
    return { raw: name, blocks, tables };
}
