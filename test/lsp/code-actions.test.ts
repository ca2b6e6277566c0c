import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { testCodeAction } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { edit } from '../language/check-helper.js';
import { isSuppressionAction, quickFixData } from '@tthc/language/lsp';
import { applyEdits, CATALOGUE, lspServicesWith, lspWorkspace, PROCEDURE, type LspWorkspace } from './lsp-workspace.js';

// District units as a catalogue still had them before 1 July 2025, beside the clean fixture's.
const DISTRICT_UNITS = `
  unit MotCuaHuyen "Bộ phận Một cửa huyện" level district kind one-stop {
    position CongChuc "Công chức tiếp nhận và trả kết quả"
  }
  unit UBNDHuyen "Ủy ban nhân dân huyện" level district kind people-committee {
    position PhoChuTich "Phó Chủ tịch Ủy ban nhân dân huyện" leader
  }
  unit VanPhongHuyen "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện" level district kind office {
    position ChuyenVien "Chuyên viên Văn phòng"
  }
  unit CongAnHuyen "Công an huyện" level district kind sector-agency
  form Mau01`;
const LEGACY_CATALOGUE = edit('\n  form Mau01', DISTRICT_UNITS, CATALOGUE);

/** A workspace of the fixture catalogue (with district units) and a procedure. */
async function workspaceWith(procedure: string, catalogue = LEGACY_CATALOGUE): Promise<LspWorkspace> {
    return lspWorkspace({ 'catalogue.tthc': catalogue, 'procedure.tthc': procedure });
}

function findings(ws: LspWorkspace, path: string, code: string, text?: string): Diagnostic[] {
    const document = ws.document(path);
    return (document.diagnostics ?? []).filter(d => d.code === code && (text === undefined || document.textDocument.getText(d.range) === text));
}

/** The single finding of `code` (at the text `text`, if given). */
function finding(ws: LspWorkspace, path: string, code: string, text?: string): Diagnostic {
    const found = findings(ws, path, code, text);
    expect(found, `${code} at ${text ?? 'any text'}: ${JSON.stringify(ws.document(path).diagnostics?.map(d => `${d.code}: ${d.message}`), null, 1)}`).toHaveLength(1);
    return found[0];
}

/** The quick fixes offered for one diagnostic, checked for what every fix must carry. */
async function fixesFor(ws: LspWorkspace, path: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    // The fixes of the finding: "Suppress … here" is offered for every finding (test/lsp/suppress-fixes.test.ts).
    const actions = ((await ws.services.lsp.CodeActionProvider!.getCodeActions(ws.document(path), {
        textDocument: { uri: ws.uri(path) }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    }) ?? []) as CodeAction[]).filter(a => !isSuppressionAction(a));
    for (const action of actions) {
        expect(action.kind).toBe('quickfix');
        expect(action.diagnostics).toEqual([diagnostic]);
        expect(Object.keys(action.edit?.changes ?? {}).length).toBeGreaterThan(0);
    }
    return actions;
}

function titled(actions: readonly CodeAction[], title: string): CodeAction {
    const action = actions.find(a => a.title === title);
    expect(action, `no fix '${title}' among ${JSON.stringify(actions.map(a => a.title))}`).toBeDefined();
    return action!;
}

function allPaths(ws: LspWorkspace): string[] {
    return ws.services.shared.workspace.LangiumDocuments.all.map(d => d.uri.toString().replace('file:///ws/', '')).toArray();
}

