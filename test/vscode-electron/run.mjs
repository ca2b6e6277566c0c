// `npm run test:vscode-electron`: the extension in a real desktop VS Code, downloaded by
// @vscode/test-electron. It needs a machine that can reach update.code.visualstudio.com, so CI (which
// cannot) does not run it; the same behaviour is covered there by the LSP, Neovim and code-server
// tests (docs/vscode.md, "Tests").
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// The examples are copied: the suite edits files.
const workspace = mkdtempSync(join(tmpdir(), 'tthc-electron-'));
cpSync(join(root, 'examples'), workspace, { recursive: true });

try {
    await runTests({
        // The staged extension of `npm run package`: exactly what the .vsix holds.
        extensionDevelopmentPath: join(root, 'packages', 'vscode', 'build', 'extension'),
        extensionTestsPath: join(root, 'test', 'vscode-electron', 'suite', 'index.cjs'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust']
    });
} catch (error) {
    console.error(`The VS Code tests failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
}
