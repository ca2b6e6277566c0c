import { isCompensatoryDayOff, isHoliday, isMakeUpDay, type CalendarEntry, type Province, type ProvinceCalendar } from '../../generated/ast.js';
import { calendarOf } from '../../calendar/calendar-of.js';
import type { IsoWeekday } from '../../calendar/working-calendar.js';
import { isoWeekdayOfDate, isoWeekdayOfKeyword, normaliseLocalDate } from '../../calendar/calendar-dates.js';
import { NATIONAL_DAYS_OFF, NATIONAL_MAKE_UP_DAYS } from '../../calendar/national-holidays.js';
import type { LspTexts } from '../texts.js';
import { bullets } from './declaration-hover.js';
import { code, escapeMarkdown } from './markdown-text.js';

/**
 * A holiday, day off or make-up day of the calendar: its date, name and weekday, the weekday it works like, and the
 * shipped national entry it replaces on that date, with that entry's source.
 */
export function calendarEntryHover(entry: CalendarEntry, texts: LspTexts): string {
    const date = normaliseLocalDate(entry.date ?? '');
    const heading = isHoliday(entry) ? 'hover.holiday' : isCompensatoryDayOff(entry) ? 'hover.dayOff' : 'hover.makeUp';
    const title = texts.text(heading, { date: code(entry.date ?? '?'), name: escapeMarkdown(entry.name ?? '') });
    if (date === undefined) return title;
    const facts = [texts.text('hover.onWeekday', { weekday: texts.text(`weekday.${isoWeekdayOfDate(date)}`) })];
    if (isMakeUpDay(entry)) {
        const like = isoWeekdayOfKeyword(entry.worksLike);
        if (like !== undefined) facts.push(texts.text('hover.worksLike', { weekday: texts.text(`weekday.${like}`) }));
    }
    const calendar = entry.$container.$container as ProvinceCalendar;
    if (!calendar.withoutNationalHolidays) {
        const shipped = NATIONAL_DAYS_OFF.find(day => day.date === date) ?? NATIONAL_MAKE_UP_DAYS.find(day => day.date === date);
        if (shipped) facts.push(texts.text('hover.replacesNational', { name: escapeMarkdown(shipped.name), source: escapeMarkdown(shipped.source) }));
    }
    return [title, bullets(facts)].join('\n\n');
}

/** The calendar of a province in a few lines: the days and hours worked, the national holidays, the years known. */
export function calendarFacts(province: Province, texts: LspTexts): string[] {
    const calendar = calendarOf(province);
    if (!calendar) return [texts.text('hover.calendarNone')];
    // Consecutive weekdays with the same sessions go together: "Monday–Friday 07:30–11:30, 13:30–17:30".
    const groups: Array<{ first: IsoWeekday; last: IsoWeekday; hours: string }> = [];
    for (const day of [1, 2, 3, 4, 5, 6, 7] as const) {
        const sessions = calendar.sessions[day];
        if (!sessions || sessions.length === 0) continue;
        const hours = sessions.map(s => `${s.start}–${s.end}`).join(', ');
        const last = groups[groups.length - 1];
        if (last && last.last === day - 1 && last.hours === hours) last.last = day;
        else groups.push({ first: day, last: day, hours });
    }
    const days = (group: { first: IsoWeekday; last: IsoWeekday }): string => group.first === group.last
        ? texts.text(`weekday.${group.first}`)
        : `${texts.text(`weekday.${group.first}`)}–${texts.text(`weekday.${group.last}`)}`;
    const facts = [texts.text('hover.calendarWorks', { days: groups.length > 0 ? groups.map(g => `${days(g)} ${g.hours}`).join('; ') : texts.text('hover.none') })];
    facts.push(texts.text(province.calendar?.withoutNationalHolidays ? 'hover.calendarNationalOff' : 'hover.calendarNationalOn'));
    facts.push(texts.text('hover.calendarYears', { years: calendar.yearsCovered.length > 0 ? calendar.yearsCovered.join(', ') : texts.text('hover.none') }));
    return facts;
}
