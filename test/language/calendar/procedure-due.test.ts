import { describe, expect, test } from 'vitest';
import { procedureDueTimes, type Procedure, type ProcedureDueProblem, type ProcedureDueTimes, type TthcFile } from '@tthc/language';
import { CATALOGUE, check, edit, PROCEDURE } from '../check-helper.js';

// The wiring from a procedure to its due times: the flow, its path, the channel's limit and cut-off, the calendar
// of the procedure's province. The arithmetic itself is due-plan's (its golden cases and properties).

const CALENDAR_BLOCK = `{
  calendar {
    works monday to friday 07:30 to 11:30, 13:30 to 17:00
  }
  unit TTPVHCCTinh`;
const CATALOGUE_WITH_CALENDAR = CATALOGUE.replace('{\n  unit TTPVHCCTinh', CALENDAR_BLOCK);

async function procedureOf(source: string, catalogue: string | null = CATALOGUE_WITH_CALENDAR): Promise<Procedure> {
    const { document } = await check(source, catalogue);
    const procedure = (document.parseResult.value as TthcFile).procedures[0];
    if (!procedure) throw new Error('no procedure in the fixture');
    return procedure;
}

function due(result: ProcedureDueTimes | ProcedureDueProblem): ProcedureDueTimes {
    if (result.kind !== 'due') throw new Error(`expected due times, got ${JSON.stringify(result)}`);
    return result;
}

