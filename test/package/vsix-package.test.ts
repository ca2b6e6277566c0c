// The extension's package file (`npm run package`, which `npm test` runs first): unpacked away from the repository,
// as `code --install-extension` puts it, its language server runs on its own and links the rules to the pages it
// carries. (test/vscode/vsix.test.ts checks what the .vsix lists; the code-server test installs it into an editor.)
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { zipEntries } from '../support/zip-entries.js';

const VERSION = JSON.parse(readFileSync(join(ROOT, 'packages/vscode/package.json'), 'utf8')).version as string;
const VSIX = join(ROOT, `packages/vscode/dist/tthc-${VERSION}.vsix`);

let tmp: string;

/** Writes every file of a zip under `into`. */
async function unzip(path: string, into: string): Promise<void> {
    for (const [name, bytes] of await zipEntries(path)) {
        mkdirSync(dirname(join(into, name)), { recursive: true });
        writeFileSync(join(into, name), bytes);
    }
}

beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'tthc-vsix-'));
    await unzip(VSIX, join(tmp, 'unpacked'));
    cpSync(join(ROOT, 'examples/legacy'), join(tmp, 'legacy'), { recursive: true });
});

afterAll(() => {
    if (tmp !== undefined) rmSync(tmp, { recursive: true, force: true });
});

test('the unpacked .vsix\'s language server reports and links the rules to its own pages, with no repository around', async () => {
    const server = spawn(process.execPath, [join(tmp, 'unpacked/extension/dist/server.cjs'), '--stdio'], { cwd: tmp, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const file = join(tmp, 'legacy/procedures/chung-thuc-ban-sao-tu-ban-chinh.tthc');
    const uri = pathToFileURL(file).toString();
    const published = new Promise<PublishDiagnosticsParams>(resolve => {
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            if (params.uri === uri && params.diagnostics.length > 0) resolve(params);
        });
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    try {
        const rootUri = pathToFileURL(join(tmp, 'legacy')).toString();
        await connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri,
            workspaceFolders: [{ uri: rootUri, name: 'legacy' }],
            capabilities: { textDocument: { publishDiagnostics: { codeDescriptionSupport: true } }, workspace: { workspaceFolders: true, configuration: true } }
        });
        await connection.sendNotification('initialized', {});
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'tthc', version: 1, text: readFileSync(file, 'utf8') } });
        const { diagnostics } = await Promise.race([published, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no diagnostics; server stderr:\n${stderr}`)), 30_000))]);
        const superseded = diagnostics.find(d => d.code === 'superseded-legal-basis');
        expect(superseded, JSON.stringify(diagnostics.map(d => d.code))).toBeDefined();
        expect(superseded!.codeDescription?.href).toBe(`${pathToFileURL(join(tmp, 'unpacked/extension/docs/rules.md')).toString()}#superseded-legal-basis`);
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
    } finally {
        connection.dispose();
        server.kill();
    }
});
