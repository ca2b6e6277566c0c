import { isExceptionTable, readExceptionTable, type PublishedException } from './exception-table.js';
import { totalTime } from './table-durations.js';
import { foldText } from './fold-text.js';
import { findHeader, type ColumnRole, type TableHeader } from './table-headers.js';
import { isCaseHeading, readHeading, type TableHeading } from './table-heading.js';
import type { GridRow, SourceDocument, SourceTable } from './table-model.js';

/** A cell as read, with where it is: table, row and the column's header as written. */
export interface CellRef {
    readonly text: string;
    readonly table: number;
    readonly row: number;
    readonly column: string;
}

/** One step row (or a sub-row that is a step of its own). */
export interface PublishedStep {
    /** The step's name: "B3", "B3b" (second sub-row of step 3), "A2" (step 2 of case a). */
    readonly name: string;
    /** The step's number as the table writes it ("3", "3b"). */
    readonly label: string;
    readonly row: number;
    readonly task: CellRef;
    /** Performer cells: one, or several when sub-rows of one step name several performers of the same task. */
    readonly performers: CellRef[];
    readonly time?: CellRef;
    readonly product?: CellRef;
    /** The part (index into the procedure's parts) the step is in. */
    part?: number;
}

// Two totals that state the same time (`15 ngày` and `15 ngày kể từ …`).
function sameFigure(a: string, b: string): boolean {
    const figure = (text: string): string | undefined => totalTime(text, t => JSON.stringify(t))?.split(' ')[0];
    return figure(a) !== undefined && figure(a) === figure(b);
}

/** A part of the table: a titled block ("Tại UBND cấp xã", "I. Trình tự đề xuất"), a subtotal, a shared time. */
export interface PublishedPart {
    title: string;
    subtotal?: CellRef;
    /** An upper limit of the part's steps (a duration literal), as a mapping file assigns a listed limit to them. */
    limit?: string;
    /** One time shared by the part's steps (a time cell merged down over several steps). */
    time?: CellRef;
    /** For a shared time: the part is named after its steps once they have their names. */
    shared?: boolean;
    /** A step's number and task cell over the sub-rows under it ("Bước 2: Phòng Văn hóa - Xã hội"). */
    subRows?: boolean;
}

/** A case: the procedure's only path (untitled), or one of its "a) / b)" cases with its own steps and total. */
export interface PublishedCase {
    readonly title?: string;
    readonly letter: string;
    readonly steps: PublishedStep[];
    total?: CellRef;
}

/** A procedure (or group of procedures) as its published table(s) state it. */
export interface PublishedProcedure {
    readonly table: number;
    readonly heading: TableHeading;
    /** The total stated before the table or at its foot. */
    total?: CellRef;
    /** The total at the foot when one was also stated before the table (the two must agree). */
    footTotal?: CellRef;
    readonly cases: PublishedCase[];
    readonly parts: PublishedPart[];
    /** The rows of its exception table, when the document has one after its steps. */
    readonly exceptions: PublishedException[];
    /** The condition of its total's foot row "Tổng thời gian … trong trường hợp <condition>: …", when it states one. */
    totalCondition?: string;
    /**
     * The further foot rows "Tổng thời gian … trong trường hợp <condition>: …" of a single-path table: cases without
     * steps of their own, entered where a cell's branch names their condition.
     */
    footCases?: Array<{ readonly condition: string; readonly total: CellRef }>;
}

/** A table that looks like a step table but lacks required columns. */
export interface MissingColumns {
    readonly table: number;
    readonly row: number;
    readonly missing: readonly ColumnRole[];
}

/** What a document holds: its procedures and the step tables it could not read. */
export interface RecognisedDocument {
    readonly procedures: PublishedProcedure[];
    readonly missingColumns: MissingColumns[];
}

const STEP_LABEL = /^(?:b(?:uoc)?\s*)?(\d+)\s*([a-z])?$/;
const ROMAN = /^[ivx]+$/;

