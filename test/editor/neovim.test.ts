// A second, independent LSP client: Debian's Neovim 0.7 runs the bundled language server over stdio on
// examples/legacy and must show the same diagnostics, at the same places, as `tthc check` (the golden file).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { goldenDiagnostics, place } from './legacy-golden.js';
import { requireNeovim, runNeovim } from './neovim/run-neovim.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SERVER = resolve(ROOT, 'packages/vscode/dist/server.cjs');
const FILE = 'examples/legacy/procedures/dang-ky-ho-kinh-doanh-cap-huyen.tthc';

describe('Neovim as an LSP client', () => {
    test('shows the district-level diagnostics of a legacy procedure where tthc check puts them', { timeout: 120_000 }, () => {
        const version = requireNeovim();
        expect(existsSync(SERVER), `${SERVER} is missing: run \`npm run build\``).toBe(true);

        const run = runNeovim({ node: process.execPath, server: SERVER, root: resolve(ROOT, 'examples/legacy'), file: resolve(ROOT, FILE) });
        const report = `${version}\n${run.lines.join('\n')}\n${run.details}`;
        expect(run.status, report).toBe(0);

        // Hints are the editor's alone; `tthc check` prints errors, warnings and infos.
        const shown = run.lines.filter(line => !/^\d+:\d+ hint /.test(line));
        const golden = goldenDiagnostics(FILE);
        const districtLevel = (lines: string[]): string[] => lines.map(place).filter(p => p.endsWith(' district-level'));
        expect(districtLevel(golden).length, 'the golden file lists district-level diagnostics for the file').toBeGreaterThanOrEqual(5);
        expect(districtLevel(shown), report).toEqual(districtLevel(golden));
        expect(shown, report).toEqual(golden);
    });
});
