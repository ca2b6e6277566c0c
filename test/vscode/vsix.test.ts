// The packaged extension (`npm run package`, run by `npm test` before the tests): what the .vsix
// holds, what it contributes, and that its size stays small.
import { buildTargets } from '@tthc/cli';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import yauzl from 'yauzl';

const VSIX = `packages/vscode/dist/tthc-${JSON.parse(readFileSync('packages/vscode/package.json', 'utf8')).version}.vsix`;

/** The entries of a zip file, with the text of the ones asked for. */
async function readZip(path: string, wanted: readonly string[]): Promise<{ names: string[]; texts: Map<string, string> }> {
    const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
    const entries: yauzl.Entry[] = await new Promise((resolve, reject) => {
        const all: yauzl.Entry[] = [];
        zip.on('entry', (entry: yauzl.Entry) => {
            all.push(entry);
            zip.readEntry();
        });
        zip.on('end', () => resolve(all));
        zip.on('error', reject);
        zip.readEntry();
    });
    const texts = new Map<string, string>();
    for (const entry of entries.filter(e => wanted.includes(e.fileName))) {
        const chunks: Buffer[] = [];
        for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
        texts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
    }
    zip.close();
    return { names: entries.map(e => e.fileName), texts };
}

describe('the .vsix', () => {
    test('holds the bundles and the contributed files, and no node_modules, sources or source maps', async () => {
        const { names } = await readZip(VSIX, []);
        for (const file of ['extension/dist/extension.cjs', 'extension/dist/server.cjs', 'extension/dist/diagram-view.js', 'extension/dist/tthc.mjs',
            'extension/syntaxes/tthc.tmLanguage.json', 'extension/language-configuration.json', 'extension/snippets/tthc.json', 'extension/docs/rules.md', 'extension/package.json']) {
            expect(names, file).toContain(file);
        }
        expect(names.filter(n => /node_modules|\.ts$|\.map$|\/src\//.test(n))).toEqual([]);
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
});
