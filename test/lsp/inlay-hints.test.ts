import { describe, expect, test } from 'vitest';
import { CATALOGUE, lspWorkspace, PROCEDURE, unmark } from './lsp-workspace.js';

/**
 * The inlay hints of `procedure.tthc` as `offset label` lines, and the offsets of its `<||>` markers
 * (langium/test has no inlay-hint helper; `unmark` is its `replaceIndices`).
 */
async function hints(source: string): Promise<{ hints: Array<{ offset: number; label: string; tooltip: string }>; expected: number[] }> {
    const marked = unmark(source);
    const ws = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': marked.text });
    const document = ws.document('procedure.tthc');
    const end = document.textDocument.positionAt(marked.text.length);
    const result = await ws.services.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: ws.uri('procedure.tthc') }, range: { start: { line: 0, character: 0 }, end } }) ?? [];
    return {
        hints: result.map(hint => ({
            offset: document.textDocument.offsetAt(hint.position),
            label: typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join(''),
            tooltip: typeof hint.tooltip === 'string' ? hint.tooltip : hint.tooltip?.value ?? ''
        })),
        expected: marked.ranges.map(range => range.offset)
    };
}

function mark(find: string, replacement: string, source = PROCEDURE): string {
    if (!source.includes(find)) throw new Error(`fixture lacks: ${find}`);
    return source.replace(find, replacement);
}

describe('inlay hints: the cumulative time after each step', () => {
    test('after each main-flow step\'s duration; exception steps say they are off the main flow', async () => {
        let source = mark('reception by TTPVHCCXa.CongChuc 1h', 'reception by TTPVHCCXa.CongChuc 1h<||>');
        source = mark('TuPhap 4h', 'TuPhap 4h<||>', source);
        source = mark('ChuTich 2h', 'ChuTich 2h<||>', source);
        source = mark('return by TTPVHCCXa.CongChuc 1h', 'return by TTPVHCCXa.CongChuc 1h<||>', source);
        // Without a duration, the hint ends the step's first line.
        source = mark('produces Mau02', 'produces Mau02<||>', source);
        source = mark('produces Mau03', 'produces Mau03<||>', source);
        const { hints: found, expected } = await hints(source);
        expect(found.map(hint => hint.label)).toEqual(['Σ 1h', 'Σ 5h', 'Σ 7h', 'Σ 1wd', 'off main flow', 'off main flow']);
        expect(found.map(hint => hint.offset)).toEqual(expected);
        expect(found[1].tooltip).toContain('Cumulative time at the end of step `ThamDinh` along the main flow: **5h**');
        expect(found[1].tooltip).toContain('Planned time of the procedure: 1wd of 1 working day (in-person).');
        expect(found[4].tooltip).toContain('Step `BoSung` is on an exception path');
    });

    test('a parallel fork joins at its slowest branch, and a hand-over counts its sub-deadline', async () => {
        const source = `
procedure LienThong "Đăng ký khai sinh liên thông" {
  code 1.000002
  sector "Hộ tịch"
  level commune
  authority UBNDXa
  channel in-person time 2wd fee 0 VND
  step TiepNhan "Tiếp nhận" reception by TTPVHCCXa.CongChuc 2h<||> -> ThamDinh, ChuyenCongAn
  step ThamDinh "Thẩm định" appraisal by VanPhongXa.TuPhap 4h<||> -> KyDuyet
  step ChuyenCongAn "Chuyển Công an" transfer by VanPhongXa.TuPhap 1h handover to CongAnXa via LGSP within 1wd<||> -> KyDuyet
  step KyDuyet "Ký" approval by UBNDXa.ChuTich 2h<||> -> TraKetQua
  step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc 1h<||>
}
`;
        const { hints: found, expected } = await hints(source);
        expect(found.map(hint => hint.label)).toEqual(['Σ 2h', 'Σ 6h', 'Σ 1wd 3h', 'Σ 1wd 5h', 'Σ 1wd 6h']);
        expect(found.map(hint => hint.offset)).toEqual(expected);
    });

    test('calendar days count in calendar days', async () => {
        let source = mark('channel in-person time same-day', 'channel in-person time 15cd');
        source = mark('channel online time same-day', 'channel online time 15cd', source);
        for (const [from, to] of [['CongChuc 1h produces', 'CongChuc 1cd produces'], ['TuPhap 4h', 'TuPhap 10cd'], ['ChuTich 2h', 'ChuTich 3cd'], ['CongChuc 1h\n', 'CongChuc 1cd\n']]) {
            source = mark(from, to, source);
        }
        const { hints: found } = await hints(source);
        expect(found.map(hint => hint.label)).toEqual(['Σ 1cd', 'Σ 11cd', 'Σ 14cd', 'Σ 15cd', 'off main flow', 'off main flow']);
    });

    test('no total after a main-flow step without a time', async () => {
        const { hints: found } = await hints(mark('TuPhap 4h', 'TuPhap'));
        expect(found.map(hint => hint.label)).toEqual(['Σ 1h', 'off main flow', 'off main flow']);
    });

    test('no totals when calendar days are mixed with working time', async () => {
        const { hints: found } = await hints(mark('TuPhap 4h', 'TuPhap 2cd'));
        expect(found.map(hint => hint.label)).toEqual(['off main flow', 'off main flow']);
    });
});

describe('inlay hints: a step counted from an earlier step', () => {
    test('says from the end of which step, and its cumulative time is that step\'s end plus its time', async () => {
        const source = mark('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich 5h from TiepNhan<||>');
        const { hints: found, expected } = await hints(source);
        const hint = found.find(h => h.offset === expected[0])!;
        expect(hint.label).toBe('Σ 6h · from the end of TiepNhan');
        expect(hint.tooltip).toContain('Its time counts from the end of step `TiepNhan`');
    });
});