// Errors keyed by code and message (ranges move when a fix inserts text), counted per file.
function errorCounts(ws: LspWorkspace): Map<string, number> {
    const counts = new Map<string, number>();
    for (const path of allPaths(ws)) {
        for (const d of ws.document(path).diagnostics ?? []) {
            if (d.severity !== 1) continue;
            const key = `${path} ${d.code} ${d.message}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
    return counts;
}

/** Applies a fix's workspace edit, file by file, and lets the workspace rebuild. */
async function apply(ws: LspWorkspace, action: CodeAction): Promise<void> {
    for (const [uri, edits] of Object.entries(action.edit!.changes!)) {
        const path = uri.replace('file:///ws/', '');
        await ws.write(path, applyEdits(ws.document(path).textDocument.getText(), edits));
    }
}

/**
 * Applies the fix and asserts that the diagnostic is gone and that no error appeared anywhere in the
 * workspace that was not there before. Returns the fixed file's text.
 */
async function expectFix(ws: LspWorkspace, path: string, diagnostic: Diagnostic, action: CodeAction): Promise<string> {
    const before = errorCounts(ws);
    const key = (d: Diagnostic): string => `${d.code} ${d.message}`;
    const count = (findings(ws, path, String(diagnostic.code))).filter(d => key(d) === key(diagnostic)).length;
    await apply(ws, action);
    expect(findings(ws, path, String(diagnostic.code)).filter(d => key(d) === key(diagnostic)).length, `'${diagnostic.message}' is still reported`).toBe(count - 1);
    const appeared = [...errorCounts(ws)].filter(([error, n]) => n > (before.get(error) ?? 0)).map(([error]) => error);
    expect(appeared, 'errors the fix introduced').toEqual([]);
    return ws.document(path).textDocument.getText();
}

const TIEP_NHAN = 'reception by TTPVHCCXa.CongChuc';
const KY_DUYET = 'approval by UBNDXa.ChuTich';

describe('quick fixes: the two-level model', () => {
    test('a step at a district one-stop moves to the one-stop of the same role, the procedure\'s level first and preferred', async () => {
        const ws = await workspaceWith(edit(TIEP_NHAN, 'reception by MotCuaHuyen.CongChuc'));
        const diagnostic = finding(ws, 'procedure.tthc', 'district-level');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred ?? false])).toEqual([
            ['Assign to TTPVHCCXa.CongChuc (commune one-stop: Trung tâm Phục vụ hành chính công xã)', true],
            ['Assign to TTPVHCCTinh.CanBo (province one-stop: Trung tâm Phục vụ hành chính công tỉnh)', false]
        ]);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(PROCEDURE);
        // The district one-stop was also the wrong one-stop for the reception: one edit fixes both.
        expect(findings(ws, 'procedure.tthc', 'first-step-reception')).toEqual([]);
    });

    test('a leader is replaced by a leader, an officer by an officer', async () => {
        const ws = await workspaceWith(edit(KY_DUYET, 'approval by UBNDHuyen.PhoChuTich')
            .replace('appraisal by VanPhongXa.TuPhap', 'appraisal by VanPhongHuyen.ChuyenVien'));
        const leader = await fixesFor(ws, 'procedure.tthc', finding(ws, 'procedure.tthc', 'district-level', 'UBNDHuyen.PhoChuTich'));
        expect(leader.map(a => a.title)).toEqual([
            'Assign to UBNDXa.ChuTich (commune people-committee: Ủy ban nhân dân xã)',
            'Assign to UBNDTinh.ChuTich (province people-committee: Ủy ban nhân dân tỉnh)'
        ]);
        const officer = await fixesFor(ws, 'procedure.tthc', finding(ws, 'procedure.tthc', 'district-level', 'VanPhongHuyen.ChuyenVien'));
        expect(officer.map(a => [a.title, a.isPreferred])).toEqual([
            ['Assign to VanPhongXa.TuPhap (commune office: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã)', true]
        ]);
        await expectFix(ws, 'procedure.tthc', finding(ws, 'procedure.tthc', 'district-level', 'UBNDHuyen.PhoChuTich'), leader[0]);
        expect(await expectFix(ws, 'procedure.tthc', finding(ws, 'procedure.tthc', 'district-level'), officer[0])).toBe(PROCEDURE);
    });

    test('a district authority becomes the unit of the same kind', async () => {
        const ws = await workspaceWith(edit('authority UBNDXa', 'authority UBNDHuyen'));
        const diagnostic = finding(ws, 'procedure.tthc', 'district-level');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred ?? false])).toEqual([
            ['Set the authority to UBNDXa (commune people-committee: Ủy ban nhân dân xã)', true],
            ['Set the authority to UBNDTinh (province people-committee: Ủy ban nhân dân tỉnh)', false]
        ]);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(PROCEDURE);
    });

    test('a hand-over to a district unit goes to the unit of the same kind, a vertical agency included', async () => {
        const source = edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 2h handover to CongAnHuyen via LGSP within 2h');
        const ws = await workspaceWith(source);
        const diagnostic = finding(ws, 'procedure.tthc', 'district-level');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => a.title)).toEqual(['Hand over to CongAnXa (central sector-agency: Công an xã)']);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(source.replace('CongAnHuyen', 'CongAnXa'));
    });

    test('a procedure at the district level moves to the level of its authority, preferred', async () => {
        const ws = await workspaceWith(edit('level commune', 'level district'));
        const diagnostic = finding(ws, 'procedure.tthc', 'district-level');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred ?? false])).toEqual([["Set 'level commune'", true], ["Set 'level province'", false]]);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(PROCEDURE);
    });

    test('a district procedure without a local authority offers both levels and prefers neither', async () => {
        const ws = await workspaceWith(edit('level commune', 'level district').replace('authority UBNDXa', 'authority UBNDHuyen'));
        const actions = await fixesFor(ws, 'procedure.tthc', finding(ws, 'procedure.tthc', 'district-level', 'district'));
        expect(actions.map(a => [a.title, a.isPreferred ?? false])).toEqual([["Set 'level commune'", false], ["Set 'level province'", false]]);
    });

    test('a catalogue unit at the district level moves to the commune or the province, in the catalogue', async () => {
        const catalogue = edit('unit CongAnXa', 'unit PhongKinhTeHuyen "Phòng Kinh tế" level district kind division\n  unit CongAnXa', CATALOGUE);
        const ws = await workspaceWith(PROCEDURE, catalogue);
        const diagnostic = finding(ws, 'catalogue.tthc', 'district-level');
        const actions = await fixesFor(ws, 'catalogue.tthc', diagnostic);
        expect(actions.map(a => a.title)).toEqual(["Move unit 'PhongKinhTeHuyen' to the commune level", "Move unit 'PhongKinhTeHuyen' to the province level"]);
        expect(Object.keys(actions[0].edit!.changes!)).toEqual([ws.uri('catalogue.tthc')]);
        expect(await expectFix(ws, 'catalogue.tthc', diagnostic, actions[0])).toContain('unit PhongKinhTeHuyen "Phòng Kinh tế" level commune kind division');
    });

    test('with successors declared in the catalogue, each district reference has one fix, its successor, marked safe', async () => {
        const catalogue = LEGACY_CATALOGUE
            .replace('level district kind one-stop {', 'level district kind one-stop succeeded-by TTPVHCCXa for level commune succeeded-by TTPVHCCTinh for level province {')
            .replace('level district kind people-committee {', 'level district kind people-committee succeeded-by UBNDXa {\n    position ChuTich "Chủ tịch Ủy ban nhân dân huyện" leader')
            .replace('level district kind office {', 'level district kind office succeeded-by VanPhongXa for sector "Hộ tịch" {')
            .replace('position ChuyenVien "Chuyên viên Văn phòng"', 'position ChuyenVien "Chuyên viên Văn phòng" succeeded-by VanPhongXa.TuPhap for sector "Hộ tịch"');
        const source = edit('level commune', 'level district', edit('authority UBNDXa', 'authority UBNDHuyen',
            edit(TIEP_NHAN, 'reception by MotCuaHuyen.CongChuc', edit(KY_DUYET, 'approval by leaders of UBNDHuyen',
                edit('appraisal by VanPhongXa.TuPhap', 'appraisal by VanPhongHuyen.ChuyenVien')))));
        const ws = await workspaceWith(source, catalogue);
        const one = async (text: string, title: string, nth = 0): Promise<CodeAction> => {
            const diagnostic = findings(ws, 'procedure.tthc', 'district-level', text)[nth];
            const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
            expect(actions.map(a => [a.title, a.isPreferred ?? false, quickFixData(a).safe ?? false])).toEqual([[title, true, true]]);
            return actions[0];
        };
        await one('district', "Set 'level commune'");
        // The authority (first) and `leaders of` (second) name the same district unit.
        await one('UBNDHuyen', 'Set the authority to UBNDXa (commune people-committee: Ủy ban nhân dân xã)', 0);
        const leaders = await one('UBNDHuyen', 'Assign to UBNDXa (commune people-committee: Ủy ban nhân dân xã)', 1);
        // The one-stop's successor for the procedure's new level (the commune: its authority's successor's).
        await one('MotCuaHuyen.CongChuc', 'Assign to TTPVHCCXa.CongChuc (commune one-stop: Trung tâm Phục vụ hành chính công xã)');
        // A position's declared successor for the procedure's sector.
        await one('VanPhongHuyen.ChuyenVien', 'Assign to VanPhongXa.TuPhap (commune office: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã)');
        // `leaders of` a district unit: its successor's leaders.
        await apply(ws, leaders);
        expect(ws.document('procedure.tthc').textDocument.getText()).toContain('approval by leaders of UBNDXa 2h');
    });

    test('a successor that does not cover the procedure\'s sector gives no safe fix: the usual choices', async () => {
        const catalogue = LEGACY_CATALOGUE.replace('level district kind office {', 'level district kind office succeeded-by VanPhongXa for sector "Đất đai" {');
        const ws = await workspaceWith(edit('appraisal by VanPhongXa.TuPhap', 'appraisal by VanPhongHuyen.ChuyenVien'), catalogue);
        const actions = await fixesFor(ws, 'procedure.tthc', finding(ws, 'procedure.tthc', 'district-level', 'VanPhongHuyen.ChuyenVien'));
        expect(actions.map(a => [a.title, quickFixData(a).safe ?? false])).toEqual([
            ['Assign to VanPhongXa.TuPhap (commune office: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã)', false]
        ]);
    });

    test('a step at another level moves to the unit of the same role at the procedure\'s level', async () => {
        const ws = await workspaceWith(edit(KY_DUYET, 'approval by UBNDTinh.ChuTich'), CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'level-mismatch');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([['Assign to UBNDXa.ChuTich (commune people-committee: Ủy ban nhân dân xã)', true]]);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(PROCEDURE);

        const ws2 = await workspaceWith(edit('authority UBNDXa', 'authority UBNDTinh'), CATALOGUE);
        const authority = finding(ws2, 'procedure.tthc', 'level-mismatch');
        const authorityFixes = await fixesFor(ws2, 'procedure.tthc', authority);
        expect(authorityFixes.map(a => [a.title, a.isPreferred])).toEqual([['Set the authority to UBNDXa (commune people-committee: Ủy ban nhân dân xã)', true]]);
        expect(await expectFix(ws2, 'procedure.tthc', authority, authorityFixes[0])).toBe(PROCEDURE);
    });

    test('a reception and a return at a unit that is not a one-stop move to the one-stop of the procedure\'s level', async () => {
        const ws = await workspaceWith(edit(TIEP_NHAN, 'reception by VanPhongXa.TuPhap'), CATALOGUE);
        const reception = finding(ws, 'procedure.tthc', 'first-step-reception');
        const actions = await fixesFor(ws, 'procedure.tthc', reception);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([['Assign to TTPVHCCXa.CongChuc (commune one-stop: Trung tâm Phục vụ hành chính công xã)', true]]);
        expect(await expectFix(ws, 'procedure.tthc', reception, actions[0])).toBe(PROCEDURE);

        const ws2 = await workspaceWith(edit('return by TTPVHCCXa.CongChuc', 'return by VanPhongXa.TuPhap'), CATALOGUE);
        const ret = finding(ws2, 'procedure.tthc', 'last-step-return');
        const returnFixes = await fixesFor(ws2, 'procedure.tthc', ret);
        expect(returnFixes.map(a => a.title)).toEqual(['Assign to TTPVHCCXa.CongChuc (commune one-stop: Trung tâm Phục vụ hành chính công xã)']);
        expect(await expectFix(ws2, 'procedure.tthc', ret, returnFixes[0])).toBe(PROCEDURE);
    });

    test('two findings that one edit resolves share one action', async () => {
        const ws = await workspaceWith(edit(TIEP_NHAN, 'reception by MotCuaHuyen.CongChuc'));
        const diagnostics = [finding(ws, 'procedure.tthc', 'district-level'), finding(ws, 'procedure.tthc', 'first-step-reception')];
        const actions = (await ws.services.lsp.CodeActionProvider!.getCodeActions(ws.document('procedure.tthc'), {
            textDocument: { uri: ws.uri('procedure.tthc') }, range: diagnostics[0].range, context: { diagnostics }
        })) as CodeAction[];
        expect(actions.filter(a => !isSuppressionAction(a)).map(a => [a.title, a.diagnostics?.length])).toEqual([
            ['Assign to TTPVHCCXa.CongChuc (commune one-stop: Trung tâm Phục vụ hành chính công xã)', 2],
            ['Assign to TTPVHCCTinh.CanBo (province one-stop: Trung tâm Phục vụ hành chính công tỉnh)', 1]
        ]);
    });

    test('a procedure with no level, or a level that is not local, gets the level of its authority', async () => {
        const ws = await workspaceWith(edit('  level commune\n', ''), CATALOGUE);
        const missing = finding(ws, 'procedure.tthc', 'procedure-level');
        const add = await fixesFor(ws, 'procedure.tthc', missing);
        expect(add.map(a => [a.title, a.isPreferred ?? false])).toEqual([["Add 'level commune'", true], ["Add 'level province'", false]]);
        expect(await expectFix(ws, 'procedure.tthc', missing, add[0])).toBe(PROCEDURE);

        const ws2 = await workspaceWith(edit('level commune', 'level central'), CATALOGUE);
        const central = finding(ws2, 'procedure.tthc', 'procedure-level');
        expect(await expectFix(ws2, 'procedure.tthc', central, titled(await fixesFor(ws2, 'procedure.tthc', central), "Set 'level commune'"))).toBe(PROCEDURE);
    });
});

describe('quick fixes: the step graph', () => {
    const withoutReturn = edit(' -> TraKetQua', '').replace('  step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc 1h\n', '');

    test('the missing return step is added after the last main-flow step, and the path led to it', async () => {
        const ws = await workspaceWith(withoutReturn, CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'last-step-return');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([
            ["Add the return step 'TraKetQua' (by TTPVHCCXa.CongChuc, 1h) and lead 'KyDuyet' to it", true]
        ]);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(PROCEDURE);
    });

    test('the new return step takes no more time than the statutory time leaves', async () => {
        const ws = await workspaceWith(withoutReturn.replace('VanPhongXa.TuPhap 4h', 'VanPhongXa.TuPhap 4.5h'), CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'last-step-return');
        const [action] = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(action.title).toBe("Add the return step 'TraKetQua' (by TTPVHCCXa.CongChuc, 30min) and lead 'KyDuyet' to it");
        await expectFix(ws, 'procedure.tthc', diagnostic, action);
        expect(findings(ws, 'procedure.tthc', 'time-over-statutory')).toEqual([]);
    });

    test('a return step cut to whole working days says `wd`: a bare `d` would ask what a day is', async () => {
        const days = withoutReturn.replace(/time same-day/g, 'time 4wd').replace('CongChuc 1h produces Mau01', 'CongChuc 2wd produces Mau01').replace('ChuTich 2h', 'ChuTich 4h');
        const ws = await workspaceWith(days, CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'last-step-return');
        const [action] = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(action.title).toBe("Add the return step 'TraKetQua' (by TTPVHCCXa.CongChuc, 1wd) and lead 'KyDuyet' to it");
        await expectFix(ws, 'procedure.tthc', diagnostic, action);
        expect(findings(ws, 'procedure.tthc', 'day-kind-unstated')).toEqual([]);
    });

    test('a step written over several lines gets the return step in the same layout', async () => {
        const multiline = `
procedure KhaiSinh "Đăng ký khai sinh" {
    code 1.001193
    sector "Hộ tịch"
    level commune
    authority UBNDXa
    channel in-person time same-day fee 0 VND
    result "Giấy khai sinh"

    step TiepNhan "Tiếp nhận, kiểm tra hồ sơ" reception by TTPVHCCXa.CongChuc 1h
        -> KyDuyet
        on incomplete -> BoSung

    step KyDuyet "Ký giấy khai sinh" approval by UBNDXa.ChuTich 6h
        produces Mau01

    step BoSung "Hướng dẫn bổ sung hồ sơ" supplement-request by TTPVHCCXa.CongChuc
}
`;
        const ws = await workspaceWith(multiline, CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'last-step-return');
        const [action] = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, action)).toBe(multiline.replace('        produces Mau01\n',
            '        produces Mau01\n        -> TraKetQua\n\n    step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc 1h\n'));
    });

    test('a path that ends short of an existing return step is led to it', async () => {
        const ws = await workspaceWith(edit(' -> TraKetQua', ''), CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'last-step-return');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["Lead 'KyDuyet' to the return step 'TraKetQua'", true]]);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(PROCEDURE);
    });

    test('the reception gets the path for an incomplete dossier to the supplement-request step', async () => {
        const ws = await workspaceWith(edit(' on incomplete -> BoSung', ''), CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'no-supplement-path');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["Add 'on incomplete -> BoSung' to 'TiepNhan'", true]]);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(PROCEDURE);
    });

    test('a transition that repeats another is removed; two different ones are left to the user', async () => {
        const ws = await workspaceWith(edit('on rejected -> TuChoi', 'on rejected -> TuChoi on rejected -> TuChoi'), CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'duplicate-outcome');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => a.title)).toEqual(["Remove the repeated 'on rejected -> TuChoi'"]);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(PROCEDURE);

        const ws2 = await workspaceWith(edit('on rejected -> TuChoi', 'on rejected -> TuChoi on rejected -> KyDuyet'), CATALOGUE);
        expect(await fixesFor(ws2, 'procedure.tthc', finding(ws2, 'procedure.tthc', 'duplicate-outcome'))).toEqual([]);
    });
});

describe('quick fixes: data and references', () => {
    test('a superseded citation cites the text in force, number and title', async () => {
        const source = edit('legal "60/2014/QH13" "Luật Hộ tịch"', 'legal "60/2014/QH13" "Luật Hộ tịch"\n  legal "61/2018/NĐ-CP" "Nghị định về thực hiện cơ chế một cửa, một cửa liên thông"');
        const ws = await workspaceWith(source, CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'superseded-legal-basis');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([['Cite 118/2025/NĐ-CP instead of 61/2018/NĐ-CP', true]]);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toContain(
            '  legal "118/2025/NĐ-CP" "Nghị định 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông"\n');
    });

    test('a citation by full name gets the number and the title; one already cited is removed', async () => {
        const source = edit('legal "60/2014/QH13" "Luật Hộ tịch"', 'legal "60/2014/QH13" "Luật Hộ tịch"\n  legal "118/2025/NĐ-CP"\n  legal "Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ"');
        const ws = await workspaceWith(source, CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'superseded-legal-basis');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([['Remove the citation of 107/2021/NĐ-CP: 118/2025/NĐ-CP is already cited', true]]);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(edit('legal "60/2014/QH13" "Luật Hộ tịch"', 'legal "60/2014/QH13" "Luật Hộ tịch"\n  legal "118/2025/NĐ-CP"'));

        const ws2 = await workspaceWith(edit('legal "60/2014/QH13" "Luật Hộ tịch"', 'legal "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018"'), CATALOGUE);
        const fullName = finding(ws2, 'procedure.tthc', 'superseded-legal-basis');
        expect(await expectFix(ws2, 'procedure.tthc', fullName, (await fixesFor(ws2, 'procedure.tthc', fullName))[0])).toContain(
            'legal "118/2025/NĐ-CP" "Nghị định 118/2025/NĐ-CP về');
    });

    test('a merged department is retitled as the department that took it over, the rest of the title kept', async () => {
        const catalogue = edit('"Sở Tư pháp"', '"Sở Kế hoạch và Đầu tư tỉnh Thử"', CATALOGUE);
        const ws = await workspaceWith(PROCEDURE, catalogue);
        const diagnostic = finding(ws, 'catalogue.tthc', 'merged-department');
        const actions = await fixesFor(ws, 'catalogue.tthc', diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["Retitle as 'Sở Tài chính tỉnh Thử'", true]]);
        expect(await expectFix(ws, 'catalogue.tthc', diagnostic, actions[0])).toBe(edit('"Sở Tư pháp"', '"Sở Tài chính tỉnh Thử"', CATALOGUE));
    });

    test('a department whose sectors were split has no fix: the sector decides', async () => {
        const ws = await workspaceWith(PROCEDURE, edit('"Sở Tư pháp"', '"Sở Lao động - Thương binh và Xã hội"', CATALOGUE));
        expect(await fixesFor(ws, 'catalogue.tthc', finding(ws, 'catalogue.tthc', 'merged-department'))).toEqual([]);
    });

    test('"xã, phường, thị trấn" loses its township; a district-era division becomes the commune\'s or the ward\'s division', async () => {
        const ws = await workspaceWith(PROCEDURE, edit('"Ủy ban nhân dân xã"', '"Ủy ban nhân dân xã, phường, thị trấn"', CATALOGUE));
        const township = finding(ws, 'catalogue.tthc', 'abolished-body-title');
        const actions = await fixesFor(ws, 'catalogue.tthc', township);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["Retitle as 'Ủy ban nhân dân xã, phường'", true]]);
        expect(await expectFix(ws, 'catalogue.tthc', township, actions[0])).toBe(edit('"Ủy ban nhân dân xã"', '"Ủy ban nhân dân xã, phường"', CATALOGUE));

        const ws2 = await workspaceWith(PROCEDURE, edit('"Công chức Tư pháp - Hộ tịch"', '"Chuyên viên Phòng Tài chính - Kế hoạch"', CATALOGUE));
        const division = finding(ws2, 'catalogue.tthc', 'abolished-body-title');
        const both = await fixesFor(ws2, 'catalogue.tthc', division);
        expect(both.map(a => [a.title, a.isPreferred])).toEqual([
            ["Retitle as 'Chuyên viên Phòng Kinh tế'", undefined],
            ["Retitle as 'Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị'", undefined]
        ]);
        expect(await expectFix(ws2, 'catalogue.tthc', division, both[1])).toContain('position TuPhap "Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị"');
    });

    test('a commune titled with the ward\'s variant gets the commune\'s; a named township has no fix', async () => {
        const ws = await workspaceWith(PROCEDURE, edit('"Ủy ban nhân dân xã"', '"Phòng Kinh tế, Hạ tầng và Đô thị xã Lạc Dương"', CATALOGUE));
        const variant = finding(ws, 'catalogue.tthc', 'ward-variant');
        const actions = await fixesFor(ws, 'catalogue.tthc', variant);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["Retitle as 'Phòng Kinh tế xã Lạc Dương'", true]]);
        expect(await expectFix(ws, 'catalogue.tthc', variant, actions[0])).toContain('"Phòng Kinh tế xã Lạc Dương"');

        const ws2 = await workspaceWith(PROCEDURE, edit('"Ủy ban nhân dân xã"', '"Ủy ban nhân dân thị trấn Nam Ban"', CATALOGUE));
        expect(await fixesFor(ws2, 'catalogue.tthc', finding(ws2, 'catalogue.tthc', 'abolished-body-title'))).toEqual([]);
    });

    test('an unknown name becomes the closest declared one, the linker\'s suggestion', async () => {
        const ws = await workspaceWith(edit(KY_DUYET, 'approval by UBNDXa.ChuTch'), CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'unknown-reference');
        expect(diagnostic.message).toContain("did you mean 'UBNDXa.ChuTich'");
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["Change to 'UBNDXa.ChuTich'", true]]);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(PROCEDURE);

        const ws2 = await workspaceWith(edit('-> ThamDinh', '-> ThamDnh'), CATALOGUE);
        const step = finding(ws2, 'procedure.tthc', 'unknown-reference');
        expect(await expectFix(ws2, 'procedure.tthc', step, (await fixesFor(ws2, 'procedure.tthc', step))[0])).toBe(PROCEDURE);
    });

    test('an attribute given twice: the repetition goes; different values offer both choices', async () => {
        const ws = await workspaceWith(edit(`${KY_DUYET} 2h`, `${KY_DUYET} 2h by UBNDXa.ChuTich`), CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'duplicate-attribute');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["Remove the repeated 'by UBNDXa.ChuTich'", true]]);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(PROCEDURE);

        const ws2 = await workspaceWith(edit(`${KY_DUYET} 2h`, `${KY_DUYET} 2h by VanPhongXa.TuPhap`), CATALOGUE);
        const different = finding(ws2, 'procedure.tthc', 'duplicate-attribute');
        const choices = await fixesFor(ws2, 'procedure.tthc', different);
        expect(choices.map(a => [a.title, a.isPreferred ?? false])).toEqual([
            ["Remove 'by VanPhongXa.TuPhap', keep 'by UBNDXa.ChuTich'", false],
            ["Keep 'by VanPhongXa.TuPhap', remove 'by UBNDXa.ChuTich'", false]
        ]);
        expect(await expectFix(ws2, 'procedure.tthc', different, choices[0])).toBe(PROCEDURE);
        const ws3 = await workspaceWith(edit('  level commune\n', '  level commune\n  level commune\n'), CATALOGUE);
        const level = finding(ws3, 'procedure.tthc', 'duplicate-attribute');
        expect(await expectFix(ws3, 'procedure.tthc', level, (await fixesFor(ws3, 'procedure.tthc', level))[0])).toBe(PROCEDURE);
    });

    test('a conversion of working time is removed', async () => {
        const ws = await workspaceWith(edit('VanPhongXa.TuPhap 4h', 'VanPhongXa.TuPhap 4h as 3h'), CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'invalid-duration');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => a.title)).toEqual(["Remove 'as 3h': '4h' is already working time"]);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(PROCEDURE);
    });

    test('a fee with a thousands separator is grouped with _', async () => {
        const ws = await workspaceWith(edit('channel online time same-day fee 0 VND', 'channel online time same-day fee 2.000 VND'), CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'fee-invalid');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => a.title)).toEqual(['Write 2_000 (2.000 reads as a decimal)']);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toContain('fee 2_000 VND');
    });

    test('a fully online procedure that needs presence can be set to partial', async () => {
        const ws = await workspaceWith(edit('online partial', 'online full'), CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'full-online-in-person');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred ?? false])).toEqual([["Set 'online partial'", false]]);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(PROCEDURE);
    });

    test('an original required online, stated for online only, can be set to partial too', async () => {
        const source = edit('online partial', 'online full', edit('original on form TK', 'copy for in-person original for online on form TK'));
        const ws = await workspaceWith(source, CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'full-online-in-person');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => a.title)).toEqual(["Set 'online partial'"]);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(edit('original on form TK', 'copy for in-person original for online on form TK'));
    });

    test('no fix where the value is the user\'s to choose', async () => {
        // 15 calendar days hold 10 or 11 working days, fewer over a holiday: the calendar is data.
        const ws = await workspaceWith(edit('channel online time same-day', 'channel online time 15cd'), CATALOGUE);
        expect(await fixesFor(ws, 'procedure.tthc', finding(ws, 'procedure.tthc', 'mixed-day-kinds'))).toEqual([]);
        const ws2 = await workspaceWith(edit('code 1.001193', 'code 1.00119'), CATALOGUE);
        expect(await fixesFor(ws2, 'procedure.tthc', finding(ws2, 'procedure.tthc', 'code-format'))).toEqual([]);
    });

    test('only quick fixes are offered, and only when asked for', async () => {
        const ws = await workspaceWith(edit(KY_DUYET, 'approval by UBNDXa.ChuTch'), CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'unknown-reference');
        const refactorings = await ws.services.lsp.CodeActionProvider!.getCodeActions(ws.document('procedure.tthc'), {
            textDocument: { uri: ws.uri('procedure.tthc') }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['refactor'] }
        });
        expect(refactorings).toEqual([]);
    });
});

describe('single quick fixes with langium/test\'s testCodeAction', () => {
    // testCodeAction validates the text, expects one finding of the code and one fix for it, applies the fix,
    // compares the text and validates again: the finding must be gone. The catalogue sits beside its files.
    async function testFix(input: string, code: string, output: string): Promise<void> {
        const { services } = await lspServicesWith({ 'catalogue.tthc': CATALOGUE }, 'file:///');
        // testCodeAction wants the one fix: the "Suppress … here" action every finding also gets is left out.
        const provider = services.lsp.CodeActionProvider!;
        const offered = provider.getCodeActions.bind(provider);
        provider.getCodeActions = async (document, params) => ((await offered(document, params)) as CodeAction[] | undefined)?.filter(a => !isSuppressionAction(a));
        const { action, diagnosticsAll } = await testCodeAction(services)(input, code, output);
        expect(action?.kind).toBe('quickfix');
        expect(diagnosticsAll.filter(d => d.code === 'unknown-reference'), 'the file links to the catalogue beside it').toEqual([]);
    }

    test('a conversion of working time is removed', async () => {
        await testFix(edit('VanPhongXa.TuPhap 4h', 'VanPhongXa.TuPhap 4h as 3h'), 'invalid-duration', PROCEDURE);
    });

    test('a fee with a thousands separator is grouped with _', async () => {
        const fee = 'channel online time same-day fee 0 VND';
        await testFix(edit(fee, 'channel online time same-day fee 2.000 VND'), 'fee-invalid', edit(fee, 'channel online time same-day fee 2_000 VND'));
    });
});

describe('quick fixes on the legacy workspace', () => {
    const LEGACY = resolve(import.meta.dirname, '../../examples/legacy');
    const PERMIT = 'procedures/cap-giay-phep-xay-dung-nha-o-rieng-le.tthc';

    function legacyFiles(): Record<string, string> {
        const files: Record<string, string> = {};
        const walk = (folder: string): void => {
            for (const entry of readdirSync(join(LEGACY, folder), { withFileTypes: true })) {
                const path = folder ? `${folder}/${entry.name}` : entry.name;
                if (entry.isDirectory()) walk(path);
                else if (entry.name.endsWith('.tthc')) files[path] = readFileSync(join(LEGACY, path), 'utf8');
            }
        };
        walk('');
        return files;
    }

    const stepFindings = (ws: LspWorkspace): Diagnostic[] =>
        findings(ws, PERMIT, 'district-level').filter(d => / is performed by /.test(String(d.message)));

    test('the preferred fix of every district-level step of the half-migrated permit leaves none', async () => {
        const ws = await lspWorkspace(legacyFiles());
        const codesBefore = new Set((ws.document(PERMIT).diagnostics ?? []).map(d => d.code));
        expect(stepFindings(ws)).toHaveLength(9);
        for (let round = 0; stepFindings(ws).length > 0; round++) {
            expect(round, 'fixes that do not converge').toBeLessThan(9);
            const diagnostic = stepFindings(ws)[0];
            const preferred = (await fixesFor(ws, PERMIT, diagnostic)).filter(a => a.isPreferred);
            expect(preferred, `one preferred fix for: ${diagnostic.message}`).toHaveLength(1);
            await expectFix(ws, PERMIT, diagnostic, preferred[0]);
        }
        const text = ws.document(PERMIT).textDocument.getText();
        expect(text).not.toMatch(/by \w*Huyen/);
        expect(text).toContain('approval by UBNDXa.ChuTich');
        // The catalogue declares who took over the district's economic division (`succeeded-by`): its successor,
        // not the closest-looking unit (the Gia Nghĩa one, itself a district body in disguise).
        expect(text).toContain('review by PhongKinhTeXaDakMil.TruongPhong');
        // The reception moved to the commune one-stop too; what is left is not about the steps.
        const codesAfter = new Set((ws.document(PERMIT).diagnostics ?? []).map(d => d.code));
        expect([...codesAfter].filter(code => !codesBefore.has(code))).toEqual([]);
        expect(codesAfter.has('first-step-reception')).toBe(false);
    });
});

describe('quick fixes: time as published', () => {
    test('a bare day nobody defined: say it for the procedure, or once for the province in its catalogue', async () => {
        const ws = await workspaceWith(edit('TuPhap 4h', 'TuPhap 0.5d'), CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'day-kind-unstated');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred ?? false])).toEqual([
            ["Add 'days working' to the procedure", false],
            ["Add 'days working' to the province catalogue", false]
        ]);
        expect(Object.keys(actions[1].edit!.changes!)).toEqual([ws.uri('catalogue.tthc')]);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(edit('TuPhap 4h', 'TuPhap 0.5d', edit('  sector "Hộ tịch"\n', '  sector "Hộ tịch"\n  days working\n')));

        const ws2 = await workspaceWith(edit('TuPhap 4h', 'TuPhap 0.5d'), CATALOGUE);
        const again = finding(ws2, 'procedure.tthc', 'day-kind-unstated');
        await expectFix(ws2, 'procedure.tthc', again, (await fixesFor(ws2, 'procedure.tthc', again))[1]);
        expect(ws2.document('catalogue.tthc').textDocument.getText()).toBe(edit('agency 000.00.00.H39 {', 'agency 000.00.00.H39 days working {', CATALOGUE));
    });

    test('in Vietnamese', async () => {
        const ws = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': edit('TuPhap 4h', 'TuPhap 0.5d') }, { language: 'vi' });
        const actions = await fixesFor(ws, 'procedure.tthc', finding(ws, 'procedure.tthc', 'day-kind-unstated'));
        expect(actions.map(a => a.title)).toEqual(["Thêm 'days working' vào thủ tục", "Thêm 'days working' vào danh mục của tỉnh"]);
    });

    test('a case without a limit gets the channels\' time to start from', async () => {
        const withCase = (c: string): string => edit('  online partial\n', `  online partial\n  ${c}\n`, edit('-> KyDuyet on rejected', '-> KyDuyet when XacMinh -> KyDuyet on rejected'));
        for (const [before, after] of [
            ['case XacMinh "Trường hợp cần xác minh"', 'case XacMinh "Trường hợp cần xác minh" { time same-day }'],
            ['case XacMinh "Trường hợp cần xác minh" {}', 'case XacMinh "Trường hợp cần xác minh" { time same-day }'],
            ['case XacMinh "Trường hợp cần xác minh" { start ThamDinh }', 'case XacMinh "Trường hợp cần xác minh" { time same-day start ThamDinh }']
        ]) {
            const ws = await workspaceWith(withCase(before), CATALOGUE);
            const diagnostic = finding(ws, 'procedure.tthc', 'case-without-limit');
            const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
            expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["Add '{ time same-day }' to case 'XacMinh' (the channels' time: change it to the case's)", true]]);
            expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(withCase(after));
        }
    });

    test('a step with its own time in a part whose one time covers it: the step\'s time goes', async () => {
        const source = edit('  online partial\n', '  online partial\n  part KhoiThamDinh "Thẩm định, trình ký" time 6h\n',
            edit('TuPhap 4h', 'TuPhap time 4h in KhoiThamDinh', edit('ChuTich 2h', 'ChuTich in KhoiThamDinh')));
        const ws = await workspaceWith(source, CATALOGUE);
        const diagnostic = finding(ws, 'procedure.tthc', 'part-time-and-step-time');
        const actions = await fixesFor(ws, 'procedure.tthc', diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["Remove 'time 4h' from step 'ThamDinh': part 'KhoiThamDinh' gives its time", true]]);
        expect(await expectFix(ws, 'procedure.tthc', diagnostic, actions[0])).toBe(edit('TuPhap time 4h in', 'TuPhap in', source));
    });
});
