import { vietnameseImportTableMessages } from './import-table-messages.js';
import type { TableProblem } from './table-problems.js';

/**
 * The text of `unresolved "…"` for a problem: where it was read and why it is not mapped, in Vietnamese whatever
 * the run's language (the file is the province's, written in Vietnamese like its tables), so that the output
 * depends only on the input.
 */
export function unresolvedText(problem: TableProblem): string {
    const place = vietnameseImportTableMessages.place(problem);
    return `${place ? `(${place}) ` : ''}${vietnameseImportTableMessages.problem(problem)}`;
}
