// Time that does not count (docs/language.md, "Main flow and exception paths"): steps and hand-overs
// marked `not-counted`, the applicant's own steps, and the steps before `clock starts after`.
import { describe, expect, test } from 'vitest';
import { check, edit, expectClean, expectFinding } from './check-helper.js';

// The reference procedure with a 5h appraisal: 1h + 5h + 2h + 1h is one hour over `same-day`.
const overByTheReturn = edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 5h');

describe('not-counted steps', () => {
    test('a return that takes the path over the statutory time is reported while it counts', async () => {
        await expectFinding('time-over-statutory', overByTheReturn
            .replace('channel in-person time same-day', 'channel in-person time <|same-day|>'));
    });

    test('a not-counted return no longer pushes the path over the statutory time', async () => {
        await expectClean(edit('return by TTPVHCCXa.CongChuc 1h', 'return by TTPVHCCXa.CongChuc 1h not-counted', overByTheReturn));
    });

    test('with the reason the law gives', async () => {
        await expectClean(edit('return by TTPVHCCXa.CongChuc 1h', 'return by TTPVHCCXa.CongChuc 1h not-counted "Không tính thời gian trả kết quả"', overByTheReturn));
    });

    test('a not-counted step is left out of the arithmetic and its time shown apart', async () => {
        const source = edit('return by TTPVHCCXa.CongChuc 1h', 'return by TTPVHCCXa.CongChuc 1h not-counted')
            .replace('  result', '  total <|1wd|>\n  result');
        const [finding] = await expectFinding('total-mismatch', source);
        expect(finding.message).toBe("The published total of procedure 'KhaiSinh' is 1wd, but its counted steps add up to TiepNhan 1h + ThamDinh 4h + KyDuyet 2h = 7h (1h more is not counted): correct the steps' times or the total.");
    });
});

describe('not-counted hand-overs', () => {
    const handover = (tail: string) => edit('appraisal by VanPhongXa.TuPhap 4h', `appraisal by VanPhongXa.TuPhap 4h handover to CongAnXa via LGSP within 2h${tail}`);

    test("a hand-over's sub-deadline counts unless it is marked", async () => {
        await expectFinding('time-over-statutory', handover('')
            .replace('channel in-person time same-day', 'channel in-person time <|same-day|>'));
    });

    test('a not-counted hand-over leaves the path within the statutory time', async () => {
        await expectClean(handover(' not-counted'));
    });

    test("the step's own time still counts", async () => {
        const [finding] = await expectFinding('time-over-statutory', handover(' not-counted')
            .replace('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 5h')
            .replace('channel in-person time same-day', 'channel in-person time <|same-day|>'));
        expect(finding.message).toContain('ThamDinh 5h');
    });
});

describe("the applicant's steps", () => {
    // After the reception the applicant completes the dossier for five working days: "Không tính thời gian".
    const applicant = (by: string) => edit('-> ThamDinh on incomplete', '-> HoanThien on incomplete',
        edit('  step ThamDinh', `  step HoanThien "Hoàn thiện hồ sơ" review by ${by} 5wd -> ThamDinh\n  step ThamDinh`));

    test('are never counted', async () => {
        await expectClean(applicant('applicant'));
    });

    test('the same step by an officer counts', async () => {
        await expectFinding('time-over-statutory', applicant('TTPVHCCXa.CongChuc')
            .replace('channel in-person time same-day', 'channel in-person time <|same-day|>'));
    });
});

