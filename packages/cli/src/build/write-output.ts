import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { displayPath } from '../commands/check.js';
import { UsageError } from '../workspace/collect-files.js';
import { throwIfInterrupted, yieldToSignals } from './interrupts.js';
import { MANIFEST_FILE, sortByPath, type BuildManifest } from './manifest.js';
import { lockOutput } from './output-lock.js';
import { outputMessages as say } from './output-messages.js';
import { Ownership, type Unowned } from './output-ownership.js';
import { isSafeRelativePath, isSafeTargetName } from './output-paths.js';
import { readManifest, type TrustedManifest } from './read-manifest.js';

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
    /** How long to wait for another build that is writing into the same folder, in milliseconds. */
    readonly lockWaitMs: number;
    /** Aborted (with the signal's name as its reason) to stop the build at its next safe point. */
    readonly signal?: AbortSignal;
    /** Called after each file is staged; tests use it to interrupt a build half-way. */
    readonly afterFileStaged?: (path: string) => void;
}

/** What writing said besides succeeding: notes for standard error. */
export interface WriteReport {
    readonly notes: readonly string[];
}

const STAGING_PREFIX = '.tthc-staging-';
/** Signals are looked at this often while staging (they reach their listener only between turns of the event loop). */
const YIELD_EVERY_MS = 20;

/**
 * Writes a build into `outDir` so that a failure never leaves a half-written tree and nothing that
 * tthc did not write is deleted:
 * 1. the build takes the folder's lock (`.tthc-lock`), so that two builds never write into it at once;
 * 2. every file is staged in a fresh folder inside `outDir` (same file system, so moves are renames);
 * 3. only when all are staged, each target folder is swapped in with two renames, then the manifest;
 * 4. a target folder is replaced (or, with `clean`, removed) only if every file in it is listed in the
 *    previous manifest and still has the SHA-256 recorded there, with no links; the manifest itself is
 *    checked first (read-manifest.ts). Anything else in `outDir` is left alone.
 * A failure or an interruption before the swap removes the staging folder and leaves `outDir` as it was;
 * the lock is released on every path.
 */
export async function writeOutput(outDir: string, targets: readonly string[], files: readonly PlannedFile[], manifest: BuildManifest, options: WriteOptions): Promise<WriteReport> {
    for (const target of targets) {
        if (!isSafeTargetName(target)) throw new Error(say.unsafeTarget(target));
    }
    for (const file of files) {
        if (!isSafeRelativePath(file.path) || !targets.includes(file.path.slice(0, file.path.indexOf('/')))) {
            throw new Error(say.unsafePath(file.path));
        }
    }
    if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
        throw new UsageError(say.notAFolder(displayPath(outDir)));
    }
    mkdirSync(outDir, { recursive: true });
    const lock = await lockOutput(outDir, { waitMs: options.lockWaitMs, signal: options.signal });
    try {
        await writeLocked(outDir, targets, files, manifest, options);
    } finally {
        lock.release();
    }
    return { notes: lock.notes };
}

async function writeLocked(outDir: string, targets: readonly string[], files: readonly PlannedFile[], manifest: BuildManifest, options: WriteOptions): Promise<void> {
    // Under the lock no other build is writing: every staging folder here is a leftover.
    removeLeftoverStaging(outDir);
    const previous = trustedManifest(outDir);
    const ownership = new Ownership(previous?.files ?? []);
    const replaced = options.clean ? [...new Set([...targets, ...(previous?.targets ?? [])])] : [...targets];
    assertOwned(outDir, replaced, ownership);

    const staging = mkdtempSync(join(outDir, STAGING_PREFIX));
    try {
        await stage(outDir, staging, files, options);
        writeFileSync(join(staging, MANIFEST_FILE), JSON.stringify(carryOver(manifest, previous, replaced), null, 2) + '\n');
        for (const target of targets) {
            mkdirSync(join(staging, target), { recursive: true });
        }
        await yieldToSignals();
        throwIfInterrupted(options.signal, outDir);
        // Once more just before the swap: a file edited while the build was staging is not lost. Only
        // what changed since the first look is hashed again.
        assertOwned(outDir, replaced, ownership);
    } catch (error) {
        rmSync(staging, { recursive: true, force: true });
        throw error;
    }

    // The swap: each target folder with two renames, the manifest last.
    for (const target of replaced) {
        const current = join(outDir, target);
        if (lstatSync(current, { throwIfNoEntry: false })) {
            renameSync(current, join(staging, `.old-${target}`));
        }
        if (targets.includes(target)) {
            renameSync(join(staging, target), current);
        }
    }
    renameSync(join(staging, MANIFEST_FILE), join(outDir, MANIFEST_FILE));
    rmSync(staging, { recursive: true, force: true });
    // A signal that came during the swap is reported now that the output is complete.
    await yieldToSignals();
    throwIfInterrupted(options.signal, outDir, true);
}

