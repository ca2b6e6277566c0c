import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './cli/run-cli.js';

// The language and compiler packages must run in a browser (the VS Code web views and the review site
// reuse them): bundling them for the browser fails on any Node-only or `vscode` import.
describe('dependencies point one way', () => {
    test.each(['language', 'compiler', 'diagram'])('the %s package bundles for the browser', async name => {
        const result = await build({
            entryPoints: [join(ROOT, `packages/${name}/out/index.js`)],
            bundle: true,
            platform: 'browser',
            format: 'esm',
            write: false,
            logLevel: 'silent',
            external: []
        });
        expect(result.errors).toEqual([]);
        const code = result.outputFiles[0].text;
        expect(code).not.toMatch(/from\s*["'](node:|fs|path|vscode)["']/);
    });
});
