// Parts (subtotals and shared times) and cases (their own paths and limits): docs/language.md, "Cases"
// and "Parts: subtotals and shared times".
import { timingOf, type TthcFile } from '@tthc/language';
import { describe, expect, test } from 'vitest';
import { check, edit, expectClean, expectFinding, expectNoFinding, PROCEDURE } from './check-helper.js';

/** The reference procedure with lines added before its result. */
const procedureWith = (lines: string, source = PROCEDURE): string => edit('  result', `${lines}\n  result`, source);
const codesOf = async (source: string): Promise<string[]> => (await check(source)).diagnostics.map(d => String(d.code));

describe('parts', () => {
    // The reception and the appraisal (1h + 4h) at the commune's one-stop part.
    const part = (declaration: string) => procedureWith(`  ${declaration}`)
        .replace('1h produces Mau01 -> ThamDinh', '1h in TaiXa produces Mau01 -> ThamDinh')
        .replace('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 4h in TaiXa');

    test('a subtotal its steps add up to passes', async () => {
        await expectClean(part('part TaiXa "Tại UBND cấp xã" subtotal 5h'));
    });

    test('a subtotal they do not add up to is a total-mismatch with the arithmetic', async () => {
        const [finding] = await expectFinding('total-mismatch', part('part TaiXa "Tại UBND cấp xã" subtotal <|4h|>'));
        expect(finding.message).toBe("The subtotal of part 'TaiXa' is 4h, but its counted steps add up to TiepNhan 1h + ThamDinh 4h = 5h: correct the steps' times or the subtotal.");
    });

    test("a part's not-counted step is not in its subtotal", async () => {
        const source = procedureWith('  part TraKQ "Trả kết quả" subtotal 0h')
            .replace('return by TTPVHCCXa.CongChuc 1h', 'return by TTPVHCCXa.CongChuc 1h not-counted in TraKQ');
        await expectNoFinding('total-mismatch', source);
    });

    // One time cell over the appraisal and the signature: 6h, counted once (1h + 6h + 1h = same-day).
    const shared = procedureWith('  part XuLy "Thẩm định, ký" time 6h')
        .replace('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap in XuLy')
        .replace('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich in XuLy');

    test('a shared time is counted once, and its steps need no time of their own', async () => {
        await expectClean(shared);
    });

    test('counted once: a shared time of more than the statutory time is over it once', async () => {
        const [finding] = await expectFinding('time-over-statutory', shared.replace('time 6h', 'time 7h')
            .replace('channel in-person time same-day', 'channel in-person time <|same-day|>'));
        expect(finding.message).toContain('= 1wd 1h');
    });

    test('part-time-and-step-time: a step with its own time in a part with one time for all', async () => {
        const [finding] = await expectFinding('part-time-and-step-time', shared.replace('approval by UBNDXa.ChuTich in XuLy', 'approval by UBNDXa.ChuTich <|2h|> in XuLy'));
        expect(finding.message).toBe("Step 'KyDuyet' has its own time, but part 'XuLy' gives one time to all its steps: remove the step's time, or give the part a 'subtotal' instead of a 'time'.");
    });

    test('part-without-steps: a part no step joins', async () => {
        const [finding] = await expectFinding('part-without-steps', procedureWith('  part <|TaiSo|> "Tại Sở" subtotal 2h'));
        expect(finding.message).toBe("No step joins part 'TaiSo': add 'in TaiSo' to the steps it covers, or remove the part.");
    });

    test('two parts of one name are duplicate-name: the second would never be joined', async () => {
        const source = part('part <|TaiXa|> "Tại UBND cấp xã" subtotal 5h\n  part <|TaiXa|> "Tại Văn phòng" subtotal 4h');
        await expectFinding('duplicate-name', source);
    });

    test('an unknown part name is reported once, by the linker', async () => {
        const source = part('part TaiXa "Tại UBND cấp xã" subtotal 5h').replace('4h in TaiXa', '4h in <|TaiXaa|>');
        const [finding] = await expectFinding('unknown-reference', source);
        expect(finding.message).toBe("There is no part in this procedure named 'TaiXaa'; did you mean 'TaiXa'?");
        expect(await codesOf(source)).toEqual(['unknown-reference']);
    });
});