/**
 * Reads the step tables of a document into procedures: a table's heading (the paragraphs before it, or the rows above
 * its header in a sheet) names a new procedure or group, or, with only a case heading ("b) Trường hợp …"), adds a
 * case to the previous one. Rows are steps ("Bước 3", "3", "B3"), sub-rows of a step (the step cell merged down or
 * blank), case rows ("a) Trường hợp …"), part rows (one text across the table, or a Roman numeral) and total rows
 * ("Tổng thời gian …": at a part's end with "tại/ở", a case's with "trong trường hợp", else the procedure's).
 */
export function recogniseTables(document: SourceDocument): RecognisedDocument {
    const procedures: PublishedProcedure[] = [];
    const missingColumns: MissingColumns[] = [];
    let sectionLevel: 'province' | 'commune' | undefined;
    for (const table of document.tables) {
        // A section heading before any table, a step table or not, sets the level of the tables after it.
        sectionLevel = readHeading(table.before).sectionLevel ?? sectionLevel;
        if (isExceptionTable(table) && procedures.length > 0) {
            procedures[procedures.length - 1].exceptions.push(...readExceptionTable(table).exceptions);
            continue;
        }
        const header = findHeader(table.rows);
        if (!header) continue;
        if (header.missing.length > 0) {
            missingColumns.push({ table: table.index, row: table.rows[header.at].row, missing: header.missing });
            continue;
        }
        const above = table.rows.slice(0, header.at).map(r => distinctTexts(r).join(' ')).filter(Boolean);
        const read = readHeading([...table.before, ...above]);
        sectionLevel = read.sectionLevel ?? sectionLevel;
        // The level of the section the table is in, unless its own heading states one ("Cấp thực hiện: …").
        const heading = !read.level && sectionLevel ? { ...read, level: sectionLevel } : read;
        const previous = procedures[procedures.length - 1];
        let procedure: PublishedProcedure;
        if (!heading.title && !heading.group && heading.caseTitle && previous) {
            procedure = previous;
            procedure.cases.push({ title: heading.caseTitle, letter: caseLetter(heading.caseTitle, procedure.cases.length), steps: [] });
        } else {
            procedure = { table: table.index, heading, cases: [], parts: [], exceptions: [] };
            if (heading.total) {
                procedure.total = { text: heading.total, table: table.index, row: 0, column: '' };
            }
            procedure.cases.push({ ...(heading.caseTitle ? { title: heading.caseTitle } : {}), letter: caseLetter(heading.caseTitle, 0), steps: [] });
            procedures.push(procedure);
        }
        new BodyReader(table, header, procedure).read();
    }
    for (const procedure of procedures) {
        nameSteps(procedure);
        // A single case's total at the table's foot is the procedure's.
        if (procedure.cases.length === 1 && procedure.cases[0].total && !procedure.total) {
            procedure.total = procedure.cases[0].total;
            procedure.cases[0].total = undefined;
        }
        // "Tổng thời gian giải quyết: 15 ngày …" in the heading of the first of several case tables, the same figure at
        // that table's foot: the first case's total stated twice (the heading's says from when it counts), not the
        // procedure's.
        const first = procedure.cases[0];
        if (procedure.cases.length > 1 && procedure.total?.row === 0 && procedure.heading.caseTitle && first.total && sameFigure(procedure.total.text, first.total.text)) {
            first.total = procedure.total;
            procedure.total = undefined;
        }
        // The time by law stated above the table stands for its total only when the table states none.
        const statutory = procedure.heading.statutoryTime;
        if (statutory && !procedure.total && procedure.cases.every(c => !c.total)) procedure.total = { text: statutory, table: procedure.table, row: 0, column: '' };
    }
    return { procedures, missingColumns };
}

function caseLetter(title: string | undefined, index: number): string {
    const match = title ? /^([a-zđ])\)/u.exec(title.trim().toLowerCase()) : null;
    const letter = match ? foldText(match[1]) : String.fromCharCode(97 + index);
    return letter.toUpperCase();
}

