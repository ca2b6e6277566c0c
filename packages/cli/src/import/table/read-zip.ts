import JSZip from 'jszip';
import { TableReadError } from './table-model.js';

/** An opened Office archive: its entries by name. */
export interface ZipEntries {
    has(name: string): boolean;
    /** The entry as UTF-8 text; a missing entry throws a `TableReadError`. */
    text(name: string): Promise<string>;
}

/** The largest part read from an archive, unpacked: far above any document's, small enough to hold in memory. */
export const MAX_ENTRY_BYTES = 128 * 1024 * 1024;

/**
 * Opens `bytes` as a zip archive; anything that is not one (or a damaged one) throws a `TableReadError`, and so does a
 * part whose size unpacked (as the archive declares it; the reader also checks it while unpacking) is above
 * `maxEntryBytes`, so that a small file cannot make the import unpack gigabytes.
 */
export async function openZip(bytes: Uint8Array, maxEntryBytes = MAX_ENTRY_BYTES): Promise<ZipEntries> {
    let zip: JSZip;
    try {
        zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    } catch (error) {
        throw new TableReadError({ kind: 'not-zip', detail: error instanceof Error ? error.message : String(error) });
    }
    return {
        has: name => zip.file(name) !== null,
        text: async name => {
            const file = zip.file(name);
            if (!file) throw new TableReadError({ kind: 'missing-entry', entry: name });
            // JSZip keeps the size the archive declares on an internal field; it checks the unpacked data against it.
            const declared = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
            if (declared === undefined || declared > maxEntryBytes) throw new TableReadError({ kind: 'too-large', entry: name, detail: String(declared ?? 'unknown') });
            try {
                return await file.async('string');
            } catch (error) {
                throw new TableReadError({ kind: 'not-zip', entry: name, detail: error instanceof Error ? error.message : String(error) });
            }
        }
    };
}
