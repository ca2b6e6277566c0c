import { describe, expect, test } from 'vitest';
import { computeDuePlan, type PlanDuration, type WorkingCalendar } from '@tthc/language';
import { CALENDAR, SATURDAY_CALENDAR } from './calendars.js';

// Golden due times, one row per case: when the dossier came, the one step it takes, and when that step is due.
// The calendars (./calendars.ts) hold the days off of 2026 as announced; 2027 is not covered. Times are local
// (+07:00). Sessions 07:30–11:30 and 13:30–17:00, Monday to Friday, 15:00 cut-off.

const h = (hours: number): PlanDuration => ({ kind: 'working-minutes', minutes: hours * 60 });
const wd = (days: number): PlanDuration => ({ kind: 'working-days', days });
const cd = (days: number): PlanDuration => ({ kind: 'calendar-days', days });
const SAME_DAY: PlanDuration = { kind: 'same-day' };

interface Row {
    readonly what: string;
    readonly received: string;
    readonly takes: PlanDuration;
    readonly due: string;
    readonly warns?: readonly number[];
    readonly calendar?: WorkingCalendar;
}

const ROWS: readonly Row[] = [
    // Hours run within sessions.
    { what: '4 hours from 15:00: 2 that afternoon, 2 the next morning', received: '2026-03-04T15:00', takes: h(4), due: '2026-03-05T09:30' },
    { what: 'a step that fills the afternoon ends at closing, not the next morning', received: '2026-03-04T13:30', takes: h(3.5), due: '2026-03-04T17:00' },
    { what: 'hours over the lunch break', received: '2026-03-04T10:30', takes: h(2), due: '2026-03-04T14:30' },
    { what: 'received before opening: counting starts at 07:30', received: '2026-03-04T06:00', takes: h(1), due: '2026-03-04T08:30' },
    { what: '8 working hours over a weekend', received: '2026-03-06T14:00', takes: h(8), due: '2026-03-09T14:30' },
    // The 15:00 cut-off.
    { what: 'received after 15:00 on a Friday: counting starts on Monday morning', received: '2026-03-06T15:30', takes: h(4), due: '2026-03-09T11:30' },
    { what: 'received at 15:00:30: after the cut-off', received: '2026-03-06T15:00:30+07:00', takes: h(1), due: '2026-03-09T08:30' },
    { what: 'received at 15:00 sharp: not after the cut-off', received: '2026-03-06T15:00', takes: h(1), due: '2026-03-06T16:00' },
    { what: 'an offset other than +07:00 is converted (02:00Z is 09:00 in Vietnam)', received: '2026-03-04T02:00:00Z', takes: h(1), due: '2026-03-04T10:00' },
    { what: 'same day, received before the cut-off on 31 December', received: '2026-12-31T14:00', takes: SAME_DAY, due: '2026-12-31T17:00' },
    {
        what: 'same day, received after the cut-off on 31 December: the next working day after New Year\'s Day',
        received: '2026-12-31T15:30', takes: SAME_DAY, due: '2027-01-04T17:00', warns: [2027]
    },
    { what: 'a Saturday-morning centre takes a Friday-evening dossier on Saturday', received: '2026-03-06T16:00', takes: h(4), due: '2026-03-07T11:30', calendar: SATURDAY_CALENDAR },
    // New Year 2026: 1 January off, 2 January swapped with Saturday 10 January.
    { what: 'an online receipt on New Year\'s Day 2026 waits for Monday 5 January', received: '2026-01-01T09:00', takes: h(4), due: '2026-01-05T11:30' },
    { what: 'a dossier received after the cut-off on Friday 9 January is worked on the make-up Saturday', received: '2026-01-09T16:00', takes: h(4), due: '2026-01-10T11:30' },
    {
        what: '1 working day from Wednesday 31 December 2025 goes past 1 January and the swapped 2 January (2025 is not covered)',
        received: '2025-12-31T09:00', takes: wd(1), due: '2026-01-05T17:00', warns: [2025]
    },
    { what: '1 working day from Tuesday 30 December 2026: Thursday\'s close', received: '2026-12-30T09:00', takes: wd(1), due: '2026-12-31T17:00' },
    // Working days count from the day of receipt, which is never counted, whatever the hour: the cut-off and the
    // sessions decide when work starts (times in hours, the same day), not which day is the first counted.
    { what: '1 working day from a Monday at 09:00: Tuesday\'s close', received: '2026-03-09T09:00', takes: wd(1), due: '2026-03-10T17:00' },
    { what: '1 working day from a Monday at 16:00, after the cut-off: still Tuesday\'s close', received: '2026-03-09T16:00', takes: wd(1), due: '2026-03-10T17:00' },
    { what: '1 working day from an online receipt at 06:00: the day of receipt is not counted', received: '2026-03-04T06:00', takes: wd(1), due: '2026-03-05T17:00' },
    { what: '1 working day from an online receipt on a Saturday: Monday is the first day counted', received: '2026-03-07T10:00', takes: wd(1), due: '2026-03-09T17:00' },
    // The Lunar New Year 2026: 16–20 February off (14–22 with the weekends).
    { what: '2 working days from the Friday before Tết', received: '2026-02-13T10:00', takes: wd(2), due: '2026-02-24T17:00' },
    { what: '8 working hours across Tết', received: '2026-02-13T14:00', takes: h(8), due: '2026-02-23T14:30' },
    // Hùng Kings (Sunday 26 April, off on Monday 27), then 30 April and 1 May.
    { what: '3 working days across Hùng Kings\' day and 30 April–1 May', received: '2026-04-24T09:00', takes: wd(3), due: '2026-05-04T17:00' },
    // National Day 2026: 1 and 2 September, 31 August swapped with Saturday 22 August.
    { what: 'after the cut-off on Friday 21 August: the make-up Saturday 22 August is the first working day counted', received: '2026-08-21T15:30', takes: wd(2), due: '2026-08-24T17:00' },
    { what: '2 working days across National Day and the day beside it', received: '2026-08-28T10:00', takes: wd(2), due: '2026-09-04T17:00' },
    // Calendar days: the day of receipt is not counted; a last day off moves to the next working day.
    { what: '15 calendar days ending on a working day', received: '2026-03-04T10:00', takes: cd(15), due: '2026-03-19T17:00' },
    { what: '4 calendar days ending on a Sunday end on Monday', received: '2026-03-04T10:00', takes: cd(4), due: '2026-03-09T17:00' },
    { what: '9 calendar days ending on 30 April end after 1 May and the weekend', received: '2026-04-21T09:00', takes: cd(9), due: '2026-05-04T17:00' },
    // The Lunar New Year 2027 has no announced days off in the calendar: the date is computed and flagged.
    { what: '3 working days in the week of Tết 2027, a year not covered (may be early)', received: '2027-02-05T09:00', takes: wd(3), due: '2027-02-10T17:00', warns: [2027] }
];

describe('due times of one step (golden cases)', () => {
    test.each(ROWS)('$what', row => {
        const plan = computeDuePlan({ calendar: row.calendar ?? CALENDAR, received: row.received, steps: [{ name: 'Step', duration: row.takes }] });
        expect(plan.steps[0].due).toBe(`${row.due}:00+07:00`);
        expect(plan.due).toBe(`${row.due}:00+07:00`);
        expect(plan.duePlus).toEqual([]);
        expect(plan.appointment).toBe(row.due.slice(0, 10));
        expect(plan.warnings).toEqual((row.warns ?? []).map(year => ({ kind: 'year-not-covered', year })));
    });
});
