import { describe, expect, test } from 'vitest';
import { check, edit, expectFinding, expectNoFinding } from './check-helper.js';

describe('time-over-statutory', () => {
    test('the longest path exceeds each channel that is too short', async () => {
        const source = edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 5h')
            .replace('channel in-person time same-day', 'channel in-person time <|same-day|>');
        const [finding] = await expectFinding('time-over-statutory', source);
        // The arithmetic of the path, in working time (`1wd`: a working day, not a bare day).
        expect(finding.message).toContain('counts TiepNhan 1h + ThamDinh 5h + KyDuyet 2h + TraKetQua 1h = 1wd 1h');
        expect(finding.message).toContain('more than the in-person and online statutory time of 1wd');
        expect(finding.message).toContain('shorten its steps by 1h');
    });
    test('exception paths do not count', async () => {
        await expectNoFinding('time-over-statutory', edit('supplement-request by TTPVHCCXa.CongChuc', 'supplement-request by TTPVHCCXa.CongChuc 3d'));
    });
    test("a hand-over's sub-deadline counts on the path", async () => {
        await expectFinding('time-over-statutory', edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 4h handover to CongAnXa via LGSP within 1h')
            
            .replace('channel in-person time same-day', 'channel in-person time <|same-day|>'));
    });
    test('calendar days compare with calendar days', async () => {
        const calendar = edit('channel online time same-day fee 0 VND', 'channel online time <|10cd|> fee 0 VND', edit('channel in-person time same-day', 'channel in-person time 12cd'))
            .replace(/ (1h|4h|2h)( ->| produces|$)/gm, ' 3cd$2').replace('return by TTPVHCCXa.CongChuc 1h', 'return by TTPVHCCXa.CongChuc 3cd');
        await expectFinding('time-over-statutory', calendar);
    });
    test('a path that takes exactly the statutory time passes', async () => {
        await expectNoFinding('time-over-statutory', edit('', ''));
    });
});

describe('time-under-statutory', () => {
    test('steps that leave a margin are reported with the margin', async () => {
        const [finding] = await expectFinding('time-under-statutory', edit('channel in-person time same-day', 'channel in-person time <|2wd|>'));
        expect(finding.message).toContain('1wd less than the in-person statutory time of 2wd');
    });
    test('an exact total passes', async () => {
        await expectNoFinding('time-under-statutory', edit('', ''));
    });
});

describe('mixed-day-kinds', () => {
    test('calendar days among working hours, without a conversion', async () => {
        await expectFinding('mixed-day-kinds', edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap <|1cd|>'));
    });
    test('a calendar-day channel with working-time steps', async () => {
        await expectFinding('mixed-day-kinds', edit('channel online time same-day', 'channel online time <|15cd|>'));
    });
    test('a conversion makes them comparable', async () => {
        const source = edit('channel online time same-day', 'channel online time 2cd as 1d');
        await expectNoFinding('mixed-day-kinds', source);
        await expectNoFinding('time-over-statutory', source);
    });
    test('calendar days only pass', async () => {
        const calendar = edit('same-day', '1cd', edit('same-day', '1cd')).replace(/ (1h|4h|2h)( ->| produces|$)/gm, ' 0.25cd$2')
            .replace('return by TTPVHCCXa.CongChuc 1h', 'return by TTPVHCCXa.CongChuc 0.25cd');
        await expectNoFinding('mixed-day-kinds', calendar);
        const { diagnostics } = await check(calendar);
        expect(diagnostics.map(d => d.code)).toEqual([]);
    });
});

describe('invalid-duration', () => {
    test('a zero duration', async () => {
        await expectFinding('invalid-duration', edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap <|0h|>'));
    });
    test('a conversion of working time', async () => {
        await expectFinding('invalid-duration', edit('channel online time same-day', 'channel online time 1d as <|1d|>'));
    });
    test('a conversion into calendar days', async () => {
        await expectFinding('invalid-duration', edit('channel online time same-day', 'channel online time 2cd as <|1cd|>'));
    });
    test('durations in every unit pass', async () => {
        await expectNoFinding('invalid-duration', edit('reception by TTPVHCCXa.CongChuc 1h', 'reception by TTPVHCCXa.CongChuc 60min'));
    });
});

describe('parallel branches', () => {
    // After the approval, two hand-overs run in parallel and meet again at the return.
    const parallel = edit('approval by UBNDXa.ChuTich 2h -> TraKetQua', 'approval by UBNDXa.ChuTich 1h -> ChuyenCongAn, ChuyenBHXH',
        edit('  step TraKetQua', `  step ChuyenCongAn "Chuyển Công an xã" transfer by VanPhongXa.TuPhap 30min handover to CongAnXa via LGSP within 1h -> TraKetQua
  step ChuyenBHXH "Chuyển Bảo hiểm xã hội" transfer by VanPhongXa.TuPhap 30min handover to CongAnXa via LGSP within 30min -> TraKetQua
  step TraKetQua`, edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 3.5h')));

    test('the total is the longest branch, not the sum of both', async () => {
        // 1h + 3.5h + 1h + max(30min + 1h, 30min + 30min) + 1h = 8h: exactly same-day
        const { diagnostics } = await check(parallel);
        expect(diagnostics.map(d => d.code)).toEqual([]);
    });

    test('the longest branch sets the path that is reported', async () => {
        const [finding] = await expectFinding('time-over-statutory', parallel.replace('within 1h', 'within 2h')
            .replace('channel in-person time same-day', 'channel in-person time <|same-day|>'));
        expect(finding.message).toContain('KyDuyet 1h + ChuyenCongAn 2h 30min + TraKetQua 1h = 1wd 1h');
    });
});
