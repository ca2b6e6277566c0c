import { openZip, type ZipEntries } from './read-zip.js';
import { cellText, TableReadError, type GridCell, type GridRow, type SourceDocument, type SourceTable } from './table-model.js';
import { child, elements, parseXml, textOf, type XmlElement } from './xml-tree.js';

const WORKBOOK = 'xl/workbook.xml';

/**
 * Reads a workbook (.xlsx) into tables, one per sheet in the workbook's order: its non-empty rows with their sheet
 * row numbers, merged ranges resolved (the top-left cell's text in every cell of the range). Rows above a table's
 * header hold its title, as paragraphs do in a document: the recogniser finds the header. A damaged archive or
 * ill-formed XML throws a `TableReadError`.
 */
export async function readXlsx(bytes: Uint8Array): Promise<SourceDocument> {
    const zip = await openZip(bytes);
    const workbook = parseXml(await zip.text(WORKBOOK), WORKBOOK);
    const targets = await relationshipTargets(zip);
    const shared = await sharedStrings(zip);
    const tables: SourceTable[] = [];
    for (const sheet of elements(child(workbook, 'sheets') ?? workbook, 'sheet')) {
        const id = sheet.attributes['r:id'] ?? '';
        const target = targets.get(id);
        if (!target) throw new TableReadError({ kind: 'missing-entry', entry: `xl/_rels/workbook.xml.rels#${id}` });
        const entry = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
        const rows = sheetRows(parseXml(await zip.text(entry), entry), shared);
        tables.push({ index: tables.length + 1, sheet: sheet.attributes.name ?? '', before: [], rows });
    }
    return { tables };
}

async function relationshipTargets(zip: ZipEntries): Promise<Map<string, string>> {
    const entry = 'xl/_rels/workbook.xml.rels';
    const rels = parseXml(await zip.text(entry), entry);
    return new Map(elements(rels, 'Relationship').map(r => [r.attributes.Id ?? '', r.attributes.Target ?? '']));
}

async function sharedStrings(zip: ZipEntries): Promise<string[]> {
    const entry = 'xl/sharedStrings.xml';
    if (!zip.has(entry)) return [];
    return elements(parseXml(await zip.text(entry), entry), 'si').map(stringItem);
}

// A string item: plain `<t>` or rich-text runs `<r><t>…</t></r>`; phonetic runs (`rPh`) are not the text.
function stringItem(si: XmlElement): string {
    return elements(si).filter(e => e.name === 't' || e.name === 'r').map(e => (e.name === 't' ? textOf(e) : textOf(child(e, 't') ?? e))).join('');
}

/** "C12" → { column: 3, row: 12 }. */
export function cellAddress(ref: string): { column: number; row: number } | undefined {
    const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
    if (!match) return undefined;
    const column = [...match[1]].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
    return { column, row: Number(match[2]) };
}

function cellValue(cell: XmlElement, shared: readonly string[]): string {
    const type = cell.attributes.t;
    if (type === 'inlineStr') return stringItem(child(cell, 'is') ?? cell);
    const value = textOf(child(cell, 'v') ?? { name: 'v', attributes: {}, children: [], line: 0, column: 0 });
    if (type === 's') return shared[Number(value)] ?? '';
    return value;
}

function sheetRows(sheet: XmlElement, shared: readonly string[]): GridRow[] {
    const values = new Map<number, Map<number, string>>();
    let maxColumn = 0;
    for (const row of elements(child(sheet, 'sheetData') ?? sheet, 'row')) {
        const rowNumber = Number(row.attributes.r ?? 0);
        let nextColumn = 1;
        for (const cell of elements(row, 'c')) {
            const at = cell.attributes.r ? cellAddress(cell.attributes.r) : { column: nextColumn, row: rowNumber };
            if (!at) continue;
            nextColumn = at.column + 1;
            const text = cellText(cellValue(cell, shared));
            if (!values.has(at.row)) values.set(at.row, new Map());
            values.get(at.row)!.set(at.column, text);
            if (text) maxColumn = Math.max(maxColumn, at.column);
        }
    }
    // Merged ranges: every covered cell takes the text of the range's top-left cell.
    const merged = new Map<string, { merged: 'above' | 'left'; originRow: number; text: string }>();
    for (const range of elements(child(sheet, 'mergeCells') ?? sheet, 'mergeCell')) {
        const [from, to] = (range.attributes.ref ?? '').split(':').map(cellAddress);
        if (!from || !to) continue;
        const text = values.get(from.row)?.get(from.column) ?? '';
        maxColumn = Math.max(maxColumn, text ? to.column : 0);
        for (let r = from.row; r <= to.row; r++) {
            for (let c = from.column; c <= to.column; c++) {
                if (r === from.row && c === from.column) continue;
                merged.set(`${r}:${c}`, { merged: r > from.row ? 'above' : 'left', originRow: from.row, text });
                if (text && !values.has(r)) values.set(r, new Map());
            }
        }
    }
    const rows: GridRow[] = [];
    for (const rowNumber of [...values.keys()].sort((a, b) => a - b)) {
        const cells: GridCell[] = [];
        for (let column = 1; column <= maxColumn; column++) {
            const cover = merged.get(`${rowNumber}:${column}`);
            cells.push(cover
                ? { text: cover.text, column, merged: cover.merged, originRow: cover.originRow }
                : { text: values.get(rowNumber)?.get(column) ?? '', column, originRow: rowNumber });
        }
        if (cells.some(c => c.text !== '')) rows.push({ row: rowNumber, cells });
    }
    return rows;
}
