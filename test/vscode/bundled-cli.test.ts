// The CLI bundled into the extension (dist/tthc.mjs), which `TTHC: Build Configuration` runs: it must
// work on its own, without the repository's node_modules.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

test('the bundled tthc builds a province from a folder outside the repository', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tthc-bundled-'));
    // Copied away from node_modules: only what the .vsix holds.
    cpSync(resolve('packages/vscode/dist/tthc.mjs'), join(folder, 'tthc.mjs'));
    cpSync(resolve('examples/lam-dong'), join(folder, 'lam-dong'), { recursive: true });
    const out = execFileSync(process.execPath, [join(folder, 'tthc.mjs'), 'build', 'lam-dong', '--out', 'out', '--target', 'json,table'], { cwd: folder, encoding: 'utf8' });
    expect(out).toMatch(/^Built 19 procedures of 'Tỉnh Lâm Đồng' for json, table/);
    expect(existsSync(join(folder, 'out', 'tthc-manifest.json'))).toBe(true);
    const failed = spawnSync(process.execPath, [join(folder, 'tthc.mjs'), 'build', 'nowhere'], { cwd: folder, encoding: 'utf8' });
    expect(failed.status).toBe(2);
    expect(failed.stderr).not.toMatch(/\n\s+at /);
});
