import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { BundleError } from './bundle-error.js';
import { importMessages as say } from './opencps-import-messages.js';

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

async function walk(folder: string, prefix: string, out: Map<string, string>): Promise<void> {
    const entries = await readdir(join(folder, prefix), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
        // Links are not followed: the bundle is what the folder holds.
        if (entry.isDirectory()) await walk(folder, path, out);
        else if (entry.isFile() && /\.xml$/i.test(entry.name)) out.set(path, await readFile(join(folder, path), 'utf8'));
    }
}

async function fromZip(path: string): Promise<Map<string, string>> {
    let zip: JSZip;
    try {
        zip = await JSZip.loadAsync(await readFile(path), { checkCRC32: true });
    } catch (error) {
        throw new BundleError({ file: path }, say.badZip((error as Error).message));
    }
    const names = Object.values(zip.files).filter(f => !f.dir).map(f => f.name.replace(/\\/g, '/'));
    const strip = withoutTopFolder(names);
    const files = new Map<string, string>();
    for (const name of names.sort()) {
        const inner = strip(name);
        if (!BUNDLE_DOCUMENT.test(inner)) continue;
        try {
            files.set(inner, await zip.file(name)!.async('string'));
        } catch (error) {
            throw new BundleError({ file: `${path}:${name}` }, say.badZip((error as Error).message));
        }
    }
    return files;
}

/**
 * The XML documents of an OpenCPS bundle, by their path inside it (`services/1.001193.xml`): a folder, or a
 * `.zip` of it with or without its top folder, as OpenCPS imports them. A corrupt archive is a `BundleError`.
 */
export async function readBundle(path: string): Promise<Map<string, string>> {
    const stats = await lstat(path);
    if (stats.isFile()) return fromZip(path);
    const all = new Map<string, string>();
    await walk(path, '', all);
    const strip = withoutTopFolder([...all.keys()]);
    const files = new Map<string, string>();
    for (const [name, text] of all) {
        const inner = strip(name);
        if (BUNDLE_DOCUMENT.test(inner)) files.set(inner, text);
    }
    return files;
}
