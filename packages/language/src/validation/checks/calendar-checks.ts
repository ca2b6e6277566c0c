import type { ValidationAcceptor } from 'langium';
import {
    isMakeUpDay, type CalendarEntry, type Procedure, type Province, type ProvinceCalendar, type Session,
} from '../../generated/ast.js';
import { weekdaysOf } from '../../calendar/calendar-of.js';
import {
    isoWeekdayOfDate, isoWeekdayOfKeyword, minutesOfClock, normaliseClock, normaliseLocalDate, readLocalDate,
} from '../../calendar/calendar-dates.js';
import { NATIONAL_DAYS_OFF } from '../../calendar/national-holidays.js';
import type { IsoWeekday, LocalDate } from '../../calendar/working-calendar.js';
import { provinceOf } from '../../semantics/time-rules.js';
import { report } from '../report.js';

/** A session as written, with the weekday it was declared for. */
interface DaySession {
    readonly session: Session;
    readonly start: number;
    readonly end: number;
}

/**
 * The province's calendar: its sessions (not empty, not overlapping on one weekday, weekday ranges forwards,
 * at least one), its entries (dates that exist, inside their `year`, one entry per date, a holiday on a day
 * that is worked, a make-up day on a day that is not, working like a day that is) and its cut-off inside the working
 * hours.
 */
export function checkCalendar(calendar: ProvinceCalendar, accept: ValidationAcceptor): void {
    checkSessions(calendar, accept);
    checkEntries(calendar, accept);
}

function checkSessions(calendar: ProvinceCalendar, accept: ValidationAcceptor): void {
    if (calendar.weeks.length === 0) {
        report(accept, 'calendar-no-sessions', { province: calendar.$container.name }, { node: calendar, keyword: 'calendar' });
        return;
    }
    const perDay = new Map<IsoWeekday, DaySession[]>();
    // A line covering five days overlaps on each of them: one finding per session is enough.
    const reported = new Set<Session>();
    for (const week of calendar.weeks) {
        const first = isoWeekdayOfKeyword(week.first);
        const last = isoWeekdayOfKeyword(week.last);
        if (first !== undefined && last !== undefined && last < first) {
            report(accept, 'calendar-weekdays-backwards', { first, last }, { node: week, property: 'last' });
        }
        const valid: DaySession[] = [];
        for (const session of week.sessions) {
            if (session.start === undefined || session.end === undefined) continue;
            const start = minutesOfClock(session.start);
            const end = minutesOfClock(session.end);
            if (end <= start) {
                report(accept, 'calendar-empty-session', { start: normaliseClock(session.start), end: normaliseClock(session.end) }, { node: session });
            } else {
                valid.push({ session, start, end });
            }
        }
        for (const day of weekdaysOf(week)) {
            for (const current of valid) {
                const earlier = (perDay.get(day) ?? []).find(other => other.start < current.end && current.start < other.end);
                if (earlier && !reported.has(current.session)) {
                    reported.add(current.session);
                    report(accept, 'calendar-overlapping-sessions', {
                        weekday: day, session: sessionText(current), other: sessionText(earlier)
                    }, { node: current.session });
                }
                perDay.set(day, [...(perDay.get(day) ?? []), current]);
            }
        }
    }
}

function checkEntries(calendar: ProvinceCalendar, accept: ValidationAcceptor): void {
    const worked = workedWeekdays(calendar);
    const shippedOff = new Set<LocalDate>(calendar.withoutNationalHolidays ? [] : NATIONAL_DAYS_OFF.map(day => day.date));
    const seen = new Map<LocalDate, CalendarEntry>();
    for (const year of calendar.years) {
        for (const entry of year.entries) {
            if (entry.date === undefined) continue;
            const parts = readLocalDate(entry.date);
            const date = normaliseLocalDate(entry.date);
            if (!parts || date === undefined) {
                report(accept, 'calendar-impossible-date', { date: entry.date }, { node: entry, property: 'date' });
                continue;
            }
            if (year.year !== undefined && parts.year !== year.year) {
                report(accept, 'calendar-date-outside-year', { date, year: String(year.year) }, { node: entry, property: 'date' });
            }
            const earlier = seen.get(date);
            if (earlier) {
                const mixed = isMakeUpDay(earlier) !== isMakeUpDay(entry);
                report(accept, mixed ? 'calendar-day-off-and-make-up' : 'calendar-duplicate-date', { date }, { node: entry, property: 'date' });
                continue;
            }
            seen.set(date, entry);
            const weekday = isoWeekdayOfDate(date);
            if (isMakeUpDay(entry)) {
                if (worked.has(weekday) && !shippedOff.has(date)) {
                    report(accept, 'calendar-make-up-on-working-day', { date, weekday }, { node: entry, property: 'date' });
                }
                const like = isoWeekdayOfKeyword(entry.worksLike);
                if (like !== undefined && !worked.has(like)) {
                    report(accept, 'calendar-make-up-like-day-not-worked', { date, weekday: like }, { node: entry, property: 'worksLike' });
                }
            } else if (!worked.has(weekday)) {
                report(accept, 'calendar-holiday-on-day-not-worked', { date, name: entry.name, weekday }, { node: entry, property: 'date' });
            }
        }
    }
}

/** The province's `cut-off` falls inside a working session of some weekday its calendar works. */
export function checkProvinceCutOff(province: Province, accept: ValidationAcceptor): void {
    if (province.cutOff === undefined || !province.calendar) return;
    if (!withinSessions(province.calendar, province.cutOff)) {
        report(accept, 'calendar-cut-off-outside-hours', { cutOff: normaliseClock(province.cutOff) }, { node: province, property: 'cutOff' });
    }
}

/** A procedure's own `cut-off` and `same-day cut-off` fall inside the working sessions of its province's calendar. */
export function checkProcedureCutOff(procedure: Procedure, accept: ValidationAcceptor): void {
    const calendar = provinceOf(procedure)?.calendar;
    if (!calendar) return;
    if (procedure.cutOff !== undefined && !withinSessions(calendar, procedure.cutOff)) {
        report(accept, 'calendar-cut-off-outside-hours', { cutOff: normaliseClock(procedure.cutOff) }, { node: procedure, property: 'cutOff' });
    }
    for (const channel of procedure.channels) {
        const statutory = channel.time;
        if (statutory?.sameDayCutOff !== undefined && !withinSessions(calendar, statutory.sameDayCutOff)) {
            report(accept, 'calendar-cut-off-outside-hours', { cutOff: normaliseClock(statutory.sameDayCutOff) }, { node: statutory, property: 'sameDayCutOff' });
        }
    }
}

// After the start of a session and at most its end: a cut-off at the end of the day is pointless but harmless.
function withinSessions(calendar: ProvinceCalendar, time: string): boolean {
    if (calendar.weeks.length === 0) return true;
    const minutes = minutesOfClock(time);
    return calendar.weeks.some(week => weekdaysOf(week).length > 0 && week.sessions.some(session =>
        session.start !== undefined && session.end !== undefined
        && minutesOfClock(session.start) < minutes && minutes <= minutesOfClock(session.end)));
}

function workedWeekdays(calendar: ProvinceCalendar): Set<IsoWeekday> {
    const worked = new Set<IsoWeekday>();
    for (const week of calendar.weeks) {
        const open = week.sessions.some(s => s.start !== undefined && s.end !== undefined && minutesOfClock(s.start) < minutesOfClock(s.end));
        if (open) weekdaysOf(week).forEach(day => worked.add(day));
    }
    return worked;
}

function sessionText(day: DaySession): string {
    return `${normaliseClock(day.session.start)}–${normaliseClock(day.session.end)}`;
}
