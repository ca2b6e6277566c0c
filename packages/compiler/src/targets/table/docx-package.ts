import { escapeMarkupText } from '../../markup/markup-text.js';

// The one date a .docx carries, wherever a date is written: 1 July 2025, when the two-level local
// government began (the zip entries carry it too: docx-zip.ts).
const CORE_TIME = '2025-07-01T00:00:00Z';

/** The path of the document's core properties (title, creator, dates) in the package. */
export const CORE_PATH = 'docProps/core.xml';

/**
 * The core properties the library would write, with the fixed date instead of the time of the build
 * (it stamps `dcterms:created` and `dcterms:modified` with `new Date()`), written in each document in
 * place of the library's.
 */
export function coreProperties(title: string, creator: string): string {
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + `<dc:title>${escapeMarkupText(title)}</dc:title><dc:creator>${escapeMarkupText(creator)}</dc:creator><cp:lastModifiedBy>${escapeMarkupText(creator)}</cp:lastModifiedBy>`
        + `<dcterms:created xsi:type="dcterms:W3CDTF">${CORE_TIME}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${CORE_TIME}</dcterms:modified>`
        + '</cp:coreProperties>';
}