describe('clock starts after', () => {
    // "03 ngày làm việc kiểm tra hồ sơ; 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ".
    const permit = (clock: string) => `
procedure CapPhep "Cấp giấy phép hành nghề" {
  code 1.000001
  sector "Tư pháp"
  level province
  authority SoTuPhap
  online partial
  legal "82/2020/NĐ-CP"
  channel in-person time <|20wd|> fee 0 VND
  result "Giấy phép"
${clock}
  step KiemTra "Kiểm tra tính đầy đủ của hồ sơ" reception by TTPVHCCTinh.CanBo 3wd -> ThamDinh on incomplete -> BoSung
  step ThamDinh "Thẩm định hồ sơ" appraisal by SoTuPhap.ChuyenVien 16wd -> KyDuyet on rejected -> TuChoi
  step KyDuyet "Ký giấy phép" approval by SoTuPhap.GiamDoc 3wd -> TraKetQua
  step TraKetQua "Trả kết quả" return by TTPVHCCTinh.CanBo 1wd
  step BoSung "Hướng dẫn bổ sung hồ sơ" supplement-request by TTPVHCCTinh.CanBo produces Mau02
  step TuChoi "Trả hồ sơ, nêu rõ lý do" refusal by TTPVHCCTinh.CanBo produces Mau03
}
`;

    test('without it, the completeness check counts and the path is over the statutory time', async () => {
        const [finding] = await expectFinding('time-over-statutory', permit(''));
        expect(finding.message).toContain('counts KiemTra 3wd + ThamDinh 16wd + KyDuyet 3wd + TraKetQua 1wd = 23wd');
    });

    test('with it, the 20 working days count from the complete dossier: no time-over-statutory', async () => {
        await expectClean(permit('  clock starts after KiemTra').replace(/<\||\|>/g, ''));
    });

    test('a total counts from the clock too, and the time before it is shown apart', async () => {
        await expectClean(permit('  clock starts after KiemTra\n  total 20wd').replace(/<\||\|>/g, ''));
        const [finding] = await expectFinding('total-mismatch', permit('  clock starts after KiemTra\n  total <|19wd|>').replace('<|20wd|>', '20wd'));
        expect(finding.message).toContain('add up to ThamDinh 16wd + KyDuyet 3wd + TraKetQua 1wd = 20wd (3wd more is not counted)');
    });

    test('the steps after the clock still count', async () => {
        const [finding] = await expectFinding('time-over-statutory', permit('  clock starts after KiemTra').replace('16wd', '17wd'));
        expect(finding.message).toContain('counts ThamDinh 17wd + KyDuyet 3wd + TraKetQua 1wd = 21wd');
    });

    test('an unknown step is reported once: where the clock starts is unknown, so the path is not checked', async () => {
        const source = permit('  clock starts after <|KiemTraa|>').replace('<|20wd|>', '20wd');
        const [finding] = await expectFinding('unknown-reference', source);
        expect(finding.message).toBe("There is no step in this procedure named 'KiemTraa'; did you mean 'KiemTra'?");
        expect((await check(source)).diagnostics.map(d => d.code)).toEqual(['unknown-reference']);
    });
});

describe('clock starts after, per case', () => {
    // Two tables ("a) Cá nhân", "b) Tổ chức"), each with its own completeness check before the clock.
    const tables = (caseClock: string) => `
procedure CapPhep "Cấp giấy phép hành nghề" {
  code 1.000001
  sector "Tư pháp"
  level province
  authority SoTuPhap
  online partial
  legal "82/2020/NĐ-CP"
  channel in-person time 20wd fee 0 VND
  result "Giấy phép"
  clock starts after KiemTra
  case CaNhan "Trường hợp cá nhân" { time 20wd start KiemTra }
  case ToChuc "Trường hợp tổ chức" { time <|20wd|> start KiemTraTC${caseClock} }
  step KiemTra "Kiểm tra hồ sơ của cá nhân" reception by TTPVHCCTinh.CanBo 3wd -> ThamDinh on incomplete -> BoSung
  step ThamDinh "Thẩm định hồ sơ của cá nhân" appraisal by SoTuPhap.ChuyenVien 16wd -> KyDuyet on rejected -> TuChoi
  step KyDuyet "Ký giấy phép" approval by SoTuPhap.GiamDoc 3wd -> TraKetQua
  step TraKetQua "Trả kết quả" return by TTPVHCCTinh.CanBo 1wd
  step KiemTraTC "Kiểm tra hồ sơ của tổ chức" reception by TTPVHCCTinh.CanBo 2wd -> ThamDinhTC on incomplete -> BoSung
  step ThamDinhTC "Thẩm định hồ sơ của tổ chức" appraisal by SoTuPhap.ChuyenVien 16wd -> KyDuyet on rejected -> TuChoi
  step BoSung "Hướng dẫn bổ sung hồ sơ" supplement-request by TTPVHCCTinh.CanBo produces Mau02
  step TuChoi "Trả hồ sơ, nêu rõ lý do" refusal by TTPVHCCTinh.CanBo produces Mau03
}
`;

    test("the procedure's clock is the first table's: the second table's check counts", async () => {
        const [finding] = await expectFinding('time-over-statutory', tables(''));
        expect(finding.message).toContain("The longest path of case 'ToChuc' counts KiemTraTC 2wd + ThamDinhTC 16wd + KyDuyet 3wd + TraKetQua 1wd = 22wd");
    });

    test("a case's own clock: its check is before it, and the procedure's stays the other case's", async () => {
        await expectClean(tables(' clock starts after KiemTraTC').replace(/<\||\|>/g, ''));
    });

    test("a case's clock that names an unknown step is reported once; that case's path is not checked", async () => {
        const source = tables(' clock starts after <|KiemTraTCC|>').replace('time <|20wd|>', 'time 20wd');
        expect((await check(source)).diagnostics.map(d => d.code)).toEqual(['unknown-reference']);
    });

    test('written twice in one case, it is a duplicate-attribute', async () => {
        await expectFinding('duplicate-attribute', tables(' clock starts after KiemTraTC clock starts after <|KiemTraTC|>').replace('time <|20wd|>', 'time 20wd'));
    });
});

