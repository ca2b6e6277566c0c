// Two builds into one output folder: a lock file (out/.tthc-lock) lets one write at a time; the other
// waits, or says who holds the folder. Stale locks are taken over; the lock goes on every exit path.
import { runBuild } from '@tthc/cli';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, PROCEDURE } from '../language/check-helper.js';
import { ENGLISH, ROOT, tempWorkspace, tthc } from './run-cli.js';

const BIN = join(ROOT, 'packages/cli/bin/tthc.js');
const province = () => tempWorkspace({ 'lam-dong/catalogue.tthc': CATALOGUE, 'lam-dong/procedures/khai-sinh.tthc': PROCEDURE });
const lockOf = (out: string) => join(out, '.tthc-lock');
const lockContent = (pid: number) => `${JSON.stringify({ tool: 'tthc', pid, host: hostname(), started: '2026-01-02T03:04:05.000Z' })}\n`;

/** Every file under `folder` with its SHA-256, by path relative to it. */
function hashes(folder: string): Record<string, string> {
    const result: Record<string, string> = {};
    const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const path = join(dir, entry.name);
            if (entry.isDirectory()) walk(path);
            else result[relative(folder, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
        }
    };
    walk(folder);
    return result;
}

/** The output folder is what one complete build wrote: the manifest lists exactly its files, with their hashes; no staging, no lock. */
function expectConsistent(out: string): void {
    const files = hashes(out);
    const manifest = JSON.parse(readFileSync(join(out, 'tthc-manifest.json'), 'utf8')) as { files: Array<{ path: string; sha256: string }> };
    delete files['tthc-manifest.json'];
    expect(Object.fromEntries(manifest.files.map(f => [f.path, f.sha256]))).toEqual(files);
    expect(readdirSync(out).filter(name => name.startsWith('.'))).toEqual([]);
}

describe('one build at a time writes into an output folder', () => {
    test('a build that finds the folder locked by a live build waits, then says who holds it, and exits 2', () => {
        const dir = province();
        const out = join(dir, 'out');
        mkdirSync(out);
        // This test's own process is alive: its lock is not stale.
        writeFileSync(lockOf(out), lockContent(process.pid));
        const started = Date.now();
        const run = tthc(['build', 'lam-dong', '--out', 'out', '--target', 'json', '--wait', '1'], dir);
        expect(run.stderr).toBe(`tthc: another build (pid ${process.pid} on ${hostname()}, started 2026-01-02T03:04:05.000Z) is writing into 'out'; waited 1 s for it: build again when it has finished, or, if no build is running, delete 'out/.tthc-lock'.\n`);
        expect(run.status).toBe(2);
        expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
        expect(readdirSync(out)).toEqual(['.tthc-lock']);
        expect(readFileSync(lockOf(out), 'utf8')).toBe(lockContent(process.pid));
    });

    test('a stale lock (its process is gone) is taken over with a note, and released', () => {
        const dir = province();
        const out = join(dir, 'out');
        mkdirSync(out);
        const gone = spawnSync(process.execPath, ['-e', '']).pid!;
        writeFileSync(lockOf(out), lockContent(gone));
        const run = tthc(['build', 'lam-dong', '--out', 'out', '--target', 'json'], dir);
        expect(run.stderr).toBe(`tthc: note: took over 'out/.tthc-lock' from a build that is no longer running (pid ${gone} on ${hostname()}, started 2026-01-02T03:04:05.000Z).\n`);
        expect(run.status).toBe(0);
        expectConsistent(out);
    });

    test('a link at the lock\'s name is not taken for a lock, nor removed', () => {
        const dir = province();
        const out = join(dir, 'out');
        mkdirSync(out);
        symlinkSync(join(dir, 'elsewhere'), lockOf(out));
        const run = tthc(['build', 'lam-dong', '--out', 'out', '--target', 'json'], dir);
        expect(run.stderr).toBe("tthc: 'out/.tthc-lock' is not a lock file that tthc wrote; remove it and build again.\n");
        expect(run.status).toBe(2);
        expect(readdirSync(out)).toEqual(['.tthc-lock']);
        expect(existsSync(join(dir, 'elsewhere'))).toBe(false);
    });

    test('a second build started while the first is staging never removes its staging folder', async () => {
        const dir = province();
        const out = join(dir, 'out');
        let second: ReturnType<typeof tthc> | undefined;
        const result = await runBuild([join(dir, 'lam-dong')], {
            out,
            clean: false,
            targets: ['json', 'table'],
            // Half-way through staging, a real second build into the same folder (this process is blocked meanwhile).
            afterFileStaged: () => { second ??= tthc(['build', 'lam-dong', '--out', 'out', '--target', 'json', '--wait', '1'], dir); }
        });
        expect(result.exitCode).toBe(0);
        expect(second!.status).toBe(2);
        expect(second!.stderr).toMatch(new RegExp(`^tthc: another build \\(pid ${process.pid} on ${hostname()}, started [0-9T:.Z-]+\\) is writing into 'out'; waited 1 s for it`));
        expectConsistent(out);
        expect(JSON.parse(readFileSync(join(out, 'tthc-manifest.json'), 'utf8')).targets).toEqual(['json', 'table']);
    });

    test('real builds started at once into one folder all finish, and leave one complete output', async () => {
        const dir = province();
        const out = join(dir, 'out');
        const targets = ['json,table,svg', 'json,bpmn', 'json,table,svg,mermaid', 'opencps,json'];
        const runs = await Promise.all(targets.map(target => new Promise<{ status: number | null; stderr: string }>(resolve => {
            const child = spawn(process.execPath, [BIN, 'build', 'lam-dong', '--out', 'out', '--target', target], { cwd: dir, env: { ...process.env, ...ENGLISH } });
            let stderr = '';
            child.stderr.on('data', chunk => { stderr += chunk; });
            child.on('close', status => resolve({ status, stderr }));
        })));
        for (const run of runs) {
            expect(run).toEqual({ status: 0, stderr: '' });
        }
        expectConsistent(out);
    });
});

