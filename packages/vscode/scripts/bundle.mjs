// Bundles the extension into dist/: the client (extension.cjs), the language server (server.cjs),
// the diagram view's script (diagram-view.js) and the CLI that `TTHC: Build Configuration` runs
// (tthc.mjs). Each is one file with its dependencies, so the .vsix carries no node_modules.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
// The CLI's own bundle is the input of tthc.mjs; a warning about its dependencies' code is not ours to fix.
// jsonc-parser's "main" is a UMD build whose require('./impl/…') calls esbuild cannot follow: its ES modules instead.
const common = { alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' }, bundle: true, sourcemap: true, minify: true, keepNames: true, legalComments: 'none', logLevel: 'warning', logOverride: { 'equals-negative-zero': 'silent' } };

await Promise.all([
    build({ ...common, entryPoints: [join(packageDir, 'out/extension/extension.js')], outfile: join(packageDir, 'dist/extension.cjs'), platform: 'node', target: 'node20', format: 'cjs', external: ['vscode'] }),
    build({ ...common, entryPoints: [join(packageDir, 'out/server/main.js')], outfile: join(packageDir, 'dist/server.cjs'), platform: 'node', target: 'node20', format: 'cjs' }),
    build({ ...common, entryPoints: [join(packageDir, 'out/webview/diagram-view.js')], outfile: join(packageDir, 'dist/diagram-view.js'), platform: 'browser', target: 'es2022', format: 'iife' }),
    build({
        ...common,
        entryPoints: [join(packageDir, '../cli/bin/tthc.js')],
        outfile: join(packageDir, 'dist/tthc.mjs'),
        platform: 'node',
        target: 'node20',
        format: 'esm',
        // Some dependencies are CommonJS and call require(); give the ESM bundle one.
        banner: { js: "import { createRequire as __tthcCreateRequire } from 'node:module'; const require = __tthcCreateRequire(import.meta.url);" }
    })
]);
