import { openZip } from './read-zip.js';
import { cellText, type GridCell, type GridRow, type SourceDocument, type SourceTable } from './table-model.js';
import { child, elements, parseXml, type XmlElement } from './xml-tree.js';

const DOCUMENT = 'word/document.xml';

/**
 * Reads a Word document (.docx) into its tables: rows of cells with horizontal (`w:gridSpan`) and vertical
 * (`w:vMerge`) merges resolved, line breaks and paragraphs inside a cell kept as line breaks, and the paragraphs
 * between tables (where provinces write the procedure's name, code and total). A damaged archive or ill-formed XML
 * throws a `TableReadError`.
 */
export async function readDocx(bytes: Uint8Array): Promise<SourceDocument> {
    const zip = await openZip(bytes);
    const root = parseXml(await zip.text(DOCUMENT), DOCUMENT);
    const body = child(root, 'w:body');
    const tables: SourceTable[] = [];
    let before: string[] = [];
    for (const element of body ? blockElements(body) : []) {
        if (element.name === 'w:p') {
            const text = cellText(paragraphText(element));
            if (text) before.push(text);
        } else if (element.name === 'w:tbl') {
            tables.push({ index: tables.length + 1, before, rows: tableRows(element) });
            before = [];
        }
    }
    return { tables };
}

// Paragraphs and tables in order, looking through content controls (w:sdt) and other wrappers.
function blockElements(parent: XmlElement): XmlElement[] {
    return elements(parent).flatMap(element => {
        if (element.name === 'w:p' || element.name === 'w:tbl') return [element];
        if (element.name === 'w:sdt') return blockElements(child(element, 'w:sdtContent') ?? element);
        if (element.name === 'w:customXml') return blockElements(element);
        return [];
    });
}

// Deleted text (tracked changes), field instructions and properties are not what the document reads.
const SKIPPED = new Set(['w:del', 'w:delText', 'w:instrText', 'w:pPr', 'w:rPr', 'w:tcPr', 'w:trPr', 'w:tblPr', 'w:tblGrid', 'w:fldData']);

function paragraphText(element: XmlElement): string {
    let out = '';
    for (const node of element.children) {
        if (typeof node === 'string') {
            continue;
        }
        if (SKIPPED.has(node.name)) continue;
        if (node.name === 'w:t') {
            out += node.children.filter((c): c is string => typeof c === 'string').join('');
        } else if (node.name === 'w:br' || node.name === 'w:cr') {
            out += '\n';
        } else if (node.name === 'w:tab') {
            out += ' ';
        } else {
            out += paragraphText(node);
        }
    }
    return out;
}

function cellContent(cell: XmlElement): string {
    return blockElements(cell).map(block => (block.name === 'w:p'
        ? paragraphText(block)
        // A table inside a cell: its cells' text, row by row.
        : elements(block, 'w:tr').map(row => rowCells(row).map(cellContent).join(' ')).join('\n'))).join('\n');
}

function rowCells(row: XmlElement): XmlElement[] {
    return elements(row).flatMap(element => {
        if (element.name === 'w:tc') return [element];
        if (element.name === 'w:sdt') return elements(child(element, 'w:sdtContent') ?? element, 'w:tc');
        return [];
    });
}

function intAttribute(element: XmlElement | undefined, fallback: number): number {
    const value = element?.attributes['w:val'];
    return value !== undefined && /^\d+$/.test(value) ? Math.max(1, Number(value)) : fallback;
}

function tableRows(table: XmlElement): GridRow[] {
    const rows: GridRow[] = [];
    elements(table, 'w:tr').forEach((tr, index) => {
        const rowNumber = index + 1;
        const previous = rows[rows.length - 1];
        const cells: GridCell[] = [];
        let column = 1 + (intAttribute(child(child(tr, 'w:trPr'), 'w:gridBefore'), 1) - 1);
        for (const tc of rowCells(tr)) {
            const properties = child(tc, 'w:tcPr');
            const span = intAttribute(child(properties, 'w:gridSpan'), 1);
            const vMerge = child(properties, 'w:vMerge');
            // `<w:vMerge/>` (no value) or `w:val="continue"` continues the cell above; `restart` starts a merge.
            const continues = vMerge !== undefined && (vMerge.attributes['w:val'] ?? 'continue') === 'continue';
            const above = continues ? previous?.cells.find(c => c.column === column) : undefined;
            for (let k = 0; k < span; k++) {
                if (above) {
                    cells.push({ text: above.text, column: column + k, merged: 'above', originRow: above.originRow });
                } else {
                    const text = cellText(cellContent(tc));
                    cells.push({ text, column: column + k, ...(k > 0 ? { merged: 'left' as const } : {}), originRow: rowNumber });
                }
            }
            column += span;
        }
        rows.push({ row: rowNumber, cells });
    });
    return rows;
}
