// Rule settings and suppressions in the bundled language server, driven by a real LSP client over stdio: the quick
// fix that adds a suppression with a placeholder reason, the reason that makes it count, and an edit of
// tthc-rules.json on disk (a watched-file event) that revalidates the open procedure and is itself checked.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { CATALOGUE, PROCEDURE } from '../language/check-helper.js';
import { tempWorkspace } from '../cli/run-cli.js';
import { startSession, type LspSession } from './lsp-client.js';

const EXTRA = '  step Extra "Bước thêm" appraisal by VanPhongXa.TuPhap 1h\n';
let folder: string;
let session: LspSession;

beforeAll(async () => {
    folder = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': PROCEDURE.replace('  step BoSung', `${EXTRA}  step BoSung`) });
    session = await startSession(folder);
});

afterAll(async () => {
    await session?.close();
});

const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map(d => String(d.code)).sort();

describe('rule settings and suppressions in the language server', () => {
    test('suppress with the quick fix, give the reason, then change tthc-rules.json on disk', async () => {
        const { uri, text } = await session.open('p.tthc');
        const [finding] = await session.diagnosticsOf(uri, d => d.length > 0);
        expect(finding?.code).toBe('unreachable-step');

        const actions = await session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri }, range: finding!.range, context: { diagnostics: [finding], only: ['quickfix'] }
        });
        const suppress = actions.find(a => a.title === "Suppress 'unreachable-step' here (then write the reason)…");
        expect(suppress, actions.map(a => a.title).join(' | ')).toBeDefined();
        expect(suppress!.isPreferred).not.toBe(true);
        const edits = suppress!.edit!.changes![uri] as TextEdit[];
        const withPlaceholder = TextDocument.applyEdits(TextDocument.create(uri, 'tthc', 1, text), edits);
        expect(withPlaceholder).toContain(`  // tthc-ignore unreachable-step: REASON\n${EXTRA}`);

        // The placeholder is no reason: the suppression is a finding and the error stays.
        await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: withPlaceholder }] });
        expect(codes(await session.diagnosticsOf(uri, d => d.some(x => x.code === 'suppression-without-reason')))).toEqual(['suppression-without-reason', 'unreachable-step']);

        const reasoned = withPlaceholder.replace('REASON', 'Quyết định 123/QĐ-UBND giữ bước này');
        await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: reasoned }] });
        expect(await session.diagnosticsOf(uri, d => d.length === 0)).toEqual([]);

        // The project turns the rule off (and names a code that does not exist): the suppression now suppresses
        // nothing, and the settings file gets its own finding, linked to its rule.
        const settings = join(folder, 'tthc-rules.json');
        const settingsUri = pathToFileURL(settings).toString();
        writeFileSync(settings, '{\n  "rules": { "unreachable-step": "off", "no-such-rule": "off" }\n}\n');
        await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: settingsUri, type: 1 }] });
        expect(codes(await session.diagnosticsOf(uri, d => d.length > 0))).toEqual(['unused-suppression']);
        const [invalid] = await session.diagnosticsOf(settingsUri, d => d.length > 0);
        expect(invalid).toMatchObject({ code: 'config-invalid', severity: 1, range: { start: { line: 1, character: 40 } } });
        expect(invalid!.codeDescription?.href).toMatch(/docs\/rules\.md#config-invalid$/);

        // Corrected on disk: its findings are cleared.
        writeFileSync(settings, '{\n  "rules": { "unreachable-step": "off" }\n}\n');
        await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: settingsUri, type: 2 }] });
        expect(await session.diagnosticsOf(settingsUri, d => d.length === 0)).toEqual([]);
        expect(codes(session.diagnostics.get(uri) ?? [])).toEqual(['unused-suppression']);
    });
});
