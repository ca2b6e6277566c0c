import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { UsageError } from '../workspace/collect-files.js';
import { MANIFEST_FILE, readManifest, type BuildManifest } from './manifest.js';
import { isSafeRelativePath } from './output-paths.js';

/** A file to write, relative to the output folder (`<target>/<path>`). */
export interface PlannedFile {
    readonly path: string;
    readonly content: string;
    /** The content as UTF-8, when already encoded (for the manifest's hash). */
    readonly bytes?: Uint8Array;
}

/** How to write a build. */
export interface WriteOptions {
    /** Also remove what earlier builds wrote for targets not in this build. */
    readonly clean: boolean;
    /** Called after each file is staged; tests use it to interrupt a build half-way. */
    readonly afterFileStaged?: (path: string) => void;
}

const STAGING_PREFIX = '.tthc-staging-';

/**
 * Writes a build into `outDir` so that a failure never leaves a half-written tree and nothing that
 * tthc did not write is deleted:
 * 1. every file is staged in a fresh folder inside `outDir` (same file system, so moves are renames);
 * 2. only when all are staged, each target folder is swapped in with two renames, then the manifest;
 * 3. a target folder is replaced only if every file in it was written by an earlier build (its
 *    manifest says so); anything else in `outDir` is left alone.
 * A failure before the swap removes the staging folder and leaves `outDir` as it was.
 */
export function writeOutput(outDir: string, targets: readonly string[], files: readonly PlannedFile[], manifest: BuildManifest, options: WriteOptions): void {
    for (const file of files) {
        if (!isSafeRelativePath(file.path)) {
            throw new Error(`refusing to write '${file.path}': a target produced an unsafe path`);
        }
    }
    if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
        throw new UsageError(`the output '${outDir}' exists and is not a folder; choose another --out.`);
    }
    mkdirSync(outDir, { recursive: true });
    removeStaleStaging(outDir);
    const previous = readManifest(outDir);
    const owned = new Set(previous?.files.map(f => f.path) ?? []);
    const replaced = options.clean ? [...new Set([...targets, ...(previous?.targets ?? [])])] : [...targets];
    for (const target of replaced) {
        assertOwned(outDir, target, owned);
    }
    if (!previous && existsSync(join(outDir, MANIFEST_FILE))) {
        throw new UsageError(`'${join(outDir, MANIFEST_FILE)}' was not written by tthc; choose another --out.`);
    }

    const staging = mkdtempSync(join(outDir, STAGING_PREFIX));
    try {
        // Each folder once: thousands of files share a handful of folders.
        const folders = new Set<string>();
        for (const file of files) {
            const path = join(staging, ...file.path.split('/'));
            const folder = dirname(path);
            if (!folders.has(folder)) {
                mkdirSync(folder, { recursive: true });
                folders.add(folder);
            }
            writeFileSync(path, file.bytes ?? file.content);
            options.afterFileStaged?.(file.path);
        }
        writeFileSync(join(staging, MANIFEST_FILE), JSON.stringify(carryOver(manifest, previous, replaced), null, 2) + '\n');
        for (const target of targets) {
            mkdirSync(join(staging, target), { recursive: true });
        }
    } catch (error) {
        rmSync(staging, { recursive: true, force: true });
        throw error;
    }

    // The swap: each target folder with two renames, the manifest last.
    for (const target of replaced) {
        const current = join(outDir, target);
        if (existsSync(current)) {
            renameSync(current, join(staging, `.old-${target}`));
        }
        if (targets.includes(target)) {
            renameSync(join(staging, target), current);
        }
    }
    renameSync(join(staging, MANIFEST_FILE), join(outDir, MANIFEST_FILE));
    rmSync(staging, { recursive: true, force: true });
}

// The new manifest also lists what earlier builds wrote for targets this build leaves in place, so
// that a later build still knows those files are its own.
function carryOver(manifest: BuildManifest, previous: BuildManifest | undefined, replaced: readonly string[]): BuildManifest {
    if (!previous) {
        return manifest;
    }
    const kept = previous.targets.filter(target => !replaced.includes(target));
    const keptFiles = previous.files.filter(file => kept.some(target => file.path.startsWith(`${target}/`)));
    return {
        ...manifest,
        targets: [...new Set([...manifest.targets, ...kept])].sort(),
        files: [...manifest.files, ...keptFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    };
}

// A target folder may be replaced only if tthc wrote everything in it.
function assertOwned(outDir: string, target: string, owned: ReadonlySet<string>): void {
    const folder = join(outDir, target);
    if (!existsSync(folder)) {
        return;
    }
    for (const path of listFiles(folder)) {
        const key = relative(outDir, path).split(sep).join('/');
        if (!owned.has(key)) {
            throw new UsageError(`'${path}' was not written by tthc, so the build will not replace '${folder}': move the file, or choose another --out.`);
        }
    }
}

function listFiles(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const path = join(folder, entry.name);
        return entry.isDirectory() ? listFiles(path) : [path];
    });
}

// Staging folders of builds that were interrupted (they are ours by name).
function removeStaleStaging(outDir: string): void {
    for (const entry of readdirSync(outDir)) {
        if (entry.startsWith(STAGING_PREFIX)) {
            rmSync(join(outDir, entry), { recursive: true, force: true });
        }
    }
}
