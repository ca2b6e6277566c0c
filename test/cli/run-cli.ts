import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'packages/cli/bin/tthc.js');

/** A locale that makes `tthc` speak English whatever the machine's locale is. */
export const ENGLISH: NodeJS.ProcessEnv = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };

/** What a run of the real `tthc` binary printed and how it exited. */
export interface CliRun {
    readonly stdout: string;
    readonly stderr: string;
    readonly status: number | null;
}

/**
 * Runs `tthc` in a fresh process (the Node running the tests), from `cwd`. With `timeoutMs`, a run
 * that takes longer is killed and has status `null`, so that a hang fails a test instead of stalling it.
 * The locale is English (`LANG=C.UTF-8`, whatever the machine's) unless `env` says otherwise.
 */
export function tthc(args: readonly string[], cwd = ROOT, timeoutMs?: number, env: NodeJS.ProcessEnv = {}): CliRun {
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...ENGLISH, ...env }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
    return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** A temporary folder holding the given files (text, or raw bytes). */
export function tempWorkspace(files: Record<string, string | Uint8Array>): string {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-test-'));
    for (const [path, content] of Object.entries(files)) {
        const full = join(dir, path);
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
    }
    return dir;
}
