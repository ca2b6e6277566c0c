import { createHash } from 'node:crypto';

/** The name of the manifest in the output folder. */
export const MANIFEST_FILE = 'tthc-manifest.json';

/** The only manifest format so far; a manifest of a higher version is not read (docs/config-format.md). */
export const MANIFEST_VERSION = 1;

/** A file a build wrote, relative to the output folder, with the SHA-256 of its bytes. */
export interface ManifestEntry {
    readonly path: string;
    /** Lower-case hex. Absent only in entries carried over from a manifest that recorded none: such a file is never deleted. */
    readonly sha256?: string;
}

/** What a build wrote: the record `tthc build` keeps so that it never touches files it did not write. */
export interface BuildManifest {
    readonly tool: 'tthc';
    readonly manifestVersion: typeof MANIFEST_VERSION;
    readonly province: string;
    readonly procedures: number;
    /** The targets written into this folder, each in a sub-folder of its name. */
    readonly targets: readonly string[];
    /** Every file, relative to the output folder, sorted, with its SHA-256. */
    readonly files: readonly ManifestEntry[];
}

/** A manifest for the files of a build (paths relative to the output folder). */
export function createManifest(province: string, procedures: number, files: ReadonlyArray<{ path: string; content: string; bytes?: Uint8Array }>, targets: readonly string[]): BuildManifest {
    return {
        tool: 'tthc',
        manifestVersion: MANIFEST_VERSION,
        province,
        procedures,
        targets: [...targets].sort(),
        files: sortByPath(files.map(f => ({ path: f.path, sha256: createHash('sha256').update(f.bytes ?? f.content).digest('hex') })))
    };
}

/** Manifest entries in the manifest's order (by path, code unit order). */
export function sortByPath<T extends { readonly path: string }>(entries: readonly T[]): T[] {
    return [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
