// The extension's own strings (vscode.l10n): the English bundle is what `@vscode/l10n-dev export`
// extracts from the sources (kept fresh with `npm run l10n:export`), and the Vietnamese bundle
// translates every one of them, with the same placeholders.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';

const SOURCES = 'packages/vscode/src/extension';
const readJson = (path: string): Record<string, string> => JSON.parse(readFileSync(path, 'utf8'));
const english = readJson('packages/vscode/l10n/bundle.l10n.json');
const vietnamese = readJson('packages/vscode/l10n/bundle.l10n.vi.json');
const placeholders = (text: string): string[] => [...text.matchAll(/\{\d+\}/g)].map(m => m[0]).sort();

function sourceFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
    });
}

describe('the extension\'s strings', () => {
    test('the English bundle is what @vscode/l10n-dev extracts from the sources', { timeout: 60_000 }, () => {
        const out = mkdtempSync(join(tmpdir(), 'tthc-l10n-'));
        const cli = join(dirname(createRequire(import.meta.url).resolve('@vscode/l10n-dev/package.json')), 'dist', 'cli.js');
        execFileSync(process.execPath, [cli, 'export', '--outDir', out, SOURCES], { stdio: 'pipe' });
        expect(english, 'run `npm run l10n:export`').toEqual(readJson(join(out, 'bundle.l10n.json')));
        expect(Object.keys(english).length).toBeGreaterThan(20);
    });

    test('every l10n.t call takes a string literal, which the extraction can see', () => {
        for (const file of sourceFiles(SOURCES)) {
            const calls = [...readFileSync(file, 'utf8').matchAll(/\bl10n\.t\(\s*(.)/g)].map(m => m[1]);
            expect(calls.filter(first => first !== '\''), file).toEqual([]);
        }
    });

    test('the Vietnamese bundle translates every string, keeping its placeholders', () => {
        expect(Object.keys(vietnamese).sort()).toEqual(Object.keys(english).sort());
        for (const [key, text] of Object.entries(vietnamese)) {
            expect(text, key).not.toBe(english[key]);
            expect(placeholders(text), key).toEqual(placeholders(key));
        }
    });
});
