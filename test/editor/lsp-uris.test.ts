// The bundled language server reads only `file:` URIs inside the workspace folders (or the text of
// documents the client opened): requests about any other URI get an empty answer or a clean LSP
// error, never the file's content and never the file system's raw error (defect 7 of issue 9).
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ResponseError } from 'vscode-jsonrpc/node';
import { startSession, type LspSession } from './lsp-client.js';

// The workspace folder is a copy of examples/lam-dong in a temporary folder, beside a copy of a legacy
// procedure (outside it), and with a symbolic link to that procedure inside it.
const TEMP = mkdtempSync(join(tmpdir(), 'tthc-lsp-uris-'));
const WORKSPACE = join(TEMP, 'lam-dong');
const INSIDE = join(WORKSPACE, 'procedures', 'dang-ky-khai-sinh.tthc');
const INSIDE_NAME = 'DangKyKhaiSinh';
const OUTSIDE = join(TEMP, 'outside.tthc');
const LINK = join(WORKSPACE, 'procedures', 'lien-ket.tthc');
const OUTSIDE_NAME = 'CapGiayPhepXayDungNhaOHuyen';
// JSON-RPC's "internal error": what an exception escaping a handler becomes.
const INTERNAL_ERROR = -32603;

let session: LspSession;

beforeAll(async () => {
    cpSync(resolve('examples/lam-dong'), WORKSPACE, { recursive: true });
    cpSync(resolve('examples/legacy/procedures/cap-giay-phep-xay-dung-nha-o-rieng-le.tthc'), OUTSIDE);
    symlinkSync(OUTSIDE, LINK);
    session = await startSession(WORKSPACE);
    // The workspace is loaded before the requests below are sent.
    const { uri } = await session.open('procedures/dang-ky-khai-sinh.tthc');
    await session.diagnosticsOf(uri);
});

afterAll(async () => {
    await session?.close();
    rmSync(TEMP, { recursive: true, force: true });
});

type Answer = { result: unknown } | { error: { code: number; message: string } };

/** Sends a request and returns its result, or the LSP error it was answered with. */
async function answer(method: string, uri: string): Promise<Answer> {
    const position = { line: 3, character: 12 };
    const params = method.startsWith('tthc/')
        ? { uri, position }
        : { textDocument: { uri }, position, newName: 'Renamed', context: { includeDeclaration: true }, options: { tabSize: 2, insertSpaces: true } };
    try {
        return { result: await session.connection.sendRequest(method, params) };
    } catch (error) {
        if (!(error instanceof ResponseError)) throw error;
        return { error: { code: error.code, message: error.message } };
    }
}

// Requests that Langium answers after loading the document if it is unknown (they wait for the
// workspace, not for the document), then requests that answer from a document once it is loaded.
const LOADING = ['textDocument/references', 'textDocument/documentHighlight', 'textDocument/prepareRename', 'textDocument/rename'];
const READING = ['textDocument/documentSymbol', 'textDocument/formatting', 'textDocument/foldingRange', 'textDocument/hover',
    'textDocument/definition', 'textDocument/semanticTokens/full', 'tthc/diagram', 'tthc/publicationTable', 'tthc/timeSummaries'];

/** Asks everything about `uri`; returns the answers by method. */
async function askEverything(uri: string): Promise<Record<string, Answer>> {
    const answers: Record<string, Answer> = {};
    for (const method of [...LOADING, ...READING]) answers[method] = await answer(method, uri);
    return answers;
}

function expectClean(answers: Record<string, Answer>): void {
    for (const [method, a] of Object.entries(answers)) {
        if ('error' in a) {
            expect(a.error.code, `${method}: ${a.error.message}`).not.toBe(INTERNAL_ERROR);
            expect(a.error.message, method).not.toMatch(/ENOENT|EACCES|no such file|Request .* failed with message/i);
        }
    }
}

describe('URIs the language server must not read', () => {
    test('a file: URI that does not exist gets a clean answer, without the file system\'s error', async () => {
        const answers = await askEverything(pathToFileURL(join(WORKSPACE, 'procedures', 'khong-co.tthc')).toString());
        expectClean(answers);
        for (const method of LOADING) {
            const a = answers[method];
            expect('error' in a ? a.error.message : '', method).toMatch(/not a readable \.tthc file of the workspace/);
        }
    });

    test('an http: URI naming an existing .tthc file does not get the file\'s content', async () => {
        const answers = await askEverything(`http://localhost${INSIDE}`);
        expectClean(answers);
        expect(JSON.stringify(answers)).not.toContain(INSIDE_NAME);
        expect(answers['textDocument/documentSymbol']).not.toHaveProperty('result');
    });

    test('a file: URI outside the workspace folders is not read', async () => {
        const uri = pathToFileURL(OUTSIDE).toString();
        const answers = await askEverything(uri);
        expectClean(answers);
        expect(JSON.stringify(answers)).not.toContain(OUTSIDE_NAME);
        expect(answers['textDocument/documentSymbol']).not.toHaveProperty('result');
        expect(session.diagnostics.has(uri)).toBe(false);
    });

    test('a path that climbs out of the workspace folder with .. is not read', async () => {
        const answers = await askEverything(`${pathToFileURL(WORKSPACE).toString()}/../outside.tthc`);
        expectClean(answers);
        expect(JSON.stringify(answers)).not.toContain(OUTSIDE_NAME);
    });

    test('a symbolic link inside the workspace folder to a file outside it is not followed', async () => {
        const uri = pathToFileURL(LINK).toString();
        const answers = await askEverything(uri);
        expectClean(answers);
        expect(JSON.stringify(answers)).not.toContain(OUTSIDE_NAME);
        expect(session.diagnostics.has(uri)).toBe(false);
    });

    test('a document the client opened is answered whatever its scheme, from the client\'s text', async () => {
        const uri = 'untitled:Untitled-1.tthc';
        const text = 'procedure Nhap "Bản nháp" code 1.000001 level commune {\n}\n';
        await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'tthc', version: 1, text } });
        await session.diagnosticsOf(uri);
        const symbols = await answer('textDocument/documentSymbol', uri);
        expect(JSON.stringify(symbols)).toContain('Nhap');
        await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    });

    test('the workspace\'s own files are still answered', async () => {
        const symbols = await answer('textDocument/documentSymbol', pathToFileURL(INSIDE).toString());
        expect(JSON.stringify(symbols)).toContain(INSIDE_NAME);
    });
});
