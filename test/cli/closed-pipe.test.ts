// `tthc … | head`: a reader that closes the pipe early must not make tthc print a stack trace.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

test('a closed pipe ends tthc quietly', async () => {
    // A report far larger than a pipe's buffer, so that tthc is still writing when the pipe closes.
    const folder = mkdtempSync(join(tmpdir(), 'tthc-pipe-'));
    for (let i = 0; i < 400; i++) {
        writeFileSync(join(folder, `p${i}.tthc`), `procedure P${i} "Thủ tục ${i}" {\n    step A "a" by Nobody.Here -> Nowhere\n}\n`);
    }
    const child = spawn(process.execPath, ['packages/cli/bin/tthc.js', 'check', folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read one chunk, then close our end, as `head -1` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>(resolve => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|at .*\(/);
    expect(code).toBe(1);
});
