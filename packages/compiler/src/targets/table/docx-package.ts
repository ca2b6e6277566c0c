import { escapeMarkupText } from '../../markup/markup-text.js';

// The one date a .docx carries, wherever a date is written: 1 July 2025, when the two-level local
// government began. A zip entry stores it as MS-DOS date and time fields (APPNOTE.TXT 4.4.6): noon,
// 2025-07-01, written straight into the fields, so no clock or time zone takes part.
const DOS_TIME = 12 << 11;
const DOS_DATE = ((2025 - 1980) << 9) | (7 << 5) | 1;
const CORE_TIME = '2025-07-01T00:00:00Z';

/** The path of the document's core properties (title, creator, dates) in the package. */
export const CORE_PATH = 'docProps/core.xml';

/**
 * The core properties the library would write, with the fixed date instead of the time of the build
 * (it stamps `dcterms:created` and `dcterms:modified` with `new Date()`). Given to the packer as an
 * override of its own part.
 */
export function coreProperties(title: string, creator: string): string {
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + `<dc:title>${escapeMarkupText(title)}</dc:title><dc:creator>${escapeMarkupText(creator)}</dc:creator><cp:lastModifiedBy>${escapeMarkupText(creator)}</cp:lastModifiedBy>`
        + `<dcterms:created xsi:type="dcterms:W3CDTF">${CORE_TIME}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${CORE_TIME}</dcterms:modified>`
        + '</cp:coreProperties>';
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * The zip with the date and time of every entry set to the fixed date, in place: the packer stamps the
 * time of the build, in the machine's time zone, into each local header and central directory entry.
 * Only these fields change (they are outside the compressed data and its checksum): unzipping and
 * zipping again would cost as much as packing the document. Throws when the bytes are not the plain zip
 * the packer writes (no comment, no zip64), rather than leave a date in.
 */
export function fixZipDates(zip: Uint8Array): Uint8Array {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = zip.byteLength - 22;
    if (end < 0 || view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) throw new Error('docx: the packer wrote a zip with a comment or none at all');
    const entries = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    for (let i = 0; i < entries; i++) {
        if (view.getUint32(at, true) !== CENTRAL_HEADER) throw new Error('docx: unexpected zip central directory');
        view.setUint16(at + 12, DOS_TIME, true);
        view.setUint16(at + 14, DOS_DATE, true);
        const local = view.getUint32(at + 42, true);
        if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error('docx: unexpected zip local header');
        view.setUint16(local + 10, DOS_TIME, true);
        view.setUint16(local + 12, DOS_DATE, true);
        at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return zip;
}
