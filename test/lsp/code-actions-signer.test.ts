// The quick fixes of `signer-not-authority`: the leadership of the procedure's authority signs.
import { isSuppressionAction } from '@tthc/language/lsp';
import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { edit } from '../language/check-helper.js';
import { applyEdits, CATALOGUE, lspWorkspace, type LspWorkspace } from './lsp-workspace.js';

// The People's Committee of the commune with two leader positions.
const TWO_LEADERS = edit('    position ChuTich "Chủ tịch Ủy ban nhân dân xã" leader',
    '    position ChuTich "Chủ tịch Ủy ban nhân dân xã" leader\n    position PhoChuTich "Phó Chủ tịch Ủy ban nhân dân xã" leader\n    position VanThu "Văn thư"', CATALOGUE);
const UNIT = 'commune people-committee: Ủy ban nhân dân xã';

async function signerFinding(procedure: string): Promise<{ ws: LspWorkspace; diagnostic: Diagnostic; actions: CodeAction[] }> {
    const ws = await lspWorkspace({ 'catalogue.tthc': TWO_LEADERS, 'procedure.tthc': procedure });
    const found = (ws.document('procedure.tthc').diagnostics ?? []).filter(d => d.code === 'signer-not-authority');
    expect(found).toHaveLength(1);
    const diagnostic = found[0];
    const actions = ((await ws.services.lsp.CodeActionProvider!.getCodeActions(ws.document('procedure.tthc'), {
        textDocument: { uri: ws.uri('procedure.tthc') }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    }) ?? []) as CodeAction[]).filter(a => !isSuppressionAction(a));
    for (const action of actions) {
        expect(action.kind).toBe('quickfix');
        expect(action.diagnostics).toEqual([diagnostic]);
    }
    return { ws, diagnostic, actions };
}

/** Applies a fix and returns the procedure's diagnostics afterwards. */
async function apply(ws: LspWorkspace, action: CodeAction): Promise<{ text: string; codes: string[] }> {
    const edits = action.edit!.changes![ws.uri('procedure.tthc')];
    await ws.write('procedure.tthc', applyEdits(ws.document('procedure.tthc').textDocument.getText(), edits));
    return { text: ws.document('procedure.tthc').textDocument.getText(), codes: (ws.document('procedure.tthc').diagnostics ?? []).map(d => String(d.code)) };
}

describe('quick fixes: signer-not-authority', () => {
    const signedBy = (signer: string): string => edit('approval by UBNDXa.ChuTich', `approval by ${signer}`);

    test('the leadership of the authority, then each of its leader positions; each fix leaves the procedure clean', async () => {
        const { actions } = await signerFinding(signedBy('VanPhongXa.TuPhap'));
        expect(actions.map(a => [a.title, a.isPreferred ?? false])).toEqual([
            [`Assign to leaders of UBNDXa (${UNIT})`, false],
            [`Assign to UBNDXa.ChuTich (${UNIT})`, false],
            [`Assign to UBNDXa.PhoChuTich (${UNIT})`, false]
        ]);
        for (const [index, signer] of ['leaders of UBNDXa', 'UBNDXa.ChuTich', 'UBNDXa.PhoChuTich'].entries()) {
            const { ws, actions: fresh } = await signerFinding(signedBy('VanPhongXa.TuPhap'));
            const after = await apply(ws, fresh[index]);
            expect(after.text).toBe(signedBy(signer));
            expect(after.codes).toEqual([]);
        }
    });

    test('the leadership of another unit is replaced whole, and stays assigned', async () => {
        const { ws, actions } = await signerFinding(signedBy('leaders of VanPhongXa assigned'));
        const after = await apply(ws, actions[0]);
        expect(after.text).toBe(signedBy('leaders of UBNDXa assigned'));
        expect(after.codes).toEqual([]);
    });

    test('the Vietnamese titles', async () => {
        const ws = await lspWorkspace({ 'catalogue.tthc': TWO_LEADERS, 'procedure.tthc': signedBy('VanPhongXa.TuPhap') }, { language: 'vi' });
        const diagnostic = (ws.document('procedure.tthc').diagnostics ?? []).find(d => d.code === 'signer-not-authority')!;
        const actions = (await ws.services.lsp.CodeActionProvider!.getCodeActions(ws.document('procedure.tthc'), {
            textDocument: { uri: ws.uri('procedure.tthc') }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) ?? []) as CodeAction[];
        expect(actions[0].title).toBe('Giao cho leaders of UBNDXa (people-committee cấp xã: Ủy ban nhân dân xã)');
    });
});
