// The packaged extension (`npm run package`, run by `npm test` before the tests): what the .vsix
// holds, what it contributes, and that its size stays small.
import { buildTargets } from '@tthc/cli';
import { snippets } from '@tthc/language/lsp';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { zipEntries } from '../support/zip-entries.js';

const VSIX = `packages/vscode/dist/tthc-${JSON.parse(readFileSync('packages/vscode/package.json', 'utf8')).version}.vsix`;

/** The names of a zip's files, with the text of the ones asked for. */
async function readZip(path: string, wanted: readonly string[]): Promise<{ names: string[]; texts: Map<string, string> }> {
    const files = await zipEntries(path);
    const texts = new Map([...files].filter(([name]) => wanted.includes(name)).map(([name, bytes]) => [name, bytes.toString('utf8')] as const));
    return { names: [...files.keys()], texts };
}

describe('the .vsix', () => {
    test('holds the bundles and the contributed files, and no node_modules, sources or source maps', async () => {
        const { names } = await readZip(VSIX, []);
        for (const file of ['extension/dist/extension.cjs', 'extension/dist/server.cjs', 'extension/dist/diagram-view.js', 'extension/dist/tthc.mjs',
            'extension/syntaxes/tthc.tmLanguage.json', 'extension/language-configuration.json', 'extension/snippets/tthc.json', 'extension/docs/rules.md', 'extension/docs/vi/rules.md', 'extension/schemas/tthc-rules.schema.json', 'extension/package.json',
            'extension/package.nls.json', 'extension/package.nls.vi.json', 'extension/l10n/bundle.l10n.json', 'extension/l10n/bundle.l10n.vi.json']) {
            expect(names, file).toContain(file);
        }
        expect(names.filter(n => /node_modules|\.ts$|\.map$|\/src\//.test(n))).toEqual([]);
    });

    test('carries the Vietnamese l10n bundle under both names VS Code may ask for (vi, vi-vn)', async () => {
        const files = ['extension/l10n/bundle.l10n.vi.json', 'extension/l10n/bundle.l10n.vi-vn.json'];
        const { texts } = await readZip(VSIX, files);
        expect(texts.get(files[1]!), 'VS Code in vi-vn loads bundle.l10n.vi-vn.json, by exact name').toBeDefined();
        expect(texts.get(files[1]!)).toBe(texts.get(files[0]!));
    });

    test('stays under 3 MB', () => {
        expect(statSync(VSIX).size).toBeLessThan(3 * 1024 * 1024);
    });

    test('contributes the language, grammar, snippets, commands and settings, activated explicitly', async () => {
        const { texts } = await readZip(VSIX, ['extension/package.json']);
        const manifest = JSON.parse(texts.get('extension/package.json')!);
        expect(manifest.name).toBe('tthc');
        expect(manifest.main).toBe('./dist/extension.cjs');
        expect(manifest.dependencies).toBeUndefined();
        expect(manifest.exports, 'the exports for the tests point into out/, which the .vsix does not carry').toBeUndefined();
        expect(manifest.contributes.languages[0]).toMatchObject({ id: 'tthc', extensions: ['.tthc'], configuration: './language-configuration.json' });
        expect(manifest.contributes.grammars[0]).toMatchObject({ language: 'tthc', scopeName: 'source.tthc' });
        const commands = manifest.contributes.commands.map((c: { command: string }) => c.command);
        expect(commands).toEqual(expect.arrayContaining(['tthc.showDiagram', 'tthc.build', 'tthc.previewTable']));
        expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onLanguage:tthc', ...commands.map((c: string) => `onCommand:${c}`)]));
        expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(expect.arrayContaining(['tthc.build.outputFolder', 'tthc.build.targets', 'tthc.diagram.followCursor']));
        // The build setting offers the CLI's targets, filled in from its one registry when packaged.
        expect(manifest.contributes.configuration.properties['tthc.build.targets'].items.enum).toEqual(buildTargets().names());
    });

    test('shows the manifest\'s texts in English or Vietnamese: every %key% in both nls files, none unused', async () => {
        const files = ['extension/package.json', 'extension/package.nls.json', 'extension/package.nls.vi.json'];
        const { texts } = await readZip(VSIX, files);
        const [manifestText, english, vietnamese] = files.map(f => texts.get(f)!);
        const manifest = JSON.parse(manifestText!);
        const en: Record<string, string> = JSON.parse(english!);
        const vi: Record<string, string> = JSON.parse(vietnamese!);
        const used = [...new Set([...manifestText!.matchAll(/"%([^"%]+)%"/g)].map(m => m[1]!))].sort();
        expect(used.length).toBeGreaterThan(10);
        expect(Object.keys(en).sort(), 'the English keys are the ones the manifest uses').toEqual(used);
        expect(Object.keys(vi).sort(), 'the Vietnamese keys are the ones the manifest uses').toEqual(used);
        for (const key of used) expect(vi[key], key).not.toBe(en[key]);
        // Nothing the user reads is left in the manifest itself (the category and the language's name are the brand).
        const label = (text: string): string | undefined => /^%(.+)%$/.exec(text)?.[1];
        expect(label(manifest.displayName)).toBeDefined();
        for (const command of manifest.contributes.commands) expect(label(command.title), command.command).toBeDefined();
        for (const [name, setting] of Object.entries<Record<string, unknown>>(manifest.contributes.configuration.properties)) {
            const description = (setting.markdownDescription ?? setting.description) as string;
            expect(label(description), name).toBeDefined();
            for (const item of (setting.enumDescriptions ?? []) as string[]) expect(label(item), name).toBeDefined();
        }
        // The English titles are today's (the code-server test types them into the Command Palette).
        const title = (command: string): string => en[label(manifest.contributes.commands.find((c: { command: string }) => c.command === command).title)!]!;
        expect(title('tthc.showDiagram')).toBe('Show Workflow Diagram');
        expect(title('tthc.build')).toBe('Build Configuration');
        expect(vi[label(manifest.contributes.commands.find((c: { command: string }) => c.command === 'tthc.showDiagram').title)!]).toBe('Hiển thị sơ đồ quy trình');
        // Packaging named the default targets in both languages.
        const targets = label(manifest.contributes.configuration.properties['tthc.build.targets'].markdownDescription)!;
        const defaults = `(${buildTargets().defaultNames().join(', ')}).`;
        expect(en[targets]).toMatch(new RegExp(`empty: the default ones ${defaults.replace(/[().]/g, '\\$&')}$`));
        expect(vi[targets]).toMatch(new RegExp(`để trống: các đích mặc định ${defaults.replace(/[().]/g, '\\$&')}$`));
    });

    test('offers the language setting, following VS Code by default', async () => {
        const { texts } = await readZip(VSIX, ['extension/package.json']);
        const setting = JSON.parse(texts.get('extension/package.json')!).contributes.configuration.properties['tthc.language'];
        expect(setting).toMatchObject({ type: 'string', enum: ['auto', 'vi', 'en'], default: 'auto' });
        expect(setting.enumDescriptions).toHaveLength(3);
    });

    test('contributes the server\'s snippets, each described in Vietnamese first, then in English', async () => {
        const { texts } = await readZip(VSIX, ['extension/snippets/tthc.json']);
        const contributed: Record<string, { prefix: string; description: string }> = JSON.parse(texts.get('extension/snippets/tthc.json')!);
        expect(Object.keys(contributed)).toEqual(snippets.map(s => s.name ?? s.keyword));
        for (const snippet of snippets) {
            expect(contributed[snippet.name ?? snippet.keyword]!.prefix).toBe(snippet.keyword);
            const [vi, en, ...rest] = contributed[snippet.name ?? snippet.keyword]!.description.split(' / ');
            expect(rest, snippet.keyword).toEqual([]);
            expect(en, snippet.keyword).toBe(snippet.description);
            expect(vi, snippet.keyword).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/i);
        }
    });
});
