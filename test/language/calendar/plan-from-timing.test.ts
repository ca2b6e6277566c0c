import { describe, expect, test } from 'vitest';
import { computeDuePlan, planDurationOf, planLimitOf, planStepOf, timingOf, type Procedure, type TthcFile } from '@tthc/language';
import { check, edit } from '../check-helper.js';
import { CALENDAR } from './calendars.js';

// The plan's steps built from the time model of a real procedure text: what the lead's wiring does per step.

async function procedureOf(source: string): Promise<Procedure> {
    const { document } = await check(source);
    const procedure = (document.parseResult.value as TthcFile).procedures[0];
    if (!procedure) throw new Error('no procedure in the fixture');
    return procedure;
}

describe('plan steps from the time model', () => {
    test('working time in minutes; a not-counted return of unknown length is carried as "plus"', async () => {
        const source = edit('step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc 1h', 'step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc not-counted');
        const procedure = await procedureOf(source);
        const timing = timingOf(procedure);
        const main = ['TiepNhan', 'ThamDinh', 'KyDuyet', 'TraKetQua'].map(name => procedure.steps.find(step => step.name === name)!);
        const steps = main.map(step => planStepOf(timing, step));
        expect(steps).toEqual([
            { name: 'TiepNhan', duration: { kind: 'working-minutes', minutes: 60 } },
            { name: 'ThamDinh', duration: { kind: 'working-minutes', minutes: 240 } },
            { name: 'KyDuyet', duration: { kind: 'working-minutes', minutes: 120 } },
            { name: 'TraKetQua', duration: undefined, notCounted: 'not-counted' }
        ]);
        // Received on Wednesday 4 March 2026 at 14:00: 1h → 15:00, 4h → Thursday 09:30, 2h → 11:30.
        const plan = computeDuePlan({ calendar: CALENDAR, received: '2026-03-04T14:00', steps });
        expect(plan.due).toBe('2026-03-05T11:30:00+07:00');
        expect(plan.duePlus).toEqual([]);
    });

    test('a step before the clock keeps its written time with its reason', async () => {
        const source = edit('  result "Giấy khai sinh"', '  result "Giấy khai sinh"\n  clock starts after TiepNhan');
        const procedure = await procedureOf(source);
        const timing = timingOf(procedure);
        expect(planStepOf(timing, procedure.steps[0])).toEqual({ name: 'TiepNhan', duration: { kind: 'working-minutes', minutes: 60 }, notCounted: 'before-clock' });
    });

    test('a same-day statutory time is the close of the day, with its own cut-off', async () => {
        const source = edit('channel online time same-day fee 0 VND', 'channel online time same-day cut-off 15:30 fee 0 VND');
        const procedure = await procedureOf(source);
        const timing = timingOf(procedure);
        const [inPerson, online] = procedure.channels;
        expect(planLimitOf(timing, inPerson.time)).toEqual({ limit: { kind: 'same-day' } });
        expect(planLimitOf(timing, online.time)).toEqual({ limit: { kind: 'same-day' }, cutOff: '15:30' });
        expect(planLimitOf(timing, undefined)).toEqual({ limit: undefined });
        // The online channel's 15:30 cut-off in place of the calendar's 15:00: a dossier of 15:20 is due that day.
        const { limit, cutOff } = planLimitOf(timing, online.time);
        const plan = computeDuePlan({ calendar: CALENDAR, received: '2026-03-04T15:20', steps: [], limit, cutOff });
        expect(plan.limit).toBe('2026-03-04T17:00:00+07:00');
    });

    test('a statutory time in working days is working minutes in a procedure that counts working time', async () => {
        const procedure = await procedureOf(edit('channel in-person time same-day', 'channel in-person time 3wd'));
        expect(planLimitOf(timingOf(procedure), procedure.channels[0].time)).toEqual({ limit: { kind: 'working-minutes', minutes: 3 * 480 } });
    });

    test('durations by the procedure\'s mode', () => {
        expect(planDurationOf('working', 90)).toEqual({ kind: 'working-minutes', minutes: 90 });
        expect(planDurationOf('calendar', 15)).toEqual({ kind: 'calendar-days', days: 15 });
        // No rule says where half a calendar day ends, and mixed time cannot be placed: unknown, never guessed.
        expect(planDurationOf('calendar', 0.5)).toBeUndefined();
        expect(planDurationOf('mixed', 60)).toBeUndefined();
        expect(planDurationOf('working', undefined)).toBeUndefined();
    });
});
