// The one list of build targets (packages/cli/src/build/targets.ts) and everything that reads it:
// `tthc build`, its help, the extension's setting and the documentation.
import { buildTargets } from '@tthc/cli';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { withTargets } from '../../packages/vscode/scripts/with-targets.mjs';
import { ROOT, tthc } from './run-cli.js';

const registry = buildTargets();
const ALL = ['json', 'opencps', 'bpmn', 'table', 'svg', 'mermaid', 'site'];
const BY_DEFAULT = ['json', 'opencps', 'bpmn', 'table'];

describe('the target registry', () => {
    test('holds every target once, the configuration ones built by default', () => {
        expect(registry.names()).toEqual(ALL);
        expect(registry.defaultNames()).toEqual(BY_DEFAULT);
    });

    test('tthc build --help lists every target, and says which are built only when named', () => {
        const help = tthc(['build', '--help']).stdout;
        for (const target of registry.all()) {
            const line = help.split('\n').find(l => l.startsWith(`  ${target.name} `));
            expect(line, target.name).toContain(target.description);
            expect(line!.endsWith('(only when named)'), target.name).toBe(!BY_DEFAULT.includes(target.name));
        }
    });

    test('tthc --lang vi build --help describes every target in Vietnamese', () => {
        const help = tthc(['--lang', 'vi', 'build', '--help']).stdout;
        for (const target of registry.all()) {
            const line = help.split('\n').find(l => l.startsWith(`  ${target.name} `));
            expect(line, target.name).toBeDefined();
            expect(line, target.name).not.toContain(target.description);
            expect(line!.endsWith('(chỉ khi được chỉ ra)'), target.name).toBe(!BY_DEFAULT.includes(target.name));
        }
    });

    test('the extension offers exactly these targets in its build setting', () => {
        const manifest = JSON.parse(readFileSync(join(ROOT, 'packages/vscode/package.json'), 'utf8'));
        // The source manifest has no list of its own; packaging fills it in from the registry.
        expect(manifest.contributes.configuration.properties['tthc.build.targets'].items.enum).toBeUndefined();
        const nls = Object.fromEntries(['package.nls.json', 'package.nls.vi.json'].map(file => [file, JSON.parse(readFileSync(join(ROOT, 'packages/vscode', file), 'utf8'))]));
        const packaged = withTargets(manifest, nls, registry);
        const setting = packaged.manifest.contributes.configuration.properties['tthc.build.targets'];
        expect(setting.items.enum).toEqual(ALL);
        // The description is a %key% reference: each language's text names the default targets.
        const key = /^%(.+)%$/.exec(setting.markdownDescription)![1]!;
        expect(packaged.nls['package.nls.json']![key]).toMatch(/empty: the default ones \(json, opencps, bpmn, table\)\.$/);
        expect(packaged.nls['package.nls.vi.json']![key]).toMatch(/để trống: các đích mặc định \(json, opencps, bpmn, table\)\.$/);
        expect(() => withTargets(manifest, { 'package.nls.json': { ...nls['package.nls.json'], [key]: 'The targets.' } }, registry)).toThrow(/must end with 'empty: the default ones\.'/);
    });

    test('the documentation names every target', () => {
        const configFormat = readFileSync(join(ROOT, 'docs/config-format.md'), 'utf8');
        const vscodeDoc = readFileSync(join(ROOT, 'docs/vscode.md'), 'utf8');
        const settingRow = vscodeDoc.split('\n').find(l => l.startsWith('| `tthc.build.targets`'))!;
        for (const name of registry.names()) {
            expect(configFormat, `docs/config-format.md names ${name}`).toContain(`\`${name}\``);
            expect(settingRow, `docs/vscode.md's setting row names ${name}`).toContain(`\`${name}\``);
        }
    });
});
