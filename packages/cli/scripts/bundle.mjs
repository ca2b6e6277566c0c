// Bundles the compiled CLI (out/) and its dependencies into one file, dist/main.js: one module to
// load instead of hundreds halves the start-up of every `tthc` run. The bin imports the bundle, and the
// package that `npm pack` makes carries only the bin and the bundle (docs/cli.md, "Install without cloning").
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

const result = await build({
    entryPoints: [join(packageDir, 'out/main.js')],
    outfile: join(packageDir, 'dist/main.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: true,
    logLevel: 'warning',
    write: false,
    // `tthc --version` (src/version.ts): the version of this package, not a copy of it in the code.
    define: { TTHC_CLI_VERSION: JSON.stringify(version) },
    // jsonc-parser's "main" is a UMD build whose require('./impl/…') calls esbuild cannot follow: its ES modules instead.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    // Some dependencies are CommonJS and call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __tthcCreateRequire } from 'node:module'; const require = __tthcCreateRequire(import.meta.url);" }
});

// Each file is renamed into place: `npm pack` (prepack) rebuilds the bundle while tests may be running
// `tthc`, and a process must never load a half-written bundle.
for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    const partial = `${file.path}.${process.pid}.partial`;
    writeFileSync(partial, file.contents);
    renameSync(partial, file.path);
}
