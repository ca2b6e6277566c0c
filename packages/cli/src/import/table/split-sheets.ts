import { findHeader } from './table-headers.js';
import type { GridRow, SourceDocument, SourceTable } from './table-model.js';

// A row of a sheet that is a line of text, not a table row: its only text in the first column, nothing merged.
function isTextRow(row: GridRow): boolean {
    const filled = row.cells.filter(c => c.text !== '');
    return filled.length === 1 && filled[0].column === 1 && row.cells.every(c => c.merged === undefined);
}

/**
 * Splits each sheet of a workbook into its tables: a province's workbook often holds every procedure's table on one
 * sheet, one under another, each under its heading lines (the name, the code, the total). A table starts at a header
 * row and ends at the next line of text; the lines of text before it are its paragraphs. Tables are numbered across
 * the workbook; rows keep their sheet row numbers.
 */
export function splitSheets(document: SourceDocument): SourceDocument {
    const tables: SourceTable[] = [];
    for (const sheet of document.tables) {
        let before: string[] = [];
        let rows: GridRow[] | undefined;
        const close = (): void => {
            if (!rows) return;
            tables.push({ index: tables.length + 1, ...(sheet.sheet !== undefined ? { sheet: sheet.sheet } : {}), before, rows });
            rows = undefined;
            before = [];
        };
        for (const row of sheet.rows) {
            if (findHeader([row])?.at === 0 && (!rows || rows.length > 1)) {
                close();
                rows = [row];
            } else if (rows && !isTextRow(row)) {
                rows.push(row);
            } else {
                close();
                // Text merged across the sheet (a title over the table's width) is one line.
                before.push(row.cells.filter(c => c.merged !== 'left' && c.text !== '').map(c => c.text).join(' '));
            }
        }
        close();
    }
    return { tables };
}
