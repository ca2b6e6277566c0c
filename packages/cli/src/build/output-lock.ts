import { closeSync, constants, lstatSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { displayPath } from '../commands/check.js';
import { UsageError } from '../workspace/collect-files.js';
import { throwIfInterrupted } from './interrupts.js';
import { outputMessages as say } from './output-messages.js';

/** The lock file inside the output folder, present while a build writes there. */
export const LOCK_FILE = '.tthc-lock';

/** A lock that cannot be read is taken for one being written at most this long; older, it is stale. */
const UNREADABLE_GRACE_MS = 5_000;
/** Taking a stale lock over holds `<lock>.break` for an instant; one older than this was left by a crash. */
const BREAK_STALE_MS = 10_000;

/** The exclusive right to write into an output folder. */
export interface OutputLock {
    /** Notes for standard error (a stale lock taken over). */
    readonly notes: readonly string[];
    /** Removes the lock file if it is still this build's; never throws. */
    release(): void;
}

/** How long to wait for another build, and what stops the waiting. */
export interface LockOptions {
    readonly waitMs: number;
    readonly pollMs?: number;
    readonly signal?: AbortSignal;
}

interface Holder {
    readonly pid: number;
    readonly host: string;
    readonly started: string;
}

type LockState = { readonly kind: 'gone' } | { readonly kind: 'held'; readonly raw: string; readonly holder?: Holder; readonly ageMs: number };

/**
 * Takes the lock on `outDir`: creates `<outDir>/.tthc-lock` atomically (O_EXCL) holding this process's
 * pid, host and start time. While another build holds it, polls until `waitMs` has passed, then
 * throws a `UsageError` naming that build. A lock whose process is gone (same host, dead pid), or an
 * unreadable one older than a few seconds, is stale: it is taken over, with a note.
 */
export async function lockOutput(outDir: string, options: LockOptions): Promise<OutputLock> {
    const path = join(outDir, LOCK_FILE);
    const mine = `${JSON.stringify({ tool: 'tthc', pid: process.pid, host: hostname(), started: new Date().toISOString() })}\n`;
    const notes: string[] = [];
    const deadline = Date.now() + options.waitMs;
    for (;;) {
        if (createExclusive(path, mine)) {
            return { notes, release: () => release(path, mine) };
        }
        const state = readLock(path);
        if (state.kind === 'gone') continue;
        if (isStale(state) && takeOver(path, state.raw, mine)) {
            notes.push(say.staleLockTaken(displayPath(path), state.holder ? describe(state.holder) : say.unknownHolder));
            continue;
        }
        throwIfInterrupted(options.signal, outDir);
        const left = deadline - Date.now();
        if (left <= 0) {
            throw new UsageError(say.lockHeld(state.holder ? describe(state.holder) : say.unknownHolder, displayPath(outDir), Math.round(options.waitMs / 1000), displayPath(path)));
        }
        await new Promise(resolve => setTimeout(resolve, Math.min(options.pollMs ?? 100, left)));
    }
}

function describe(holder: Holder): string {
    return say.holder(holder.pid, holder.host, holder.started);
}

// O_EXCL: exactly one of the builds that try at once creates the file (and a link at its name counts as existing).
function createExclusive(path: string, content: string): boolean {
    let fd: number;
    try {
        fd = openSync(path, 'wx', 0o644);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw error;
    }
    try {
        writeSync(fd, content);
    } catch (error) {
        closeSync(fd);
        unlinkSync(path);
        // A write on a descriptor names no path: name the lock, for the user's message.
        throw Object.assign(error as NodeJS.ErrnoException, { path });
    }
    closeSync(fd);
    return true;
}

function readLock(path: string): LockState {
    let stats;
    try {
        stats = lstatSync(path);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'gone' };
        throw error;
    }
    if (!stats.isFile()) {
        throw new UsageError(say.notALock(displayPath(path)));
    }
    const raw = readSmall(path);
    if (raw === undefined) return { kind: 'gone' };
    return { kind: 'held', raw, holder: parseHolder(raw), ageMs: Date.now() - stats.mtimeMs };
}

// At most 4 KB, without following a link or blocking on a pipe; undefined when the file is gone.
function readSmall(path: string): string | undefined {
    let fd: number;
    try {
        fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
    }
    try {
        const buffer = Buffer.alloc(4096);
        const n = readSync(fd, buffer, 0, buffer.length, 0);
        return buffer.subarray(0, n).toString('utf8');
    } finally {
        closeSync(fd);
    }
}

// The lock's owner, if the file holds exactly what tthc writes (it is shown to the user and its pid is signalled).
function parseHolder(raw: string): Holder | undefined {
    try {
        const data = JSON.parse(raw) as Record<string, unknown>;
        const { pid, host, started } = data ?? {};
        if (data?.tool === 'tthc' && typeof pid === 'number' && Number.isSafeInteger(pid) && pid > 0
            && typeof host === 'string' && /^[A-Za-z0-9._-]{1,255}$/.test(host)
            && typeof started === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(started)) {
            return { pid, host, started };
        }
    } catch {
        // not JSON: no holder
    }
    return undefined;
}

// A lock is stale when its process is known to be gone: same host, and no process with its pid. A lock
// from another host (a shared folder) cannot be checked, so it is waited for.
function isStale(state: Extract<LockState, { kind: 'held' }>): boolean {
    if (!state.holder) return state.ageMs > UNREADABLE_GRACE_MS;
    return state.holder.host === hostname() && !isAlive(state.holder.pid);
}

function isAlive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        // EPERM: the process exists but belongs to someone else.
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}

// Removes the stale lock, unless another build took it over first: the builds that found it stale take
// turns through `<lock>.break` (O_EXCL), and each removes the lock only if it still holds what it saw.
function takeOver(path: string, seen: string, mine: string): boolean {
    const breaker = `${path}.break`;
    if (!createExclusive(breaker, mine)) {
        try {
            if (Date.now() - lstatSync(breaker).mtimeMs > BREAK_STALE_MS) removeIfPresent(breaker);
        } catch (error) {
            // removed meanwhile by its owner
            if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
        return false;
    }
    try {
        if (readSmall(path) !== seen) return false;
        unlinkSync(path);
        return true;
    } finally {
        removeIfPresent(breaker);
    }
}

function removeIfPresent(path: string): void {
    try {
        unlinkSync(path);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
}

function release(path: string, mine: string): void {
    try {
        if (readSmall(path) === mine) unlinkSync(path);
    } catch {
        // Nothing more can be done: a lock left behind names this process, which the next build finds gone.
    }
}
