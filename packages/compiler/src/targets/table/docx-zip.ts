import { deflateSync } from 'fflate';

// The one date a .docx carries in its zip entries: 1 July 2025, noon, when the two-level local
// government began, as MS-DOS date and time fields (APPNOTE.TXT 4.4.6): no clock or time zone takes part.
const DOS_TIME = 12 << 11;
const DOS_DATE = ((2025 - 1980) << 9) | (7 << 5) | 1;
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20;
const DEFLATE = 8;

/** A file of the package, compressed once: what the zip writes for it, wherever it goes. */
export interface ZipEntry {
    readonly name: Uint8Array;
    readonly crc: number;
    readonly size: number;
    readonly data: Uint8Array;
}

let crcTable: Uint32Array | undefined;

// CRC-32 (ISO 3309, the zip's), table-driven: fflate has one but does not export it.
function crc32(bytes: Uint8Array): number {
    if (!crcTable) {
        crcTable = new Uint32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            crcTable[n] = c >>> 0;
        }
    }
    let crc = 0xffffffff;
    for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}

/** A file compressed with DEFLATE (level 6), ready to be zipped any number of times. */
export function zipEntry(path: string, content: Uint8Array): ZipEntry {
    return { name: new TextEncoder().encode(path), crc: crc32(content), size: content.length, data: deflateSync(content, { level: 6 }) };
}

/**
 * A plain zip (no zip64, no comment, no extra fields) of the entries in their order, every entry dated
 * 1 July 2025: the same entries give the same bytes.
 */
export function zipEntries(entries: readonly ZipEntry[]): Uint8Array {
    let length = 22;
    for (const e of entries) length += 30 + 46 + 2 * e.name.length + e.data.length;
    const zip = new Uint8Array(length);
    const view = new DataView(zip.buffer);
    const offsets: number[] = [];
    let at = 0;
    for (const e of entries) {
        offsets.push(at);
        view.setUint32(at, LOCAL_HEADER, true);
        view.setUint16(at + 4, VERSION, true);
        view.setUint16(at + 6, 0, true);
        view.setUint16(at + 8, DEFLATE, true);
        view.setUint16(at + 10, DOS_TIME, true);
        view.setUint16(at + 12, DOS_DATE, true);
        view.setUint32(at + 14, e.crc, true);
        view.setUint32(at + 18, e.data.length, true);
        view.setUint32(at + 22, e.size, true);
        view.setUint16(at + 26, e.name.length, true);
        view.setUint16(at + 28, 0, true);
        zip.set(e.name, at + 30);
        zip.set(e.data, at + 30 + e.name.length);
        at += 30 + e.name.length + e.data.length;
    }
    const directory = at;
    entries.forEach((e, i) => {
        view.setUint32(at, CENTRAL_HEADER, true);
        view.setUint16(at + 4, VERSION, true);
        view.setUint16(at + 6, VERSION, true);
        view.setUint16(at + 8, 0, true);
        view.setUint16(at + 10, DEFLATE, true);
        view.setUint16(at + 12, DOS_TIME, true);
        view.setUint16(at + 14, DOS_DATE, true);
        view.setUint32(at + 16, e.crc, true);
        view.setUint32(at + 20, e.data.length, true);
        view.setUint32(at + 24, e.size, true);
        view.setUint16(at + 28, e.name.length, true);
        // Extra field, comment, disk number, internal and external attributes: all zero.
        view.setUint32(at + 42, offsets[i], true);
        zip.set(e.name, at + 46);
        at += 46 + e.name.length;
    });
    view.setUint32(at, END_OF_CENTRAL_DIRECTORY, true);
    view.setUint16(at + 8, entries.length, true);
    view.setUint16(at + 10, entries.length, true);
    view.setUint32(at + 12, at - directory, true);
    view.setUint32(at + 16, directory, true);
    return zip;
}
