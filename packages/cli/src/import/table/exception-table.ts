import { foldText } from './fold-text.js';
import type { CellRef } from './recognise-tables.js';
import type { SourceTable } from './table-model.js';

/** The outcomes an exception table names ("Hồ sơ chưa đầy đủ, chưa hợp lệ" is `incomplete`). */
export type ExceptionOutcome = 'incomplete' | 'rejected' | 'late';

/** One row of an exception table: a step off the main flow, or a branch straight back into it. */
export interface PublishedException {
    readonly row: number;
    readonly outcome: ExceptionOutcome;
    /** "(tiếp theo)": the row continues the path of an earlier exception step (its source is that step's title). */
    readonly continuation: boolean;
    /** Where it arises: "Bước 3: …" (a main-flow step's number) or an exception step's title. */
    readonly sources: ReadonlyArray<{ readonly number?: string; readonly title: string }>;
    /** "Chuyển đến Bước 5": the branch goes back into the main flow, no step of its own. */
    readonly goesTo?: string;
    readonly task?: CellRef;
    readonly performer?: CellRef;
    readonly time?: CellRef;
    readonly product?: CellRef;
    /** "Tiếp tục Bước 5: …" / "Tiếp tục <title>" / "Kết thúc". */
    readonly next: ReadonlyArray<{ readonly number?: string; readonly title: string }>;
}

const OUTCOMES: ReadonlyArray<readonly [RegExp, ExceptionOutcome]> = [
    [/^ho so chua day du/, 'incomplete'], [/^ho so khong du dieu kien/, 'rejected'], [/^ho so qua han/, 'late']
];

/** Whether a table is an exception table: its header starts "Trường hợp | Phát sinh tại". */
export function isExceptionTable(table: SourceTable): boolean {
    const header = table.rows[0]?.cells.map(c => foldText(c.text)) ?? [];
    return header[0] === 'truong hop' && header[1] === 'phat sinh tai';
}

function references(text: string): Array<{ number?: string; title: string }> {
    return text.split('\n').map(l => l.trim()).filter(Boolean).map(line => {
        const step = /^Bước (\d+[a-z]?):\s*(.*)$/u.exec(line);
        return step ? { number: step[1], title: step[2] } : { title: line };
    });
}

/**
 * Reads an exception table ("Trường hợp | Phát sinh tại | Nội dung công việc | Trách nhiệm | Thời gian | Biểu mẫu /
 * Kết quả | Bước tiếp theo", as the table target writes it and as some provinces publish it). Rows whose situation
 * is not one of the three outcomes are returned in `unknown`.
 */
export function readExceptionTable(table: SourceTable): { exceptions: PublishedException[]; unknown: number[] } {
    const names = table.rows[0].cells.map(c => c.text);
    const exceptions: PublishedException[] = [];
    const unknown: number[] = [];
    for (const row of table.rows.slice(1)) {
        const cell = (i: number): CellRef => ({ text: row.cells[i]?.text ?? '', table: table.index, row: row.row, column: names[i] ?? '' });
        const situation = foldText(cell(0).text);
        const outcome = OUTCOMES.find(([pattern]) => pattern.test(situation))?.[1];
        if (!outcome) {
            unknown.push(row.row);
            continue;
        }
        const content = cell(2).text;
        const back = /^Chuyển đến Bước (\d+[a-z]?)/u.exec(content);
        const next = cell(6).text.split('\n').map(l => l.trim()).filter(l => l && !/^Kết thúc$/iu.test(l))
            .map(l => l.replace(/^Tiếp tục\s+/u, '')).flatMap(references);
        exceptions.push({
            row: row.row, outcome, continuation: /\(tiếp theo\)/u.test(cell(0).text), sources: references(cell(1).text),
            ...(back ? { goesTo: back[1] } : {
                task: cell(2), performer: cell(3), ...(cell(4).text ? { time: cell(4) } : {}), ...(cell(5).text ? { product: cell(5) } : {})
            }),
            next
        });
    }
    return { exceptions, unknown };
}
