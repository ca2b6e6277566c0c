import { describe, expect, test } from 'vitest';
import { computeDuePlan, DuePlanError, NoWorkingTimeError, type PlanDuration, type PlanStep, type WorkingCalendar } from '@tthc/language';
import { CALENDAR } from './calendars.js';

// Plans of several steps: each starts when the one it follows ends; not-counted steps of unknown length are carried
// as "plus the time of …"; the clock may start after a completeness check. Wednesday 4 March 2026 is an ordinary week.

const h = (hours: number): PlanDuration => ({ kind: 'working-minutes', minutes: hours * 60 });
const at = (local: string) => `${local}:00+07:00`;

// Receive 4h (09:00 → 15:00), appraise 8h (→ Thursday 15:30), sign 4h (→ Friday 10:00), return not counted.
const COMMUNE: readonly PlanStep[] = [
    { name: 'TiepNhan', duration: h(4) },
    { name: 'ThamDinh', duration: h(8) },
    { name: 'KyDuyet', duration: h(4) },
    { name: 'TraKetQua', notCounted: 'not-counted' }
];

describe('the due times of a plan', () => {
    test('steps follow one another; the return, not counted, does not move the due time', () => {
        const plan = computeDuePlan({ calendar: CALENDAR, received: '2026-03-04T09:00', steps: COMMUNE, limit: h(16) });
        expect(plan.steps.map(s => [s.step, s.start, s.due])).toEqual([
            ['TiepNhan', at('2026-03-04T09:00'), at('2026-03-04T15:00')],
            ['ThamDinh', at('2026-03-04T15:00'), at('2026-03-05T15:30')],
            ['KyDuyet', at('2026-03-05T15:30'), at('2026-03-06T10:00')],
            ['TraKetQua', at('2026-03-06T10:00'), at('2026-03-06T10:00')]
        ]);
        expect(plan.steps[3]).toMatchObject({ notCounted: 'not-counted', plus: ['TraKetQua'] });
        expect(plan.clockStarts).toBe(at('2026-03-04T09:00'));
        expect(plan.clockStartsPlus).toEqual([]);
        expect(plan.due).toBe(at('2026-03-06T10:00'));
        expect(plan.duePlus).toEqual([]);
        expect(plan.appointment).toBe('2026-03-06');
        expect(plan.limit).toBe(at('2026-03-06T10:00'));
        expect(plan.limitPlus).toEqual([]);
        expect(plan.overLimit).toBe(false);
    });

    test('a not-counted period of unknown length makes every later date "plus the time of" it', () => {
        const steps: PlanStep[] = [COMMUNE[0], COMMUNE[1], { name: 'NghiaVuTaiChinh', notCounted: 'not-counted' }, COMMUNE[2], COMMUNE[3]];
        const plan = computeDuePlan({ calendar: CALENDAR, received: '2026-03-04T09:00', steps, limit: h(16) });
        expect(plan.steps.map(s => s.plus)).toEqual([[], [], ['NghiaVuTaiChinh'], ['NghiaVuTaiChinh'], ['NghiaVuTaiChinh', 'TraKetQua']]);
        expect(plan.due).toBe(at('2026-03-06T10:00'));
        expect(plan.duePlus).toEqual(['NghiaVuTaiChinh']);
        expect(plan.limit).toBe(at('2026-03-06T10:00'));
        expect(plan.limitPlus).toEqual(['NghiaVuTaiChinh']);
        // Nothing says whether the steps fit the limit while a length is unknown.
        expect(plan.overLimit).toBeUndefined();
    });

    test('a not-counted step of known length passes in the dates and extends the limit', () => {
        const steps: PlanStep[] = [COMMUNE[0], { name: 'XacMinh', duration: h(8), notCounted: 'not-counted' }, COMMUNE[2]];
        const plan = computeDuePlan({ calendar: CALENDAR, received: '2026-03-04T09:00', steps, limit: h(8) });
        // TiepNhan → Wed 15:00; XacMinh 8h → Thu 15:30; KyDuyet 4h → Fri 10:00.
        expect(plan.due).toBe(at('2026-03-06T10:00'));
        expect(plan.duePlus).toEqual([]);
        expect(plan.limit).toBe(at('2026-03-05T09:30'));
        expect(plan.limitPlus).toEqual(['XacMinh']);
    });

    test('the clock starts after the completeness check', () => {
        const plan = computeDuePlan({
            calendar: CALENDAR, received: '2026-03-04T09:00', clockStartsAfter: 'KiemTra', limit: { kind: 'working-days', days: 1 },
            steps: [{ name: 'KiemTra', duration: h(4), notCounted: 'before-clock' }, { name: 'ThamDinh', duration: { kind: 'working-days', days: 1 } }]
        });
        expect(plan.receptionStart).toBe(at('2026-03-04T09:00'));
        expect(plan.clockStarts).toBe(at('2026-03-04T15:00'));
        expect(plan.clockStartsPlus).toEqual([]);
        expect(plan.due).toBe(at('2026-03-05T17:00'));
        expect(plan.duePlus).toEqual([]);
        expect(plan.limit).toBe(at('2026-03-05T17:00'));
        expect(plan.limitPlus).toEqual([]);
        expect(plan.overLimit).toBe(false);
    });

    test('a clock-start step of unknown length makes the clock start "plus" it', () => {
        const plan = computeDuePlan({
            calendar: CALENDAR, received: '2026-03-04T09:00', clockStartsAfter: 'BoSung', limit: h(4),
            steps: [{ name: 'BoSung', notCounted: 'applicant' }, { name: 'ThamDinh', duration: h(4) }]
        });
        expect(plan.clockStarts).toBe(at('2026-03-04T09:00'));
        expect(plan.clockStartsPlus).toEqual(['BoSung']);
        expect(plan.limitPlus).toEqual(['BoSung']);
        expect(plan.due).toBe(at('2026-03-04T15:00'));
        expect(plan.duePlus).toEqual(['BoSung']);
    });

    test('steps counted from the end of an earlier step run in parallel; the latest counted due is the due time', () => {
        const plan = computeDuePlan({
            calendar: CALENDAR, received: '2026-03-04T08:00',
            steps: [{ name: 'A', duration: h(4) }, { name: 'B', duration: h(8), after: 'A' }, { name: 'C', duration: h(2), after: 'A' }]
        });
        expect(plan.steps.map(s => s.due)).toEqual([at('2026-03-04T14:00'), at('2026-03-05T14:30'), at('2026-03-04T16:00')]);
        expect(plan.due).toBe(at('2026-03-05T14:30'));
    });

    test('steps over the limit say so', () => {
        const plan = computeDuePlan({ calendar: CALENDAR, received: '2026-03-04T09:00', steps: COMMUNE, limit: h(12) });
        expect(plan.limit).toBe(at('2026-03-05T15:30'));
        expect(plan.overLimit).toBe(true);
        // The receipt never promises later than the law allows: the appointment is the limit's date, not the steps'.
        expect(plan.due.slice(0, 10)).not.toBe('2026-03-05');
        expect(plan.appointment).toBe('2026-03-05');
    });

    test('calendar-day steps: a step whose last day is not worked ends on the next working day, but the moves do not add up along the steps', () => {
        // Friday 24 April 2026: Hùng Kings' day falls on Sunday 26 (Monday 27 off in lieu), then 30 April and 1 May.
        const days = (n: number): PlanDuration => ({ kind: 'calendar-days', days: n });
        const plan = computeDuePlan({
            calendar: CALENDAR, received: '2026-04-24T10:00',
            steps: [{ name: 'A', duration: days(1) }, { name: 'B', duration: days(3) }, { name: 'C', duration: days(3) }], limit: days(7)
        });
        // A's day is Saturday 25: Tuesday 28. C's allotted day is Friday 1 May (1 + 3 + 3 after the 24th), a holiday: Monday 4.
        expect(plan.steps[0].due).toBe(at('2026-04-28T17:00'));
        expect(plan.steps[2].due).toBe(at('2026-05-04T17:00'));
        expect(plan.limit).toBe(at('2026-05-04T17:00'));
        expect(plan.overLimit).toBe(false);
    });

    test('a same-day limit: the receipt promises the same day even when the steps do not fit in what is left of it', () => {
        const plan = computeDuePlan({ calendar: CALENDAR, received: '2026-03-04T09:00', steps: [{ name: 'A', duration: h(8) }], limit: { kind: 'same-day' } });
        expect(plan.overLimit).toBe(true);
        expect(plan.due.slice(0, 10)).toBe('2026-03-05');
        expect(plan.appointment).toBe('2026-03-04');
    });

    test('a day count after a step that ends at closing time starts counting the next day', () => {
        const plan = computeDuePlan({
            calendar: CALENDAR, received: '2026-03-04T13:30',
            steps: [{ name: 'A', duration: h(3.5) }, { name: 'B', duration: { kind: 'working-days', days: 1 } }]
        });
        // A ends on Wednesday at 17:00; B starts on Thursday at 07:30 and, Wednesday not counted, ends at Thursday's close.
        expect(plan.steps[1]).toMatchObject({ start: at('2026-03-05T07:30'), due: at('2026-03-05T17:00') });
    });

    test('a procedure\'s own cut-off replaces the calendar\'s', () => {
        const steps = [{ name: 'A', duration: h(1) }];
        expect(computeDuePlan({ calendar: CALENDAR, received: '2026-03-06T15:30', steps }).due).toBe(at('2026-03-09T08:30'));
        expect(computeDuePlan({ calendar: CALENDAR, received: '2026-03-06T15:30', steps, cutOff: '16:00' }).due).toBe(at('2026-03-06T16:30'));
    });

    test('no steps: the due time is the clock start', () => {
        const plan = computeDuePlan({ calendar: CALENDAR, received: '2026-03-06T16:00', steps: [] });
        expect(plan.due).toBe(at('2026-03-09T07:30'));
        expect(plan.duePlus).toEqual([]);
        expect(plan.received).toBe(at('2026-03-06T16:00'));
    });

    test('the same input gives the same output', () => {
        const input = { calendar: CALENDAR, received: '2026-02-13T10:00', steps: COMMUNE, limit: h(16) };
        expect(JSON.stringify(computeDuePlan(input))).toBe(JSON.stringify(computeDuePlan(input)));
    });
});