describe('the due times of a procedure', () => {
    test('the main path of the own flow, in order, with the not-counted return after the due time', async () => {
        const procedure = await procedureOf(edit('step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc 1h', 'step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc not-counted'));
        // Wednesday 4 March 2026, 09:00: 1h → 10:00; 4h → 1h30 before lunch and 2h30 after, 16:00; 2h → Thursday 08:30
        // (the same-day limit: Wednesday 17:00).
        const result = due(procedureDueTimes(procedure, { received: '2026-03-04T09:00' }));
        expect(result.path.map(s => s.name)).toEqual(['TiepNhan', 'ThamDinh', 'KyDuyet', 'TraKetQua']);
        expect(result.channel?.kind).toBe('in-person');
        expect(result.plan.steps.map(s => [s.step, s.due])).toEqual([
            ['TiepNhan', '2026-03-04T10:00:00+07:00'],
            ['ThamDinh', '2026-03-04T16:00:00+07:00'],
            ['KyDuyet', '2026-03-05T08:30:00+07:00'],
            ['TraKetQua', '2026-03-05T08:30:00+07:00']
        ]);
        expect(result.plan.due).toBe('2026-03-05T08:30:00+07:00');
        expect(result.plan.limit).toBe('2026-03-04T17:00:00+07:00');
        expect(result.plan.overLimit).toBe(true);
        expect(result.plan.steps[3].plus).toEqual(['TraKetQua']);
    });

    test('the channel named is the limit; an undeclared channel is a problem naming the declared ones', async () => {
        const source = edit('channel online time same-day fee 0 VND', 'channel online time 2wd fee 0 VND');
        const procedure = await procedureOf(source);
        const online = due(procedureDueTimes(procedure, { received: '2026-03-04T09:00', channel: 'online' }));
        expect(online.channel?.kind).toBe('online');
        // Two working days from Wednesday: the end of Friday.
        expect(online.plan.limit).toBe('2026-03-06T17:00:00+07:00');
        expect(procedureDueTimes(procedure, { received: '2026-03-04T09:00', channel: 'postal' }))
            .toEqual({ kind: 'unknown-channel', channel: 'postal', channels: ['in-person', 'online'] });
    });

    test('a case: its own flow and limit; an unknown case names the cases', async () => {
        const source = edit('  result "Giấy khai sinh"', '  result "Giấy khai sinh"\n  case XacMinh "Trường hợp cần xác minh" { time 3wd }')
            .replace('appraisal by VanPhongXa.TuPhap 4h -> KyDuyet', 'appraisal by VanPhongXa.TuPhap 4h -> KyDuyet when XacMinh -> XacMinhHS')
            .replace('  step BoSung', '  step XacMinhHS "Xác minh" inspection by VanPhongXa.TuPhap 2wd -> KyDuyet\n  step BoSung');
        const procedure = await procedureOf(source);
        const result = due(procedureDueTimes(procedure, { received: '2026-03-04T09:00', condition: 'XacMinh' }));
        expect(result.flow.case?.name).toBe('XacMinh');
        expect(result.path.map(s => s.name)).toEqual(['TiepNhan', 'ThamDinh', 'XacMinhHS', 'KyDuyet', 'TraKetQua']);
        expect(result.plan.limit).toBe('2026-03-09T17:00:00+07:00');
        expect(procedureDueTimes(procedure, { received: '2026-03-04T09:00', condition: 'Nope' }))
            .toEqual({ kind: 'unknown-condition', condition: 'Nope', cases: ['XacMinh'] });
    });

    test('a procedure the cases split asks for a case', async () => {
        const source = edit('  result "Giấy khai sinh"', '  result "Giấy khai sinh"\n  case A "Trường hợp A" { time 1wd }\n  case B "Trường hợp B" { time 2wd }')
            .replace('appraisal by VanPhongXa.TuPhap 4h -> KyDuyet', 'appraisal by VanPhongXa.TuPhap 4h when A -> KyDuyet when B -> KyDuyet');
        const procedure = await procedureOf(source);
        expect(procedureDueTimes(procedure, { received: '2026-03-04T09:00' })).toEqual({ kind: 'condition-required', cases: ['A', 'B'] });
    });

    test('a case that splits nothing (it starts where the procedure does and takes the same steps) asks for no case', async () => {
        const source = edit('  result "Giấy khai sinh"', '  result "Giấy khai sinh"\n  case XacMinh "Trường hợp cần xác minh" { time 3wd start TiepNhan }');
        const procedure = await procedureOf(source);
        const own = due(procedureDueTimes(procedure, { received: '2026-03-04T09:00' }));
        expect(own.flow.case).toBeUndefined();
        expect(own.path.map(s => s.name)).toEqual(['TiepNhan', 'ThamDinh', 'KyDuyet', 'TraKetQua']);
        // The in-person channel's same day, not the case's 3 working days.
        expect(own.plan.limit).toBe('2026-03-04T17:00:00+07:00');
        const named = due(procedureDueTimes(procedure, { received: '2026-03-04T09:00', condition: 'XacMinh' }));
        expect(named.flow.case?.name).toBe('XacMinh');
        expect(named.plan.limit).toBe('2026-03-09T17:00:00+07:00');
        // A second case with a path of its own: the cases split the procedure, and a case must be named.
        const split = edit('  case XacMinh', '  case Khac "Trường hợp khác" { time 1wd start KyDuyet }\n  case XacMinh', source);
        expect(procedureDueTimes(await procedureOf(split), { received: '2026-03-04T09:00' })).toEqual({ kind: 'condition-required', cases: ['Khac', 'XacMinh'] });
    });

    test('a step counted from an earlier step\'s end runs beside the steps between', async () => {
        const source = edit('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich 6h from TiepNhan');
        const procedure = await procedureOf(source);
        const result = due(procedureDueTimes(procedure, { received: '2026-03-04T09:00' }));
        // From TiepNhan's end (10:00) plus 6h: 11:30 is 1h30, the afternoon 13:30–17:00 is 3h30, then 1h on Thursday.
        expect(result.plan.steps.find(s => s.step === 'KyDuyet')?.due).toBe('2026-03-05T08:30:00+07:00');
    });

    test('no calendar, no province, a receipt that is not a date: problems, not dates', async () => {
        expect(procedureDueTimes(await procedureOf(PROCEDURE, CATALOGUE), { received: '2026-03-04T09:00' }).kind).toBe('no-calendar');
        expect(procedureDueTimes(await procedureOf(PROCEDURE, null), { received: '2026-03-04T09:00' })).toEqual({ kind: 'no-province' });
        expect(procedureDueTimes(await procedureOf(PROCEDURE), { received: '31/12/2026' })).toEqual({ kind: 'invalid-received', received: '31/12/2026' });
    });

    test('a calendar that works no day: a problem naming the province, not an exception (the hover and the site ask too)', async () => {
        const noWorkingDay = CATALOGUE.replace('{\n  unit TTPVHCCTinh', '{\n  calendar {\n    without national-holidays\n  }\n  unit TTPVHCCTinh');
        const result = procedureDueTimes(await procedureOf(PROCEDURE, noWorkingDay), { received: '2026-03-04T09:00' });
        expect(result.kind).toBe('no-working-time');
    });

    test('a procedure\'s own cut-off moves a late receipt to the next working morning', async () => {
        const source = edit('  result "Giấy khai sinh"', '  result "Giấy khai sinh"\n  cut-off 15:00');
        const result = due(procedureDueTimes(await procedureOf(source), { received: '2026-03-04T15:30' }));
        expect(result.plan.receptionStart).toBe('2026-03-05T07:30:00+07:00');
    });
});