describe('the lock is released on every exit path', () => {
    test('an interrupted build (SIGINT) removes its staging and its lock, and leaves the previous output', async () => {
        const dir = province();
        const out = join(dir, 'out');
        expect((await runBuild([join(dir, 'lam-dong')], { out, clean: false, targets: ['json'] })).exitCode).toBe(0);
        const before = hashes(out);
        const controller = new AbortController();
        await expect(runBuild([join(dir, 'lam-dong')], { out, clean: true, targets: ['table'], signal: controller.signal, afterFileStaged: () => controller.abort('SIGINT') }))
            .rejects.toThrow(/^interrupted \(SIGINT\); nothing in '.*out' was changed\.$/);
        expect(hashes(out)).toEqual(before);
        expect(readdirSync(out).sort()).toEqual(['json', 'tthc-manifest.json']);
    });

    test('a build refused for a foreign file releases its lock', async () => {
        const dir = province();
        const out = join(dir, 'out');
        expect((await runBuild([join(dir, 'lam-dong')], { out, clean: false, targets: ['json'] })).exitCode).toBe(0);
        writeFileSync(join(out, 'json', 'mine.txt'), 'mine');
        await expect(runBuild([join(dir, 'lam-dong')], { out, clean: false, targets: ['json'] })).rejects.toThrow(/was not written by tthc/);
        expect(existsSync(lockOf(out))).toBe(false);
    });

    test('Ctrl-C while a real build writes: exit 130, the lock and the staging folder are gone', async () => {
        const dir = province();
        const out = join(dir, 'out');
        expect(tthc(['build', 'lam-dong', '--out', 'out', '--target', 'json'], dir).status).toBe(0);
        // A large file of the earlier build, which the next build hashes before replacing it: the
        // signal arrives while the build holds the lock, however late this process sees the lock appear.
        const big = Buffer.alloc(256 * 1024 * 1024, 1);
        writeFileSync(join(out, 'json', 'big.bin'), big);
        const manifest = JSON.parse(readFileSync(join(out, 'tthc-manifest.json'), 'utf8')) as { files: Array<{ path: string; sha256: string }> };
        manifest.files.push({ path: 'json/big.bin', sha256: createHash('sha256').update(big).digest('hex') });
        writeFileSync(join(out, 'tthc-manifest.json'), JSON.stringify(manifest));
        const before = hashes(out);
        const child = spawn(process.execPath, [BIN, 'build', 'lam-dong', '--out', 'out', '--target', 'json'], { cwd: dir, env: { ...process.env, ...ENGLISH } });
        let stderr = '';
        child.stderr.on('data', chunk => { stderr += chunk; });
        // The lock appears when writing starts: interrupt then (once: it also "appears" when it goes).
        let sent = false;
        const watcher = watch(out, (_event, name) => {
            if (name === '.tthc-lock' && !sent) sent = child.kill('SIGINT');
        });
        const [status, signal] = await new Promise<[number | null, string | null]>(resolve => child.on('close', (code, sig) => resolve([code, sig])));
        watcher.close();
        expect({ status, signal, stderr }).toEqual({ status: 130, signal: null, stderr: "tthc: interrupted (SIGINT); nothing in 'out' was changed.\n" });
        expect(hashes(out)).toEqual(before);
        expect(readdirSync(out).sort()).toEqual(['json', 'tthc-manifest.json']);
        rmSync(dir, { recursive: true });
    });
});
