// The neutral model both readers (.docx, .xlsx) give: tables of rows of cells, merged cells resolved, with the
// positions a person finds them at (table N, row R, column C), and the paragraphs before each table.

/** One cell of the grid, after merged cells are resolved: a merged cell's text is in every cell it spans. */
export interface GridCell {
    readonly text: string;
    /** 1-based grid column. */
    readonly column: number;
    /** Where the text comes from when the cell is covered by a merge: `above` (vertical), `left` (horizontal). */
    readonly merged?: 'above' | 'left';
    /** The row (as `GridRow.row`) of the cell the merged text starts in; the row itself when not merged. */
    readonly originRow: number;
}

/** One row of a table: its 1-based number as a person counts it (the table's rows, or the sheet's row number). */
export interface GridRow {
    readonly row: number;
    readonly cells: readonly GridCell[];
}

/** One table of a document (a Word table, or a sheet of a workbook). */
export interface SourceTable {
    /** 1-based, in document order. */
    readonly index: number;
    /** The sheet's name for a workbook. */
    readonly sheet?: string;
    /** The text before the table since the previous one (paragraphs of a document), in order. */
    readonly before: readonly string[];
    readonly rows: readonly GridRow[];
}

/** A document read into tables. */
export interface SourceDocument {
    readonly tables: readonly SourceTable[];
}

/** Where a reader failed, as a person finds it: the archive entry, and a line and column in it. */
export interface ReadFailure {
    readonly kind: 'not-zip' | 'missing-entry' | 'bad-xml' | 'too-large';
    readonly entry?: string;
    readonly line?: number;
    readonly column?: number;
    readonly detail?: string;
}

/** Thrown by the readers: the input is not a readable .docx or .xlsx. */
export class TableReadError extends Error {
    constructor(readonly failure: ReadFailure) {
        super(`${failure.kind}${failure.entry ? ` ${failure.entry}` : ''}${failure.line ? `:${failure.line}:${failure.column ?? 1}` : ''}${failure.detail ? ` ${failure.detail}` : ''}`);
    }
}

/** The text of a cell as compared: white space collapsed, trimmed (line breaks kept as single spaces). */
export function cellText(text: string): string {
    return text.replace(/[ \t\u00A0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{2,}/g, '\n').trim();
}
