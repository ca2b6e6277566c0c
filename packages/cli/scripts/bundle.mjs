// Bundles the compiled CLI (out/) and its dependencies into one file, dist/main.js: one module to
// load instead of hundreds halves the start-up of every `tthc` run. The bin imports the bundle.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

await build({
    entryPoints: [join(packageDir, 'out/main.js')],
    outfile: join(packageDir, 'dist/main.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: true,
    logLevel: 'warning',
    // `tthc --version` (src/version.ts): the version of this package, not a copy of it in the code.
    define: { TTHC_CLI_VERSION: JSON.stringify(version) },
    // jsonc-parser's "main" is a UMD build whose require('./impl/…') calls esbuild cannot follow: its ES modules instead.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    // Some dependencies are CommonJS and call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __tthcCreateRequire } from 'node:module'; const require = __tthcCreateRequire(import.meta.url);" }
});
