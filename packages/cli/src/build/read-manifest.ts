import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, MANIFEST_VERSION, type ManifestEntry } from './manifest.js';
import { manifestReasons as reasons } from './output-messages.js';
import { isSafeRelativePath, isSafeTargetName } from './output-paths.js';

/** What an earlier build recorded, after every check: the only facts the build acts on. */
export interface TrustedManifest {
    /** Safe single-segment folder names. */
    readonly targets: readonly string[];
    /** Safe relative paths, each inside one of `targets`, no duplicates. */
    readonly files: readonly ManifestEntry[];
}

/** The manifest in an output folder: none, one that passed every check, or why it cannot be trusted. */
export type ManifestRead =
    | { readonly kind: 'none' }
    | { readonly kind: 'trusted'; readonly manifest: TrustedManifest }
    | { readonly kind: 'untrusted'; readonly reason: string };

/** Larger than any real manifest (a province of 10,000 procedures has about 100,000 files). */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/**
 * Reads and checks the manifest of an earlier build in `folder`. The manifest is data from disk
 * (`out/` is often committed, edited, merged), so nothing in it is believed until it has the shape
 * that tthc writes: known version, target names that are plain folder names, file paths that stay
 * inside their target's folder, hashes of the right form, nothing listed twice.
 */
export function readManifest(folder: string): ManifestRead {
    const text = readManifestText(join(folder, MANIFEST_FILE));
    if (typeof text !== 'string') {
        return text;
    }
    let data: unknown;
    try {
        data = JSON.parse(text);
    } catch {
        return { kind: 'untrusted', reason: reasons.notJson };
    }
    const problem = shapeProblem(data);
    if (problem !== undefined) {
        return { kind: 'untrusted', reason: problem };
    }
    const manifest = data as { targets: string[]; files: ManifestEntry[] };
    return {
        kind: 'trusted',
        manifest: {
            targets: manifest.targets,
            files: manifest.files.map(f => (f.sha256 === undefined ? { path: f.path } : { path: f.path, sha256: f.sha256 }))
        }
    };
}

// The manifest's text, without following a link or blocking on a pipe placed at its name.
function readManifestText(path: string): string | ManifestRead {
    let stats;
    try {
        stats = lstatSync(path);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
            return { kind: 'none' };
        }
        throw error;
    }
    if (!stats.isFile()) {
        return { kind: 'untrusted', reason: reasons.notAFile };
    }
    if (stats.size > MAX_MANIFEST_BYTES) {
        return { kind: 'untrusted', reason: reasons.tooLarge(MAX_MANIFEST_BYTES) };
    }
    const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    try {
        const size = fstatSync(fd).size;
        if (size > MAX_MANIFEST_BYTES) {
            return { kind: 'untrusted', reason: reasons.tooLarge(MAX_MANIFEST_BYTES) };
        }
        const bytes = Buffer.alloc(size);
        let read = 0;
        while (read < size) {
            const n = readSync(fd, bytes, read, size - read, read);
            if (n === 0) break;
            read += n;
        }
        return bytes.subarray(0, read).toString('utf8');
    } finally {
        closeSync(fd);
    }
}

// The first thing in the manifest that tthc would not have written, or undefined.
function shapeProblem(data: unknown): string | undefined {
    if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { tool?: unknown }).tool !== 'tthc') {
        return reasons.notTthc;
    }
    const m = data as Record<string, unknown>;
    if (m.manifestVersion !== MANIFEST_VERSION) {
        return typeof m.manifestVersion === 'number' && Number.isInteger(m.manifestVersion) && m.manifestVersion > MANIFEST_VERSION
            ? reasons.newerVersion(m.manifestVersion)
            : reasons.badField('manifestVersion');
    }
    if (typeof m.province !== 'string') {
        return reasons.badField('province');
    }
    if (typeof m.procedures !== 'number' || !Number.isInteger(m.procedures) || m.procedures < 0) {
        return reasons.badField('procedures');
    }
    if (!Array.isArray(m.targets)) {
        return reasons.notAList('targets');
    }
    if (!Array.isArray(m.files)) {
        return reasons.notAList('files');
    }
    const targets = new Set<string>();
    for (const target of m.targets as unknown[]) {
        if (typeof target !== 'string' || !isSafeTargetName(target)) {
            return reasons.badTarget(target);
        }
        if (targets.has(target)) {
            return reasons.duplicateTarget(target);
        }
        targets.add(target);
    }
    const paths = new Set<string>();
    for (const [index, entry] of (m.files as unknown[]).entries()) {
        if (typeof entry !== 'object' || entry === null || typeof (entry as { path?: unknown }).path !== 'string') {
            return reasons.badEntry(index);
        }
        const { path, sha256 } = entry as { path: string; sha256?: unknown };
        const slash = path.indexOf('/');
        if (!isSafeRelativePath(path) || slash < 0 || !targets.has(path.slice(0, slash))) {
            return reasons.outsideTargets(path);
        }
        if (sha256 !== undefined && (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256))) {
            return reasons.badHash(path);
        }
        if (paths.has(path)) {
            return reasons.duplicateFile(path);
        }
        paths.add(path);
    }
    return undefined;
}
