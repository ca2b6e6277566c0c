import { expectSymbols } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { SymbolKind, SymbolTag, type DocumentSymbol } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CATALOGUE, lspServicesWith, PROCEDURE } from './lsp-workspace.js';
import { PUBLISHED } from './published-fixture.js';

interface Outline {
    name: string;
    detail?: string;
    kind: SymbolKind;
    tags?: SymbolTag[];
    children?: Outline[];
}

const FIXTURES = { 'catalogue.tthc': CATALOGUE, 'procedure.tthc': PROCEDURE };

/**
 * The symbols of `files[path]`, the other files beside it in its project: langium/test's `expectSymbols` with an
 * `assert` that keeps them (the tests compare whole trees with details, kinds, tags and ranges).
 */
async function symbols(files: Record<string, string>, path: string): Promise<DocumentSymbol[]> {
    const { [path]: text, ...others } = files;
    const { services, uri } = await lspServicesWith(others);
    let found: DocumentSymbol[] | undefined;
    await expectSymbols(services)({
        text, parseOptions: { documentUri: uri(path), validation: true },
        assert: result => {
            found = result;
        }
    });
    if (found === undefined) throw new Error('expectSymbols did not call assert.');
    return found;
}

// The outline without ranges, for comparing trees.
function outline(symbols: DocumentSymbol[]): Outline[] {
    return symbols.map(s => ({
        name: s.name, detail: s.detail, kind: s.kind,
        ...(s.tags ? { tags: s.tags } : {}),
        ...(s.children ? { children: outline(s.children) } : {})
    }));
}

describe('document symbols', () => {
    test('the catalogue: province → units (with their level) → positions, and the forms', async () => {
        const [province] = outline(await symbols(FIXTURES, 'catalogue.tthc'));
        expect(province).toMatchObject({ name: 'Thu', detail: 'Tỉnh Thử', kind: SymbolKind.Namespace });
        expect(province.children!.map(c => c.name)).toEqual([
            'TTPVHCCTinh', 'UBNDTinh', 'SoTuPhap', 'TTPVHCCXa', 'UBNDXa', 'VanPhongXa', 'CongAnXa', 'Mau01', 'Mau02', 'Mau03'
        ]);
        expect(province.children![2]).toEqual({
            name: 'SoTuPhap', detail: 'Sở Tư pháp · province', kind: SymbolKind.Class,
            children: [
                { name: 'GiamDoc', detail: 'Giám đốc Sở', kind: SymbolKind.Field },
                { name: 'ChuyenVien', detail: 'Chuyên viên', kind: SymbolKind.Field }
            ]
        });
        expect(province.children![6]).toEqual({ name: 'CongAnXa', detail: 'Công an xã · central', kind: SymbolKind.Class });
        expect(province.children![7]).toEqual({ name: 'Mau01', detail: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', kind: SymbolKind.Struct });
    });

    test('a procedure: its steps (with their time) and own forms, in source order', async () => {
        expect(outline(await symbols(FIXTURES, 'procedure.tthc'))).toEqual([{
            name: 'KhaiSinh', detail: 'Đăng ký khai sinh', kind: SymbolKind.Module,
            children: [
                { name: 'TK', detail: 'Tờ khai đăng ký khai sinh', kind: SymbolKind.Struct },
                { name: 'TiepNhan', detail: 'Tiếp nhận, kiểm tra hồ sơ · 1h', kind: SymbolKind.Function },
                { name: 'ThamDinh', detail: 'Thẩm định, trình ký · 4h', kind: SymbolKind.Function },
                { name: 'KyDuyet', detail: 'Ký giấy khai sinh · 2h', kind: SymbolKind.Function },
                { name: 'TraKetQua', detail: 'Trả kết quả · 1h', kind: SymbolKind.Function },
                { name: 'BoSung', detail: 'Hướng dẫn bổ sung hồ sơ', kind: SymbolKind.Function },
                { name: 'TuChoi', detail: 'Trả hồ sơ, nêu rõ lý do', kind: SymbolKind.Function }
            ]
        }]);
    });

    test('ranges: the whole declaration, and its name as the selection', async () => {
        const document = TextDocument.create('file:///ws/procedure.tthc', 'tthc', 0, PROCEDURE);
        const [procedure] = await symbols(FIXTURES, 'procedure.tthc');
        const step = procedure.children!.find(s => s.name === 'KyDuyet')!;
        expect(document.getText(step.selectionRange)).toBe('KyDuyet');
        expect(document.getText(step.range)).toBe('step KyDuyet "Ký giấy khai sinh" approval by UBNDXa.ChuTich 2h -> TraKetQua');
        expect(document.getText(procedure.range)).toBe(PROCEDURE.trim());
    });

    test('a calendar duration with its working equivalent; district-level declarations are tagged deprecated', async () => {
        const catalogue = CATALOGUE.replace('unit CongAnXa "Công an xã" level central', 'unit CongAnHuyen "Công an huyện" level district');
        const procedure = PROCEDURE.replace('level commune', 'level district').replace('by UBNDXa.ChuTich 2h', 'by UBNDXa.ChuTich 3cd as 2d');
        const files = { 'catalogue.tthc': catalogue, 'procedure.tthc': procedure };
        const [province] = outline(await symbols(files, 'catalogue.tthc'));
        expect(province.children!.find(c => c.name === 'CongAnHuyen')).toEqual({
            name: 'CongAnHuyen', detail: 'Công an huyện · district', kind: SymbolKind.Class, tags: [SymbolTag.Deprecated]
        });
        const [khaiSinh] = outline(await symbols(files, 'procedure.tthc'));
        expect(khaiSinh.tags).toEqual([SymbolTag.Deprecated]);
        expect(khaiSinh.children!.find(c => c.name === 'KyDuyet')!.detail).toBe('Ký giấy khai sinh · 3cd as 2d');
    });

    test('several procedures in one file, and a file with none', async () => {
        const second = PROCEDURE.replace('procedure KhaiSinh "Đăng ký khai sinh"', 'procedure KhaiSinhLai "Đăng ký lại khai sinh"').replace('code 1.001193', 'code 1.004884');
        const files = { 'catalogue.tthc': CATALOGUE, 'procedure.tthc': PROCEDURE + second, 'empty.tthc': '// nothing yet\n' };
        expect((await symbols(files, 'procedure.tthc')).map(s => s.name)).toEqual(['KhaiSinh', 'KhaiSinhLai']);
        expect(await symbols(files, 'empty.tthc')).toEqual([]);
    });
});

describe('document symbols of procedures as published', () => {
    test('members of a group, cases, parts and bodies before the steps, with their times', async () => {
        const [procedure] = outline(await symbols({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': PUBLISHED }, 'procedure.tthc'));
        expect(procedure.children!.slice(0, 4)).toEqual([
            { name: 'XacMinh', detail: 'Trường hợp cần xác minh · 3 working days · total 3wd', kind: SymbolKind.Event },
            { name: 'TaiXa', detail: 'Tại Ủy ban nhân dân xã · subtotal 4h', kind: SymbolKind.Enum },
            { name: 'HoiDong', detail: 'Hội đồng xét duyệt', kind: SymbolKind.Object },
            { name: 'TroCapA', detail: 'Trợ cấp một lần · 1.000003', kind: SymbolKind.Module }
        ]);
        expect(procedure.children!.slice(4).map(c => c.name)).toEqual(['TiepNhan', 'ThamDinh', 'XacMinhHoSo', 'KyDuyet', 'TraKetQua']);
    });
});
