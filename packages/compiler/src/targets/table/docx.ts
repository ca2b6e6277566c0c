import { AlignmentType, Document, Packer, Paragraph, Table as DocxTable, TableCell, TableLayoutType, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import { replaceUnsafeCharacters } from '../../markup/markup-text.js';
import type { Block, Cell, Line, Page, Row, Span, Table } from './blocks.js';
import { CORE_PATH, coreProperties, fixZipDates } from './docx-package.js';

// As Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I lays out an administrative text: A4 portrait (I.1, I.2),
// margins top and bottom 20 mm, left 30 mm, right 15 mm (I.3, the smallest allowed), Times New Roman
// (I.4), 13 points (II.6.e: 13 to 14). Lengths in twentieths of a point, sizes in half-points.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 851 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FONT = 'Times New Roman';
const SIZE = 26;
const TITLE_SIZE = 28;
const NOTE_SIZE = 22;
const CREATOR = 'tthc';

// The columns of each table of the page, in twentieths of a point, adding up to the text width.
const COLUMN_WIDTHS: Readonly<Record<string, readonly number[]>> = {
    steps: [1000, 2800, 2300, 1800, 1454],
    exceptions: [1300, 1300, 1700, 1400, 1200, 1254, 1200],
    totals: [2000, 2600, 2400, 2354]
};

function widthsOf(table: Table): readonly number[] {
    const known = COLUMN_WIDTHS[table.className];
    if (known && known.length === table.headers.length) return known;
    const each = Math.floor(TEXT_WIDTH / table.headers.length);
    return table.headers.map((_, i) => (i === 0 ? TEXT_WIDTH - each * (table.headers.length - 1) : each));
}

// Source text goes in as text runs, which the library escapes; characters XML cannot carry become U+FFFD
// first, runs of white space one space, as in the Markdown, and all is NFC (the page title is raw source
// text: a name stored decomposed must give the same document).
function clean(value: string): string {
    return replaceUnsafeCharacters(value).replace(/\s+/g, ' ').normalize('NFC');
}

// Only what differs from the document's defaults: a thousand procedures make millions of run properties.
function runs(line: Line, size?: number): TextRun[] {
    return line.map((span: Span) => new TextRun({ text: clean(span.text), ...(span.strong ? { bold: true } : {}), ...(span.em ? { italics: true } : {}), ...(size !== undefined ? { size } : {}) }));
}

function isEmpty(cell: Cell | undefined): boolean {
    return cell === undefined || cell.every(line => line.every(span => span.text.trim() === ''));
}

function cellParagraphs(cell: Cell, options: { bold?: boolean; center?: boolean } = {}): Paragraph[] {
    const lines = cell.filter(line => line.some(span => span.text.trim() !== ''));
    if (lines.length === 0) return [new Paragraph({})];
    return lines.map(line => new Paragraph({
        children: options.bold ? runs(line.map(span => ({ ...span, strong: true }))) : runs(line),
        ...(options.center ? { alignment: AlignmentType.CENTER } : {})
    }));
}

/** A cell spanning `span` columns from `column`, merged vertically as `merge` says. */
function docxCell(paragraphs: Paragraph[], widths: readonly number[], column: number, span: number, merge?: 'restart' | 'continue'): TableCell {
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    return new TableCell({
        children: merge === 'continue' ? [new Paragraph({})] : paragraphs,
        width: { size: width, type: WidthType.DXA },
        ...(span > 1 ? { columnSpan: span } : {}),
        ...(merge === 'restart' ? { verticalMerge: VerticalMergeType.RESTART } : merge === 'continue' ? { verticalMerge: VerticalMergeType.CONTINUE } : {})
    });
}

/**
 * A total or subtotal row (`Tổng thời gian tại …`): its label, in the first non-empty cell, spans the empty
 * cells around it from the first column on, as the decisions write it across `Bước` and `Nội dung`.
 */
function labelSpan(row: Row, columns: number): { label: number; span: number } | undefined {
    if (row.tone !== 'total' || !isEmpty(row.cells[0])) return undefined;
    let label = 0;
    while (label < columns && isEmpty(row.cells[label])) label++;
    if (label >= columns) return undefined;
    let end = label + 1;
    while (end < columns && isEmpty(row.cells[end])) end++;
    return { label, span: end };
}

function docxRow(row: Row, next: Row | undefined, widths: readonly number[]): TableRow {
    const columns = widths.length;
    const cells: TableCell[] = [];
    const label = labelSpan(row, columns);
    let column = 0;
    if (label) {
        cells.push(docxCell(cellParagraphs(row.cells[label.label]), widths, 0, label.span));
        column = label.span;
    }
    for (; column < columns; column++) {
        const merge = row.continues?.includes(column) ? 'continue' : next?.continues?.includes(column) ? 'restart' : undefined;
        cells.push(docxCell(cellParagraphs(row.cells[column] ?? []), widths, column, 1, merge));
    }
    return new TableRow({ children: cells, cantSplit: true });
}

function docxTable(table: Table): DocxTable {
    const widths = widthsOf(table);
    const header = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: table.headers.map((h, i) => docxCell(cellParagraphs([[{ text: h }]], { bold: true, center: true }), widths, i, 1))
    });
    return new DocxTable({
        rows: [header, ...table.rows.map((row, i) => docxRow(row, table.rows[i + 1], widths))],
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: [...widths],
        layout: TableLayoutType.FIXED
    });
}

function docxBlocks(block: Block): Array<Paragraph | DocxTable> {
    switch (block.kind) {
        case 'heading':
            return [new Paragraph({
                children: runs(block.line.map(span => ({ ...span, strong: true })), block.level === 1 ? TITLE_SIZE : undefined),
                ...(block.level === 1 ? { alignment: AlignmentType.CENTER } : {}),
                spacing: { before: 240, after: 120 },
                keepNext: true
            })];
        case 'paragraph':
            return [new Paragraph({
                children: block.style === 'note' ? runs(block.line.map(s => ({ ...s, em: true })), NOTE_SIZE) : block.style === 'subtitle' ? runs(block.line.map(s => ({ ...s, em: true }))) : runs(block.line),
                ...(block.style === 'subtitle' ? { alignment: AlignmentType.CENTER } : {}),
                spacing: { after: 120 }
            })];
        case 'list':
            return block.items.map(item => new Paragraph({ children: runs(item), spacing: { after: 60 } }));
        case 'table':
            // An empty paragraph after each table: Word joins two tables that touch.
            return [docxTable(block), new Paragraph({})];
    }
}

/**
 * A page as a Word document (.docx): A4 portrait, Times New Roman 13, tables with their header row
 * repeated on each page, subtotal and total labels spanning the empty columns (`w:gridSpan`), a time
 * shared by several steps merged down (`w:vMerge`). Every source text goes in as a text run; the bytes
 * are the same for the same page (docx-package.ts).
 */
export async function renderDocx(page: Page): Promise<Uint8Array> {
    const title = clean(page.title);
    const document = new Document({
        title,
        creator: CREATOR,
        styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
        sections: [{
            properties: { page: { size: { ...PAGE }, margin: { ...MARGIN } } },
            children: page.blocks.flatMap(docxBlocks)
        }]
    });
    // The same bytes for the same page: the core properties without the time of the build, and the
    // zip entries' dates fixed (docx-package.ts).
    const packed = await Packer.toArrayBuffer(document, false, [{ path: CORE_PATH, data: coreProperties(title, CREATOR) }]);
    return fixZipDates(new Uint8Array(packed));
}