describe('cases', () => {
    // "10 ngày; 30 ngày nếu cần xác minh": after the appraisal, a dossier that needs verification goes
    // through two working days of it (1h + 4h + 2wd + 2h + 1h = 3wd); the others go on to the signature.
    const verification = (limit = '{ time 3wd }') => procedureWith(`  case XacMinh "Trường hợp cần xác minh" ${limit}`)
        .replace('appraisal by VanPhongXa.TuPhap 4h -> KyDuyet', 'appraisal by VanPhongXa.TuPhap 4h -> KyDuyet when XacMinh -> XacMinhHS')
        .replace('  step KyDuyet', '  step XacMinhHS "Xác minh hồ sơ" review by VanPhongXa.TuPhap 2wd -> KyDuyet\n  step KyDuyet');

    test("a 'when' edge beside the default one: each path within its own limit", async () => {
        await expectClean(verification());
    });

    test("a 'when' edge is not a second default transition; two for the same case are", async () => {
        await expectNoFinding('duplicate-outcome', verification());
        const [finding] = await expectFinding('duplicate-outcome', verification().replace('when XacMinh -> XacMinhHS', 'when XacMinh -> XacMinhHS <|when XacMinh -> KyDuyet|>'));
        expect(finding.message).toBe("Step 'ThamDinh' has two 'when XacMinh' transitions, so where a dossier goes is ambiguous: keep one.");
    });

    test("a case's path is checked against the case's own time", async () => {
        const [finding] = await expectFinding('time-over-statutory', verification('{ time <|3wd|> }').replace('2wd -> KyDuyet', '3wd -> KyDuyet'));
        expect(finding.message).toBe("The longest path of case 'XacMinh' counts TiepNhan 1h + ThamDinh 4h + XacMinhHS 3wd + KyDuyet 2h + TraKetQua 1h = 4wd, more than the statutory time of case 'XacMinh' of 3wd: shorten its steps by 1wd, or mark what the law does not count 'not-counted'.");
    });

    test("the procedure's own path is still checked against the channels (and the case's, through the same step, against its time)", async () => {
        await expectFinding('time-over-statutory', verification().replace('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 5h')
            .replace('channel in-person time same-day', 'channel in-person time <|same-day|>')
            .replace('{ time 3wd }', '{ time <|3wd|> }'));
    });

    test("a case's published total is checked against its path", async () => {
        await expectClean(verification('{ time 3wd total 3wd }'));
        const [finding] = await expectFinding('total-mismatch', verification('{ time 3wd total <|2wd|> }'));
        expect(finding.message).toContain("The published total of case 'XacMinh' is 2wd, but its counted steps add up to TiepNhan 1h + ThamDinh 4h + XacMinhHS 2wd + KyDuyet 2h + TraKetQua 1h = 3wd");
    });

    test("a case's total over its time is total-over-statutory", async () => {
        const source = verification('{ time 3wd total <|4wd|> }').replace('2wd -> KyDuyet', '3wd -> KyDuyet');
        const [finding] = await expectFinding('total-over-statutory', source);
        expect(finding.message).toBe("The published total of 'XacMinh', 4wd, is more than the statutory time of case 'XacMinh' of 3wd: the internal procedure cannot take longer than the law allows.");
    });

    test("a case whose time is 'not-regulated' has no limit to exceed, not even the channels'", async () => {
        await expectClean(verification('{ time not-regulated }'));
    });

    test("a case with a total and no time: its total is checked against the channels", async () => {
        const [finding] = await expectFinding('total-over-statutory', verification('{ total <|3wd|> }'));
        expect(finding.message).toContain('is more than the in-person and online statutory time of 1wd');
    });

    test('case-without-limit: neither a time nor a total', async () => {
        const [finding] = await expectFinding('case-without-limit', verification('').replace('case XacMinh', 'case <|XacMinh|>'));
        expect(finding.message).toBe('Case \'XacMinh\' has no limit to check its path against: give it its statutory \'time\' or its published \'total\', e.g. \'case XacMinh "…" { time 30d }\'.');
    });

    test('case-unused: nothing leads into the case, and its path (the procedure\'s own) is not checked as the case\'s', async () => {
        const source = procedureWith('  case <|XacMinh|> "Trường hợp cần xác minh" { time 3wd }');
        const [finding] = await expectFinding('case-unused', source);
        expect(finding.message).toBe("No step leads into case 'XacMinh': add 'when XacMinh -> Step' to the step where the case branches off, or 'start Step' to the case when it has a table of its own.");
        expect(await codesOf(source)).toEqual(['case-unused']);
    });

    test('an untaken case does not hide the procedure\'s own path: it is still checked against the channels', async () => {
        // 1h + 4h + 6h + 1h = 12h against the same-day channels: the path the untaken case would follow is the
        // procedure's own, so the finding is the procedure's.
        const source = procedureWith('  case XacMinh "Trường hợp cần xác minh" { time 3wd }')
            .replace('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich 6h')
            .replace('channel in-person time same-day', 'channel in-person time <|same-day|>');
        const [finding] = await expectFinding('time-over-statutory', source);
        expect(finding.message).toContain("The longest path of 'KhaiSinh' counts");
        // The timing carries the flows that are checked (and that the editor shows): the procedure's own, not the case's.
        const procedure = ((await check(source)).document.parseResult.value as TthcFile).procedures[0];
        expect(timingOf(procedure).flows.map(flow => flow.case?.name ?? procedure.name)).toEqual(['KhaiSinh']);
    });

    test('a taken case and the procedure\'s own path: both in the timing\'s flows', async () => {
        const procedure = ((await check(verification())).document.parseResult.value as TthcFile).procedures[0];
        expect(timingOf(procedure).flows.map(flow => flow.case?.name ?? procedure.name)).toEqual(['KhaiSinh', 'XacMinh']);
    });

    test('an unknown case name: exactly one unknown-reference', async () => {
        const source = verification().replace('when XacMinh -> XacMinhHS', 'when <|XacMin|> -> XacMinhHS');
        const [finding] = await expectFinding('unknown-reference', source);
        expect(finding.message).toBe("There is no case in this procedure named 'XacMin'; did you mean 'XacMinh'?");
        expect(await codesOf(source)).toEqual(['unknown-reference']);
    });

    test('two cases, or two bodies, of one name are duplicate-name', async () => {
        await expectFinding('duplicate-name', verification().replace('  case XacMinh', '  case <|XacMinh|> "Trường hợp khác" { time 2wd }\n  case <|XacMinh|>'));
        await expectFinding('duplicate-name', procedureWith('  body <|HoiDong|> "Hội đồng thẩm định"\n  body <|HoiDong|> "Hội đồng tư vấn"'));
    });

    test("a fee of a case names the procedure's case", async () => {
        await expectClean(verification().replace('channel online time same-day fee 0 VND', 'channel online time same-day fee 0 VND fee 50_000 VND when XacMinh'));
    });
});

