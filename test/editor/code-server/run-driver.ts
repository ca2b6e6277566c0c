// Test-side: runs driver.ts with Node 24 in a new network namespace with only loopback up.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { RESULT_PREFIX, type DriverConfig, type DriverResult } from './result.ts';

const DRIVER = resolve(import.meta.dirname, 'driver.ts');

/** The driver's result, its progress output (stderr) and how it ended. */
export interface DriverRun {
    readonly result: DriverResult | undefined;
    readonly stderr: string;
    readonly stdout: string;
    readonly exit: string;
}

/**
 * Runs the driver under `unshare -n` (nothing but 127.0.0.1 reachable; `lo` starts down in a new namespace),
 * stopping it (SIGTERM: it kills code-server's process group) if it outlives `timeoutMs`.
 */
export function runDriver(config: DriverConfig, timeoutMs: number): Promise<DriverRun> {
    return new Promise(done => {
        const child = spawn('unshare', ['-n', 'sh', '-c', 'ip link set lo up && exec "$0" "$@"', config.node, DRIVER, JSON.stringify(config)], {
            stdio: ['ignore', 'pipe', 'pipe']
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
        }, timeoutMs);
        const finish = (exit: string): void => {
            clearTimeout(timer);
            const line = stdout.split('\n').find(text => text.startsWith(RESULT_PREFIX));
            const result = line ? (JSON.parse(line.slice(RESULT_PREFIX.length)) as DriverResult) : undefined;
            done({ result, stderr, stdout: line ? stdout.replace(line, '') : stdout, exit: timedOut ? `timed out after ${timeoutMs} ms (${exit})` : exit });
        };
        child.once('error', error => finish(`could not start unshare: ${error.message}`));
        child.once('close', (code, signal) => finish(`exit ${code ?? signal}`));
    });
}
