import { vietnameseDuration } from '@tthc/language';
import { englishLspTexts, isSuppressionAction, lspTexts, vietnameseLspTexts, type LspTextKey } from '@tthc/language/lsp';
import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { edit } from '../language/check-helper.js';
import { CATALOGUE, lspWorkspace, PROCEDURE, type LspWorkspace } from './lsp-workspace.js';

// Placeholders a Vietnamese text fills differently from the English one: a unit's level is said
// `cấp xã` after the kind (`levelOf`), where English puts the bare level first.
const differentPlaceholders = new Set<LspTextKey>(['fix.unit']);

const placeholders = (text: string): string[] => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map(m => m[1]).sort();

describe('the editor texts catalogue', () => {
    test('every English key has a Vietnamese text, different from the English, with the same placeholders', () => {
        const keys = Object.keys(englishLspTexts) as LspTextKey[];
        expect(Object.keys(vietnameseLspTexts).sort()).toEqual([...keys].sort());
        for (const key of keys) {
            const vi = vietnameseLspTexts[key];
            expect(vi.trim(), key).not.toBe('');
            expect(vi, key).not.toBe(englishLspTexts[key]);
            if (!differentPlaceholders.has(key)) {
                expect(placeholders(vi), key).toEqual(placeholders(englishLspTexts[key]));
            }
        }
    });

    test('a value is filled in once: a `{placeholder}` inside a value stays as written', () => {
        expect(lspTexts('en').text('fix.changeTo', { name: '{name}' })).toBe("Change to '{name}'");
        expect(lspTexts('vi').text('hover.step', { name: '{title}', title: 'x' })).toBe('**Bước** {title}: x');
    });

    test('durations as a Vietnamese reader writes them: days with a leading zero, calendar days as the law says', () => {
        expect(vietnameseDuration('1wd')).toBe('01 ngày làm việc');
        expect(vietnameseDuration('1d')).toBe('01 ngày');
        expect(vietnameseDuration('1wd 4h 30min')).toBe('01 ngày làm việc 4 giờ 30 phút');
        expect(vietnameseDuration('4h')).toBe('4 giờ');
        expect(vietnameseDuration('0.5wd')).toBe('0,5 ngày làm việc');
        expect(vietnameseDuration('1/4d')).toBe('1/4 ngày');
        expect(vietnameseDuration('15cd')).toBe('15 ngày');
        expect(vietnameseDuration('12wd')).toBe('12 ngày làm việc');
        expect(lspTexts('en').duration('1wd 4h')).toBe('1wd 4h');
    });
});

/** A workspace of the fixture catalogue and a procedure whose server speaks Vietnamese. */
async function vietnamese(procedure = PROCEDURE, catalogue = CATALOGUE): Promise<LspWorkspace> {
    return lspWorkspace({ 'catalogue.tthc': catalogue, 'procedure.tthc': procedure }, { language: 'vi' });
}

async function hoverAt(ws: LspWorkspace, path: string, find: string): Promise<string> {
    const document = ws.document(path);
    const offset = document.textDocument.getText().indexOf(find);
    expect(offset, find).toBeGreaterThanOrEqual(0);
    const hover = await ws.services.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: ws.uri(path) }, position: document.textDocument.positionAt(offset) });
    return (hover?.contents as { value: string } | undefined)?.value ?? '';
}

async function lensTitles(ws: LspWorkspace): Promise<string[]> {
    const lenses = await ws.services.lsp.CodeLensProvider!.provideCodeLens(ws.document('procedure.tthc'), { textDocument: { uri: ws.uri('procedure.tthc') } }) ?? [];
    return lenses.map(lens => lens.command!.title);
}