describe('cases with tables of their own', () => {
    // "a) Trường hợp không thành lập hội đồng … 15 ngày / b) Trường hợp thành lập hội đồng … 27 ngày",
    // the two tables one after the other, each from its `start`.
    const tables = (a = '12d', b = '12d') => `
procedure CongNhan "Công nhận tổ chức" {
  code 1.000002
  sector "Tư pháp"
  level province
  authority SoTuPhap
  online partial
  legal "82/2020/NĐ-CP"
  channel in-person time 30wd fee 0 VND
  result "Quyết định công nhận"
  days working
  body HoiDong "Hội đồng tư vấn"
  case KhongHoiDong "Trường hợp không thành lập hội đồng" { total <|15d|> start A1 }
  case CoHoiDong "Trường hợp thành lập hội đồng" { time 30d total <|27d|> start B1 }
  step A1 "Tiếp nhận hồ sơ" reception by TTPVHCCTinh.CanBo 0.5d -> A2 on incomplete -> BoSung
  step A2 "Thẩm định hồ sơ" appraisal by SoTuPhap.ChuyenVien ${a} -> A3 on rejected -> TuChoi
  step A3 "Ký quyết định" approval by SoTuPhap.GiamDoc 2d -> A4
  step A4 "Trả kết quả" return by TTPVHCCTinh.CanBo 0.5d
  step B1 "Tiếp nhận hồ sơ" reception by TTPVHCCTinh.CanBo 0.5d -> B2 on incomplete -> BoSung
  step B2 "Thẩm định hồ sơ" appraisal by SoTuPhap.ChuyenVien 10d -> B3
  step B3 "Họp hội đồng tư vấn" review by HoiDong ${b} -> B4
  step B4 "Ký quyết định" approval by SoTuPhap.GiamDoc 4d -> B5
  step B5 "Trả kết quả" return by TTPVHCCTinh.CanBo 0.5d
  step BoSung "Hướng dẫn bổ sung hồ sơ" supplement-request by TTPVHCCTinh.CanBo produces Mau02
  step TuChoi "Trả hồ sơ, nêu rõ lý do" refusal by TTPVHCCTinh.CanBo produces Mau03
}
`;

    test('a case with neither start nor when, beside one with a table of its own, is the table from the first step', async () => {
        const first = tables().replace(/<\||\|>/g, '').replace('{ total 15d start A1 }', '{ total 15d }');
        expect(await codesOf(first)).toEqual([]);
        const wrong = first.replace('{ total 15d }', '{ total <|14d|> }');
        await expectFinding('total-mismatch', wrong);
    });

    test('each table within its own total is clean; the first, being a case\'s, is not also checked as the procedure\'s', async () => {
        await expectClean(tables().replace(/<\||\|>/g, ''));
    });

    test('each case\'s path is checked against its own total', async () => {
        const findings = await expectFinding('total-mismatch', tables('13d', '13d'));
        expect(findings.map(d => d.message)).toEqual([
            "The published total of case 'KhongHoiDong' is 15d, but its counted steps add up to A1 0.5d + A2 13d + A3 2d + A4 0.5d = 16d: correct the steps' times or the total.",
            "The published total of case 'CoHoiDong' is 27d, but its counted steps add up to B1 0.5d + B2 10d + B3 13d + B4 4d + B5 0.5d = 28d: correct the steps' times or the total."
        ]);
    });

    test("and against its own time: with a published total, the total is what is over it", async () => {
        const source = tables('12d', '16d').replace('total <|15d|>', 'total 15d').replace('{ time 30d total <|27d|> start B1 }', '{ time 30d total <|31d|> start B1 }');
        const [finding] = await expectFinding('total-over-statutory', source);
        expect(finding.message).toContain("'CoHoiDong', 31d, is more than the statutory time of case 'CoHoiDong' of 30d");
        await expectNoFinding('time-over-statutory', source.replace(/<\||\|>/g, ''));
    });

    test('and without a published total, its steps are', async () => {
        const source = tables('12d', '16d').replace('total <|15d|>', 'total 15d').replace('{ time 30d total <|27d|> start B1 }', '{ time <|30d|> start B1 }');
        const [finding] = await expectFinding('time-over-statutory', source);
        expect(finding.message).toContain('= 31d, more than the statutory time of case');
    });

    test('steps that contradict the published total are one finding, not also one against the time', async () => {
        const source = tables('12d', '16d').replace('total <|15d|>', 'total 15d').replace('{ time 30d total <|27d|> start B1 }', '{ time 30d total <|27d|> start B1 }');
        const over = await check(source.replace(/<\||\|>/g, ''));
        expect(over.diagnostics.map(d => d.code).sort()).toEqual(['total-mismatch']);
    });
});

