// The bundled language server (packages/vscode/dist/server.cjs, as the extension ships it) driven by a
// real LSP client over stdio, on the examples: each editor feature once, end to end.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, Hover, Location, LocationLink, TextEdit, WorkspaceEdit, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { startSession, type LspSession } from './lsp-client.js';

const LEGACY = 'legacy/procedures/cap-giay-phep-xay-dung-nha-o-rieng-le.tthc';
const KHAI_SINH = 'lam-dong/procedures/dang-ky-khai-sinh.tthc';

let session: LspSession;

beforeAll(async () => {
    session = await startSession('examples');
});

afterAll(async () => {
    await session?.close();
});

/** The 0-based position of the `nth` occurrence of `text` in a document's text, plus `shift` characters. */
function positionOf(document: string, text: string, shift = 0, nth = 0): { line: number; character: number } {
    let offset = -1;
    for (let i = 0; i <= nth; i++) offset = document.indexOf(text, offset + 1);
    if (offset < 0) throw new Error(`'${text}' is not in the document`);
    return TextDocument.create('file:///x', 'tthc', 0, document).positionAt(offset + shift);
}

function applied(text: string, edits: readonly TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x', 'tthc', 0, text), [...edits]);
}

describe('the bundled language server over stdio', () => {
    test('announces the features the extension relies on', () => {
        const capabilities = session.initialize.capabilities;
        for (const feature of ['hoverProvider', 'completionProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'documentFormattingProvider',
            'codeActionProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'semanticTokensProvider', 'inlayHintProvider', 'codeLensProvider'] as const) {
            expect(capabilities[feature], feature).toBeTruthy();
        }
    });

    test('publishes the checks\' diagnostics, each code linked to its rule in docs/rules.md', async () => {
        const { uri } = await session.open(LEGACY);
        const diagnostics = await session.diagnosticsOf(uri, d => d.length > 0);
        const district = diagnostics.filter(d => d.code === 'district-level');
        expect(district.length).toBe(10);
        const href = district[0].codeDescription?.href ?? '';
        expect(href).toMatch(/^file:\/\/.*\/docs\/rules\.md#district-level$/);
        expect(existsSync(fileURLToPath(href.replace(/#.*$/, '')))).toBe(true);
        expect(diagnostics.map(d => d.code)).toContain('superseded-legal-basis');
    });

    test('offers the quick fix of a district-level step, and applying it clears the finding', async () => {
        const { uri, text } = await session.open(LEGACY);
        const before = await session.diagnosticsOf(uri, d => d.length > 0);
        const onTiepNhan = before.find(d => d.code === 'district-level' && d.range.start.line === 28)!;
        expect(onTiepNhan).toBeDefined();
        const actions = await session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri }, range: onTiepNhan.range, context: { diagnostics: [onTiepNhan], only: ['quickfix'] }
        });
        const preferred = actions.find(a => a.isPreferred);
        expect(actions.every(a => a.kind === 'quickfix')).toBe(true);
        expect(preferred?.title).toMatch(/^Assign to MotCuaXa\.CongChuc\b/);
        const edits = editsFor(preferred!.edit!, uri);
        const fixed = applied(text, edits);
        expect(fixed.split('\n')[28]).toContain('by MotCuaXa.CongChuc');
        await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
        const after = await session.diagnosticsOf(uri, d => !d.some(x => x.code === 'district-level' && x.range.start.line === 28));
        expect(after.filter(d => d.code === 'district-level').length).toBe(before.filter(d => d.code === 'district-level').length - 1);
        expect(after.some(d => d.code === 'first-step-reception')).toBe(false);
        // Back to the file's text, for the other tests.
        await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
        await session.diagnosticsOf(uri, d => d.some(x => x.code === 'district-level' && x.range.start.line === 28));
    });

    test('offers "Fix all safe problems" (source.fixAll.tthc) for editor.codeActionsOnSave, and announces the kind', async () => {
        expect(session.initialize.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.tthc'] });
        const { uri, text } = await session.open('legacy/procedures/chung-thuc-ban-sao-tu-ban-chinh.tthc');
        await session.diagnosticsOf(uri, d => d.some(x => x.code === 'superseded-legal-basis'));
        const lines = text.split('\n');
        const actions = await session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } },
            context: { diagnostics: [], only: ['source.fixAll'], triggerKind: 2 }
        });
        expect(actions.map(a => [a.title, a.kind])).toEqual([['Fix all safe problems', 'source.fixAll.tthc']]);
        const fixed = applied(text, editsFor(actions[0].edit!, uri));
        expect(fixed).toContain('legal "118/2025/NĐ-CP" "Nghị định 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông"');
        expect(fixed).not.toContain('61/2018');
    });

    test('completes a commune procedure\'s performer with commune units and positions only', async () => {
        const { uri, text } = await session.open(KHAI_SINH);
        const result = await session.connection.sendRequest<CompletionList | CompletionItem[]>('textDocument/completion', {
            textDocument: { uri }, position: positionOf(text, 'by TTPVHCCXa.CongChucTiepNhan', 3)
        });
        const labels = (Array.isArray(result) ? result : result.items).map(item => item.label);
        expect(labels).toContain('UBNDXa.ChuTich');
        expect(labels).toContain('TTPVHCCXa.CongChucTiepNhan');
        expect(labels).not.toContain('UBNDTinh');
        expect(labels.some(label => label.startsWith('SoTuPhap'))).toBe(false);
        expect(labels.some(label => label.startsWith('CongAnXa'))).toBe(false);
    });

    test('completes a performer typed as words of its Vietnamese title, replacing the typed words', async () => {
        const { uri, text } = await session.open(KHAI_SINH);
        const typed = text.replace('by VanPhongXa.CongChucTuPhapHoTich 4h', 'by tư pháp 4h');
        await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: typed }] });
        try {
            const start = positionOf(typed, 'by tư pháp 4h', 3);
            const result = await session.connection.sendRequest<CompletionList | CompletionItem[]>('textDocument/completion', {
                textDocument: { uri }, position: positionOf(typed, 'by tư pháp 4h', 10)
            });
            const items = Array.isArray(result) ? result : result.items;
            expect(items.map(item => item.label)).toEqual(['VanPhongXa.CongChucTuPhapHoTich']);
            const [item] = items;
            expect(item.labelDetails?.description).toBe('Công chức Tư pháp - Hộ tịch');
            expect(item.filterText).toContain('cong chuc tu phap - ho tich');
            const edit = item.textEdit as TextEdit;
            expect(edit.range).toEqual({ start, end: { line: start.line, character: start.character + 'tư pháp'.length } });
            expect(applied(typed, [edit])).toBe(text);
        } finally {
            await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
        }
    });

    test('finds a procedure by its title without diacritics and by its code with Go to Symbol in Workspace', async () => {
        expect(session.initialize.capabilities.workspaceSymbolProvider).toBeTruthy();
        for (const query of ['dang ky khai sinh', '1.001193']) {
            const symbols = await session.connection.sendRequest<WorkspaceSymbol[]>('workspace/symbol', { query });
            const names = symbols.map(symbol => symbol.name);
            expect(names, query).toContain('Đăng ký khai sinh · DangKyKhaiSinh · 1.001193 · dang ky khai sinh');
        }
    });

    test('leaves an item\'s documentation to completionItem/resolve for a client that asks for it lazily, as VS Code does', async () => {
        expect(session.initialize.capabilities.completionProvider?.resolveProvider).toBe(true);
        const lazy = await startSession('examples', {}, { completionItem: { snippetSupport: true, insertReplaceSupport: true, resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } } });
        try {
            const { uri, text } = await session.open(KHAI_SINH);
            await lazy.open(KHAI_SINH);
            const position = positionOf(text, 'by TTPVHCCXa.CongChucTiepNhan', 3);
            const itemsOf = async (client: LspSession): Promise<CompletionItem[]> => {
                const result = await client.connection.sendRequest<CompletionList | CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
                return Array.isArray(result) ? result : result.items;
            };
            const eager = (await itemsOf(session)).find(item => item.label === 'UBNDXa.ChuTich')!;
            const item = (await itemsOf(lazy)).find(item => item.label === 'UBNDXa.ChuTich')!;
            expect(eager.documentation).toMatchObject({ kind: 'markdown' });
            expect(item.documentation).toBeUndefined();
            expect(item.detail).toBe(eager.detail);
            const resolved = await lazy.connection.sendRequest<CompletionItem>('completionItem/resolve', item);
            expect(resolved.documentation).toEqual(eager.documentation);
            // What comes back from the client is not trusted: an item that names nothing the server holds stays as it is.
            const catalogue = (item.data as { uri: string }).uri;
            for (const [label, data] of [[item.label, undefined], [item.label, { uri: 'file:///etc/passwd.tthc', path: '/' }], [item.label, { uri: 42, path: [] }], ['Object', { uri: catalogue, path: '/constructor' }]] as const) {
                const odd = { ...item, label, data };
                expect(await lazy.connection.sendRequest<CompletionItem>('completionItem/resolve', odd)).toEqual(odd);
            }
        } finally {
            await lazy.close();
        }
    });

    test('completes the step names of the procedure after ->', async () => {
        const { uri, text } = await session.open(KHAI_SINH);
        const result = await session.connection.sendRequest<CompletionList | CompletionItem[]>('textDocument/completion', {
            textDocument: { uri }, position: positionOf(text, '-> ThamDinh', 3)
        });
        const labels = (Array.isArray(result) ? result : result.items).map(item => item.label);
        expect(labels).toEqual(expect.arrayContaining(['ThamDinh', 'KyGiayKhaiSinh', 'TraKetQua']));
        expect(labels).not.toContain('TiepNhan');
    });

    test('hovers a unit reference with its title, level and kind', async () => {
        const { uri, text } = await session.open(KHAI_SINH);
        const hover = await session.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'authority UBNDXa', 11) });
        const value = typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : JSON.stringify(hover.contents);
        expect(value).toContain('Ủy ban nhân dân xã, phường, đặc khu');
        expect(value).toMatch(/commune/);
        expect(value).toMatch(/people-committee/);
    });

    test('goes to the definition of a position in the catalogue', async () => {
        const { uri, text } = await session.open(KHAI_SINH);
        const result = await session.connection.sendRequest<Array<Location | LocationLink>>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'UBNDXa.ChuTich', 8) });
        const target = result[0];
        const [targetUri, range] = 'targetUri' in target ? [target.targetUri, target.targetSelectionRange] : [target.uri, target.range];
        expect(targetUri).toMatch(/examples\/lam-dong\/catalogue\.tthc$/);
        // The line of `position ChuTich` in unit UBNDXa, found in the catalogue rather than hard-coded: the example grows.
        const catalogue = readFileSync(fileURLToPath(targetUri), 'utf8').split('\n');
        const unit = catalogue.findIndex(line => line.trim().startsWith('unit UBNDXa '));
        expect(range.start.line).toBe(catalogue.findIndex((line, i) => i > unit && line.trim().startsWith('position ChuTich ')));
    });

    test('finds the references to a position across the procedures of its project', async () => {
        const { uri, text } = await session.open(KHAI_SINH);
        const locations = await session.connection.sendRequest<Location[]>('textDocument/references', { textDocument: { uri }, position: positionOf(text, 'UBNDXa.ChuTich', 8), context: { includeDeclaration: true } });
        const files = new Set(locations.map(l => l.uri.replace(/^.*\/examples\//, '')));
        expect(files).toContain('lam-dong/catalogue.tthc');
        expect(files).toContain(KHAI_SINH);
        expect(files.size).toBeGreaterThan(3);
        expect([...files].every(f => f.startsWith('lam-dong/'))).toBe(true);
    });

    test('renames a unit across the catalogue and the procedures, keeping the positions', async () => {
        const { uri, text } = await session.open(KHAI_SINH);
        const edit = await session.connection.sendRequest<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: positionOf(text, 'authority UBNDXa', 11), newName: 'UyBanXa' });
        const files = Object.keys(edit.changes ?? {});
        expect(files.some(f => f.endsWith('lam-dong/catalogue.tthc'))).toBe(true);
        expect(files.length).toBeGreaterThan(5);
        expect(files.every(f => f.includes('/lam-dong/'))).toBe(true);
        const renamed = applied(text, edit.changes![uri]);
        expect(renamed).toContain('authority UyBanXa');
        expect(renamed).toContain('by UyBanXa.ChuTich');
        expect(renamed).not.toMatch(/\bUBNDXa\b/);
    });

    test('formats a document back to the house layout, keeping its comments', async () => {
        const { uri, text } = await session.open(KHAI_SINH);
        const messy = text.replace('    code 1.001193', 'code    1.001193').replace('    step KyGiayKhaiSinh', '  step   KyGiayKhaiSinh');
        await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: messy }] });
        const edits = await session.connection.sendRequest<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
        expect(applied(messy, edits)).toBe(text);
        await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
    });

    test('shows the cumulative time as inlay hints and the planned time as a code lens', async () => {
        const { uri, text } = await session.open(KHAI_SINH);
        const lines = text.split('\n').length;
        const hints = await session.connection.sendRequest<Array<{ label: string | Array<{ value: string }> }>>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } } });
        const labels = hints.map(h => (typeof h.label === 'string' ? h.label : h.label.map(p => p.value).join('')));
        expect(labels).toContain('Σ 1h');
        expect(labels).toContain('Σ 1wd');
        const lenses = await session.connection.sendRequest<Array<{ command?: { title: string; command: string } }>>('textDocument/codeLens', { textDocument: { uri } });
        expect(lenses.map(l => l.command?.title)).toContain('planned 1wd of 1 working day (received after 15:00: the next working day)');
        expect(lenses[0].command?.command).toBe('tthc.showDiagram');
    });

    test('draws the procedure under the cursor for the diagram view', async () => {
        const { uri, text } = await session.open(KHAI_SINH);
        const result = await session.connection.sendRequest<{ kind: string; procedure: string; svg: string; nodes: Record<string, unknown> }>('tthc/diagram', { uri, position: positionOf(text, 'step ThamDinh') });
        expect(result.kind).toBe('diagram');
        expect(result.procedure).toBe('DangKyKhaiSinh');
        const steps = [...text.matchAll(/^\s*step (\w+)/gm)].map(m => `step:${m[1]}`).sort();
        expect(Object.keys(result.nodes).sort()).toEqual(steps);
        for (const id of steps) expect(result.svg).toContain(`data-node="${id}"`);
    });

    test('explains why a procedure that cannot be drawn has no diagram', async () => {
        const { uri } = await session.open(LEGACY);
        const result = await session.connection.sendRequest<{ kind: string; reason: string }>('tthc/diagram', { uri });
        expect(result.kind).toBe('unavailable');
        expect(result.reason).toMatch(/district-level/);
    });

    test('renders the publication table of a procedure', async () => {
        const { uri } = await session.open(KHAI_SINH);
        const result = await session.connection.sendRequest<{ kind: string; html: string }>('tthc/publicationTable', { uri });
        expect(result.kind).toBe('table');
        expect(result.html).toContain('Ký Giấy khai sinh');
    });

    test('answers every request on every prefix of a file being typed, and keeps running', async () => {
        const { uri, text } = await session.open(KHAI_SINH);
        const requests = ['textDocument/hover', 'textDocument/completion', 'textDocument/documentSymbol', 'textDocument/semanticTokens/full', 'textDocument/formatting',
            'textDocument/inlayHint', 'textDocument/codeLens', 'textDocument/foldingRange', 'textDocument/codeAction', 'tthc/diagram', 'tthc/publicationTable'];
        let version = 10;
        // Cuts at 37 places, mid-word and mid-string included, then the whole text again.
        const cuts = Array.from({ length: 37 }, (_, i) => Math.floor((text.length * (i + 1)) / 38));
        for (const cut of [...cuts, text.length]) {
            const partial = text.slice(0, cut);
            await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: partial }] });
            const end = positionOf(partial + '\u0000', '\u0000');
            const whole = { start: { line: 0, character: 0 }, end };
            const params: Record<string, object> = {
                'textDocument/hover': { textDocument: { uri }, position: end },
                'textDocument/completion': { textDocument: { uri }, position: end },
                'textDocument/formatting': { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } },
                'textDocument/inlayHint': { textDocument: { uri }, range: whole },
                'textDocument/codeAction': { textDocument: { uri }, range: whole, context: { diagnostics: [] } },
                'tthc/diagram': { uri, position: end },
                'tthc/publicationTable': { uri, position: end }
            };
            for (const method of requests) {
                await expect(session.connection.sendRequest(method, params[method] ?? { textDocument: { uri } }), `${method} at ${cut}`).resolves.not.toThrow();
            }
        }
        expect(session.process.exitCode).toBeNull();
        const diagnostics = await session.diagnosticsOf(uri, d => d.length === 0);
        expect(diagnostics).toEqual([]);
    }, 120_000);

    test('lists the provinces of the workspace', async () => {
        const projects = await session.connection.sendRequest<Array<{ province: string }>>('tthc/projects', {});
        expect(projects.map(p => p.province)).toEqual(['LamDong', 'DakNong']);
    });
});

function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
    if (edit.changes?.[uri]) return edit.changes[uri];
    const change = edit.documentChanges?.find(c => 'textDocument' in c && c.textDocument.uri === uri);
    return change && 'edits' in change ? change.edits.filter((e): e is TextEdit => 'range' in e) : [];
}

export type { Diagnostic };
