// What a day is (docs/language.md, "Durations" and "Time rules"): a bare day (`d`, "ngày") counts as the
// procedure's or the province's `days` say, a working day has the `working-day` hours, and fractions
// (`1/4d`) are days too.
import { describe, expect, test } from 'vitest';
import { CATALOGUE, check, edit, expectClean, expectFinding, expectNoFinding, PROCEDURE, workspace } from './check-helper.js';

/** The reference catalogue with time rules in the province's header. */
const catalogueWith = (rules: string): string => edit('agency 000.00.00.H39 {', `agency 000.00.00.H39 ${rules} {`, CATALOGUE);
/** The reference procedure with lines added before its result. */
const procedureWith = (lines: string, source = PROCEDURE): string => edit('  result', `${lines}\n  result`, source);
// Half a bare day among working hours: a working day's half (4h) keeps the path at exactly same-day.
const halfDay = edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap <|0.5d|>');

describe('days working | calendar', () => {
    test("from the province: 'days calendar' makes a bare day a calendar day, which cannot be added to hours", async () => {
        await expectFinding('mixed-day-kinds', halfDay, catalogueWith('days calendar'));
    });

    test("from the province: 'days working' makes it a working day", async () => {
        await expectClean(halfDay.replace(/<\||\|>/g, ''), catalogueWith('days working'));
    });

    test("the procedure's own rule wins over the province's", async () => {
        await expectClean(procedureWith('  days working', halfDay).replace(/<\||\|>/g, ''), catalogueWith('days calendar'));
        await expectFinding('mixed-day-kinds', procedureWith('  days calendar', halfDay), catalogueWith('days working'));
    });

    test('the message suggests a conversion to working days that is itself valid', async () => {
        const [finding] = await expectFinding('mixed-day-kinds', halfDay, catalogueWith('days calendar'));
        expect(finding.message).toContain("e.g. '0.5d as 11wd'");
        await expectNoFinding('invalid-duration', halfDay.replace('<|0.5d|>', '0.5d as 4h'), catalogueWith('days calendar'));
        await expectNoFinding('mixed-day-kinds', halfDay.replace('<|0.5d|>', '0.5d as 4h'), catalogueWith('days calendar'));
    });

    test("changing the catalogue's 'days' re-validates the procedure (its cached time model is recomputed)", async () => {
        const procedure = halfDay.replace(/<\||\|>/g, '');
        const ws = await workspace({ 'catalogue.tthc': catalogueWith('days working'), 'procedures/p.tthc': procedure });
        const codes = (): string[] => (ws.document('procedures/p.tthc')?.diagnostics ?? []).map(d => String(d.code));
        expect(codes()).toEqual([]);
        await ws.write('catalogue.tthc', catalogueWith('days calendar'));
        expect(codes()).toEqual(['mixed-day-kinds']);
        await ws.write('catalogue.tthc', catalogueWith('days working'));
        expect(codes()).toEqual([]);
        await ws.write('catalogue.tthc', CATALOGUE);
        expect(codes()).toEqual(['day-kind-unstated']);
    });
});

describe('working-day', () => {
    // Steps of 1h + 2h + 2h + 1h = 6h against one working day.
    const sixHours = edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 2h')
        .replace('channel in-person time same-day', 'channel in-person time 1wd')
        .replace('channel online time same-day', 'channel online time 1wd');

    test('a working day is 8 hours unless said otherwise', async () => {
        const [finding] = await expectFinding('time-under-statutory', sixHours.replace('in-person time 1wd', 'in-person time <|1wd|>'));
        expect(finding.message).toContain('add up to 6h, 2h less than the in-person and online statutory time of 1wd');
    });

    test("'working-day 6h' in the procedure: six hours make the working day", async () => {
        await expectClean(procedureWith('  working-day 6h', sixHours));
    });

    test("'working-day 6h' in the province's header", async () => {
        await expectClean(sixHours, catalogueWith('working-day 6h'));
    });

    test('totals are formatted in working days of the procedure\'s hours', async () => {
        const source = procedureWith('  working-day 6h', sixHours.replace('in-person time 1wd', 'in-person time <|2wd|>').replace('online time 1wd', 'online time 2wd'));
        const [finding] = await expectFinding('time-under-statutory', source);
        expect(finding.message).toBe("The steps of 'KhaiSinh' add up to 1wd, 1wd less than the in-person and online statutory time of 2wd; the published total is usually the statutory time, so give the margin to a step if it is not deliberate.");
    });

    test('a working day that is not hours is an invalid duration', async () => {
        await expectFinding('invalid-duration', procedureWith('  working-day <|1wd|>'));
        await expectFinding('invalid-duration', procedureWith('  working-day <|25h|>'));
    });
});

describe('day-kind-unstated', () => {
    const bare = edit('channel in-person time same-day', 'channel in-person time <|1d|>', halfDay.replace(/<\||\|>/g, ''))
        .replace('channel online time same-day', 'channel online time 1d');

    test('bare days where nobody says what a day is: one finding per procedure, at its first bare day', async () => {
        const [finding] = await expectFinding('day-kind-unstated', bare);
        expect(finding.message).toBe("'1d' is a bare day (\"ngày\"), and neither procedure 'KhaiSinh' nor its province says whether days are working or calendar days: add 'days working' (or 'days calendar') to the province header or the procedure, or write '1wd' or '1cd'; until then days count as working days.");
    });

    test('each procedure of a file gets its own', async () => {
        const other = bare.replace('procedure KhaiSinh', 'procedure KhaiTu').replace('code 1.001193', 'code 1.000656');
        await expectFinding('day-kind-unstated', bare + other);
    });

    test('until then a bare day counts as a working day', async () => {
        const { diagnostics } = await check(bare);
        expect(diagnostics.map(d => d.code)).toEqual(['day-kind-unstated']);
    });

    test("stated by the procedure or by the province, or written 'wd' or 'cd': none", async () => {
        await expectClean(procedureWith('  days working', bare).replace(/<\||\|>/g, ''));
        await expectClean(bare.replace(/<\||\|>/g, ''), catalogueWith('days working'));
        await expectNoFinding('day-kind-unstated', bare.replaceAll('1d', '1wd').replace('0.5d', '0.5wd'));
    });
});

describe('fractions of a day', () => {
    test("'1/4d' is a quarter of a day: 2 working hours", async () => {
        await expectClean(edit('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich 1/4d'), catalogueWith('days working'));
    });

    test("'1/0d' is an invalid duration, and nothing else is reported", async () => {
        const source = edit('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich <|1/0d|>');
        const [finding] = await expectFinding('invalid-duration', source);
        expect(finding.message).toBe("The duration '1/0d' is zero: give the step a time of at least 1min, or remove it.");
        expect((await check(source)).diagnostics.map(d => d.code)).toEqual(['invalid-duration']);
    });
});
