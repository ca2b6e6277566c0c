import { dateOfDayNumber, minuteOfClock, weekdayOfDayNumber } from './local-time.js';
import type { DayOff, IsoWeekday, LocalDate, MakeUpWorkingDay, WorkingCalendar } from './working-calendar.js';

/** A working session as minutes of its day: `start` before `end`. */
export interface SessionMinutes {
    readonly start: number;
    readonly end: number;
}

/** What one date is in a calendar: its sessions (none on a day not worked), and why when it differs from its weekday. */
export interface CalendarDay {
    readonly date: LocalDate;
    readonly sessions: readonly SessionMinutes[];
    /** The day off that makes it a day not worked. */
    readonly dayOff?: DayOff;
    /** The make-up day that makes it worked. */
    readonly makeUp?: MakeUpWorkingDay;
}

interface CalendarIndex {
    readonly daysOff: ReadonlyMap<string, DayOff>;
    readonly makeUps: ReadonlyMap<string, MakeUpWorkingDay>;
    readonly weekdays: ReadonlyMap<IsoWeekday, readonly SessionMinutes[]>;
}

// Lookups built once per calendar object: calendars are plain immutable data, read once per day of a computation.
const indexes = new WeakMap<WorkingCalendar, CalendarIndex>();

function indexOf(calendar: WorkingCalendar): CalendarIndex {
    let index = indexes.get(calendar);
    if (!index) {
        const weekdays = ([1, 2, 3, 4, 5, 6, 7] as const).map(weekday => [weekday, sessionsOfWeekday(calendar, weekday)] as const);
        index = {
            daysOff: new Map(calendar.daysOff.map(day => [day.date, day])),
            makeUps: new Map(calendar.makeUpDays.map(day => [day.date, day])),
            weekdays: new Map(weekdays)
        };
        indexes.set(calendar, index);
    }
    return index;
}

function sessionsOfWeekday(calendar: WorkingCalendar, weekday: IsoWeekday): SessionMinutes[] {
    const sessions: SessionMinutes[] = [];
    for (const session of calendar.sessions[weekday] ?? []) {
        const start = minuteOfClock(session.start);
        const end = minuteOfClock(session.end);
        // An impossible or empty session gives no working time (the calendar checks report it where it is written).
        if (start !== undefined && end !== undefined && start < end) sessions.push({ start, end });
    }
    return sessions.sort((a, b) => a.start - b.start);
}

/**
 * What a date (a day number) is in a calendar. A day off is not worked whatever its weekday; a make-up working
 * day has the sessions of the weekday it works like; any other date has its weekday's sessions. A date both off
 * and made up is taken as off: the later reading, so that a conflicting declaration never makes a due time early.
 */
export function calendarDayOf(calendar: WorkingCalendar, day: number): CalendarDay {
    const date = dateOfDayNumber(day);
    const { daysOff, makeUps, weekdays } = indexOf(calendar);
    const dayOff = daysOff.get(date);
    if (dayOff) return { date, sessions: [], dayOff };
    const makeUp = makeUps.get(date);
    if (makeUp) return { date, sessions: weekdays.get(makeUp.worksLike) ?? [], makeUp };
    return { date, sessions: weekdays.get(weekdayOfDayNumber(day)) ?? [] };
}

/** Whether a date (a day number) has working sessions. */
export function isWorkingDay(calendar: WorkingCalendar, day: number): boolean {
    return calendarDayOf(calendar, day).sessions.length > 0;
}

/**
 * How far the arithmetic looks for a working day before it gives up: a calendar with no working day in two years
 * is not a calendar (the calendar checks report empty weeks); the bound keeps every computation finite.
 */
export const WORKING_DAY_SEARCH_LIMIT = 2 * 366;

/** Thrown when a calendar has no working day within the search limit: it declares no working time at all. */
export class NoWorkingTimeError extends Error {
    constructor(readonly fromDate: LocalDate) {
        super(`The calendar has no working day within ${WORKING_DAY_SEARCH_LIMIT} days after ${fromDate}: declare its working sessions.`);
        this.name = 'NoWorkingTimeError';
    }
}

/** The first working day strictly after a day number. */
export function nextWorkingDay(calendar: WorkingCalendar, day: number): number {
    for (let next = day + 1; next <= day + WORKING_DAY_SEARCH_LIMIT; next++) {
        if (isWorkingDay(calendar, next)) return next;
    }
    throw new NoWorkingTimeError(dateOfDayNumber(day));
}
