import { replaceUnsafeCharacters } from '../../markup/markup-text.js';
import type { Block, Cell, Line, Page, Row, Span, Table } from './blocks.js';
import { CORE_PATH, coreProperties } from './docx-package.js';
import { DOCUMENT_PATH, docxTemplate } from './docx-template.js';
import { zipEntries, zipEntry } from './docx-zip.js';

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

// XML text and attribute values as the library escapes them (its `escapeAll`): the five markup
// characters, and the control characters XML 1.0 cannot carry dropped (clean() has already made them U+FFFD).
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
function escapeXml(value: string): string {
    // eslint-disable-next-line no-control-regex
    return value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, c => ESCAPES[c] ?? '');
}

// The body is written here as WordprocessingML, element for element and byte for byte what the `docx`
// library writes for the same Paragraph, TextRun, Table, TableRow and TableCell options (compared part
// by part on every document of the bench's 1,000-procedure workspace): building the library's objects and
// its XML cost most of each document (docs/performance.md).

interface RunStyle { readonly strong?: boolean; readonly em?: boolean; readonly size?: number }

// Only what differs from the document's defaults: a thousand procedures make millions of run properties.
function runXml(span: Span, style: RunStyle): string {
    const bold = span.strong || style.strong;
    const italics = span.em || style.em;
    const properties = (bold ? '<w:b/><w:bCs/>' : '') + (italics ? '<w:i/><w:iCs/>' : '')
        + (style.size !== undefined ? `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>` : '');
    return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(clean(span.text))}</w:t></w:r>`;
}

function runs(line: Line, style: RunStyle = {}): string {
    return line.map(span => runXml(span, style)).join('');
}

interface ParagraphStyle { readonly keepNext?: boolean; readonly before?: number; readonly after?: number; readonly center?: boolean }

function paragraphXml(content: string, style: ParagraphStyle = {}): string {
    const spacing = style.after !== undefined || style.before !== undefined
        ? `<w:spacing${style.after !== undefined ? ` w:after="${style.after}"` : ''}${style.before !== undefined ? ` w:before="${style.before}"` : ''}/>`
        : '';
    const properties = (style.keepNext ? '<w:keepNext/>' : '') + spacing + (style.center ? '<w:jc w:val="center"/>' : '');
    if (!properties && !content) return EMPTY_PARAGRAPH;
    return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${content}</w:p>`;
}

const EMPTY_PARAGRAPH = '<w:p/>';

function isEmpty(cell: Cell | undefined): boolean {
    return cell === undefined || cell.every(line => line.every(span => span.text.trim() === ''));
}

function cellParagraphs(cell: Cell, options: { bold?: boolean; center?: boolean } = {}): string {
    const lines = cell.filter(line => line.some(span => span.text.trim() !== ''));
    if (lines.length === 0) return EMPTY_PARAGRAPH;
    return lines.map(line => paragraphXml(runs(line, options.bold ? { strong: true } : {}), { center: options.center })).join('');
}

/** A cell spanning `span` columns from `column`, merged vertically as `merge` says. */
function docxCell(paragraphs: string, widths: readonly number[], column: number, span: number, merge?: 'restart' | 'continue'): string {
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    const properties = `<w:tcW w:type="dxa" w:w="${width}"/>`
        + (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '')
        + (merge ? `<w:vMerge w:val="${merge}"/>` : '');
    return `<w:tc><w:tcPr>${properties}</w:tcPr>${merge === 'continue' ? EMPTY_PARAGRAPH : paragraphs}</w:tc>`;
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

function docxRow(row: Row, next: Row | undefined, widths: readonly number[]): string {
    const columns = widths.length;
    const cells: string[] = [];
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
    return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
}

// Single lines all round and inside, the library's default borders of a table.
const BORDERS = '<w:tblBorders>' + ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(side => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`).join('') + '</w:tblBorders>';

function docxTable(table: Table): string {
    const widths = widthsOf(table);
    const header = table.headers.map((h, i) => docxCell(cellParagraphs([[{ text: h }]], { bold: true, center: true }), widths, i, 1)).join('');
    return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/>${BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr>`
        + `<w:tblGrid>${widths.map(w => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
        + `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${header}</w:tr>`
        + table.rows.map((row, i) => docxRow(row, table.rows[i + 1], widths)).join('')
        + '</w:tbl>';
}

function docxBlock(block: Block): string {
    switch (block.kind) {
        case 'heading':
            return paragraphXml(runs(block.line, { strong: true, ...(block.level === 1 ? { size: TITLE_SIZE } : {}) }), { keepNext: true, before: 240, after: 120, center: block.level === 1 });
        case 'paragraph':
            return paragraphXml(
                block.style === 'note' ? runs(block.line, { em: true, size: NOTE_SIZE }) : block.style === 'subtitle' ? runs(block.line, { em: true }) : runs(block.line),
                { after: 120, center: block.style === 'subtitle' }
            );
        case 'list':
            return block.items.map(item => paragraphXml(runs(item), { after: 60 })).join('');
        case 'table':
            // An empty paragraph after each table: Word joins two tables that touch.
            return docxTable(block) + EMPTY_PARAGRAPH;
    }
}

/**
 * A page as a Word document (.docx): A4 portrait, Times New Roman 13, tables with their header row
 * repeated on each page, subtotal and total labels spanning the empty columns (`w:gridSpan`), a time
 * shared by several steps merged down (`w:vMerge`). Every source text goes in as escaped text of a
 * text run. The parts every document shares come from the `docx` library once (docx-template.ts); the
 * bytes are the same for the same page (docx-package.ts, docx-zip.ts).
 */
export async function renderDocx(page: Page): Promise<Uint8Array> {
    const template = await docxTemplate({ creator: CREATOR, font: FONT, size: SIZE, page: PAGE, margin: MARGIN });
    const encoder = new TextEncoder();
    const body = template.head + page.blocks.map(docxBlock).join('') + template.tail;
    // The core properties without the time of the build (docx-package.ts).
    const own: Readonly<Record<string, string>> = { [DOCUMENT_PATH]: body, [CORE_PATH]: coreProperties(clean(page.title), CREATOR) };
    return zipEntries(template.entries.map(({ path, entry }) => entry ?? zipEntry(path, encoder.encode(own[path]))));
}
