import JSZip from 'jszip';
import { parseWellFormed } from '../markup/well-formed.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A cell of a Word table as read back: its paragraphs, its span and its vertical merge. */
export interface DocxCell {
    readonly paragraphs: readonly string[];
    /** `w:gridSpan`: how many grid columns it covers (1 when absent). */
    readonly span: number;
    /** `w:vMerge`: `restart` opens a merged cell, `continue` is covered by the one above. */
    readonly vMerge?: 'restart' | 'continue';
}

/** The body of a Word document, in order: paragraphs (their text) and tables (rows of cells). */
export type DocxBlock = { readonly kind: 'paragraph'; readonly text: string } | { readonly kind: 'table'; readonly rows: ReadonlyArray<readonly DocxCell[]> };

function children(node: Element, name: string): Element[] {
    return [...node.childNodes].filter((c): c is Element => c.nodeType === 1 && (c as Element).namespaceURI === W && (c as Element).localName === name);
}

function paragraphText(p: Element): string {
    return [...p.getElementsByTagNameNS(W, 't')].map(t => t.textContent ?? '').join('');
}

/** The parts of a .docx: `word/document.xml` as text, and every entry's name. */
export async function docxParts(bytes: Uint8Array): Promise<{ documentXml: string; entries: string[]; part(name: string): Promise<string> }> {
    const zip = await JSZip.loadAsync(bytes);
    const document = zip.file('word/document.xml');
    if (!document) throw new Error('no word/document.xml in the .docx');
    return {
        documentXml: await document.async('string'),
        entries: Object.keys(zip.files),
        part: async name => zip.file(name)!.async('string')
    };
}

/** The body of `word/document.xml`, parsed with a strict XML parser (throws when it is not well-formed). */
export function docxBlocks(documentXml: string): DocxBlock[] {
    const document = parseWellFormed(documentXml);
    const body = document.getElementsByTagNameNS(W, 'body')[0];
    const blocks: DocxBlock[] = [];
    for (const node of [...body.childNodes].filter((c): c is Element => c.nodeType === 1)) {
        if (node.localName === 'p') blocks.push({ kind: 'paragraph', text: paragraphText(node) });
        if (node.localName === 'tbl') {
            blocks.push({
                kind: 'table',
                rows: children(node, 'tr').map(tr => children(tr, 'tc').map(tc => {
                    const properties = children(tc, 'tcPr')[0];
                    const span = properties ? children(properties, 'gridSpan')[0] : undefined;
                    const merge = properties ? children(properties, 'vMerge')[0] : undefined;
                    const value = merge?.getAttributeNS(W, 'val');
                    return {
                        paragraphs: children(tc, 'p').map(paragraphText).filter(t => t !== ''),
                        span: span ? Number(span.getAttributeNS(W, 'val')) : 1,
                        ...(merge ? { vMerge: value === 'restart' ? 'restart' as const : 'continue' as const } : {})
                    };
                }))
            });
        }
    }
    return blocks;
}

/**
 * A normalised text rendering of a document body, for golden files: a paragraph per line, a table as
 * rows of cells between `|`, a cell's paragraphs joined by ` / `, `{span n}` after a spanning cell,
 * `{v}` after a cell that opens a vertical merge and `{^}` for one covered by the cell above.
 */
export function docxText(blocks: readonly DocxBlock[]): string {
    const lines: string[] = [];
    for (const block of blocks) {
        if (block.kind === 'paragraph') {
            if (block.text !== '') lines.push(block.text);
            continue;
        }
        lines.push('[table]');
        for (const row of block.rows) {
            const cells = row.map(cell => {
                const marks = `${cell.span > 1 ? ` {span ${cell.span}}` : ''}${cell.vMerge === 'restart' ? ' {v}' : cell.vMerge === 'continue' ? ' {^}' : ''}`;
                return `${cell.paragraphs.join(' / ')}${marks}`.trim();
            });
            lines.push(`| ${cells.join(' | ')} |`);
        }
        lines.push('[/table]');
    }
    return `${lines.join('\n')}\n`;
}
