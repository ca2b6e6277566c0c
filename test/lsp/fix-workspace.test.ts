import { fixWorkspace, quickFixData, type TthcLspServices } from '@tthc/language/lsp';
import type { CodeActionProvider } from 'langium/lsp';
import { describe, expect, test } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-types';
import { edit } from '../language/check-helper.js';
import { CATALOGUE, lspWorkspace, PROCEDURE, type LspWorkspace } from './lsp-workspace.js';

const CITATION = 'legal "60/2014/QH13" "Luật Hộ tịch"';
const OLD_CITATION = `${CITATION}\n  legal "61/2018/NĐ-CP" "Nghị định về thực hiện cơ chế một cửa, một cửa liên thông"`;
const NEW_CITATION = `${CITATION}\n  legal "118/2025/NĐ-CP" "Nghị định 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông"`;

async function workspaceOf(files: Record<string, string>, language?: 'en' | 'vi'): Promise<LspWorkspace> {
    return lspWorkspace({ 'catalogue.tthc': CATALOGUE, ...files }, language ? { language } : {});
}

function documentsOf(ws: LspWorkspace, ...paths: string[]) {
    return paths.map(path => ws.document(path));
}

function codes(ws: LspWorkspace, path: string): string[] {
    return (ws.document(path).diagnostics ?? []).map(d => String(d.code));
}

