import type { ClockTime, IsoWeekday, LocalDate } from './working-calendar.js';

/**
 * Local date-times of Vietnam as plain numbers: whole minutes since 1970-01-01 00:00 local time. Vietnam keeps
 * UTC+07:00 all year (no daylight saving), so local arithmetic is exact and every instant prints with `+07:00`.
 */
export type LocalInstant = number;

/** Minutes in a calendar day. */
export const MINUTES_PER_DAY = 24 * 60;

/** The offset every instant is written with. */
export const VIETNAM_OFFSET = '+07:00';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^(\d{2}):(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** The day number (days since 1970-01-01) of a local date, or undefined when the date does not exist. */
export function dayNumberOf(date: LocalDate): number | undefined {
    const match = DATE.exec(date);
    if (!match) return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, day);
    const back = new Date(time);
    // Date.UTC rolls 2026-02-30 over to March: a date that does not round-trip does not exist.
    if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
    return Math.round(time / (MINUTES_PER_DAY * 60_000));
}

/** The local date of a day number, `YYYY-MM-DD`. */
export function dateOfDayNumber(day: number): LocalDate {
    return new Date(day * MINUTES_PER_DAY * 60_000).toISOString().slice(0, 10);
}

/** The ISO weekday (1 Monday … 7 Sunday) of a day number. */
export function weekdayOfDayNumber(day: number): IsoWeekday {
    // 1970-01-01 was a Thursday (4).
    return ((((day + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}

/** The year of a day number. */
export function yearOfDayNumber(day: number): number {
    return Number(dateOfDayNumber(day).slice(0, 4));
}

/** Minutes after midnight of a clock time `HH:mm` (`24:00` allowed as the end of a day), or undefined. */
export function minuteOfClock(clock: ClockTime): number | undefined {
    const match = CLOCK.exec(clock);
    if (!match) return undefined;
    const [hours, minutes] = [Number(match[1]), Number(match[2])];
    if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
    return hours * 60 + minutes;
}

/** The day number of an instant. */
export function dayOf(instant: LocalInstant): number {
    return Math.floor(instant / MINUTES_PER_DAY);
}

/** The minute of the day of an instant (0 … 1439). */
export function minuteOfDay(instant: LocalInstant): number {
    return instant - dayOf(instant) * MINUTES_PER_DAY;
}

/** The instant of a day number at a minute of that day. */
export function instantOf(day: number, minute: number): LocalInstant {
    return day * MINUTES_PER_DAY + minute;
}

/**
 * Reads an ISO 8601 date-time as a local instant: `2026-12-31T15:30` (local time), with seconds or with an
 * offset (`+07:00`, `Z`, any other, converted to Vietnam's time). Seconds round up to the next minute, so that a
 * dossier received at 15:00:30 is received after a 15:00 cut-off. Undefined when the text is no such date-time.
 */
export function parseLocalDateTime(text: string): LocalInstant | undefined {
    const match = DATE_TIME.exec(text.trim());
    if (!match) return undefined;
    const day = dayNumberOf(match[1]);
    const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4] ?? '0')];
    if (day === undefined || hours > 23 || minutes > 59 || seconds > 59) return undefined;
    const fraction = /\.\d*[1-9]/.test(text);
    const instant = instantOf(day, hours * 60 + minutes) + (seconds > 0 || fraction ? 1 : 0);
    const offset = match[5];
    if (offset === undefined || offset === VIETNAM_OFFSET) return instant;
    const offsetMinutes = offset === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
    if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(4, 6)) > 59)) return undefined;
    return instant - offsetMinutes + 7 * 60;
}

/** An instant as ISO 8601 with Vietnam's offset: `2027-01-04T07:30:00+07:00`. */
export function formatInstant(instant: LocalInstant): string {
    const minute = minuteOfDay(instant);
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${dateOfDayNumber(dayOf(instant))}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00${VIETNAM_OFFSET}`;
}
