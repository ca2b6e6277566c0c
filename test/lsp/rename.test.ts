import { describe, expect, test } from 'vitest';
import type { Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { applyEdits, CATALOGUE, lspWorkspace, PROCEDURE, type LspWorkspace } from './lsp-workspace.js';
import { PUBLISHED } from './published-fixture.js';

// The cursor inside the `occurrence`-th (0-based) match of `needle` in a file, `offset` characters in.
function cursor(ws: LspWorkspace, path: string, needle: string, occurrence = 0, offset = 1): Position {
    const document = ws.document(path);
    const text = document.textDocument.getText();
    let index = -1;
    for (let i = 0; i <= occurrence; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) throw new Error(`'${needle}' occurs fewer than ${occurrence + 1} times in ${path}.`);
    }
    return document.textDocument.positionAt(index + offset);
}

/** The rename's workspace edit: it spans files (catalogue and procedures), and langium/test has no rename helper. */
async function rename(ws: LspWorkspace, path: string, position: Position, newName: string): Promise<WorkspaceEdit | undefined> {
    return ws.services.lsp.RenameProvider!.rename(ws.document(path), { textDocument: { uri: ws.uri(path) }, position, newName });
}

async function prepare(ws: LspWorkspace, path: string, position: Position): Promise<string | undefined> {
    const document = ws.document(path);
    const range = await ws.services.lsp.RenameProvider!.prepareRename(document, { textDocument: { uri: ws.uri(path) }, position });
    return range && document.textDocument.getText(range);
}

// The files after the rename, keyed by path, for the files it changes.
function renamed(ws: LspWorkspace, edit: WorkspaceEdit | undefined): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
        const path = uri.replace('file:///ws/', '');
        result[path] = applyEdits(ws.document(path).textDocument.getText(), edits as TextEdit[]);
    }
    return result;
}

function linesWith(text: string, needle: string): string[] {
    return text.split('\n').filter(line => line.includes(needle)).map(line => line.trim());
}

