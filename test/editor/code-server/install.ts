// Test-side setup: code-server installed (scripts/editor/install-code-server.mjs) and the .vsix installed into it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { codeServerEnv } from './code-server-process.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const INSTALL_SCRIPT = join(ROOT, 'scripts/editor/install-code-server.mjs');

/**
 * code-server's entry point, installed in .tools/code-server/ (about 2.5 minutes the first time), and how long
 * that took. Asynchronous: a test worker blocked for minutes loses its link to vitest.
 */
export function ensureCodeServer(node: string): Promise<{ entry: string; seconds: number }> {
    const started = Date.now();
    return new Promise((resolveWith, reject) => {
        const child = spawn(node, [INSTALL_SCRIPT], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 9 * 60_000 });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.once('error', error => reject(new Error(`could not run ${INSTALL_SCRIPT}: ${error.message}`)));
        child.once('close', (code, signal) => {
            const entry = stdout.trim().split('\n').pop() ?? '';
            if (code === 0 && existsSync(entry)) {
                resolveWith({ entry, seconds: (Date.now() - started) / 1000 });
            } else {
                reject(new Error(`${INSTALL_SCRIPT} failed (exit ${code ?? signal}):\n${stderr.slice(-6000)}`));
            }
        });
    });
}

/**
 * Installs a .vsix (and any `others` beside it, in the same run) into an extensions folder with code-server's own
 * CLI, offline (inside `unshare -n`); returns the TTHC extension's folder name.
 */
export function installExtension(paths: { node: string; entry: string; home: string; extensionsDir: string }, vsix: string, others: string[] = []): string {
    const installs = [vsix, ...others].flatMap(file => ['--install-extension', file]);
    const run = spawnSync('unshare', ['-n', paths.node, paths.entry, '--user-data-dir', join(paths.home, 'user-data'), '--extensions-dir', paths.extensionsDir, ...installs], {
        encoding: 'utf8',
        env: codeServerEnv(paths),
        timeout: 120_000
    });
    const installed = existsSync(paths.extensionsDir) ? readdirSync(paths.extensionsDir).filter(name => name.startsWith('tthc.tthc-')) : [];
    if (run.status !== 0 || installed.length !== 1) {
        throw new Error(`code-server --install-extension ${[vsix, ...others].join(' ')} failed (exit ${run.status ?? run.signal}${run.error ? `, ${run.error.message}` : ''}):\n${run.stdout}${run.stderr}`);
    }
    return installed[0];
}
