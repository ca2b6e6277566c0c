// Excel fixtures of the published internal-procedure tables (for the .xlsx path of the table importer): the same
// layout as the Word fixtures (published-layout.ts), on one worksheet, merged cells as Excel merges.
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PublishedFile } from './published-docx.js';
import { layOutDecision, type GridTable } from './published-layout.js';

function writeTable(sheet: ExcelJS.Worksheet, table: GridTable, top: number): number {
    const columns = table.headers.length;
    table.headers.forEach((text, i) => {
        const c = sheet.getCell(top, i + 1);
        c.value = text;
        c.font = { bold: true };
    });
    // Where each merge down started, per column.
    const openedAt = new Map<number, number>();
    const closeMerge = (column: number, lastRow: number): void => {
        const start = openedAt.get(column);
        if (start !== undefined && lastRow > start) sheet.mergeCells(start, column, lastRow, column);
        openedAt.delete(column);
    };
    table.rows.forEach((row, r) => {
        const excelRow = top + 1 + r;
        let column = 1;
        for (const c of row) {
            if (c.merge !== 'continue') {
                closeMerge(column, excelRow - 1);
                const target = sheet.getCell(excelRow, column);
                target.value = c.paragraphs.join('\n');
                target.alignment = { wrapText: true, vertical: 'top' };
                if (c.bold) target.font = { bold: true };
                if (c.span > 1) sheet.mergeCells(excelRow, column, excelRow, column + c.span - 1);
                if (c.merge === 'restart') openedAt.set(column, excelRow);
            }
            column += c.span;
        }
    });
    for (let column = 1; column <= columns; column++) closeMerge(column, top + table.rows.length);
    return top + table.rows.length + 1;
}

/**
 * Writes `<outDir>/<raw name>.xlsx`: the raw decision's tables one under the other on one worksheet, each under its
 * heading rows, with the merges of the Word fixture (a cell merged down, a label across columns). Returns what
 * `buildPublishedDocx` returns; the table indexes count the tables top to bottom.
 */
export async function buildPublishedXlsx(rawFile: string, outDir: string): Promise<PublishedFile> {
    const decision = layOutDecision(rawFile);
    const workbook = new ExcelJS.Workbook();
    // Fixed, so that two builds of a fixture are the same workbook.
    workbook.created = workbook.modified = new Date(Date.UTC(2025, 10, 30));
    workbook.creator = 'tthc tests';
    const sheet = workbook.addWorksheet('Quy trình nội bộ');
    sheet.columns = Array.from({ length: 8 }, () => ({ width: 30 }));
    let row = 1;
    for (const block of decision.blocks) {
        if (block.kind === 'paragraph') {
            const c = sheet.getCell(row, 1);
            c.value = block.text;
            if (block.bold) c.font = { bold: true };
            row++;
        } else {
            row = writeTable(sheet, block.table, row) + 1;
        }
    }
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `${basename(rawFile, '.md')}.xlsx`);
    await workbook.xlsx.writeFile(file);
    return { file, tables: decision.tables };
}
