import type { CellRef } from './recognise-tables.js';

/** What the import could not map faithfully, and what it reports about it. */
export type TableProblemCode =
    | 'missing-columns' | 'no-step-table' | 'no-title'
    | 'no-performer' | 'several-performers' | 'loose-performer' | 'context-performer' | 'described-performer' | 'empty-performer'
    | 'bad-duration' | 'office-hours' | 'no-time' | 'bad-total' | 'total-conflict'
    | 'no-form' | 'several-forms';

/** Codes that only warn: the procedure is complete without them. */
export const WARNING_CODES: ReadonlySet<TableProblemCode> = new Set(['loose-performer', 'context-performer', 'described-performer', 'office-hours', 'no-form', 'several-forms']);

/** One problem, with where it is (table, row, column as the table names it) and what was read there. */
export interface TableProblem {
    readonly code: TableProblemCode;
    readonly table?: number;
    readonly row?: number;
    readonly column?: string;
    /** The text read (a cell, a part of a cell). */
    readonly text?: string;
    /** What it matched several of, or matched loosely (references as the language writes them). */
    readonly candidates?: readonly string[];
    /** Missing column roles. */
    readonly missing?: readonly string[];
    /** The procedure (its title) the problem is in, when there is one. */
    readonly procedure?: string;
}

/** A problem at a cell. */
export function cellProblem(code: TableProblemCode, cell: CellRef, extra: Partial<TableProblem> = {}): TableProblem {
    return { code, table: cell.table, ...(cell.row > 0 ? { row: cell.row } : {}), ...(cell.column ? { column: cell.column } : {}), text: cell.text, ...extra };
}

/** Whether the problem blocks a complete import. */
export function isError(problem: TableProblem): boolean {
    return !WARNING_CODES.has(problem.code);
}
