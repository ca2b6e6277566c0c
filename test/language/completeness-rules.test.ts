import { describe, expect, test } from 'vitest';
import { CATALOGUE, check, edit, expectFinding, expectNoFinding } from './check-helper.js';

describe('missing-attribute', () => {
    test('a procedure without code, sector, channel and result: one finding each, at its name', async () => {
        const bare = edit('procedure KhaiSinh', 'procedure <|KhaiSinh|>')
            .replace('  code 1.001193\n', '').replace('  sector "Hộ tịch"\n', '')
            .replace(/ {2}channel [^\n]*\n/g, '').replace('  result "Giấy khai sinh"\n', '');
        const { diagnostics, document, marked } = await check(bare);
        const found = diagnostics.filter(d => d.code === 'missing-attribute');
        expect(found.map(d => d.message)).toEqual([
            expect.stringContaining('has no code'), expect.stringContaining('has no sector'),
            expect.stringContaining('has no channel'), expect.stringContaining('has no result')
        ]);
        for (const d of found) {
            expect(document.textDocument.offsetAt(d.range.start)).toBe(marked.ranges[0].offset);
            expect(d.severity).toBe(1);
        }
    });
    test('a step without a performer, and a main-flow step without a time', async () => {
        await expectFinding('missing-attribute', edit('step KyDuyet "Ký giấy khai sinh" approval by UBNDXa.ChuTich 2h', 'step <|KyDuyet|> "Ký giấy khai sinh" approval 2h',
            edit('step ThamDinh "Thẩm định, trình ký" appraisal by VanPhongXa.TuPhap 4h', 'step <|ThamDinh|> "Thẩm định, trình ký" appraisal by VanPhongXa.TuPhap')));
    });
    test('a unit without a level', async () => {
        const [finding] = await expectFinding('missing-attribute', edit('unit CongAnXa "Công an xã" level central kind sector-agency', 'unit <|CongAnXa|> "Công an xã" kind sector-agency', CATALOGUE), null);
        expect(finding.message).toContain('has no level');
    });
    test('a unit without a kind', async () => {
        const [finding] = await expectFinding('missing-attribute', edit('unit CongAnXa "Công an xã" level central kind sector-agency', 'unit <|CongAnXa|> "Công an xã" level central', CATALOGUE), null);
        expect(finding.message).toContain('has no kind');
    });
    test('exception steps need no time; complete declarations pass', async () => {
        await expectNoFinding('missing-attribute', edit('', ''));
        await expectNoFinding('missing-attribute', CATALOGUE, null);
    });
});

describe('duplicate-attribute', () => {
    test('an attribute given twice', async () => {
        await expectFinding('duplicate-attribute', edit('  sector "Hộ tịch"\n', '  sector "Hộ tịch"\n  sector <|"Chứng thực"|>\n'));
    });
    test('a step performed "by" two units', async () => {
        await expectFinding('duplicate-attribute', edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 4h by <|UBNDXa.ChuTich|>'));
    });
    test('each attribute once passes', async () => {
        await expectNoFinding('duplicate-attribute', edit('', ''));
    });
});

describe('duplicate-channel', () => {
    test('two online channels', async () => {
        await expectFinding('duplicate-channel', edit('  channel online time same-day fee 0 VND\n', '  channel online time same-day fee 0 VND\n  <|channel online time same-day|>\n'));
    });
    test('one channel of each kind passes', async () => {
        await expectNoFinding('duplicate-channel', edit('  channel online time same-day fee 0 VND\n', '  channel online time same-day fee 0 VND\n  channel postal time same-day fee 0 VND\n'));
    });
});

describe('empty-title', () => {
    test('blank titles of a procedure, a step and a document', async () => {
        await expectFinding('empty-title', edit('"Đăng ký khai sinh" {', '<|"  "|> {', edit('"Ký giấy khai sinh"', '<|""|>', edit('document "Tờ khai đăng ký khai sinh"', 'document <|""|>'))));
    });
    test('titles with text pass', async () => {
        await expectNoFinding('empty-title', edit('', ''));
    });
});
