// The published total and the cut it states (docs/language.md, "Published totals and stated cuts").
import { describe, expect, test } from 'vitest';
import { CATALOGUE, check, edit, expectClean, expectFinding, expectNoFinding, PROCEDURE } from './check-helper.js';

/** The reference procedure with lines added before its result. */
const procedureWith = (lines: string, source = PROCEDURE): string => edit('  result', `${lines}\n  result`, source);

describe('total-mismatch', () => {
    test('a total that matches the counted steps passes, written in hours or working days', async () => {
        await expectClean(procedureWith('  total 8h'));
        await expectClean(procedureWith('  total 1wd "kể từ ngày nhận đủ hồ sơ hợp lệ"'));
    });

    test('a total the steps do not add up to: the message shows the arithmetic', async () => {
        const [finding] = await expectFinding('total-mismatch', procedureWith('  total <|7h|>'));
        expect(finding.message).toBe("The published total of procedure 'KhaiSinh' is 7h, but its counted steps add up to TiepNhan 1h + ThamDinh 4h + KyDuyet 2h + TraKetQua 1h = 8h: correct the steps' times or the total.");
    });

    test('more than the steps is a mismatch too (and over the statutory time)', async () => {
        await expectFinding('total-mismatch', procedureWith('  total <|1.5wd|>'));
    });

    test('a long path is elided with a count of the steps left out', async () => {
        // Fourteen more steps of 1h between the approval and the return: 18 counted steps.
        const extra = Array.from({ length: 14 }, (_, i) => `  step L${i + 1} "Bước ${i + 1}" review by VanPhongXa.TuPhap 1h -> ${i === 13 ? 'TraKetQua' : `L${i + 2}`}`);
        const long = edit('2h -> TraKetQua', '2h -> L1', edit('  step TraKetQua', `${extra.join('\n')}\n  step TraKetQua`));
        const [finding] = await expectFinding('total-mismatch', procedureWith('  total <|1wd|>', long));
        expect(finding.message).toContain('add up to TiepNhan 1h + ThamDinh 4h + KyDuyet 2h + L1 1h + L2 1h + L3 1h + L4 1h + L5 1h + L6 1h + L7 1h + L8 1h + … (7 more steps) = 2.75wd:');
        expect(finding.message).not.toContain('L9');
    });

    test('a total in calendar days among working time must say what it is worth, as a step would', async () => {
        await expectFinding('mixed-day-kinds', procedureWith('  total <|3cd|>'));
        await expectFinding('mixed-day-kinds', procedureWith('  part TaiXa "Tại UBND cấp xã" subtotal <|1cd|>')
            .replace('1h produces Mau01 -> ThamDinh', '1h in TaiXa produces Mau01 -> ThamDinh'));
        await expectClean(procedureWith('  total 1cd as 1wd'));
        await expectFinding('total-mismatch', procedureWith('  total <|3cd as 2wd|>'));
    });

    test("'total not-regulated' has nothing to compare", async () => {
        await expectNoFinding('total-mismatch', procedureWith('  total not-regulated'));
    });
});

describe('total-over-statutory', () => {
    // Steps of 1h + 4h + 10h + 1h = 2 working days under a published total of 2 working days; the
    // in-person channel allows two days, the online one (same-day) one.
    const twoDays = procedureWith('  total <|2wd|>', edit('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich 10h'))
        .replace('channel in-person time same-day', 'channel in-person time 2wd');

    test("a published total longer than a channel's statutory time", async () => {
        const [finding] = await expectFinding('total-over-statutory', twoDays);
        expect(finding.message).toBe("The published total of 'KhaiSinh', 2wd, is more than the online statutory time of 1wd: the internal procedure cannot take longer than the law allows.");
    });

    test('a total within every channel passes', async () => {
        await expectClean(twoDays.replace('channel online time same-day', 'channel online time 2wd').replace(/<\||\|>/g, ''));
    });
});

describe('cut-arithmetic and cut-below-target', () => {
    // "48 ngày (cắt giảm 12/60 ngày, tỷ lệ 20%)": steps of 3 + 40 + 4 + 1 = 48 days against a statutory 60.
    const mining = (total: string, catalogueRules = ''): [string, string] => [`
procedure CongNhan "Công nhận kết quả thăm dò" {
  code 1.000003
  sector "Tư pháp"
  level province
  authority SoTuPhap
  online partial
  legal "82/2020/NĐ-CP"
  channel in-person time 60d fee 0 VND
  result "Quyết định công nhận"
  days working
  ${total}
  step TiepNhan "Tiếp nhận hồ sơ" reception by TTPVHCCTinh.CanBo 3d -> ThamDinh on incomplete -> BoSung
  step ThamDinh "Thẩm định hồ sơ" appraisal by SoTuPhap.ChuyenVien 40d -> KyDuyet on rejected -> TuChoi
  step KyDuyet "Ký quyết định" approval by SoTuPhap.GiamDoc 4d -> TraKetQua
  step TraKetQua "Trả kết quả" return by TTPVHCCTinh.CanBo 1d
  step BoSung "Hướng dẫn bổ sung hồ sơ" supplement-request by TTPVHCCTinh.CanBo produces Mau02
  step TuChoi "Trả hồ sơ, nêu rõ lý do" refusal by TTPVHCCTinh.CanBo produces Mau03
}
`, catalogueRules ? edit('agency 000.00.00.H39 {', `agency 000.00.00.H39 ${catalogueRules} {`, CATALOGUE) : CATALOGUE];

    test("'total 48d cut 12d of 60d 20%' is clean", async () => {
        await expectClean(...mining('total 48d cut 12d of 60d 20% "kể từ ngày nhận đủ hồ sơ hợp lệ"'));
        await expectClean(...mining('total 48d cut 12d of 60d'));
    });

    test('a total that is not the time cut from less the cut', async () => {
        const [source, catalogue] = mining('total <|50d|> cut 12d of 60d 20%');
        // The steps add up to the stated 50 days: only the cut is wrong.
        const [finding] = await expectFinding('cut-arithmetic', source.replace('40d', '42d'), catalogue);
        expect(finding.message).toBe('A cut of 12d from 60d leaves 48wd, not 50d: correct the total or the cut.');
        expect((await check(source.replace('40d', '42d'), catalogue)).diagnostics.map(d => d.code)).toEqual(['cut-arithmetic']);
    });

    test('a ratio that is not the cut over the time cut from', async () => {
        const [finding] = await expectFinding('cut-arithmetic', ...mining('total 48d cut 12d of 60d <|25%|>'));
        expect(finding.message).toBe('A cut of 12d from 60d is 20%, not 25%: correct the ratio.');
    });

    test("a cut below the province's 'cut-target' is a warning, at the ratio or else at the cut", async () => {
        const [finding] = await expectFinding('cut-below-target', ...mining('total 48d cut 12d of 60d <|20%|>', 'cut-target 30%'));
        expect(finding.message).toBe("The stated cut is 20%, below the province's target of 30% ('cut-target' in the catalogue): cut more, or record why this procedure cannot.");
        await expectFinding('cut-below-target', ...mining('total 48d cut <|12d|> of 60d', 'cut-target 30%'));
    });

    test("a cut that meets the target, or a province without one, passes", async () => {
        await expectClean(...mining('total 48d cut 12d of 60d 20%', 'cut-target 20%'));
        await expectNoFinding('cut-below-target', ...mining('total 48d cut 12d of 60d 20%'));
    });
});
