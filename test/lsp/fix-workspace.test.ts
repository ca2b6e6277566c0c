import { fixWorkspace, isSuppressionAction, quickFixData, type TthcLspServices } from '@tthc/language/lsp';
import type { CodeActionProvider } from 'langium/lsp';
import { describe, expect, test, vi } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-types';
import { edit } from '../language/check-helper.js';
import { applyEdits, CATALOGUE, lspWorkspace, PROCEDURE, type LspWorkspace } from './lsp-workspace.js';

const CITATION = 'legal "60/2014/QH13" "Luật Hộ tịch"';
const OLD_CITATION = `${CITATION}\n  legal "61/2018/NĐ-CP" "Nghị định về thực hiện cơ chế một cửa, một cửa liên thông"`;
const NEW_CITATION = `${CITATION}\n  legal "118/2025/NĐ-CP" "Nghị định 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông"`;

async function workspaceOf(files: Record<string, string>, language?: 'en' | 'vi'): Promise<LspWorkspace> {
    return lspWorkspace({ 'catalogue.tthc': CATALOGUE, ...files }, language ? { language } : {});
}

function documentsOf(ws: LspWorkspace, ...paths: string[]) {
    return paths.map(path => ws.document(path));
}

const withFee = (text: string): string => edit('channel online time same-day fee 0 VND', 'channel online time same-day fee 2.000 VND', text);

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
        expect(again).toEqual({ documents: [], syntaxErrors: [], brokenByFixes: [], passes: 0, converged: true });
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

        expect(result).toEqual({ documents: [], syntaxErrors: [], brokenByFixes: [], passes: 0, converged: true });
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
                const actions = ((await real.getCodeActions(document, params) ?? []) as CodeAction[]).filter(a => !isSuppressionAction(a));
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

    test('a fix that would break a file is undone with its pass; the file is left alone, the other fixes are applied', async () => {
        const fee = 'channel online time same-day fee 0 VND';
        const ws = await workspaceOf({ 'a.tthc': withFee(PROCEDURE), 'b.tthc': withFee(PROCEDURE.replace('procedure KhaiSinh', 'procedure KhaiTu').replace('code 1.001193', 'code 1.000656')) });
        // A defective safe fix stands in: in a.tthc, it writes '2_000 {' for '2.000'.
        const real = ws.services.lsp.CodeActionProvider!;
        const breaking: CodeActionProvider = {
            async getCodeActions(document, params) {
                const actions = (await real.getCodeActions(document, params) ?? []) as CodeAction[];
                if (!document.uri.toString().endsWith('a.tthc')) return actions;
                return actions.map(action => {
                    const [uri, edits] = Object.entries(action.edit!.changes!)[0];
                    return { ...action, edit: { changes: { [uri]: edits.map(e => ({ ...e, newText: `${e.newText} {` })) } } };
                });
            }
        };
        const services = Object.create(ws.services, { lsp: { value: { ...ws.services.lsp, CodeActionProvider: breaking } } }) as TthcLspServices;

        const result = await fixWorkspace(services, documentsOf(ws, 'a.tthc', 'b.tthc'));

        expect(result.brokenByFixes).toEqual([ws.uri('a.tthc')]);
        expect(result.passes).toBe(1);
        expect(result.converged).toBe(true);
        expect(result.documents.map(d => d.uri)).toEqual([ws.uri('b.tthc')]);
        expect(ws.document('a.tthc').textDocument.getText()).toBe(withFee(PROCEDURE));
        expect(codes(ws, 'a.tthc')).toEqual(['fee-invalid']);
        expect(result.documents[0].text).toContain(fee.replace('0 VND', '2_000 VND'));
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
        // "Suppress … here" is never safe: test/lsp/suppress-fixes.test.ts.
        return ((await ws.services.lsp.CodeActionProvider!.getCodeActions(ws.document('procedure.tthc'), {
            textDocument: { uri: ws.uri('procedure.tthc') }, range: diagnostic!.range, context: { diagnostics: [diagnostic!] }
        }) ?? []) as CodeAction[]).filter(a => !isSuppressionAction(a));
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

    test('a reception whose procedure has no level yet is not reassigned unattended, even to the only one-stop unit', async () => {
        const oneOneStop = CATALOGUE.replace(/ {2}unit TTPVHCCTinh [^]*?\n {2}}\n/, '');
        expect(oneOneStop).not.toContain('TTPVHCCTinh');
        const ws = await lspWorkspace({ 'catalogue.tthc': oneOneStop, 'procedure.tthc': edit('  level commune\n  authority UBNDXa\n', '', edit('reception by TTPVHCCXa.CongChuc', 'reception by VanPhongXa.TuPhap')) });
        const document = ws.document('procedure.tthc');
        const diagnostic = (document.diagnostics ?? []).find(d => d.code === 'first-step-reception');
        expect(diagnostic, JSON.stringify(document.diagnostics?.map(d => d.code))).toBeDefined();
        const actions = (await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: ws.uri('procedure.tthc') }, range: diagnostic!.range, context: { diagnostics: [diagnostic!] }
        }) ?? []) as CodeAction[];
        // Suppressing is never done unattended either.
        expect(safety(actions)).toEqual([
            ['Assign to TTPVHCCXa.CongChuc (commune one-stop: Trung tâm Phục vụ hành chính công xã)', false],
            ["Suppress 'first-step-reception' here (then write the reason)…", false]
        ]);
    });

    test('a repetition with different values offers two fixes, neither safe', async () => {
        const actions = await actionsFor(edit('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich 2h by VanPhongXa.TuPhap'), 'duplicate-attribute');
        expect(actions.map(a => quickFixData(a).safe ?? false)).toEqual([false, false]);
    });
});

