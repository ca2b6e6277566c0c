import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readRegularFile } from '../../workspace/regular-file.js';
import { BundleError } from './bundle-error.js';
import { importMessages as say } from './opencps-import-messages.js';

/** The largest document read (an OpenCPS document of a thousand steps is well under 1 MB). */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
/** The largest archive read. */
export const MAX_ARCHIVE_BYTES = 256 * 1024 * 1024;

// Strict UTF-8, as the documents declare: a wrong byte is an error, never a silent U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(file: string, bytes: Uint8Array): string {
    if (bytes.length > MAX_DOCUMENT_BYTES) throw new BundleError({ file }, say.tooLarge(MAX_DOCUMENT_BYTES / 1024 / 1024));
    try {
        return utf8.decode(bytes);
    } catch {
        throw new BundleError({ file }, say.notUtf8);
    }
}

// The documents an OpenCPS bundle is made of, as its importer looks for them.
const BUNDLE_DOCUMENT = /^(Holiday\.xml|WorkingTime\.xml|(services|templates|processes)\/[^/]+\.xml)$/i;

/**
 * The top of the bundle among `paths`: the bundle itself, or the one folder it was zipped in (OpenCPS's importer
 * reads the folder named after the archive).
 */
function withoutTopFolder(paths: readonly string[]): (path: string) => string {
    if (paths.some(path => BUNDLE_DOCUMENT.test(path))) return path => path;
    const tops = new Set(paths.map(path => path.split('/')[0]));
    if (tops.size === 1) {
        const top = `${[...tops][0]}/`;
        return path => (path.startsWith(top) ? path.slice(top.length) : path);
    }
    return path => path;
}

async function walk(folder: string, prefix: string, out: Map<string, string | BundleError>): Promise<void> {
    const entries = await readdir(join(folder, prefix), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
        // Links are not followed: the bundle is what the folder holds.
        if (entry.isDirectory()) await walk(folder, path, out);
        else if (entry.isFile() && /\.xml$/i.test(entry.name)) {
            try {
                out.set(path, decode(path, readRegularFile(join(folder, path), MAX_DOCUMENT_BYTES + 1).bytes));
            } catch (error) {
                if (!(error instanceof BundleError)) throw error;
                out.set(path, error);
            }
        }
    }
}

async function fromZip(path: string): Promise<Map<string, string | BundleError>> {
    let zip: JSZip;
    const { bytes, size } = readRegularFile(path, MAX_ARCHIVE_BYTES + 1);
    if (size > MAX_ARCHIVE_BYTES) throw new BundleError({ file: path }, say.tooLarge(MAX_ARCHIVE_BYTES / 1024 / 1024));
    try {
        zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    } catch (error) {
        throw new BundleError({ file: path }, say.badZip((error as Error).message));
    }
    const names = Object.values(zip.files).filter(f => !f.dir).map(f => f.name.replace(/\\/g, '/'));
    const strip = withoutTopFolder(names);
    const files = new Map<string, string | BundleError>();
    for (const name of names.sort()) {
        const inner = strip(name);
        if (!BUNDLE_DOCUMENT.test(inner)) continue;
        const entry = zip.file(name)!;
        // What the archive says the entry inflates to, read before inflating it (jszip keeps it in `_data`).
        const declared = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
        if (declared !== undefined && declared > MAX_DOCUMENT_BYTES) {
            files.set(inner, new BundleError({ file: inner }, say.tooLarge(MAX_DOCUMENT_BYTES / 1024 / 1024)));
            continue;
        }
        let content: Uint8Array;
        try {
            content = await entry.async('uint8array');
        } catch (error) {
            throw new BundleError({ file: `${path}:${name}` }, say.badZip((error as Error).message));
        }
        try {
            files.set(inner, decode(inner, content));
        } catch (error) {
            if (!(error instanceof BundleError)) throw error;
            files.set(inner, error);
        }
    }
    return files;
}

/**
 * The XML documents of an OpenCPS bundle, by their path inside it (`services/1.001193.xml`): a folder, or a
 * `.zip` of it with or without its top folder, as OpenCPS imports them. A corrupt archive is a `BundleError`; a
 * document too large or not UTF-8 is one in place of its text.
 */
export async function readBundle(path: string): Promise<Map<string, string | BundleError>> {
    const stats = await lstat(path);
    if (stats.isFile()) return fromZip(path);
    if (!stats.isDirectory()) throw new BundleError({ file: path }, say.notBundle);
    const all = new Map<string, string | BundleError>();
    await walk(path, '', all);
    const strip = withoutTopFolder([...all.keys()]);
    const files = new Map<string, string | BundleError>();
    for (const [name, text] of all) {
        const inner = strip(name);
        if (BUNDLE_DOCUMENT.test(inner)) files.set(inner, text instanceof BundleError ? new BundleError({ ...text.place, file: inner }, text.message) : text);
    }
    return files;
}