describe('fixWorkspace: the safe quick fixes, applied until nothing changes', () => {
    test('several safe findings of a file are all fixed in one run, and the findings are gone', async () => {
        const broken = edit(' on incomplete -> BoSung', '',
            edit('on rejected -> TuChoi', 'on rejected -> TuChoi on rejected -> TuChoi',
                edit('channel online time same-day fee 0 VND', 'channel online time same-day fee 2.000 VND',
                    edit(CITATION, OLD_CITATION))));
        const ws = await workspaceOf({ 'procedure.tthc': broken });
        expect(codes(ws, 'procedure.tthc').sort()).toEqual(['duplicate-outcome', 'fee-invalid', 'no-supplement-path', 'superseded-legal-basis', 'unreachable-step']);

        const result = await fixWorkspace(ws.services, documentsOf(ws, 'catalogue.tthc', 'procedure.tthc'));

        const expected = edit('channel online time same-day fee 0 VND', 'channel online time same-day fee 2_000 VND', edit(CITATION, NEW_CITATION));
        expect(result.converged).toBe(true);
        expect(result.passes).toBe(1);
        expect(result.syntaxErrors).toEqual([]);
        expect(result.documents.map(d => d.uri)).toEqual([ws.uri('procedure.tthc')]);
        const [fixed] = result.documents;
        expect(fixed.original).toBe(broken);
        expect(fixed.text).toBe(expected);
        expect(fixed.fixes.map(f => `${f.line}:${f.column} ${f.code} ${f.title}`)).toEqual([
            '9:9 superseded-legal-basis Cite 118/2025/NĐ-CP instead of 61/2018/NĐ-CP',
            '11:36 fee-invalid Write 2_000 (2.000 reads as a decimal)',
            "15:8 no-supplement-path Add 'on incomplete -> BoSung' to 'TiepNhan'",
            "16:106 duplicate-outcome Remove the repeated 'on rejected -> TuChoi'"
        ]);
        // The workspace holds the fixed text, linked and validated again.
        expect(ws.document('procedure.tthc').textDocument.getText()).toBe(expected);
        expect(codes(ws, 'procedure.tthc')).toEqual([]);
        // A second run finds nothing left to do.
        const again = await fixWorkspace(ws.services, documentsOf(ws, 'catalogue.tthc', 'procedure.tthc'));
        expect(again).toEqual({ documents: [], syntaxErrors: [], passes: 0, converged: true });
    });

    test('two fixes whose edits meet are applied in two passes, never together', async () => {
        // The supplement path is appended where the repeated transition ends: the removal waits a pass.
        const broken = edit('produces Mau01 -> ThamDinh on incomplete -> BoSung', 'produces Mau01 -> ThamDinh -> ThamDinh');
        const ws = await workspaceOf({ 'procedure.tthc': broken });
        expect(codes(ws, 'procedure.tthc').sort()).toEqual(['duplicate-outcome', 'no-supplement-path', 'unreachable-step']);

        const result = await fixWorkspace(ws.services, documentsOf(ws, 'procedure.tthc'));

        expect(result.passes).toBe(2);
        expect(result.converged).toBe(true);
        expect(result.documents[0].text).toBe(PROCEDURE);
        expect(result.documents[0].fixes.map(f => f.code)).toEqual(['no-supplement-path', 'duplicate-outcome']);
    });

    test('a run that does not settle within maxPasses stops and says so', async () => {
        const broken = edit('produces Mau01 -> ThamDinh on incomplete -> BoSung', 'produces Mau01 -> ThamDinh -> ThamDinh');
        const ws = await workspaceOf({ 'procedure.tthc': broken });

        const result = await fixWorkspace(ws.services, documentsOf(ws, 'procedure.tthc'), { maxPasses: 1 });

        expect(result.passes).toBe(1);
        expect(result.converged).toBe(false);
        expect(result.documents[0].fixes.map(f => f.code)).toEqual(['no-supplement-path']);
        expect(codes(ws, 'procedure.tthc')).toEqual(['duplicate-outcome']);
        expect(result.documents[0].text).toBe(edit('produces Mau01 -> ThamDinh on incomplete -> BoSung', 'produces Mau01 -> ThamDinh -> ThamDinh on incomplete -> BoSung'));
    });

    test('fixes that are not safe are left alone: a guessed name, a choice between values, a question for the author', async () => {
        const broken = edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 0.5d',
            edit('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich 2h by VanPhongXa.TuPhap',
                edit('return by TTPVHCCXa.CongChuc 1h', 'return by TTPVHCCXa.CongChuk 1h')));
        const ws = await workspaceOf({ 'procedure.tthc': broken });
        expect(codes(ws, 'procedure.tthc').sort()).toEqual(['day-kind-unstated', 'duplicate-attribute', 'signer-not-authority', 'unknown-reference']);

        const result = await fixWorkspace(ws.services, documentsOf(ws, 'procedure.tthc'));

        expect(result).toEqual({ documents: [], syntaxErrors: [], passes: 0, converged: true });
        expect(ws.document('procedure.tthc').textDocument.getText()).toBe(broken);
    });

    test('a file that does not parse is left alone and reported; the others are fixed', async () => {
        const fee = 'channel online time same-day fee 0 VND';
        const unparsable = edit(fee, 'channel online time same-day fee 2.000 VND', edit('result "Giấy khai sinh"', 'result "Giấy khai sinh" step {'));
        const ws = await workspaceOf({ 'a.tthc': unparsable, 'procedure.tthc': edit(fee, 'channel online time same-day fee 2.000 VND') });

        const result = await fixWorkspace(ws.services, documentsOf(ws, 'a.tthc', 'procedure.tthc'));

        expect(result.syntaxErrors).toEqual([ws.uri('a.tthc')]);
        expect(result.documents.map(d => d.uri)).toEqual([ws.uri('procedure.tthc')]);
        expect(result.documents[0].text).toBe(edit(fee, 'channel online time same-day fee 2_000 VND'));
        expect(ws.document('a.tthc').textDocument.getText()).toBe(unparsable);
    });

    test('an action that edits several files changes each of them, the finding listed with its own file', async () => {
        const procedure = edit('TuPhap 4h', 'TuPhap 0.5d');
        const ws = await workspaceOf({ 'procedure.tthc': procedure });
        // No fix of the language edits two files and is safe today: a provider that offers one as safe
        // (both 'days working' fixes of day-kind-unstated as one action) stands in for it.
        const real = ws.services.lsp.CodeActionProvider!;
        const bothFiles: CodeActionProvider = {
            async getCodeActions(document, params) {
                const actions = (await real.getCodeActions(document, params) ?? []) as CodeAction[];
                if (params.context.diagnostics[0]?.code !== 'day-kind-unstated' || actions.length !== 2) return actions;
                const changes = { ...actions[0].edit!.changes!, ...actions[1].edit!.changes! };
                return [{ ...actions[0], title: 'Both', edit: { changes }, data: { safe: true } }];
            }
        };
        const services = Object.create(ws.services, { lsp: { value: { ...ws.services.lsp, CodeActionProvider: bothFiles } } }) as TthcLspServices;

        const result = await fixWorkspace(services, documentsOf(ws, 'catalogue.tthc', 'procedure.tthc'));

        expect(result.documents.map(d => [d.uri, d.fixes.map(f => `${f.code} ${f.title}`)])).toEqual([
            [ws.uri('catalogue.tthc'), []],
            [ws.uri('procedure.tthc'), ['day-kind-unstated Both']]
        ]);
        expect(result.documents[0].text).toBe(edit('agency 000.00.00.H39 {', 'agency 000.00.00.H39 days working {', CATALOGUE));
        expect(result.documents[1].text).toBe(edit('  sector "Hộ tịch"\n', '  sector "Hộ tịch"\n  days working\n', procedure));
    });

    test('titles speak the language of the services', async () => {
        const ws = await workspaceOf({ 'procedure.tthc': edit('channel online time same-day fee 0 VND', 'channel online time same-day fee 2.000 VND') }, 'vi');
        const result = await fixWorkspace(ws.services, documentsOf(ws, 'procedure.tthc'));
        expect(result.documents[0].fixes.map(f => f.title)).toEqual([expect.stringContaining('2_000')]);
        expect(result.documents[0].fixes[0].title).not.toBe('Write 2_000 (2.000 reads as a decimal)');
    });
});