describe('rename', () => {
    test('a unit, from its declaration: the declaration, `authority`, and the unit segment of `Unit.Position`', async () => {
        const ws = await lspWorkspace();
        const files = renamed(ws, await rename(ws, 'catalogue.tthc', cursor(ws, 'catalogue.tthc', 'unit UBNDXa', 0, 6), 'UBNDPhuong'));
        expect(Object.keys(files).sort()).toEqual(['catalogue.tthc', 'procedure.tthc']);
        expect(linesWith(files['catalogue.tthc'], 'UBND')).toEqual([
            'unit UBNDTinh "Ủy ban nhân dân tỉnh" level province kind people-committee agency 000.00.00.H39 {',
            'unit UBNDPhuong "Ủy ban nhân dân xã" level commune kind people-committee {'
        ]);
        expect(linesWith(files['procedure.tthc'], 'UBND')).toEqual([
            'authority UBNDPhuong',
            'step KyDuyet "Ký giấy khai sinh" approval by UBNDPhuong.ChuTich 2h -> TraKetQua'
        ]);
        // The renamed workspace is as clean as before: every reference still resolves.
        const after = await lspWorkspace(files);
        expect(after.document('procedure.tthc').diagnostics).toEqual([]);
    });

    test('a unit, from the unit segment of `Unit.Position` in another file', async () => {
        const ws = await lspWorkspace();
        const fromReference = renamed(ws, await rename(ws, 'procedure.tthc', cursor(ws, 'procedure.tthc', 'UBNDXa.ChuTich'), 'UBNDPhuong'));
        const fromDeclaration = renamed(ws, await rename(ws, 'catalogue.tthc', cursor(ws, 'catalogue.tthc', 'unit UBNDXa', 0, 6), 'UBNDPhuong'));
        expect(fromReference).toEqual(fromDeclaration);
    });

    test('a position, from `Unit.Position`: only the position segment, only that unit\'s position', async () => {
        const ws = await lspWorkspace();
        const files = renamed(ws, await rename(ws, 'procedure.tthc', cursor(ws, 'procedure.tthc', 'UBNDXa.ChuTich', 0, 8), 'PhoChuTich'));
        expect(linesWith(files['procedure.tthc'], 'by UBNDXa')).toEqual(['step KyDuyet "Ký giấy khai sinh" approval by UBNDXa.PhoChuTich 2h -> TraKetQua']);
        expect(linesWith(files['procedure.tthc'], 'authority')).toEqual(['authority UBNDXa']);
        // The province's chairman has the same name in another unit and keeps it.
        expect(linesWith(files['catalogue.tthc'], 'position')).toContain('position ChuTich "Chủ tịch Ủy ban nhân dân tỉnh" leader');
        expect(linesWith(files['catalogue.tthc'], 'position')).toContain('position PhoChuTich "Chủ tịch Ủy ban nhân dân xã" leader');
    });

    test('a position from its declaration rewrites every `Unit.Position` that names it', async () => {
        const ws = await lspWorkspace();
        const edit = await rename(ws, 'catalogue.tthc', cursor(ws, 'catalogue.tthc', 'position CongChuc', 0, 10), 'TiepNhan');
        const files = renamed(ws, edit);
        expect(linesWith(files['procedure.tthc'], 'TTPVHCCXa.')).toEqual([
            'step TiepNhan "Tiếp nhận, kiểm tra hồ sơ" reception by TTPVHCCXa.TiepNhan 1h produces Mau01 -> ThamDinh on incomplete -> BoSung',
            'step TraKetQua "Trả kết quả" return by TTPVHCCXa.TiepNhan 1h',
            'step BoSung "Hướng dẫn bổ sung hồ sơ" supplement-request by TTPVHCCXa.TiepNhan produces Mau02',
            'step TuChoi "Trả hồ sơ, nêu rõ lý do" refusal by TTPVHCCXa.TiepNhan produces Mau03'
        ]);
        // Each edit covers the position segment alone.
        const procedureEdits = edit!.changes![ws.uri('procedure.tthc')];
        expect(procedureEdits.map(e => e.range.end.character - e.range.start.character)).toEqual([8, 8, 8, 8]);
    });

    test('a step, from a transition: the declaration and every transition to it', async () => {
        const ws = await lspWorkspace();
        const files = renamed(ws, await rename(ws, 'procedure.tthc', cursor(ws, 'procedure.tthc', '-> BoSung', 0, 4), 'HuongDanBoSung'));
        expect(Object.keys(files)).toEqual(['procedure.tthc']);
        expect(linesWith(files['procedure.tthc'], 'BoSung')).toEqual([
            'step TiepNhan "Tiếp nhận, kiểm tra hồ sơ" reception by TTPVHCCXa.CongChuc 1h produces Mau01 -> ThamDinh on incomplete -> HuongDanBoSung',
            'step HuongDanBoSung "Hướng dẫn bổ sung hồ sơ" supplement-request by TTPVHCCXa.CongChuc produces Mau02'
        ]);
    });

    test('a catalogue form, from `produces` in a procedure', async () => {
        const ws = await lspWorkspace();
        const files = renamed(ws, await rename(ws, 'procedure.tthc', cursor(ws, 'procedure.tthc', 'produces Mau01', 0, 10), 'GiayTiepNhan'));
        expect(linesWith(files['catalogue.tthc'], 'GiayTiepNhan')).toEqual(['form GiayTiepNhan "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"']);
        expect(linesWith(files['procedure.tthc'], 'GiayTiepNhan')).toHaveLength(1);
        expect(files['procedure.tthc']).not.toContain('Mau01');
    });

    test('a procedure\'s own form, from `on form`', async () => {
        const ws = await lspWorkspace();
        const files = renamed(ws, await rename(ws, 'procedure.tthc', cursor(ws, 'procedure.tthc', 'on form TK', 0, 8), 'ToKhai'));
        expect(linesWith(files['procedure.tthc'], 'ToKhai')).toEqual([
            'form ToKhai "Tờ khai đăng ký khai sinh"',
            'document "Tờ khai đăng ký khai sinh" original on form ToKhai required'
        ]);
    });

    test('a hand-over partner is a unit reference', async () => {
        const procedure = PROCEDURE.replace('step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc 1h',
            'step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc 1h handover to CongAnXa via LGSP within 1h');
        const ws = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': procedure });
        const files = renamed(ws, await rename(ws, 'procedure.tthc', cursor(ws, 'procedure.tthc', 'to CongAnXa', 0, 4), 'CongAnPhuong'));
        expect(linesWith(files['procedure.tthc'], 'handover')).toEqual(['step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc 1h handover to CongAnPhuong via LGSP within 1h']);
        expect(linesWith(files['catalogue.tthc'], 'CongAn')).toEqual(['unit CongAnPhuong "Công an xã" level central kind sector-agency']);
    });

    test('a procedure: its name', async () => {
        const ws = await lspWorkspace();
        const files = renamed(ws, await rename(ws, 'procedure.tthc', cursor(ws, 'procedure.tthc', 'KhaiSinh'), 'DangKyKhaiSinh'));
        expect(linesWith(files['procedure.tthc'], 'procedure')).toEqual(['procedure DangKyKhaiSinh "Đăng ký khai sinh" {']);
    });

    test('never crosses projects: the same names in another catalogue\'s folder stay', async () => {
        const ws = await lspWorkspace({
            'a/catalogue.tthc': CATALOGUE, 'a/procedure.tthc': PROCEDURE,
            'b/catalogue.tthc': CATALOGUE, 'b/procedure.tthc': PROCEDURE
        });
        const files = renamed(ws, await rename(ws, 'a/procedure.tthc', cursor(ws, 'a/procedure.tthc', 'authority UBNDXa', 0, 11), 'UBNDPhuong'));
        expect(Object.keys(files).sort()).toEqual(['a/catalogue.tthc', 'a/procedure.tthc']);
    });

    test('a Vietnamese name is accepted and written in NFC', async () => {
        const ws = await lspWorkspace();
        const decomposed = 'BổSung'.normalize('NFD');
        const files = renamed(ws, await rename(ws, 'procedure.tthc', cursor(ws, 'procedure.tthc', 'step BoSung', 0, 6), decomposed));
        expect(linesWith(files['procedure.tthc'], 'BổSung')).toHaveLength(2);
    });

    test.each([
        ['1abc', /not a valid name/],
        ['Bo Sung', /not a valid name/],
        ['Bo.Sung', /not a valid name/],
        ['', /not a valid name/],
        ['123', /not a valid name/],
        ['4h', /not a valid name/],
        ['Bo@Sung', /not a valid name/],
        ['step', /is a keyword/],
        ['required', /is a keyword/]
    ])('refuses the new name %j', async (newName, message) => {
        const ws = await lspWorkspace();
        await expect(rename(ws, 'procedure.tthc', cursor(ws, 'procedure.tthc', 'step BoSung', 0, 6), newName))
            .rejects.toMatchObject({ code: -32602, message: expect.stringMatching(message) });
    });
});

