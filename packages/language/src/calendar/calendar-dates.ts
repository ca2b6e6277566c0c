import type { ClockTime, IsoWeekday, LocalDate } from './working-calendar.js';

/** The weekday keywords of the language, in ISO order: `monday` is 1, `sunday` is 7. */
export const WEEKDAY_KEYWORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** The ISO number of a weekday keyword (`monday` → 1), or undefined for anything else. */
export function isoWeekdayOfKeyword(keyword: string | undefined): IsoWeekday | undefined {
    const index = WEEKDAY_KEYWORDS.indexOf(keyword as (typeof WEEKDAY_KEYWORDS)[number]);
    return index < 0 ? undefined : (index + 1) as IsoWeekday;
}

/** The parts of a date as written (`2026-9-2` too), or undefined when it is not one that exists. */
export function readLocalDate(text: string): { year: number; month: number; day: number } | undefined {
    const match = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$/.exec(text);
    if (!match) return undefined;
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return { year, month, day };
}

/** The date as `YYYY-MM-DD` (`2026-9-2` → `2026-09-02`), or undefined when it does not exist. */
export function normaliseLocalDate(text: string): LocalDate | undefined {
    const date = readLocalDate(text);
    if (!date) return undefined;
    return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** The ISO weekday of an existing `YYYY-MM-DD` date. */
export function isoWeekdayOfDate(date: LocalDate): IsoWeekday {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const sundayIsZero = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    return (sundayIsZero === 0 ? 7 : sundayIsZero) as IsoWeekday;
}

/** Minutes since midnight of an `H:mm` or `HH:mm` clock time. */
export function minutesOfClock(time: string): number {
    const [hours, minutes] = time.split(':').map(Number) as [number, number];
    return hours * 60 + minutes;
}

/** A clock time as `HH:mm` (`7:30` → `07:30`). */
export function normaliseClock(time: string): ClockTime {
    const minutes = minutesOfClock(time);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
    if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
