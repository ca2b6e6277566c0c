import { AstUtils, type AstNode } from 'langium';
import {
    isCompensatoryDayOff, isHoliday, type CalendarEntry, type Province, type WorkingWeek,
} from '../generated/ast.js';
import { isoWeekdayOfKeyword, minutesOfClock, normaliseClock, normaliseLocalDate } from './calendar-dates.js';
import { NATIONAL_DAYS_OFF, NATIONAL_MAKE_UP_DAYS, NATIONAL_YEARS_COVERED } from './national-holidays.js';
import type {
    DayOff, IsoWeekday, LocalDate, MakeUpWorkingDay, WorkingCalendar, WorkingSession,
} from './working-calendar.js';

/** The ISO weekdays a `works` line covers (`monday to friday` → 1…5); none when the range runs backwards. */
export function weekdaysOf(week: WorkingWeek): IsoWeekday[] {
    const first = isoWeekdayOfKeyword(week.first);
    const last = week.last === undefined ? first : isoWeekdayOfKeyword(week.last);
    if (first === undefined || last === undefined) return [];
    const days: IsoWeekday[] = [];
    for (let day = first; day <= last; day++) days.push(day as IsoWeekday);
    return days;
}

/**
 * The working calendar a province declares, or undefined when its catalogue has no `calendar`: the sessions
 * of its `works` lines (empty sessions left out, overlapping ones merged; the checks report both), its
 * `cut-off`, the shipped national days off and make-up days unless it says `without national-holidays`, and
 * its own entries, which replace a shipped entry on the same date. Entries with an impossible date are left out.
 */
export function calendarOf(province: Province): WorkingCalendar | undefined {
    const calendar = province.calendar;
    if (!calendar) return undefined;
    const national = !calendar.withoutNationalHolidays;
    const daysOff = new Map<LocalDate, DayOff>();
    const makeUpDays = new Map<LocalDate, MakeUpWorkingDay>();
    if (national) {
        for (const day of NATIONAL_DAYS_OFF) daysOff.set(day.date, day);
        for (const day of NATIONAL_MAKE_UP_DAYS) makeUpDays.set(day.date, day);
    }
    const years = new Set<number>(national ? NATIONAL_YEARS_COVERED : []);
    const declared = new Set<LocalDate>();
    for (const year of calendar.years) {
        years.add(year.year);
        for (const entry of year.entries) {
            const date = normaliseLocalDate(entry.date);
            if (date === undefined) continue;
            // A date the catalogue declares is the catalogue's alone: the shipped entry on it goes, whichever
            // kind it was; between two declared entries on one date the first stays (the checks report it).
            if (!declared.has(date)) {
                daysOff.delete(date);
                makeUpDays.delete(date);
            } else if (daysOff.has(date) || makeUpDays.has(date)) continue;
            declared.add(date);
            addDeclared(entry, date, daysOff, makeUpDays);
        }
    }
    const cutOff = province.cutOff === undefined ? undefined : normaliseClock(province.cutOff);
    return {
        sessions: sessionsOf(calendar.weeks),
        ...(cutOff === undefined ? {} : { cutOff }),
        daysOff: [...daysOff.values()].sort(byDate),
        makeUpDays: [...makeUpDays.values()].sort(byDate),
        yearsCovered: [...years].sort((a, b) => a - b),
    };
}

function addDeclared(
    entry: CalendarEntry, date: LocalDate, daysOff: Map<LocalDate, DayOff>, makeUpDays: Map<LocalDate, MakeUpWorkingDay>,
): void {
    const source = sourceOf(entry);
    if (isHoliday(entry) || isCompensatoryDayOff(entry)) {
        daysOff.set(date, { date, name: entry.name, kind: isHoliday(entry) ? 'holiday' : 'compensatory', source });
        return;
    }
    const worksLike = isoWeekdayOfKeyword(entry.worksLike);
    if (worksLike !== undefined) makeUpDays.set(date, { date, name: entry.name, worksLike, source });
}

function sessionsOf(weeks: readonly WorkingWeek[]): Partial<Record<IsoWeekday, WorkingSession[]>> {
    const perDay = new Map<IsoWeekday, Array<{ start: number; end: number }>>();
    for (const week of weeks) {
        for (const day of weekdaysOf(week)) {
            const list = perDay.get(day) ?? [];
            for (const session of week.sessions) {
                if (session.start === undefined || session.end === undefined) continue;
                const start = minutesOfClock(session.start);
                const end = minutesOfClock(session.end);
                if (start < end) list.push({ start, end });
            }
            perDay.set(day, list);
        }
    }
    const sessions: Partial<Record<IsoWeekday, WorkingSession[]>> = {};
    for (const day of [...perDay.keys()].sort((a, b) => a - b)) {
        const merged: Array<{ start: number; end: number }> = [];
        for (const session of perDay.get(day)!.sort((a, b) => a.start - b.start || a.end - b.end)) {
            const last = merged[merged.length - 1];
            if (last && session.start <= last.end) last.end = Math.max(last.end, session.end);
            else merged.push({ ...session });
        }
        if (merged.length > 0) sessions[day] = merged.map(({ start, end }) => ({ start: clock(start), end: clock(end) }));
    }
    return sessions;
}

function clock(minutes: number): string {
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

// The file's name and the line, not its full path: outputs carry it, and they must not depend on the machine.
function sourceOf(node: AstNode): string {
    const document = AstUtils.getDocument(node);
    const path = document.uri.path;
    const line = (node.$cstNode?.range.start.line ?? 0) + 1;
    return `${path.slice(path.lastIndexOf('/') + 1)}:${line}`;
}

function byDate<T extends { date: LocalDate }>(a: T, b: T): number {
    return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
