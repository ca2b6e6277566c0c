import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
    addCalendarDays, addWorkingDays, addWorkingMinutes, calendarDayOf, closeOfDay, computeDuePlan, dateOfDayNumber, dayNumberOf, dayOf,
    isWorkingDay, minuteOfDay, type DuePlan, type PlanDuration, type PlanStep, type WorkingCalendar
} from '@tthc/language';
import { CALENDAR, SATURDAY_CALENDAR } from './calendars.js';

// Properties of the due times over random receipts and plans in 2026 (fixed seeds: a failure replays the same way).
// Every due is an ISO string with the same offset, so comparing the strings compares the times.

const FIRST_DAY = dayNumberOf('2025-12-20')!;
const LAST_DAY = dayNumberOf('2026-12-31')!;
const RUNS = { numRuns: 300, seed: 20261206 };

const instant = fc.integer({ min: FIRST_DAY * 1440, max: LAST_DAY * 1440 + 1439 });
const duration: fc.Arbitrary<PlanDuration> = fc.oneof(
    fc.integer({ min: 0, max: 3000 }).map(minutes => ({ kind: 'working-minutes' as const, minutes })),
    fc.integer({ min: 0, max: 12 }).map(days => ({ kind: 'working-days' as const, days })),
    fc.integer({ min: 0, max: 40 }).map(days => ({ kind: 'calendar-days' as const, days })),
    fc.constant({ kind: 'same-day' as const })
);
const step = (i: number): fc.Arbitrary<PlanStep> => fc.record({
    duration: fc.option(duration, { nil: undefined }),
    counted: fc.boolean()
}).map(({ duration, counted }) => ({ name: `S${i}`, ...(duration ? { duration } : {}), ...(counted ? {} : { notCounted: 'not-counted' }) }));
const plan: fc.Arbitrary<PlanStep[]> = fc.integer({ min: 1, max: 5 }).chain(n => fc.tuple(...Array.from({ length: n }, (_, i) => step(i))));
const calendar = fc.constantFrom(CALENDAR, SATURDAY_CALENDAR);

const dues = (result: DuePlan): string[] => [result.due, result.clockStarts, ...result.steps.map(s => s.due), result.limit ?? ''];
const notEarlier = (later: DuePlan, earlier: DuePlan) => {
    const [a, b] = [dues(later), dues(earlier)];
    a.forEach((due, i) => expect(due >= b[i], `${due} is before ${b[i]}`).toBe(true));
};
const LIMIT: PlanDuration = { kind: 'working-days', days: 5 };

describe('due-time properties', () => {
    test('a later receipt is never due earlier', () => {
        fc.assert(fc.property(calendar, instant, fc.integer({ min: 0, max: 5 * 1440 }), plan, (cal, received, delay, steps) => {
            const early = computeDuePlan({ calendar: cal, received, steps, limit: LIMIT });
            const late = computeDuePlan({ calendar: cal, received: received + delay, steps, limit: LIMIT });
            notEarlier(late, early);
        }), RUNS);
    });

    test('adding a day off never makes anything due earlier', () => {
        fc.assert(fc.property(calendar, instant, plan, fc.integer({ min: FIRST_DAY, max: LAST_DAY + 30 }), (cal, received, steps, offDay) => {
            const date = dateOfDayNumber(offDay);
            const more: WorkingCalendar = {
                ...cal,
                daysOff: [...cal.daysOff.filter(d => d.date !== date), { date, name: 'Nghỉ thêm', kind: 'holiday' as const, source: 'test' }]
                    .sort((a, b) => a.date.localeCompare(b.date))
            };
            const before = computeDuePlan({ calendar: cal, received, steps, limit: LIMIT });
            const after = computeDuePlan({ calendar: more, received, steps, limit: LIMIT });
            notEarlier(after, before);
        }), RUNS);
    });

    test('adding working time to a step never makes anything due earlier', () => {
        fc.assert(fc.property(calendar, instant, plan, fc.nat(), fc.integer({ min: 1, max: 2000 }), (cal, received, steps, which, extra) => {
            const i = which % steps.length;
            const grown = steps.map((s, j) => {
                if (j !== i) return s;
                const d = s.duration;
                // A step of unknown length given a length (its dates lose the "plus" and stay or move later); a same-day
                // step given whole working days (a day ends no earlier than the same day does); any other, longer.
                const longer: PlanDuration = d === undefined ? { kind: 'working-minutes', minutes: extra }
                    : d.kind === 'same-day' ? { kind: 'working-days', days: 1 + (extra % 3) }
                        : d.kind === 'working-minutes' ? { kind: 'working-minutes', minutes: d.minutes + extra }
                            : { ...d, days: d.days + 1 + (extra % 3) };
                return { ...s, duration: longer };
            });
            const before = computeDuePlan({ calendar: cal, received, steps, limit: LIMIT });
            const after = computeDuePlan({ calendar: cal, received, steps: grown, limit: LIMIT });
            notEarlier(after, before);
        }), RUNS);
    });

    test('every step starts no earlier than the receipt counts and is due no earlier than it starts', () => {
        fc.assert(fc.property(calendar, instant, plan, (cal, received, steps) => {
            const result = computeDuePlan({ calendar: cal, received, steps });
            for (const s of result.steps) {
                expect(s.start >= result.receptionStart).toBe(true);
                expect(s.due >= s.start).toBe(true);
            }
            expect(result.receptionStart >= result.received).toBe(true);
        }), RUNS);
    });
});

// The arithmetic against a brute-force oracle: minute by minute, day by day.
describe('working-time arithmetic against counting one by one', () => {
    const isWorkingMinute = (cal: WorkingCalendar, at: number) =>
        calendarDayOf(cal, dayOf(at)).sessions.some(s => s.start <= minuteOfDay(at) && minuteOfDay(at) < s.end);

    test('working minutes: exactly that many working minutes lie between the start and the due, the last one just before it', () => {
        fc.assert(fc.property(calendar, instant, fc.integer({ min: 0, max: 1500 }), (cal, start, minutes) => {
            const due = addWorkingMinutes(cal, start, minutes);
            let counted = 0;
            for (let at = start; at < due; at++) if (isWorkingMinute(cal, at)) counted++;
            expect(counted).toBe(minutes);
            if (minutes > 0) expect(isWorkingMinute(cal, due - 1)).toBe(true);
        }), { ...RUNS, numRuns: 150 });
    });

    test('working days: the due is the close of the Nth working day after the start\'s day', () => {
        fc.assert(fc.property(calendar, instant, fc.integer({ min: 1, max: 15 }), (cal, start, days) => {
            const due = addWorkingDays(cal, start, days);
            expect(due).toBe(closeOfDay(cal, dayOf(due)));
            let counted = 0;
            for (let day = dayOf(start) + 1; day <= dayOf(due); day++) if (isWorkingDay(cal, day)) counted++;
            expect(counted).toBe(days);
        }), RUNS);
    });

    test('calendar days: the due is the close of the first working day on or after the Nth day', () => {
        fc.assert(fc.property(calendar, instant, fc.integer({ min: 0, max: 40 }), (cal, start, days) => {
            const due = addCalendarDays(cal, start, days);
            expect(due).toBe(closeOfDay(cal, dayOf(due)));
            expect(dayOf(due)).toBeGreaterThanOrEqual(dayOf(start) + days);
            for (let day = dayOf(start) + days; day < dayOf(due); day++) expect(isWorkingDay(cal, day)).toBe(false);
        }), RUNS);
    });
});
