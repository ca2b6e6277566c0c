// Word fixtures of the published internal-procedure tables, rebuilt at test time from the scraped decisions in
// ../shared/data/qtnb-2025-decisions-md/raw/ (never committed: the data is read from there) as the provinces laid
// them out (published-layout.ts): for the table importer's tests, "each imports to the procedure written by hand in
// test/fixtures/published/".
import { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { layOutDecision, type GridCell, type GridTable, type LaidOutBlock, type PublishedFixtureTable } from './published-layout.js';

export type { PublishedFixtureTable } from './published-layout.js';

// A4 landscape, as the decisions annex their tables; Times New Roman 13.
const PAGE = { width: 16838, height: 11906, orientation: PageOrientation.LANDSCAPE };
const MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

function paragraphs(c: GridCell, center = false): Paragraph[] {
    if (c.paragraphs.length === 0) return [new Paragraph({})];
    return c.paragraphs.map(text => new Paragraph({
        children: [new TextRun({ text, ...(c.bold ? { bold: true } : {}) })],
        ...(center ? { alignment: AlignmentType.CENTER } : {})
    }));
}

function docxTable(table: GridTable): Table {
    const columns = table.headers.length;
    const widths = table.headers.map((_, i) => (i === 0 ? TEXT_WIDTH - Math.floor(TEXT_WIDTH / columns) * (columns - 1) : Math.floor(TEXT_WIDTH / columns)));
    const header = new TableRow({
        tableHeader: true,
        children: table.headers.map((text, i) => new TableCell({ children: paragraphs({ paragraphs: [text], span: 1, bold: true }, true), width: { size: widths[i], type: WidthType.DXA } }))
    });
    const rows = table.rows.map(row => {
        let column = 0;
        return new TableRow({
            children: row.map(c => {
                const width = widths.slice(column, column + c.span).reduce((a, b) => a + b, 0);
                column += c.span;
                return new TableCell({
                    children: paragraphs(c),
                    width: { size: width, type: WidthType.DXA },
                    ...(c.span > 1 ? { columnSpan: c.span } : {}),
                    ...(c.merge === 'restart' ? { verticalMerge: VerticalMergeType.RESTART } : c.merge === 'continue' ? { verticalMerge: VerticalMergeType.CONTINUE } : {})
                });
            })
        });
    });
    return new Table({ rows: [header, ...rows], width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED });
}

function children(blocks: readonly LaidOutBlock[]): Array<Paragraph | Table> {
    return blocks.flatMap(block => block.kind === 'paragraph'
        ? [new Paragraph({ children: [new TextRun({ text: block.text, ...(block.bold ? { bold: true } : {}) })] })]
        // An empty paragraph after each table: Word joins two tables that touch.
        : [docxTable(block.table), new Paragraph({})]);
}

/** What a builder wrote: the file, and the tables in it that a fixture under test/fixtures/published/ writes. */
export interface PublishedFile {
    readonly file: string;
    readonly tables: PublishedFixtureTable[];
}

/**
 * Writes `<outDir>/<raw name>.docx`: every internal-procedure table of the raw decision file, in order, laid out as
 * the province printed it (merged cells as `w:vMerge` / `w:gridSpan`, several procedures' tables in one document,
 * "a) / b)" case tables, hours and fractions as written). Returns the file and, for each table a fixture writes,
 * the fixture (relative to test/fixtures/published/), the procedure it declares and the indexes of its tables.
 */
export async function buildPublishedDocx(rawFile: string, outDir: string): Promise<PublishedFile> {
    const decision = layOutDecision(rawFile);
    const document = new Document({
        styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
        sections: [{ properties: { page: { size: PAGE, margin: MARGIN } }, children: children(decision.blocks) }]
    });
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `${basename(rawFile, '.md')}.docx`);
    writeFileSync(file, new Uint8Array(await Packer.toArrayBuffer(document)));
    return { file, tables: decision.tables };
}
