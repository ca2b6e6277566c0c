import { Document, Packer } from 'docx';
import { unzipSync } from 'fflate';
import { CORE_PATH } from './docx-package.js';
import { zipEntry, type ZipEntry } from './docx-zip.js';

/** The path of the document's body in the package. */
export const DOCUMENT_PATH = 'word/document.xml';

/**
 * The parts every Word document of the table target shares, as the `docx` library writes them for a
 * document with no body: styles, numbering, settings, theme, relationships, content types, each
 * compressed once; and the body's frame, the XML before and after the body's blocks.
 */
export interface DocxTemplate {
    /** The package's files in the library's order, `undefined` where the document's own part goes. */
    readonly entries: ReadonlyArray<{ readonly path: string; readonly entry?: ZipEntry }>;
    /** `word/document.xml` up to and including `<w:body>`. */
    readonly head: string;
    /** `word/document.xml` from the section properties (`<w:sectPr>`) to the end. */
    readonly tail: string;
}

/** What a document's package is made of: the library builds it once, from these options. */
export interface TemplateOptions {
    readonly creator: string;
    readonly font: string;
    readonly size: number;
    readonly page: { readonly width: number; readonly height: number };
    readonly margin: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
}

const BODY = '<w:body>';
const SECTION = '<w:sectPr>';

// The library rebuilds and recompresses every part for each document (styles, numbering, theme: most
// of the cost of a small one); they do not depend on the document, so the package is built once per
// process and options, and only the body and the core properties are written per document.
const templates = new Map<string, Promise<DocxTemplate>>();

async function buildTemplate(options: TemplateOptions): Promise<DocxTemplate> {
    const document = new Document({
        creator: options.creator,
        styles: { default: { document: { run: { font: options.font, size: options.size } } } },
        sections: [{ properties: { page: { size: { ...options.page }, margin: { ...options.margin } } }, children: [] }]
    });
    const files = unzipSync(new Uint8Array(await Packer.toArrayBuffer(document)));
    const body = new TextDecoder().decode(files[DOCUMENT_PATH]);
    const head = body.indexOf(BODY);
    const tail = body.indexOf(SECTION);
    if (head < 0 || tail < head) throw new Error('docx: the library wrote a document.xml without <w:body> and <w:sectPr>');
    return {
        entries: Object.keys(files).map(path => (path === DOCUMENT_PATH || path === CORE_PATH ? { path } : { path, entry: zipEntry(path, files[path]) })),
        head: body.slice(0, head + BODY.length),
        tail: body.slice(tail)
    };
}

/** The shared parts for these options, built by the library on first use. */
export function docxTemplate(options: TemplateOptions): Promise<DocxTemplate> {
    const key = JSON.stringify(options);
    let template = templates.get(key);
    if (!template) {
        template = buildTemplate(options);
        templates.set(key, template);
    }
    return template;
}