describe('plans that cannot be computed', () => {
    const expectError = (code: string, subject: string, run: () => unknown) => {
        try {
            run();
        } catch (error) {
            expect(error).toBeInstanceOf(DuePlanError);
            expect(error).toMatchObject({ code, subject });
            return;
        }
        expect.fail(`expected ${code}`);
    };
    const plan = (steps: PlanStep[], more: { received?: string; clockStartsAfter?: string; limit?: PlanDuration } = {}) =>
        () => computeDuePlan({ calendar: CALENDAR, received: more.received ?? '2026-03-04T09:00', steps, ...more });

    test.each([
        ['invalid-received', '2026-02-30T09:00', plan([], { received: '2026-02-30T09:00' })],
        ['invalid-received', '4/3/2026 09:00', plan([], { received: '4/3/2026 09:00' })],
        ['invalid-received', '1.5', () => computeDuePlan({ calendar: CALENDAR, received: 1.5, steps: [] })],
        ['duplicate-step', 'A', plan([{ name: 'A', duration: h(1) }, { name: 'A', duration: h(1) }])],
        ['unknown-step', 'Z', plan([{ name: 'A', duration: h(1), after: 'Z' }])],
        ['later-step', 'B', plan([{ name: 'A', duration: h(1), after: 'B' }, { name: 'B', duration: h(1) }])],
        ['unknown-step', 'Z', plan([{ name: 'A', duration: h(1) }], { clockStartsAfter: 'Z' })],
        ['invalid-duration', 'A', plan([{ name: 'A', duration: { kind: 'working-days', days: 0.5 } }])],
        ['invalid-duration', 'A', plan([{ name: 'A', duration: { kind: 'working-minutes', minutes: -1 } }])],
        ['invalid-duration', 'limit', plan([], { limit: { kind: 'calendar-days', days: 1.5 } })]
    ])('%s: %s', (code, subject, run) => expectError(code, subject, run));

    test('a calendar with no working session at all stops instead of looping', () => {
        const empty: WorkingCalendar = { sessions: {}, daysOff: [], makeUpDays: [], yearsCovered: [2026] };
        expect(() => computeDuePlan({ calendar: empty, received: '2026-03-04T09:00', steps: [] })).toThrow(NoWorkingTimeError);
    });
});
