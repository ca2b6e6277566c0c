import { dayNumberOf, vietnameseWeekday, weekdayOfDayNumber, type TthcLanguage } from '@tthc/language';

const englishWeekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * A date of a plan (`2027-01-04`, or the date of `2027-01-04T17:00:00+07:00`) as a reader of the language writes
 * it: `Mon 2027-01-04` in English (ISO order, no ambiguity), `Thứ Hai, 04/01/2027` in Vietnamese (day/month/year,
 * as administrative documents write dates).
 */
export function shownDate(isoDate: string, language: TthcLanguage): string {
    const date = isoDate.slice(0, 10);
    const day = dayNumberOf(date);
    // The plan only writes dates it computed: a date that does not parse is shown as it is.
    if (day === undefined) return date;
    const weekday = weekdayOfDayNumber(day);
    if (language === 'vi') return `${vietnameseWeekday(weekday, true)}, ${date.split('-').reverse().join('/')}`;
    return `${englishWeekdays[weekday - 1]} ${date}`;
}

/** A time of a plan (`2027-01-04T17:00:00+07:00`, always Vietnam's time) as `shownDate` and the clock: `Mon 2027-01-04 17:00`. */
export function shownInstant(isoInstant: string, language: TthcLanguage): string {
    return `${shownDate(isoInstant, language)} ${isoInstant.slice(11, 16)}`;
}
