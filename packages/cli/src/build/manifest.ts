import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The name of the manifest in the output folder. */
export const MANIFEST_FILE = 'tthc-manifest.json';

/** What a build wrote: the record `tthc build` keeps so that it never touches files it did not write. */
export interface BuildManifest {
    readonly tool: 'tthc';
    readonly manifestVersion: 1;
    readonly province: string;
    readonly procedures: number;
    /** The targets written into this folder, each in a sub-folder of its name. */
    readonly targets: readonly string[];
    /** Every file, relative to the output folder, sorted, with its SHA-256. */
    readonly files: ReadonlyArray<{ readonly path: string; readonly sha256: string }>;
}

/** A manifest for the files of a build (paths relative to the output folder). */
export function createManifest(province: string, procedures: number, files: ReadonlyArray<{ path: string; content: string; bytes?: Uint8Array }>, targets: readonly string[]): BuildManifest {
    return {
        tool: 'tthc',
        manifestVersion: 1,
        province,
        procedures,
        targets: [...targets].sort(),
        files: files.map(f => ({ path: f.path, sha256: createHash('sha256').update(f.bytes ?? f.content).digest('hex') }))
            .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    };
}

/** The manifest of an earlier build in `folder`, if there is one written by tthc. */
export function readManifest(folder: string): BuildManifest | undefined {
    try {
        const manifest = JSON.parse(readFileSync(join(folder, MANIFEST_FILE), 'utf8')) as BuildManifest;
        return manifest.tool === 'tthc' && Array.isArray(manifest.files) && Array.isArray(manifest.targets) ? manifest : undefined;
    } catch {
        return undefined;
    }
}