// The texts of a row, each merged cell once, in column order.
function distinctTexts(row: GridRow): string[] {
    return row.cells.filter(c => c.merged !== 'left' && c.text !== '').map(c => c.text);
}

class BodyReader {
    private currentPart: number | undefined;
    private partStartStep = 0;
    /** The parts made of a step and the sub-rows its task cell is merged down over. */
    private readonly subRowParts = new Set<number>();

    constructor(private readonly table: SourceTable, private readonly header: TableHeader, private readonly procedure: PublishedProcedure) { }

    private get currentCase(): PublishedCase {
        return this.procedure.cases[this.procedure.cases.length - 1];
    }

    private cell(row: GridRow, role: ColumnRole): CellRef | undefined {
        const column = this.header.columns.get(role);
        const cell = column === undefined ? undefined : row.cells.find(c => c.column === column);
        if (!cell || column === undefined) return undefined;
        return { text: cell.text, table: this.table.index, row: row.row, column: this.header.names.get(column) ?? '' };
    }

    private merged(row: GridRow, role: ColumnRole): { merged?: 'above' | 'left'; originRow: number } | undefined {
        const column = this.header.columns.get(role);
        return row.cells.find(c => c.column === column);
    }

    read(): void {
        const headerRow = this.table.rows[this.header.at];
        for (const row of this.table.rows.slice(this.header.at + 1)) {
            const texts = distinctTexts(row);
            const ownTexts = row.cells.filter(c => c.merged === undefined && c.text !== '').map(c => c.text);
            if (texts.length === 0 || ownTexts.length === 0) continue;
            // A second header row, or the column numbering "(1) (2) (3)".
            if (row.cells.every(c => c.text === '' || c.originRow === headerRow.row || /^\(?\d+\)?$/.test(c.text))) continue;
            const first = ownTexts[0];
            const f = foldText(first);
            if (/^(tong thoi gian|tong cong|tong so thoi gian|cong thoi gian)/.test(f)) {
                this.addTotal(row, first, ownTexts);
                continue;
            }
            const labelText = this.cell(row, 'label')?.text ?? '';
            const labelMerge = this.merged(row, 'label');
            const step = STEP_LABEL.exec(foldText(labelText));
            if (!step || labelMerge?.merged === 'left') {
                if (isCaseHeading(first) && (texts.length === 1 || labelText === '' || labelMerge?.merged === 'left')) {
                    this.startCase(first);
                    continue;
                }
                if (ROMAN.test(foldText(labelText)) && labelMerge?.merged === undefined) {
                    this.startPart(`${labelText.replace(/\.$/, '')}. ${texts.slice(1).join(' ')}`.trim());
                    continue;
                }
                if (texts.length === 1 && labelText !== '' && labelMerge?.merged !== 'above') {
                    this.startPart(first);
                    continue;
                }
            }
            if (step && labelMerge?.merged === undefined) {
                this.addStep(row, `${step[1]}${step[2] ?? ''}`);
            } else {
                this.addSubRow(row);
            }
        }
    }

