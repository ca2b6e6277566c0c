// The quick fixes of suppressions: "Suppress '<code>' here…" for a finding (a comment with a placeholder reason, never
// applied unattended), and the removal of an unused suppression.
import { fixWorkspace, isSuppressionAction } from '@tthc/language/lsp';
import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { edit } from '../language/check-helper.js';
import { applyEdits, CATALOGUE, lspWorkspace, PROCEDURE, type LspWorkspace } from './lsp-workspace.js';

const EXTRA = '  step Extra "Bước thêm" appraisal by VanPhongXa.TuPhap 1h\n';
const UNREACHABLE = edit('  step BoSung', `${EXTRA}  step BoSung`, PROCEDURE);

async function actionsOf(ws: LspWorkspace, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return (await ws.services.lsp.CodeActionProvider!.getCodeActions(ws.document('procedure.tthc'), {
        textDocument: { uri: ws.uri('procedure.tthc') }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    }) ?? []) as CodeAction[];
}

function only(ws: LspWorkspace, code: string): Diagnostic {
    const found = (ws.document('procedure.tthc').diagnostics ?? []).filter(d => d.code === code);
    expect(found, code).toHaveLength(1);
    return found[0]!;
}

describe('suppress a finding', () => {
    test('adds `// tthc-ignore <code>: REASON` above the finding\'s line, indented like it; the placeholder stays a finding', async () => {
        const ws = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': UNREACHABLE });
        const [action, ...rest] = await actionsOf(ws, only(ws, 'unreachable-step'));
        expect(rest).toEqual([]);
        expect(action).toMatchObject({ title: "Suppress 'unreachable-step' here (then write the reason)…", kind: 'quickfix' });
        expect(isSuppressionAction(action!)).toBe(true);
        const text = applyEdits(UNREACHABLE, action!.edit!.changes![ws.uri('procedure.tthc')]!);
        expect(text).toBe(edit(EXTRA, `  // tthc-ignore unreachable-step: REASON\n${EXTRA}`, UNREACHABLE));

        const after = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': text });
        expect((after.document('procedure.tthc').diagnostics ?? []).map(d => d.code).sort()).toEqual(['suppression-without-reason', 'unreachable-step']);
        const reasoned = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': text.replace('REASON', 'kept for the archive (Decision 123/QĐ-UBND)') });
        expect(reasoned.document('procedure.tthc').diagnostics).toEqual([]);
    });

    test('in Vietnamese: the title and the placeholder reason', async () => {
        const ws = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': UNREACHABLE }, { language: 'vi' });
        const [action] = await actionsOf(ws, only(ws, 'unreachable-step'));
        expect(action?.title).toBe("Bỏ qua 'unreachable-step' tại đây (sau đó ghi lý do)…");
        expect(applyEdits(UNREACHABLE, action!.edit!.changes![ws.uri('procedure.tthc')]!)).toContain('  // tthc-ignore unreachable-step: LÝ DO\n');
    });

    test('is not offered for a finding that may not be suppressed, and is never applied unattended', async () => {
        const ws = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': edit('by VanPhongXa.TuPhap 1h', 'by VanPhongXa.TuPhapp 1h', UNREACHABLE) });
        expect((await actionsOf(ws, only(ws, 'unknown-reference'))).filter(isSuppressionAction)).toEqual([]);
        const fixed = await fixWorkspace(ws.services, [ws.document('procedure.tthc')]);
        expect(fixed.documents.flatMap(d => d.fixes)).toEqual([]);
    });
});

describe('remove an unused suppression', () => {
    test('removes the comment\'s line; a comment after code loses only itself', async () => {
        const alone = edit('  step TuChoi', '  // tthc-ignore unreachable-step: not this one\n  step TuChoi', PROCEDURE);
        const ws = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': alone });
        const remove = (await actionsOf(ws, only(ws, 'unused-suppression'))).find(a => a.title === 'Remove the unused suppression');
        expect(applyEdits(alone, remove!.edit!.changes![ws.uri('procedure.tthc')]!)).toBe(PROCEDURE);

        const trailing = edit('produces Mau03', 'produces Mau03 // tthc-ignore unreachable-step: not this one', PROCEDURE);
        const ws2 = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': trailing });
        const remove2 = (await actionsOf(ws2, only(ws2, 'unused-suppression'))).find(a => a.title === 'Remove the unused suppression');
        expect(applyEdits(trailing, remove2!.edit!.changes![ws2.uri('procedure.tthc')]!)).toBe(PROCEDURE);
    });

    test('a comment that names another code still in use is left alone', async () => {
        const both = edit(EXTRA, `  // tthc-ignore unreachable-step, missing-approval: kept for the archive\n${EXTRA}`, UNREACHABLE);
        const ws = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': both });
        const actions = await actionsOf(ws, only(ws, 'unused-suppression'));
        expect(actions.map(a => a.title)).toEqual([]);
    });
});