describe('which fixes are marked safe', () => {
    async function actionsFor(source: string, code: string): Promise<CodeAction[]> {
        const ws = await workspaceOf({ 'procedure.tthc': source });
        const diagnostic = (ws.document('procedure.tthc').diagnostics ?? []).find(d => d.code === code);
        expect(diagnostic, code).toBeDefined();
        return (await ws.services.lsp.CodeActionProvider!.getCodeActions(ws.document('procedure.tthc'), {
            textDocument: { uri: ws.uri('procedure.tthc') }, range: diagnostic!.range, context: { diagnostics: [diagnostic!] }
        }) ?? []) as CodeAction[];
    }
    const safety = (actions: readonly CodeAction[]) => actions.map(a => [a.title, quickFixData(a).safe === true]);

    test('leading a path to the one return step is safe; adding a return step is not', async () => {
        expect(safety(await actionsFor(edit(' -> TraKetQua', ''), 'last-step-return'))).toEqual([["Lead 'KyDuyet' to the return step 'TraKetQua'", true]]);
        const noReturn = edit('  step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc 1h\n', '', edit(' -> TraKetQua', ''));
        const added = await actionsFor(noReturn, 'last-step-return');
        expect(added).toHaveLength(1);
        expect(quickFixData(added[0])).toEqual({ fix: 'add-return-step' });
    });

    test('the reception moves to the level\'s one one-stop unit; another first step is not reassigned unattended', async () => {
        const reception = await actionsFor(edit('reception by TTPVHCCXa.CongChuc', 'reception by VanPhongXa.TuPhap'), 'first-step-reception');
        expect(safety(reception)).toEqual([['Assign to TTPVHCCXa.CongChuc (commune one-stop: Trung tâm Phục vụ hành chính công xã)', true]]);
        const appraisal = await actionsFor(edit('reception by TTPVHCCXa.CongChuc', 'appraisal by VanPhongXa.TuPhap'), 'first-step-reception');
        expect(appraisal.filter(a => quickFixData(a).safe)).toEqual([]);
    });

    test('a repetition with different values offers two fixes, neither safe', async () => {
        const actions = await actionsFor(edit('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich 2h by VanPhongXa.TuPhap'), 'duplicate-attribute');
        expect(actions.map(a => quickFixData(a).safe ?? false)).toEqual([false, false]);
    });
});