    private addTotal(row: GridRow, first: string, ownTexts: readonly string[]): void {
        const colon = first.indexOf(':');
        const after = colon >= 0 ? first.slice(colon + 1).trim() : '';
        const label = colon >= 0 ? first.slice(0, colon) : first;
        const valueText = after || ownTexts.slice(1).join(' ');
        const column = after ? (this.header.names.get(row.cells.find(c => c.text === first)?.column ?? 0) ?? '') : this.header.names.get(this.header.columns.get('time') ?? 0) ?? '';
        const value: CellRef = { text: valueText, table: this.table.index, row: row.row, column };
        const f = foldText(label);
        if (/ trong truong hop /.test(` ${f} `)) {
            const condition = label.replace(/^.*?\btrong trường hợp\s*/iu, '').replace(/[:\s]+$/u, '');
            // A second total "trong trường hợp …" under one path: another case of the same steps (Sơn La 2929 table 4).
            if (this.currentCase.total && this.procedure.cases.length === 1 && !this.currentCase.title) {
                (this.procedure.footCases ??= []).push({ condition, total: value });
                return;
            }
            this.currentCase.total = value;
            if (this.procedure.cases.length === 1 && !this.currentCase.title) this.procedure.totalCondition = condition;
        } else if (/ (tai|o) /.test(` ${f} `) || this.currentPart !== undefined) {
            const steps = this.currentCase.steps;
            if (this.currentPart === undefined || this.procedure.parts[this.currentPart].subtotal) {
                this.currentPart = this.procedure.parts.length;
                this.procedure.parts.push({ title: label.replace(/^tổng thời gian (giải quyết |thực hiện )?(tthc |thủ tục hành chính )?/iu, '').trim() || label });
                steps.slice(this.partStartStep).forEach(s => { s.part ??= this.currentPart; });
            }
            this.procedure.parts[this.currentPart].subtotal = value;
            this.currentPart = undefined;
            this.partStartStep = steps.length;
        } else if (this.procedure.cases.length > 1 || this.currentCase.title) {
            this.currentCase.total = value;
        } else if (!this.procedure.total) {
            this.procedure.total = value;
        } else {
            // Stated above the table and again at its foot: the one above usually says from when it counts.
            this.procedure.footTotal = value;
        }
    }

    private startCase(title: string): void {
        const current = this.currentCase;
        if (current.steps.length === 0 && !current.title) {
            this.procedure.cases[this.procedure.cases.length - 1] = { title, letter: caseLetter(title, this.procedure.cases.length - 1), steps: [] };
        } else {
            this.procedure.cases.push({ title, letter: caseLetter(title, this.procedure.cases.length), steps: [] });
        }
        this.currentPart = undefined;
        this.partStartStep = 0;
    }

    private startPart(title: string): void {
        this.currentPart = this.procedure.parts.length;
        this.procedure.parts.push({ title });
        this.partStartStep = this.currentCase.steps.length;
    }

    private addStep(row: GridRow, label: string): void {
        const task = this.cell(row, 'task')!;
        const performer = this.cell(row, 'performer')!;
        const time = this.cell(row, 'time');
        const product = this.cell(row, 'product');
        const step: PublishedStep = {
            name: label, label, row: row.row, task, performers: [performer],
            ...(time && time.text !== '' ? { time } : {}), ...(product && product.text !== '' ? { product } : {}),
            ...(this.currentPart !== undefined ? { part: this.currentPart } : {})
        };
        this.shareTime(row, step);
        this.currentCase.steps.push(step);
    }

    // A time cell merged down from an earlier step: the steps share one time, kept as a part with `time`.
    private shareTime(row: GridRow, step: PublishedStep): void {
        const merge = this.merged(row, 'time');
        if (merge?.merged !== 'above') return;
        const steps = this.currentCase.steps;
        const origin = steps.find(s => s.row === merge.originRow);
        if (!origin) return;
        let part = origin.part !== undefined && this.procedure.parts[origin.part].time ? origin.part : undefined;
        if (part === undefined) {
            if (!origin.time) return;
            part = this.procedure.parts.length;
            this.procedure.parts.push({ title: '', time: origin.time, shared: true });
            origin.part = part;
            // The time counts once, the part's: its steps have none of their own (part-time-and-step-time).
            delete (origin as { time?: CellRef }).time;
        }
        delete (step as { time?: CellRef }).time;
        step.part = part;
    }

