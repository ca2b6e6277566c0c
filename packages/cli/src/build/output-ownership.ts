import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, readdirSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';
import type { ManifestEntry } from './manifest.js';

/** Why a folder of an earlier build may not be replaced or deleted: the first thing in it that tthc cannot vouch for. */
export interface Unowned {
    readonly kind: 'foreign' | 'changed' | 'unhashed' | 'link' | 'not-folder';
    /** The absolute path of that thing. */
    readonly path: string;
}

/**
 * What an earlier build wrote, to check folders against. `verified` remembers the files already
 * hashed (by inode, size and times), so that a second look just before the swap only hashes what
 * changed since the first.
 */
export class Ownership {
    private readonly recorded: ReadonlyMap<string, string | undefined>;
    private readonly folders = new Set<string>();
    private readonly verified = new Map<string, string>();

    constructor(files: readonly ManifestEntry[]) {
        this.recorded = new Map(files.map(f => [f.path, f.sha256]));
        for (const { path } of files) {
            for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                this.folders.add(path.slice(0, slash));
            }
        }
    }

    /**
     * The first entry of `<outDir>/<target>` (in name order) that tthc did not write as it is now, or
     * undefined when the folder is absent or holds only files the manifest lists with the SHA-256 they
     * still have, in folders that lead to them. Links are never followed: a link is never ours.
     */
    findUnowned(outDir: string, target: string): Unowned | undefined {
        const folder = join(outDir, target);
        let stats;
        try {
            stats = lstatSync(folder);
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
            throw error;
        }
        if (stats.isSymbolicLink()) return { kind: 'link', path: folder };
        if (!stats.isDirectory()) return { kind: 'not-folder', path: folder };
        return this.walk(folder, target);
    }

    private walk(folder: string, key: string): Unowned | undefined {
        const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const path = join(folder, entry.name);
            const entryKey = `${key}/${entry.name}`;
            if (entry.isSymbolicLink()) return { kind: 'link', path };
            if (entry.isDirectory()) {
                if (!this.folders.has(entryKey)) return { kind: 'foreign', path };
                const inside = this.walk(path, entryKey);
                if (inside) return inside;
            } else if (!entry.isFile() || !this.recorded.has(entryKey)) {
                return { kind: 'foreign', path };
            } else {
                const expected = this.recorded.get(entryKey);
                if (expected === undefined) return { kind: 'unhashed', path };
                const problem = this.verify(path, entryKey, expected);
                if (problem) return problem;
            }
        }
        return undefined;
    }

    // Hashes the file as it is, opened without following a link and without blocking on a pipe that
    // took its place since the folder was read.
    private verify(path: string, key: string, expected: string): Unowned | undefined {
        const known = this.verified.get(key);
        if (known !== undefined && known === signature(lstatSync(path, { bigint: true }))) {
            return undefined;
        }
        let fd: number;
        try {
            fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
        } catch (error) {
            // O_NOFOLLOW on a link: it became one after the folder was read.
            if ((error as NodeJS.ErrnoException).code === 'ELOOP') return { kind: 'link', path };
            throw error;
        }
        try {
            const stats = fstatSync(fd, { bigint: true });
            if (!stats.isFile()) return { kind: 'foreign', path };
            if (hashOpenFile(fd) !== expected) return { kind: 'changed', path };
            this.verified.set(key, signature(stats));
            return undefined;
        } finally {
            closeSync(fd);
        }
    }
}

// What identifies a file's content without reading it: a write or a replacement changes one of these.
function signature(stats: BigIntStats): string {
    return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.mode}`;
}

// One buffer for every file: most output files are a few kilobytes, and a fresh megabyte each would
// keep the garbage collector busy.
const buffer = Buffer.allocUnsafe(1024 * 1024);

function hashOpenFile(fd: number): string {
    const hash = createHash('sha256');
    for (let position = 0; ;) {
        const n = readSync(fd, buffer, 0, buffer.length, position);
        if (n === 0) break;
        hash.update(buffer.subarray(0, n));
        position += n;
    }
    return hash.digest('hex');
}