describe('incomplete flows', () => {
    // The appraisal goes on only in a case: the procedure's own path stops there, and so does the path
    // of a case that starts at the reception but has no way on (`Nhanh`): neither is checked.
    const split = (nhanh: string) => procedureWith(`  case Nhanh "Trường hợp đủ điều kiện" ${nhanh}\n  case XacMinh "Trường hợp cần xác minh" { time 3wd }`)
        .replace('appraisal by VanPhongXa.TuPhap 4h -> KyDuyet', 'appraisal by VanPhongXa.TuPhap 4h when XacMinh -> XacMinhHS')
        .replace('  step KyDuyet', '  step XacMinhHS "Xác minh hồ sơ" review by VanPhongXa.TuPhap 2wd -> KyDuyet\n  step KyDuyet');

    test('a flow that stops where only other cases go on is not reported, even over its limit', async () => {
        // Nhanh's path so far (TiepNhan 1h + ThamDinh 4h) is over its 2h, but it is not a whole path.
        await expectClean(split('{ time 2h start TiepNhan }'));
    });

    test('the complete flows of the same procedure still are', async () => {
        await expectFinding('time-over-statutory', split('{ time 2h start TiepNhan }').replace('2wd -> KyDuyet', '3wd -> KyDuyet')
            .replace('case XacMinh "Trường hợp cần xác minh" { time 3wd }', 'case XacMinh "Trường hợp cần xác minh" { time <|3wd|> }'));
    });
});