describe('the catalogue\'s units, read once for many findings', () => {
    const DISTRICT = `
  unit MotCuaHuyen "Bộ phận Một cửa huyện" level district kind one-stop {
    position CongChuc "Công chức tiếp nhận và trả kết quả"
  }
  form Mau01`;
    const catalogue = edit('\n  form Mau01', DISTRICT, CATALOGUE);
    const procedure = PROCEDURE.replaceAll('by TTPVHCCXa.CongChuc', 'by MotCuaHuyen.CongChuc');

    async function titlesFor(ws: LspWorkspace): Promise<string[][]> {
        const document = ws.document('procedure.tthc');
        const titles: string[][] = [];
        for (const diagnostic of (document.diagnostics ?? []).filter(d => d.code === 'district-level')) {
            const actions = (await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: ws.uri('procedure.tthc') }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
            }) ?? []) as CodeAction[];
            titles.push(actions.map(a => a.title));
        }
        return titles;
    }

    test('the fixes of every district finding walk the project\'s files once, not once per finding', async () => {
        const ws = await workspaceOf({ 'catalogue.tthc': catalogue, 'procedure.tthc': procedure });
        const projects = ws.services.workspace.Projects;
        const membersOf = vi.spyOn(projects, 'membersOf');
        const titles = await titlesFor(ws);
        expect(titles.length).toBeGreaterThan(3);
        expect(membersOf).toHaveBeenCalledTimes(1);
    });

    test('a unit added to the catalogue is offered at once: the units are read again after a change', async () => {
        const ws = await workspaceOf({ 'catalogue.tthc': catalogue, 'procedure.tthc': procedure });
        expect((await titlesFor(ws))[0]).not.toContainEqual(expect.stringContaining('TTPVHCCXa2'));
        await ws.write('catalogue.tthc', edit('\n  form Mau01', `
  unit TTPVHCCXa2 "Trung tâm Phục vụ hành chính công xã (điểm 2)" level commune kind one-stop {
    position CongChuc "Công chức tiếp nhận và trả kết quả"
  }
  form Mau01`, catalogue));
        expect((await titlesFor(ws))[0]).toContainEqual(expect.stringContaining('TTPVHCCXa2'));
    });
});

describe('"Fix all safe problems": the source.fixAll.tthc action of a document', () => {
    async function fixAllOf(ws: LspWorkspace, path: string, only: string[]): Promise<CodeAction[]> {
        const document = ws.document(path);
        return (await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: ws.uri(path) },
            range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) },
            context: { diagnostics: [], only }
        }) ?? []) as CodeAction[];
    }

    test('one action with the safe fix of every finding, asked for as source, source.fixAll or source.fixAll.tthc', async () => {
        const broken = edit('channel online time same-day fee 0 VND', 'channel online time same-day fee 2.000 VND',
            edit('on rejected -> TuChoi', 'on rejected -> TuChoi on rejected -> TuChoi', edit(CITATION, OLD_CITATION)));
        const ws = await workspaceOf({ 'procedure.tthc': broken });
        for (const only of [['source'], ['source.fixAll'], ['source.fixAll.tthc']]) {
            const actions = await fixAllOf(ws, 'procedure.tthc', only);
            expect(actions.map(a => [a.title, a.kind]), only[0]).toEqual([['Fix all safe problems', 'source.fixAll.tthc']]);
            expect(actions[0].diagnostics?.map(d => d.code)).toEqual(['superseded-legal-basis', 'fee-invalid', 'duplicate-outcome']);
            expect(applyEdits(broken, actions[0].edit!.changes![ws.uri('procedure.tthc')])).toBe(
                edit('channel online time same-day fee 0 VND', 'channel online time same-day fee 2_000 VND', edit(CITATION, NEW_CITATION)));
        }
        // Not among the quick fixes of the light bulb, nor for another kind.
        expect(await fixAllOf(ws, 'procedure.tthc', ['quickfix'])).toEqual([]);
        expect(await fixAllOf(ws, 'procedure.tthc', ['refactor'])).toEqual([]);
    });

    test('of two fixes whose edits meet, the first; nothing when no fix is safe; in Vietnamese', async () => {
        const ws = await workspaceOf({ 'procedure.tthc': edit('produces Mau01 -> ThamDinh on incomplete -> BoSung', 'produces Mau01 -> ThamDinh -> ThamDinh') });
        const [action] = await fixAllOf(ws, 'procedure.tthc', ['source.fixAll']);
        expect(action.diagnostics?.map(d => d.code)).toEqual(['no-supplement-path']);
        const unsafe = await workspaceOf({ 'procedure.tthc': edit('return by TTPVHCCXa.CongChuc 1h', 'return by TTPVHCCXa.CongChuk 1h') });
        expect(await fixAllOf(unsafe, 'procedure.tthc', ['source.fixAll'])).toEqual([]);
        const vi = await workspaceOf({ 'procedure.tthc': edit('channel online time same-day fee 0 VND', 'channel online time same-day fee 2.000 VND') }, 'vi');
        expect((await fixAllOf(vi, 'procedure.tthc', ['source.fixAll'])).map(a => a.title)).toEqual(['Sửa mọi vấn đề có cách sửa an toàn']);
    });
});
