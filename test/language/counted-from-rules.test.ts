// A step's time counted from the end of an earlier step (`time 5wd from HopHoiDong`, "05 ngày làm việc kể từ
// ngày họp hội đồng"): docs/language.md, "Durations"; the rules `from-step-not-before` and `from-step-not-on-step`.
import { describe, expect, test } from 'vitest';
import { cumulativeTimesOf, flowCumulativeTimesOf, timingOf, type Procedure, type TthcFile } from '@tthc/language';
import { check, edit, expectClean, expectFinding, expectNoFinding, PROCEDURE } from './check-helper.js';

// The signature within 5h of the end of the reception: it ends at 1h + 5h = 6h, the appraisal (4h, ending at 5h)
// within that time; the return adds 1h: 7h in all, not 1h + 4h + 5h + 1h.
const counted = (from: string, source = PROCEDURE): string => edit('approval by UBNDXa.ChuTich 2h', `approval by UBNDXa.ChuTich 5h from ${from}`, source);
const withTotal = (total: string, source: string): string => edit('  result', `  total ${total}\n  result`, source);
const procedureOf = async (source: string): Promise<Procedure> => ((await check(source)).document.parseResult.value as TthcFile).procedures[0];

describe('`from Step`: a step\'s time counted from the end of an earlier step', () => {
    test('the step ends at the end of that step plus its time: the path goes through it, not through the steps between', async () => {
        await expectClean(withTotal('7h', counted('TiepNhan')));
        const procedure = await procedureOf(counted('TiepNhan'));
        const timing = timingOf(procedure);
        expect(timing.critical?.steps.map(step => step.name)).toEqual(['TiepNhan', 'KyDuyet', 'TraKetQua']);
        expect(timing.critical?.cost).toBe(7 * 60);
    });

    test('a published total against it is checked with the arithmetic of that path', async () => {
        const [finding] = await expectFinding('total-mismatch', withTotal('<|6h|>', counted('TiepNhan')));
        expect(finding.message).toBe("The published total of procedure 'KhaiSinh' is 6h, but its counted steps add up to TiepNhan 1h + KyDuyet 5h + TraKetQua 1h = 7h: correct the steps' times or the total.");
    });

    test('counted from its own start, the same time is over the statutory time', async () => {
        // The control: 1h + 4h + 5h + 1h = 11h against the same-day channels' 1 working day.
        await expectFinding('time-over-statutory', edit('channel in-person time same-day', 'channel in-person time <|same-day|>', edit('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich 5h')));
        await expectNoFinding('time-over-statutory', counted('TiepNhan'));
    });

    test('the cumulative times (per flow and over the main flow) end the step at that step\'s end plus its time', async () => {
        const procedure = await procedureOf(counted('TiepNhan'));
        const own = flowCumulativeTimesOf(procedure).find(flow => flow.case === undefined)!;
        const byName = (times: ReadonlyMap<{ name: string }, number>) => Object.fromEntries([...times].map(([step, time]) => [step.name, time / 60]));
        expect(byName(own.times)).toEqual({ TiepNhan: 1, ThamDinh: 5, KyDuyet: 6, TraKetQua: 7 });
        expect(byName(cumulativeTimesOf(procedure))).toEqual({ TiepNhan: 1, ThamDinh: 5, KyDuyet: 6, TraKetQua: 7 });
    });

    test('`from "…"` stays text: the time counts from the step\'s own start', async () => {
        const procedure = await procedureOf(edit('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich 2h from "ngày nhận được kết quả thẩm định"'));
        expect(timingOf(procedure).critical?.cost).toBe(8 * 60);
        expect(procedure.steps[2].time?.from).toBe('"ngày nhận được kết quả thẩm định"'.slice(1, -1));
    });
});

describe('from-step-not-before', () => {
    test('a later step, the step itself, or a step on an exception path is not before it on every path', async () => {
        const [later] = await expectFinding('from-step-not-before', counted('<|TraKetQua|>'));
        expect(later.message).toBe("Step 'KyDuyet' counts its time from the end of 'TraKetQua', but not every path reaches 'KyDuyet' through 'TraKetQua': name a step that every path passes before it ('ThamDinh', 'TiepNhan'), or write the event as text, 'from \"…\"'.");
        await expectFinding('from-step-not-before', counted('<|KyDuyet|>'));
        await expectFinding('from-step-not-before', counted('<|BoSung|>'));
    });

    test('one branch of two that meet again is not before the step where they meet', async () => {
        // The appraisal forks into itself and a verification; the signature waits for both.
        const forked = edit('-> KyDuyet on rejected -> TuChoi', '-> KyDuyet, XacMinh on rejected -> TuChoi\n  step XacMinh "Xác minh" review by VanPhongXa.TuPhap 1h -> KyDuyet', counted('<|XacMinh|>'));
        await expectFinding('from-step-not-before', forked);
        await expectNoFinding('from-step-not-before', forked.replace('from <|XacMinh|>', 'from ThamDinh'));
    });

    test('a case whose path skips the step: not before it in that case', async () => {
        // In case NhanhGon the reception goes straight to the signature, not through the appraisal.
        const source = edit('  result', '  case NhanhGon "Trường hợp không cần thẩm định" { time same-day }\n  result',
            edit('-> ThamDinh on incomplete -> BoSung', '-> ThamDinh when NhanhGon -> KyDuyet on incomplete -> BoSung', counted('<|ThamDinh|>')));
        await expectFinding('from-step-not-before', source);
    });
});

describe('from-step-not-on-step', () => {
    test('a total, a case\'s time or a hand-over\'s sub-deadline does not count from a step', async () => {
        const [finding] = await expectFinding('from-step-not-on-step', withTotal('7h from <|TiepNhan|>', counted('TiepNhan')));
        expect(finding.message).toBe("Only a step's own time can count from another step ('from TiepNhan'): write the event as text here, 'from \"…\"', or move the time to the step it belongs to.");
        await expectNoFinding('from-step-not-on-step', withTotal('7h from "ngày nhận đủ hồ sơ"', counted('TiepNhan')));
    });
});

describe('from-step-overrun', () => {
    test('the steps between already end later than the step may: the table cannot keep its own deadline', async () => {
        // The signature within 3h of the reception's end, but the appraisal alone takes 4h after it.
        const [finding] = await expectFinding('from-step-overrun', edit('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich <|3h|> from TiepNhan'));
        expect(finding.message).toBe("Step 'KyDuyet' must end 3h after the end of 'TiepNhan', but the steps between already take 4h, 1h more: shorten them, or count the step's time from its own start.");
        await expectNoFinding('from-step-overrun', counted('TiepNhan'));
        await expectNoFinding('from-step-overrun', edit('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich 4h from TiepNhan'));
    });
});

