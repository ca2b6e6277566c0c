import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { FormattingOptions } from 'vscode-languageserver';
import { tthc } from '../cli/run-cli.js';
import { createTthcServices } from '@tthc/language';
import { formatTthcText } from '@tthc/language/formatting';
import { EmptyFileSystem } from 'langium';
import { applyEdits, lspWorkspace, type LspWorkspace } from './lsp-workspace.js';

// `tthc import opencps` writes its files in the house layout: the editor's formatter changes nothing in them.

const OPTIONS: FormattingOptions = { tabSize: 4, insertSpaces: true };

function imported(): Record<string, string> {
    const out = mkdtempSync(join(tmpdir(), 'tthc-import-format-'));
    expect(tthc(['build', 'examples/lam-dong', '--target', 'opencps', '--out', out]).status).toBe(0);
    const ws = join(out, 'ws');
    tthc(['import', 'opencps', join(out, 'opencps'), '--out', ws, '--province', 'LamDong', '--province-title', 'Tỉnh Lâm Đồng', '--province-code', '68']);
    const files: Record<string, string> = { 'catalogue.tthc': readFileSync(join(ws, 'catalogue.tthc'), 'utf8') };
    for (const name of readdirSync(join(ws, 'procedures')).sort()) files[`procedures/${name}`] = readFileSync(join(ws, 'procedures', name), 'utf8');
    return files;
}

describe('formatting what tthc import opencps wrote', () => {
    let files: Record<string, string>;
    let ws: LspWorkspace;
    beforeAll(async () => {
        files = imported();
        ws = await lspWorkspace(files);
    }, 60_000);

    test('every procedure and the catalogue were written', () => {
        // 19 procedures: the three members of the group in one file (1.014101.tthc), and the catalogue.
        expect(Object.keys(files).length).toBe(18);
        expect(files['procedures/1.014101.tthc']).toContain('member');
    });

    test('no file has a syntax error, and formatting any of them changes nothing', async () => {
        for (const path of Object.keys(files)) {
            const document = ws.document(path);
            expect(document.parseResult.lexerErrors, path).toEqual([]);
            expect(document.parseResult.parserErrors, path).toEqual([]);
            const edits = await ws.services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: ws.uri(path) }, options: OPTIONS });
            expect(edits, path).toEqual([]);
        }
    });
});

describe('formatTthcText, the formatter without the LSP layer (what tthc import runs its output through)', () => {
    test('lays a file out as Format Document does', async () => {
        const messy = 'procedure P   "Thủ tục" {  code 1.000001\n  level commune\nstep A "Tiếp nhận" reception by U.X 1h   -> B\n        step B "Trả" return by U.X }\n';
        const { Tthc } = createTthcServices(EmptyFileSystem);
        const formatted = formatTthcText(Tthc.parser.LangiumParser.parse(messy).value, messy);
        const ws = await lspWorkspace({ 'catalogue.tthc': 'province X "Tỉnh" { unit U "Đơn vị" level commune kind office { position X "Chuyên viên" } }\n', 'p.tthc': messy });
        const edits = await ws.services.lsp.Formatter!.formatDocument(ws.document('p.tthc'), { textDocument: { uri: ws.uri('p.tthc') }, options: OPTIONS });
        expect(formatted).toBe(applyEdits(messy, edits));
        expect(formatted).not.toBe(messy);
        expect(formatted).toContain('\n    step A "Tiếp nhận" reception by U.X 1h -> B\n');
    });
});
