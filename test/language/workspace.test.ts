import { isTthcFile, stepPerformer, type TthcFile } from '@tthc/language';
import type { LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, PROCEDURE, edit, workspace } from './check-helper.js';

const codes = (document: LangiumDocument | undefined): string[] => (document?.diagnostics ?? []).map(d => String(d.code));

describe('linking across files', () => {
    test('units, positions and catalogue forms resolve from another file', async () => {
        const { documents } = await workspace({ 'catalogue.tthc': CATALOGUE, 'procedures/khai-sinh.tthc': PROCEDURE });
        const file = documents.get('procedures/khai-sinh.tthc')!.parseResult.value as TthcFile;
        const [reception] = file.procedures[0].steps;
        expect(stepPerformer(reception)?.name).toBe('CongChuc');
        expect(reception.produces[0].ref?.title).toBe('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
        expect(codes(documents.get('procedures/khai-sinh.tthc'))).toEqual([]);
    });

    test('an unknown name suggests the closest declared one', async () => {
        const { documents } = await workspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': edit('by UBNDXa.ChuTich', 'by UBNDXa.ChuTch') });
        const [diagnostic] = documents.get('p.tthc')!.diagnostics!;
        expect(diagnostic.code).toBe('unknown-reference');
        expect(diagnostic.message).toBe("There is no unit or position named 'UBNDXa.ChuTch'; did you mean 'UBNDXa.ChuTich'?");
    });

    test('an unknown name with nothing close says to declare it', async () => {
        const { documents } = await workspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': edit('-> KyDuyet on rejected', '-> HoanToanKhac on rejected') });
        const diagnostic = documents.get('p.tthc')!.diagnostics!.find(d => d.code === 'unknown-reference')!;
        expect(diagnostic.message).toBe("There is no step in this procedure named 'HoanToanKhac': declare it, or correct the name.");
    });

    test('steps are local to their procedure', async () => {
        const other = PROCEDURE.replace('procedure KhaiSinh', 'procedure KhaiTu').replace('code 1.001193', 'code 1.000656').replace('-> KyDuyet on rejected', '-> Khac on rejected');
        const { documents } = await workspace({ 'catalogue.tthc': CATALOGUE, 'a.tthc': PROCEDURE, 'b.tthc': other });
        expect(codes(documents.get('b.tthc'))).toContain('unknown-reference');
    });
});

describe('projects', () => {
    test('two catalogues in sibling folders are two projects: same names, no duplicates, no cross-links', async () => {
        const legacyProcedure = edit('by UBNDXa.ChuTich', 'by UBNDXa.ChuTich');
        const { documents } = await workspace({
            'lam-dong/catalogue.tthc': CATALOGUE,
            'lam-dong/procedures/khai-sinh.tthc': PROCEDURE,
            'legacy/catalogue.tthc': CATALOGUE.replace('"Tỉnh Thử"', '"Tỉnh Cũ"').replace('  unit CongAnXa "Công an xã" level central kind sector-agency\n', ''),
            'legacy/khai-sinh.tthc': legacyProcedure.replace('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 2h handover to CongAnXa within 2h')
        });
        expect(codes(documents.get('lam-dong/procedures/khai-sinh.tthc'))).toEqual([]);
        expect(codes(documents.get('lam-dong/catalogue.tthc'))).toEqual([]);
        // CongAnXa exists only in the other project
        expect(codes(documents.get('legacy/khai-sinh.tthc'))).toEqual(['unknown-reference']);
    });

    test('files outside any catalogue folder form their own project', async () => {
        const { documents } = await workspace({ 'lam-dong/catalogue.tthc': CATALOGUE, 'loose.tthc': PROCEDURE });
        expect(codes(documents.get('loose.tthc'))).toContain('unknown-reference');
    });
});

describe('duplicates across files', () => {
    const second = PROCEDURE.replace('procedure KhaiSinh', 'procedure KhaiSinhLuuDong');

    test('two procedures with one code are both reported', async () => {
        const { documents } = await workspace({ 'catalogue.tthc': CATALOGUE, 'a.tthc': PROCEDURE, 'b.tthc': second });
        expect(codes(documents.get('a.tthc'))).toEqual(['duplicate-code']);
        expect(codes(documents.get('b.tthc'))).toEqual(['duplicate-code']);
    });

    test('a unit declared in two catalogue files of one project', async () => {
        const extra = 'province Phu "Tỉnh Phụ" {\n  unit UBNDXa "Ủy ban nhân dân xã" level commune kind people-committee\n}\n';
        const { documents } = await workspace({ 'catalogue.tthc': CATALOGUE, 'more.tthc': extra });
        expect(codes(documents.get('more.tthc'))).toEqual(['duplicate-name']);
        expect(codes(documents.get('catalogue.tthc'))).toEqual(['duplicate-name']);
    });

    test('stay correct while files change: a duplicate appears in the untouched file and disappears again', async () => {
        const ws = await workspace({ 'catalogue.tthc': CATALOGUE, 'a.tthc': PROCEDURE, 'b.tthc': second.replace('code 1.001193', 'code 1.000894') });
        expect(codes(ws.document('a.tthc'))).toEqual([]);

        await ws.write('b.tthc', second);
        expect(codes(ws.document('b.tthc'))).toEqual(['duplicate-code']);
        expect(codes(ws.document('a.tthc'))).toEqual(['duplicate-code']);

        await ws.write('b.tthc', second.replace('code 1.001193', 'code 1.000656'));
        expect(codes(ws.document('b.tthc'))).toEqual([]);
        expect(codes(ws.document('a.tthc'))).toEqual([]);
    });

    test('deleting the other copy clears the finding', async () => {
        const ws = await workspace({ 'catalogue.tthc': CATALOGUE, 'a.tthc': PROCEDURE, 'b.tthc': second });
        expect(codes(ws.document('a.tthc'))).toEqual(['duplicate-code']);
        await ws.remove('b.tthc');
        expect(codes(ws.document('a.tthc'))).toEqual([]);
    });

    test('a catalogue that appears relinks the files below it, and one that goes unlinks them', async () => {
        const ws = await workspace({ 'sub/p.tthc': PROCEDURE });
        expect(codes(ws.document('sub/p.tthc'))).toContain('unknown-reference');
        await ws.write('catalogue.tthc', CATALOGUE);
        expect(codes(ws.document('sub/p.tthc'))).toEqual([]);
        await ws.remove('catalogue.tthc');
        expect(codes(ws.document('sub/p.tthc'))).toContain('unknown-reference');
    });

    test('a nested catalogue that appears takes the files below it out of the parent project', async () => {
        const ws = await workspace({ 'catalogue.tthc': CATALOGUE, 'sub/p.tthc': PROCEDURE });
        expect(codes(ws.document('sub/p.tthc'))).toEqual([]);
        // p.tthc refers only to the parent catalogue, which did not change: only the project split relinks it
        await ws.write('sub/catalogue.tthc', 'province Con "Tỉnh Con" {\n}\n');
        expect(codes(ws.document('sub/p.tthc'))).toContain('unknown-reference');
    });

    test('editing a unit in the catalogue re-links the procedures that use it', async () => {
        const ws = await workspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': PROCEDURE });
        await ws.write('catalogue.tthc', CATALOGUE.replace('position ChuTich "Chủ tịch Ủy ban nhân dân xã" leader', 'position ChuTich "Chủ tịch Ủy ban nhân dân xã"'));
        expect(codes(ws.document('p.tthc'))).toEqual(['signer-not-authority']);
        await ws.write('catalogue.tthc', CATALOGUE);
        expect(codes(ws.document('p.tthc'))).toEqual([]);
    });
});

describe('Vietnamese text', () => {
    test('names typed with combining accents are the names typed precomposed', async () => {
        const decomposed = (text: string) => text.normalize('NFD');
        const catalogue = CATALOGUE.replace('unit UBNDXa', 'unit ỦyBanXã').replaceAll('UBNDXa.', 'ỦyBanXã.');
        const procedure = PROCEDURE.replace('authority UBNDXa', `authority ${decomposed('ỦyBanXã')}`).replace('by UBNDXa.ChuTich', `by ${decomposed('ỦyBanXã')}.ChuTich`);
        expect(procedure).not.toContain('ỦyBanXã');
        const { documents } = await workspace({ 'catalogue.tthc': catalogue, 'p.tthc': procedure });
        expect(codes(documents.get('p.tthc'))).toEqual([]);
        const file = documents.get('p.tthc')!.parseResult.value as TthcFile;
        expect(file.procedures[0].authority?.ref?.name).toBe('ỦyBanXã');
        expect(file.procedures[0].title).toBe('Đăng ký khai sinh'.normalize('NFC'));
    });

    test('titles keep their diacritics', async () => {
        const { documents } = await workspace({ 'catalogue.tthc': CATALOGUE });
        const root = documents.get('catalogue.tthc')!.parseResult.value;
        expect(isTthcFile(root) && root.provinces[0].units[5].title).toBe('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã');
    });
});
