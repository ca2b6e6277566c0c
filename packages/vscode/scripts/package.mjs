// `npm run package`: stages exactly what the extension needs (the bundles, the grammar, the language
// configuration, the language server's snippets, images, the rules' documentation in English and Vietnamese, the
// English and Vietnamese texts (package.nls*.json, l10n/) and a manifest without the workspace's dependencies) in
// build/extension/, then packs it with @vscode/vsce into dist/tthc-<version>.vsix.
// Nothing else reaches the .vsix: no node_modules, no sources, no source maps.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bilingualSnippetDescription } from './snippet-descriptions.mjs';
import { withTargets } from './with-targets.mjs';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = join(packageDir, '..', '..');
const stage = join(packageDir, 'build', 'extension');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

rmSync(stage, { recursive: true, force: true });
mkdirSync(join(stage, 'dist'), { recursive: true });
for (const file of ['extension.cjs', 'server.cjs', 'diagram-view.js', 'tthc.mjs']) {
    cpSync(join(packageDir, 'dist', file), join(stage, 'dist', file));
}
cpSync(join(repoDir, 'syntaxes', 'tthc.tmLanguage.json'), join(stage, 'syntaxes', 'tthc.tmLanguage.json'));
cpSync(join(packageDir, 'language-configuration.json'), join(stage, 'language-configuration.json'));
// The snippets are the language server's (one list): VS Code shows these, and the client drops the server's copies.
const { snippets } = await import(pathToFileURL(join(repoDir, 'packages', 'language', 'out', 'lsp', 'index.js')).href);
// Snippet files have no translations: each description is Vietnamese first, then the server's English.
const contributed = Object.fromEntries(snippets.map(s => [s.name ?? s.keyword, { prefix: s.keyword, description: bilingualSnippetDescription(s), body: s.body.split('\n') }]));
mkdirSync(join(stage, 'snippets'));
writeFileSync(join(stage, 'snippets', 'tthc.json'), `${JSON.stringify(contributed, null, 2)}\n`);
cpSync(join(packageDir, 'images'), join(stage, 'images'), { recursive: true });
// Diagnostics link their code to a section of this file (the server finds it beside dist/).
// The Vietnamese page has the same headings; diagnostics in Vietnamese link to it.
cpSync(join(repoDir, 'docs', 'rules.md'), join(stage, 'docs', 'rules.md'));
cpSync(join(repoDir, 'docs', 'vi', 'rules.md'), join(stage, 'docs', 'vi', 'rules.md'));
// The schema of a project's rule settings (tthc-rules.json), for completion in the editor (contributes.jsonValidation).
cpSync(join(repoDir, 'schemas', 'tthc-rules.schema.json'), join(stage, 'schemas', 'tthc-rules.schema.json'));
cpSync(join(packageDir, 'README.md'), join(stage, 'README.md'));
cpSync(join(packageDir, 'CHANGELOG.md'), join(stage, 'CHANGELOG.md'));
// The extension's own strings (vscode.l10n): the English bundle and its translations.
cpSync(join(packageDir, 'l10n'), join(stage, 'l10n'), { recursive: true });
// VS Code loads bundle.l10n.<display language>.json by exact name (no fallback from `vi-vn` to `vi`, unlike
// package.nls.*.json; microsoft/vscode-l10n#195), and Microsoft's Vietnamese language pack is `vi-vn`.
cpSync(join(packageDir, 'l10n', 'bundle.l10n.vi.json'), join(stage, 'l10n', 'bundle.l10n.vi-vn.json'));

// The build setting offers the CLI's targets: its registry is the one list of them (packages/cli/src/build/targets.ts).
const { buildTargets } = await import(pathToFileURL(join(repoDir, 'packages', 'cli', 'out', 'index.js')).href);
// The manifest's texts are %key% references to the nls files, one per language.
const nlsFiles = ['package.nls.json', 'package.nls.vi.json'];
const nls = Object.fromEntries(nlsFiles.map(file => [file, JSON.parse(readFileSync(join(packageDir, file), 'utf8'))]));
const { manifest: withTargetList, nls: nlsWithTargets } = withTargets(manifest, nls, buildTargets());
for (const [file, strings] of Object.entries(nlsWithTargets)) writeFileSync(join(stage, file), `${JSON.stringify(strings, null, 2)}\n`);

// The marketplace's names are unscoped; the workspace's dependencies are bundled, not installed; the exports
// (the webview pages' HTML, for the repository's tests) point into out/, which the .vsix does not carry.
const { dependencies: _bundled, private: _private, type: _type, exports: _exports, ...rest } = withTargetList;
writeFileSync(join(stage, 'package.json'), `${JSON.stringify({ ...rest, name: 'tthc' }, null, 2)}\n`);

const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
const out = join(packageDir, 'dist', `tthc-${manifest.version}.vsix`);
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', out], { cwd: stage, stdio: 'inherit' });
console.log(`${out} (${(statSync(out).size / 1024 / 1024).toFixed(2)} MB)`);
