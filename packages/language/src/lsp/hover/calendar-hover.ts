import { isCompensatoryDayOff, isHoliday, isMakeUpDay, type CalendarEntry, type ProvinceCalendar } from '../../generated/ast.js';
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