    // A row under a step (its step cell merged down or blank): another performer of the same task and time, or a
    // step of its own when it has a task or a time of its own.
    private addSubRow(row: GridRow): void {
        const steps = this.currentCase.steps;
        const previous = steps[steps.length - 1];
        const task = this.cell(row, 'task')!;
        const taskMerge = this.merged(row, 'task');
        const timeMerge = this.merged(row, 'time');
        const time = this.cell(row, 'time');
        const ownTask = taskMerge?.merged === undefined && task.text !== '';
        const ownTime = timeMerge?.merged === undefined && (time?.text ?? '') !== '';
        if (previous && !ownTask && !ownTime) {
            const performer = this.cell(row, 'performer');
            if (performer && performer.text !== '' && this.merged(row, 'performer')?.merged === undefined) previous.performers.push(performer);
            return;
        }
        // "1. Nộp hồ sơ: …" and, on the row under it with no performer or time of its own, "2. Kiểm tra tính đầy đủ
        // …": the step's numbered content going on, as other tables write it in one cell; not a step of its own.
        const performer = this.cell(row, 'performer');
        const ownPerformer = this.merged(row, 'performer')?.merged === undefined && (performer?.text ?? '') !== '';
        if (previous && ownTask && !ownTime && !ownPerformer && continuesNumbering(previous.task.text, task.text)) {
            (previous as { task: CellRef }).task = { ...previous.task, text: `${previous.task.text}\n${task.text}` };
            return;
        }
        const base = previous ? previous.name.replace(/[a-z]$/, '') : '0';
        const count = steps.filter(s => s.name.replace(/[a-z]$/, '') === base).length;
        this.addStep(row, `${base}${String.fromCharCode(97 + count)}`);
        if (taskMerge?.merged === 'above' && ownTime) this.groupSubRows(steps.find(s => s.row === taskMerge.originRow), steps[steps.length - 1]);
    }

    // A step's task cell merged down over sub-rows that each have a performer and a time of their own ("B2 | Phòng X
    // thụ lý và xử lý hồ sơ" over "Lãnh đạo phòng … 1/4 ngày", "Chuyên viên … 01 ngày"): the rows are steps of one
    // part, titled by the step's number and task, with no time of its own. A step already in a part keeps it.
    private groupSubRows(origin: PublishedStep | undefined, step: PublishedStep): void {
        if (!origin || step === origin) return;
        if (origin.part === undefined) {
            origin.part = this.procedure.parts.length;
            this.procedure.parts.push({ title: `Bước ${origin.label}: ${origin.task.text.replace(/\s+/g, ' ').trim()}`, subRows: true });
            this.subRowParts.add(origin.part);
        }
        if (this.subRowParts.has(origin.part)) step.part = origin.part;
    }
}

// Step names: "B3" for a single path, the case's letter for several cases ("A3", "B3"), unique within the procedure.
function nameSteps(procedure: PublishedProcedure): void {
    const several = procedure.cases.length > 1;
    const used = new Set<string>();
    for (const path of procedure.cases) {
        for (const step of path.steps) {
            let name = `${several ? path.letter : 'B'}${step.name}`;
            for (let n = 2; used.has(name); n++) name = `${several ? path.letter : 'B'}${step.name}_${n}`;
            used.add(name);
            (step as { name: string }).name = name;
        }
    }
    procedure.parts.forEach((part, index) => {
        if (!part.shared) return;
        const names = procedure.cases.flatMap(c => c.steps).filter(s => s.part === index).map(s => s.name);
        part.title = `Thời gian chung của ${names[0]}–${names[names.length - 1]}`;
    });
}

// Whether `next` ("2. Kiểm tra …") goes on with the numbered items `text` begins ("1. Nộp hồ sơ: … "): it starts
// with the number after the last one of `text`, counting from 1.
function continuesNumbering(text: string, next: string): boolean {
    const number = /^(\d+)\.\s/u.exec(next.trim());
    if (!number || !/^1\.\s/u.test(text.trim())) return false;
    let last = 1;
    while (new RegExp(`(?:^|\\s)${last + 1}\\.\\s+\\p{Lu}`, 'u').test(text)) last++;
    return Number(number[1]) === last + 1;
}
