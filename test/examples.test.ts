import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, tthc } from './cli/run-cli.js';
import { expectGolden } from './golden-helper.js';

const examples = readdirSync(join(ROOT, 'examples'), { withFileTypes: true }).filter(e => e.isDirectory()).map(e => e.name);
const LEGACY = 'legacy';

describe('example workspaces', () => {
    test('there is a province and the legacy workspace', () => {
        expect(examples).toContain(LEGACY);
        expect(examples.filter(e => e !== LEGACY).length).toBeGreaterThanOrEqual(1);
    });

    test.each(examples.filter(e => e !== LEGACY))('examples/%s validates clean', name => {
        const run = tthc(['check', `examples/${name}`]);
        expect(run.stdout).toMatch(/^No problems in \d+ files\.\n$/);
        expect(run.status).toBe(0);
    });

    test('the whole examples folder checks as separate projects: the province stays clean beside the legacy one', () => {
        const run = tthc(['check', '--format', 'json', 'examples']);
        const report = JSON.parse(run.stdout) as { files: Array<{ path: string; diagnostics: unknown[] }> };
        const outsideLegacy = report.files.filter(f => !f.path.startsWith(`examples/${LEGACY}/`));
        expect(outsideLegacy.flatMap(f => f.diagnostics)).toEqual([]);
    });

    test('examples/legacy reports exactly what the migration must fix', () => {
        const run = tthc(['check', `examples/${LEGACY}`]);
        expect(run.status).toBe(1);
        expectGolden('legacy-check.txt', run.stdout);
    });

    test('examples/legacy has no syntax or reference errors: only the rules speak', () => {
        const report = JSON.parse(tthc(['check', '--format', 'json', `examples/${LEGACY}`]).stdout) as { files: Array<{ diagnostics: Array<{ code: string }> }> };
        const codes = new Set(report.files.flatMap(f => f.diagnostics.map(d => d.code)));
        expect(codes).not.toContain('syntax-error');
        expect(codes).not.toContain('unknown-reference');
        for (const code of ['district-level', 'district-unit-title', 'abolished-body-title', 'merged-department', 'ward-variant', 'superseded-legal-basis']) {
            expect(codes).toContain(code);
        }
    });
});