describe('parts on every path, not only the longest', () => {
    // The reception forks into the appraisal (4h, the longest path) and a verification (1h); the signature
    // waits for both. Part KiemTra holds the reception and the verification: 1h on the longest path, 2h on
    // the path through the verification.
    const forked = (declaration: string) => procedureWith(`  ${declaration}`)
        .replace('1h produces Mau01 -> ThamDinh', '1h in KiemTra produces Mau01 -> ThamDinh, XacMinh')
        .replace('  step KyDuyet', '  step XacMinh "Xác minh thông tin" review by VanPhongXa.TuPhap 1h in KiemTra -> KyDuyet\n  step KyDuyet');

    test('a limit is checked on the costliest path through the part, with that path\'s arithmetic', async () => {
        const [finding] = await expectFinding('part-over-limit', forked('part KiemTra "Kiểm tra, xác minh" limit <|1h|>'));
        expect(finding.message).toBe("Part 'KiemTra' may take at most 1h, but its counted steps add up to TiepNhan 1h + XacMinh 1h = 2h: shorten its steps.");
        await expectNoFinding('part-over-limit', forked('part KiemTra "Kiểm tra, xác minh" limit 2h'));
    });

    test('a subtotal must hold on every path through the part: the path furthest from it is reported', async () => {
        const [finding] = await expectFinding('total-mismatch', forked('part KiemTra "Kiểm tra, xác minh" subtotal <|1h|>'));
        expect(finding.message).toBe("The subtotal of part 'KiemTra' is 1h, but its counted steps add up to TiepNhan 1h + XacMinh 1h = 2h: correct the steps' times or the subtotal.");
    });

    test('a cheaper path through the part counts too', async () => {
        // Part XuLy holds the appraisal (4h) and the verification (1h): each path passes one of them.
        const source = procedureWith('  part XuLy "Xử lý" subtotal <|4h|>')
            .replace('1h produces Mau01 -> ThamDinh', '1h produces Mau01 -> ThamDinh, XacMinh')
            .replace('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 4h in XuLy')
            .replace('  step KyDuyet', '  step XacMinh "Xác minh thông tin" review by VanPhongXa.TuPhap 1h in XuLy -> KyDuyet\n  step KyDuyet');
        const [finding] = await expectFinding('total-mismatch', source);
        expect(finding.message).toContain('add up to XacMinh 1h = 1h');
    });
});

