import JSZip from 'jszip';
import { TableReadError } from './table-model.js';

/** An opened Office archive: its entries by name. */
export interface ZipEntries {
    has(name: string): boolean;
    /** The entry as UTF-8 text; a missing entry throws a `TableReadError`. */
    text(name: string): Promise<string>;
}

/** Opens `bytes` as a zip archive; anything that is not one (or a damaged one) throws a `TableReadError`. */
export async function openZip(bytes: Uint8Array): Promise<ZipEntries> {
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
            try {
                return await file.async('string');
            } catch (error) {
                throw new TableReadError({ kind: 'not-zip', entry: name, detail: error instanceof Error ? error.message : String(error) });
            }
        }
    };
}
