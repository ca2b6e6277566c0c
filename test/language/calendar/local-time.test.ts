import { describe, expect, test } from 'vitest';
import { calendarDayOf, dayNumberOf, formatInstant, minuteOfClock, parseLocalDateTime, weekdayOfDayNumber } from '@tthc/language';
import { CALENDAR } from './calendars.js';

describe('local dates and times', () => {
    test.each([
        ['2026-12-31T15:30', '2026-12-31T15:30:00+07:00'],
        ['2026-12-31T15:30:00+07:00', '2026-12-31T15:30:00+07:00'],
        ['2026-12-31T08:30:00Z', '2026-12-31T15:30:00+07:00'],
        ['2026-12-31T20:00:00+12:00', '2026-12-31T15:00:00+07:00'],
        ['2026-12-31T23:59:30', '2027-01-01T00:00:00+07:00'],
        ['2026-12-31T15:00:00.250', '2026-12-31T15:01:00+07:00']
    ])('%s reads as %s', (text, iso) => expect(formatInstant(parseLocalDateTime(text)!)).toBe(iso));

    test.each(['2026-02-29T09:00', '2026-13-01T09:00', '2026-12-31T24:00', '2026-12-31T09:60', '2026-12-31', '31/12/2026 09:00', '2026-12-31T09:00+25:00'])(
        '%s is no date-time', text => expect(parseLocalDateTime(text)).toBeUndefined());

    test('weekdays, and dates that do not exist', () => {
        expect(weekdayOfDayNumber(dayNumberOf('2026-12-31')!)).toBe(4);
        expect(weekdayOfDayNumber(dayNumberOf('2027-01-03')!)).toBe(7);
        expect(weekdayOfDayNumber(dayNumberOf('1969-12-29')!)).toBe(1);
        expect(dayNumberOf('2027-02-29')).toBeUndefined();
        expect(minuteOfClock('24:00')).toBe(1440);
        expect(minuteOfClock('24:01')).toBeUndefined();
    });

    test('what a date is: a day off, a make-up day, or its weekday', () => {
        expect(calendarDayOf(CALENDAR, dayNumberOf('2026-02-17')!)).toMatchObject({ sessions: [], dayOff: { name: 'Tết Nguyên đán' } });
        expect(calendarDayOf(CALENDAR, dayNumberOf('2026-01-10')!)).toMatchObject({ sessions: [{ start: 450, end: 690 }, { start: 810, end: 1020 }], makeUp: { worksLike: 5 } });
        expect(calendarDayOf(CALENDAR, dayNumberOf('2026-01-17')!).sessions).toEqual([]);
        // Declared both off and made up: off (the later reading).
        const both = { ...CALENDAR, makeUpDays: [...CALENDAR.makeUpDays, { date: '2026-02-17', name: 'x', worksLike: 2 as const, source: 'test' }] };
        expect(calendarDayOf(both, dayNumberOf('2026-02-17')!).sessions).toEqual([]);
    });
});
