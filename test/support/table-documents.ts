// Builds small .docx and .xlsx files for the import tests: Word tables with horizontal (w:gridSpan) and vertical
// (w:vMerge) merges, paragraphs before each table, and workbooks with merged ranges, written as the Office parts
// themselves (with jszip), so that the readers are tested against the XML they meet in provinces' files.
import JSZip from 'jszip';

/** A cell of a Word table: its text (lines separated by \n), how many grid columns it spans, and its vertical merge. */
export interface WordCell {
    readonly text?: string;
    readonly span?: number;
    readonly vMerge?: 'restart' | 'continue';
}

/** A block of a Word document: a paragraph, or a table (rows of cells; a string is a plain cell). */
export type WordBlock = string | { readonly rows: ReadonlyArray<ReadonlyArray<WordCell | string>> };

function xml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function paragraph(text: string): string {
    const runs = text.split('\n').map(line => `<w:r><w:t xml:space="preserve">${xml(line)}</w:t></w:r>`).join('<w:r><w:br/></w:r>');
    return `<w:p>${runs}</w:p>`;
}

function cell(c: WordCell | string): string {
    const spec: WordCell = typeof c === 'string' ? { text: c } : c;
    const properties = [
        spec.span && spec.span > 1 ? `<w:gridSpan w:val="${spec.span}"/>` : '',
        spec.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : spec.vMerge === 'continue' ? '<w:vMerge/>' : ''
    ].join('');
    return `<w:tc><w:tcPr>${properties}</w:tcPr>${paragraph(spec.text ?? '')}</w:tc>`;
}

/** The word/document.xml of the blocks. */
export function documentXml(blocks: readonly WordBlock[]): string {
    const body = blocks.map(block => (typeof block === 'string' ? paragraph(block)
        : `<w:tbl><w:tblPr/>${block.rows.map(row => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`)).join('');
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

/** A .docx of the blocks (or of the given document.xml text). */
export async function wordDocument(blocks: readonly WordBlock[] | string): Promise<Uint8Array> {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file('word/document.xml', typeof blocks === 'string' ? blocks : documentXml(blocks));
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A sheet of a workbook: rows of cell texts from A1, and merged ranges ("A5:A6"). */
export interface Sheet {
    readonly name: string;
    readonly rows: ReadonlyArray<ReadonlyArray<string>>;
    readonly merges?: readonly string[];
}

function columnLetter(index: number): string {
    let out = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    return out;
}

/** An .xlsx of the sheets, strings shared (as Excel writes them). */
export async function workbook(sheets: readonly Sheet[]): Promise<Uint8Array> {
    const strings: string[] = [];
    const index = (text: string): number => {
        const at = strings.indexOf(text);
        return at >= 0 ? at : strings.push(text) - 1;
    };
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
    sheets.forEach((sheet, i) => {
        const rows = sheet.rows.map((row, r) => `<row r="${r + 1}">${row.map((text, c) => (text === '' ? ''
            : `<c r="${columnLetter(c)}${r + 1}" t="s"><v>${index(text)}</v></c>`)).join('')}</row>`).join('');
        const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map(m => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
        zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${merges}</worksheet>`);
    });
    zip.file('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        sheets.map((s, i) => `<sheet name="${xml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') + '</sheets></workbook>');
    zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') + '</Relationships>');
    zip.file('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map(s => `<si><t xml:space="preserve">${xml(s)}</t></si>`).join('')}</sst>`);
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