describe('the editor in Vietnamese (locale vi)', () => {
    test('hover on a unit, a step and a procedure', async () => {
        const ws = await vietnamese();
        expect(await hoverAt(ws, 'catalogue.tthc', 'UBNDXa')).toBe('**Đơn vị** `UBNDXa`: Ủy ban nhân dân xã\n\n- Cấp: cấp xã\n- Loại: people-committee\n- Mã định danh cơ quan: *không có*');
        const step = await hoverAt(ws, 'procedure.tthc', 'ThamDinh "');
        expect(step).toContain('**Bước** `ThamDinh`');
        expect(step).toContain('- Người thực hiện: ');
        expect(step).toContain('- Thời hạn: 4 giờ, 50% của 01 ngày làm việc (trực tiếp, trực tuyến)');
        expect(step).toContain('- Thời gian luỹ kế đến hết bước theo quy trình chính: **5 giờ**, 63% của 01 ngày làm việc');
        const procedure = await hoverAt(ws, 'procedure.tthc', 'KhaiSinh');
        expect(procedure).toContain('**Thủ tục** `KhaiSinh`: Đăng ký khai sinh');
        expect(procedure).toContain('- Cấp: xã');
        expect(procedure).toContain('- Thời gian dự kiến: **01 ngày làm việc** theo');
        expect(procedure).toContain('- trực tiếp: theo quy định 01 ngày làm việc — dự kiến 01 ngày làm việc, đúng hạn');
    });

    test('hover on a dossier component says what it is on each channel in Vietnamese', async () => {
        const ws = await vietnamese(PROCEDURE.replace('original on form TK', 'original for in-person electronic for online on form TK'));
        expect(await hoverAt(ws, 'procedure.tthc', 'document "Tờ khai')).toBe('**Thành phần hồ sơ** Tờ khai đăng ký khai sinh\n\n- Nộp trực tiếp: bản chính\n- Nộp trực tuyến: bản điện tử (chấp nhận biểu mẫu điện tử hoặc tệp điện tử)');
    });

    test('hover on a superseded legal citation names its replacement in Vietnamese', async () => {
        const ws = await vietnamese(edit('legal "60/2014/QH13" "Luật Hộ tịch"', 'legal "61/2018/NĐ-CP" "Nghị định về cơ chế một cửa"'));
        expect(await hoverAt(ws, 'procedure.tthc', '61/2018')).toMatch(/^\*\*Căn cứ pháp lý\*\* .*\n\n⚠ \*\*Đã được thay thế\*\*: .* đã được thay thế bởi .*; hãy trích dẫn văn bản đang có hiệu lực\.$/);
    });

    test('code lens: planned against statutory, and over it', async () => {
        expect(await lensTitles(await vietnamese())).toEqual(['dự kiến 01 ngày làm việc trên 01 ngày làm việc']);
        expect(await lensTitles(await vietnamese(edit('TuPhap 4h', 'TuPhap 5h')))).toEqual(['⚠ vượt 1 giờ: dự kiến 01 ngày làm việc 1 giờ trên 01 ngày làm việc']);
        const online = edit('channel online time same-day', 'channel online time 2wd');
        expect(await lensTitles(await vietnamese(edit('TuPhap 4h', 'TuPhap 5h', online)))).toEqual([
            '⚠ trực tiếp vượt 1 giờ: dự kiến 01 ngày làm việc 1 giờ trên 01 ngày làm việc',
            'nộp trực tuyến: dự kiến 01 ngày làm việc 1 giờ trên 02 ngày làm việc'
        ]);
    });

    test('inlay hints: the cumulative time and the steps off the main flow', async () => {
        const ws = await vietnamese();
        const document = ws.document('procedure.tthc');
        const end = document.textDocument.positionAt(document.textDocument.getText().length);
        const hints = await ws.services.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: ws.uri('procedure.tthc') }, range: { start: { line: 0, character: 0 }, end } }) ?? [];
        expect(hints.map(hint => hint.label)).toEqual(['Σ 1 giờ', 'Σ 5 giờ', 'Σ 7 giờ', 'Σ 01 ngày làm việc', 'ngoài quy trình chính', 'ngoài quy trình chính']);
        const tooltip = (index: number): string => (hints[index].tooltip as { value: string }).value;
        expect(tooltip(1)).toBe('Thời gian luỹ kế đến hết bước `ThamDinh` theo quy trình chính: **5 giờ** (nhánh dài nhất của quy trình chính đi tới bước này; bước bàn giao cộng thêm thời hạn `within`).'
            + '\n\nThời gian dự kiến của thủ tục: 01 ngày làm việc trên 01 ngày làm việc (nộp trực tiếp).');
        expect(tooltip(4)).toMatch(/^Bước `BoSung` thuộc một nhánh ngoại lệ/);
    });

    test('quick-fix titles', async () => {
        const catalogue = edit('\n  form Mau01', '\n  unit MotCuaHuyen "Bộ phận Một cửa huyện" level district kind one-stop {\n    position CongChuc "Công chức"\n  }\n  form Mau01', CATALOGUE);
        const ws = await vietnamese(edit('reception by TTPVHCCXa.CongChuc', 'reception by MotCuaHuyen.CongChuc'), catalogue);
        const diagnostic = ws.document('procedure.tthc').diagnostics!.find((d: Diagnostic) => d.code === 'district-level')!;
        expect(diagnostic).toBeDefined();
        const actions = await ws.services.lsp.CodeActionProvider!.getCodeActions(ws.document('procedure.tthc'), {
            textDocument: { uri: ws.uri('procedure.tthc') }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        expect(actions.map(a => a.title)).toEqual([
            'Giao cho TTPVHCCXa.CongChuc (one-stop cấp xã: Trung tâm Phục vụ hành chính công xã)',
            'Giao cho TTPVHCCTinh.CanBo (one-stop cấp tỉnh: Trung tâm Phục vụ hành chính công tỉnh)',
            "Bỏ qua 'district-level' tại đây (sau đó ghi lý do)…"
        ]);
        expect(actions.map(a => isSuppressionAction(a))).toEqual([false, false, true]);
    });

    test('rename refuses a keyword or an invalid name in Vietnamese', async () => {
        const ws = await vietnamese();
        const document = ws.document('procedure.tthc');
        const position = document.textDocument.positionAt(document.textDocument.getText().indexOf('step BoSung') + 6);
        const rename = (newName: string) => ws.services.lsp.RenameProvider!.rename(document, { textDocument: { uri: ws.uri('procedure.tthc') }, position, newName });
        await expect(rename('step')).rejects.toMatchObject({ code: -32602, message: "'step' là từ khoá, không dùng làm tên được: hãy chọn tên khác." });
        await expect(rename('Bo Sung')).rejects.toMatchObject({ code: -32602, message: expect.stringMatching(/^'Bo Sung' không phải là tên hợp lệ/) });
    });

    test('the language is read at each request: switching the locale needs no new services', async () => {
        const ws = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': PROCEDURE });
        expect(await lensTitles(ws)).toEqual(['planned 1wd of 1 working day']);
        ws.services.i18n.Locale.language = 'vi';
        expect(await lensTitles(ws)).toEqual(['dự kiến 01 ngày làm việc trên 01 ngày làm việc']);
    });
});