describe('prepareRename', () => {
    test('offers the name segment under the cursor', async () => {
        const ws = await lspWorkspace();
        expect(await prepare(ws, 'procedure.tthc', cursor(ws, 'procedure.tthc', 'UBNDXa.ChuTich', 0, 2))).toBe('UBNDXa');
        expect(await prepare(ws, 'procedure.tthc', cursor(ws, 'procedure.tthc', 'UBNDXa.ChuTich', 0, 10))).toBe('ChuTich');
        expect(await prepare(ws, 'procedure.tthc', cursor(ws, 'procedure.tthc', 'step ThamDinh', 0, 7))).toBe('ThamDinh');
        expect(await prepare(ws, 'catalogue.tthc', cursor(ws, 'catalogue.tthc', 'form Mau02', 0, 7))).toBe('Mau02');
    });

    test.each([
        ['a keyword', 'step ThamDinh', 1],
        ['a keyword value', 'level commune', 8],
        ['a text', '"Hộ tịch"', 3],
        ['a duration', ' 4h ', 1],
        ['a procedure code', '1.001193', 3]
    ])('refuses %s', async (_what, needle, offset) => {
        const ws = await lspWorkspace();
        const position = cursor(ws, 'procedure.tthc', needle, 0, offset);
        expect(await prepare(ws, 'procedure.tthc', position)).toBeUndefined();
        expect(await rename(ws, 'procedure.tthc', position, 'X')).toBeUndefined();
    });

    test('refuses an unresolved reference', async () => {
        const ws = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': PROCEDURE.replace('-> TraKetQua', '-> TraKetQuaa') });
        expect(await prepare(ws, 'procedure.tthc', cursor(ws, 'procedure.tthc', '-> TraKetQuaa', 0, 4))).toBeUndefined();
    });
});

describe('rename of cases, parts and bodies', () => {
    test('each with every reference to it in the procedure: `when`, `part`, `by`, `with`', async () => {
        const ws = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': PUBLISHED });
        const when = renamed(ws, await rename(ws, 'procedure.tthc', cursor(ws, 'procedure.tthc', 'when XacMinh', 0, 6), 'CanXacMinh'))['procedure.tthc'];
        expect(linesWith(when, 'CanXacMinh')).toEqual([
            'case CanXacMinh "Trường hợp cần xác minh" { time 3wd total 3wd }',
            'step ThamDinh "Thẩm định" appraisal by VanPhongXa.TuPhap with HoiDong, CongAnXa 4h in TaiXa -> KyDuyet when CanXacMinh -> XacMinhHoSo'
        ]);
        const part = renamed(ws, await rename(ws, 'procedure.tthc', cursor(ws, 'procedure.tthc', 'part TaiXa "', 0, 6), 'TaiUBNDXa'))['procedure.tthc'];
        expect(linesWith(part, 'TaiUBNDXa')).toHaveLength(2);
        expect(part).not.toContain('TaiXa ');
        const body = renamed(ws, await rename(ws, 'procedure.tthc', cursor(ws, 'procedure.tthc', 'by HoiDong', 0, 4), 'HoiDongXetDuyet'))['procedure.tthc'];
        expect(linesWith(body, 'HoiDongXetDuyet')).toEqual([
            'body HoiDongXetDuyet "Hội đồng xét duyệt"',
            'step ThamDinh "Thẩm định" appraisal by VanPhongXa.TuPhap with HoiDongXetDuyet, CongAnXa 4h in TaiXa -> KyDuyet when XacMinh -> XacMinhHoSo',
            'step XacMinhHoSo "Xác minh" inspection by HoiDongXetDuyet 1wd -> KyDuyet'
        ]);
        expect(await prepare(ws, 'procedure.tthc', cursor(ws, 'procedure.tthc', 'member TroCapA', 0, 8))).toBe('TroCapA');
    });
});