async function stage(outDir: string, staging: string, files: readonly PlannedFile[], options: WriteOptions): Promise<void> {
    // Each folder once: thousands of files share a handful of folders.
    const folders = new Set<string>();
    let lastYield = performance.now();
    for (const file of files) {
        const segments = file.path.split('/');
        const path = join(staging, ...segments);
        try {
            const folder = dirname(path);
            if (!folders.has(folder)) {
                mkdirSync(folder, { recursive: true });
                folders.add(folder);
            }
            writeFileSync(path, file.bytes ?? file.content);
        } catch (error) {
            // Reported with the path the user knows, not the staging folder's (which is removed).
            if (typeof (error as NodeJS.ErrnoException)?.code === 'string') {
                Object.assign(error as NodeJS.ErrnoException, { path: join(outDir, ...segments), syscall: 'write' });
            }
            throw error;
        }
        options.afterFileStaged?.(file.path);
        throwIfInterrupted(options.signal, outDir);
        if (performance.now() - lastYield > YIELD_EVERY_MS) {
            await yieldToSignals();
            throwIfInterrupted(options.signal, outDir);
            lastYield = performance.now();
        }
    }
}

function trustedManifest(outDir: string): TrustedManifest | undefined {
    const read = readManifest(outDir);
    if (read.kind === 'untrusted') {
        throw new UsageError(say.untrustedManifest(displayPath(join(outDir, MANIFEST_FILE)), displayPath(outDir), read.reason));
    }
    return read.kind === 'trusted' ? read.manifest : undefined;
}

// The new manifest also lists what earlier builds wrote for targets this build leaves in place, so
// that a later build still knows those files are its own.
function carryOver(manifest: BuildManifest, previous: TrustedManifest | undefined, replaced: readonly string[]): BuildManifest {
    if (!previous) {
        return manifest;
    }
    const kept = previous.targets.filter(target => !replaced.includes(target));
    const keptFiles = previous.files.filter(file => kept.some(target => file.path.startsWith(`${target}/`)));
    return {
        ...manifest,
        targets: [...new Set([...manifest.targets, ...kept])].sort(),
        files: sortByPath([...manifest.files, ...keptFiles])
    };
}

// A target folder may be replaced or removed only if tthc wrote everything in it, as it is now.
function assertOwned(outDir: string, replaced: readonly string[], ownership: Ownership): void {
    for (const target of replaced) {
        const unowned = ownership.findUnowned(outDir, target);
        if (unowned) {
            throw new UsageError(unownedMessage(unowned, join(outDir, target), outDir));
        }
    }
}

function unownedMessage(unowned: Unowned, folder: string, outDir: string): string {
    const [path, shownFolder, out] = [displayPath(unowned.path), displayPath(folder), displayPath(outDir)];
    switch (unowned.kind) {
        case 'foreign': return say.foreign(path, shownFolder, out);
        case 'changed': return say.changed(path, shownFolder, out);
        case 'unhashed': return say.unhashed(path, shownFolder, out);
        case 'link': return say.link(path, shownFolder, out);
        case 'not-folder': return say.notFolder(path, out);
    }
}

// Staging folders of builds that were interrupted (they are ours by name; a link or a file with such a
// name is not, and is left alone).
function removeLeftoverStaging(outDir: string): void {
    for (const entry of readdirSync(outDir, { withFileTypes: true })) {
        if (entry.name.startsWith(STAGING_PREFIX) && entry.isDirectory()) {
            rmSync(join(outDir, entry.name), { recursive: true, force: true });
        }
    }
}
