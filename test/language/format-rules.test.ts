import { describe, expect, test } from 'vitest';
import { CATALOGUE, edit, expectFinding, expectNoFinding } from './check-helper.js';

describe('code-format', () => {
    test.each(['1.00119', '12.001193', '1.001193.000.00.H39', '1.0011930'])('%s is reported', async code => {
        await expectFinding('code-format', edit('code 1.001193', `code <|${code}|>`));
    });
    test.each(['1.001193', '2.000815.000.00.00.H55'])('%s passes', async code => {
        await expectNoFinding('code-format', edit('code 1.001193', `code ${code}`));
    });
});

describe('agency-code-format', () => {
    test.each(['000.00.H39', 'H39', '000.00.00.39', '0000.00.00.H39'])('unit agency %s is reported', async code => {
        await expectFinding('agency-code-format', edit('agency 000.00.24.H39', `agency <|${code}|>`, CATALOGUE), null);
    });
    test('a province agency code', async () => {
        await expectFinding('agency-code-format', edit('code 68 agency 000.00.00.H39', 'code 68 agency <|000.00.00|>', CATALOGUE), null);
    });
    test('well-formed codes pass', async () => {
        await expectNoFinding('agency-code-format', CATALOGUE, null);
    });
});

describe('admin-code-format', () => {
    test('a province code of three digits', async () => {
        await expectFinding('admin-code-format', edit('code 68', 'code <|680|>', CATALOGUE), null);
    });
    test('two digits pass, with a leading zero too', async () => {
        await expectNoFinding('admin-code-format', edit('code 68', 'code 01', CATALOGUE), null);
    });
});

describe('fee-invalid', () => {
    test('a negative fee', async () => {
        await expectFinding('fee-invalid', edit('channel online time same-day fee 0 VND', 'channel online time same-day fee <|-5000|> VND'));
    });
    test('a fee with a thousands separator', async () => {
        const [finding] = await expectFinding('fee-invalid', edit('channel online time same-day fee 0 VND', 'channel online time same-day fee <|2.000|> VND'));
        expect(finding.message).toContain('2_000');
    });
    test('a cap below the fee', async () => {
        await expectFinding('fee-invalid', edit('channel online time same-day fee 0 VND', 'channel online time same-day fee 2000 VND per page max <|1000|> VND'));
    });
    test('per-page fees from page 0', async () => {
        await expectFinding('fee-invalid', edit('channel online time same-day fee 0 VND', 'channel online time same-day fee 1000 VND per page from page <|0|>'));
    });
    test('per-page amounts with a cap and exemptions pass', async () => {
        await expectNoFinding('fee-invalid', edit('channel online time same-day fee 0 VND',
            'channel online time same-day fee 2_000 VND per page fee 1000 VND per page from page 3 max 200_000 VND "tối đa" exempt "người có công"'));
    });
});

describe('superseded-legal-basis', () => {
    test.each(['"61/2018/NĐ-CP"', '"Nghị định số 61/2018/NĐ-CP"', '"107/2021/ND-CP"'])('%s', async citation => {
        await expectFinding('superseded-legal-basis', edit('legal "60/2014/QH13" "Luật Hộ tịch"', `legal <|${citation}|>`));
    });
    test('a title naming the superseded decree', async () => {
        await expectFinding('superseded-legal-basis', edit('legal "60/2014/QH13" "Luật Hộ tịch"', 'legal "" <|"Nghị định 61/2018/NĐ-CP về một cửa"|>'));
    });
    test('the text named first is the one cited', async () => {
        const [finding] = await expectFinding('superseded-legal-basis', edit('legal "60/2014/QH13" "Luật Hộ tịch"', 'legal <|"Nghị định số 107/2021/NĐ-CP sửa đổi Nghị định số 61/2018/NĐ-CP"|>'));
        expect(finding.message).toMatch(/^'107\/2021\/NĐ-CP' was replaced/);
    });
    test('a title that only mentions the replaced decree, under another number, passes', async () => {
        await expectNoFinding('superseded-legal-basis', edit('legal "60/2014/QH13" "Luật Hộ tịch"', 'legal "01/2018/TT-VPCP" "Thông tư hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP"'));
    });
    test.each([
        ['"Luật Đất đai số 45/2013/QH13"', '31/2024/QH15'],
        ['"15/2021/NĐ-CP"', '175/2024/NĐ-CP'],
        ['"Nghị định 01/2021/nđ-cp"', '168/2025/NĐ-CP']
    ])('%s was replaced by %s', async (citation, replacement) => {
        const [finding] = await expectFinding('superseded-legal-basis', edit('legal "60/2014/QH13" "Luật Hộ tịch"', `legal <|${citation}|>`));
        expect(finding.message).toContain(`was replaced by ${replacement}`);
    });
    test('the texts in force, and numbers that only end the same way or are another kind of text, pass', async () => {
        await expectNoFinding('superseded-legal-basis', edit('legal "60/2014/QH13" "Luật Hộ tịch"',
            'legal "31/2024/QH15" legal "175/2024/NĐ-CP" legal "168/2025/NĐ-CP" legal "101/2021/NĐ-CP" legal "01/2021/TT-BKHĐT" legal "145/2013/QH13"'));
    });
    test('the decree in force, and a number that only ends the same way, pass', async () => {
        await expectNoFinding('superseded-legal-basis', edit('legal "60/2014/QH13" "Luật Hộ tịch"', 'legal "118/2025/NĐ-CP" legal "161/2018/NĐ-CP"'));
    });
});

describe('handover-incomplete', () => {
    test('no partner', async () => {
        const [finding] = await expectFinding('handover-incomplete', edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 3h <|handover|> via LGSP within 1h'));
        expect(finding.message).toContain('partner agency');
    });
    test('no sub-deadline', async () => {
        await expectFinding('handover-incomplete', edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 4h <|handover|> to CongAnXa via LGSP'));
    });
    test('partner and sub-deadline pass', async () => {
        await expectNoFinding('handover-incomplete', edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 3h handover to CongAnXa via NDXP within 1h'));
    });
});

describe('full-online-in-person', () => {
    test('an original paper document and a site inspection in a fully online procedure', async () => {
        const source = edit('online partial', 'online full', edit('original on form TK', '<|original|> on form TK', edit('appraisal by VanPhongXa.TuPhap', '<|inspection|> by VanPhongXa.TuPhap')));
        await expectFinding('full-online-in-person', source);
    });
    test('a partial online procedure may inspect and ask for originals', async () => {
        await expectNoFinding('full-online-in-person', edit('appraisal by VanPhongXa.TuPhap', 'inspection by VanPhongXa.TuPhap'));
    });
    test('a fully online procedure with copies passes', async () => {
        await expectNoFinding('full-online-in-person', edit('online partial', 'online full', edit('original on form TK', 'copy on form TK')));
    });
});
