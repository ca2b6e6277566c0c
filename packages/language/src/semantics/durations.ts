import type { Duration, StatutoryTime } from '../generated/ast.js';
import { DEFAULT_MINUTES_PER_DAY, timeRulesAt, type TimeRules } from './time-rules.js';

/**
 * The unit a duration was written in: working minutes, hours, a day as the text says it (`d`, "ngày":
 * working or calendar as the procedure or province declares), working days (`wd`, "ngày làm việc"),
 * or calendar days (`cd`).
 */
export type DurationUnit = 'min' | 'h' | 'd' | 'wd' | 'cd';

/** A duration as written: its amount and unit, e.g. `0.5d` is `{ amount: 0.5, unit: 'd' }`, `1/4d` is 0.25. */
export interface ParsedDuration {
    readonly amount: number;
    readonly unit: DurationUnit;
}

/** Working minutes in a working hour, and in a working day when nobody says otherwise (8 working hours). */
export const MINUTES_PER_HOUR = 60;
export const MINUTES_PER_WORKING_DAY = DEFAULT_MINUTES_PER_DAY;

const durationPattern = /^([0-9]+)(?:(\.[0-9]+)|\/([0-9]+))?(min|wd|cd|h|d)$/;

/**
 * Parses duration text such as `2h`, `0.5d`, `1/4d`, `3wd`, `15cd` or `30min`; undefined if it is not
 * one, or if it is a fraction over zero.
 */
export function parseDuration(text: string | undefined): ParsedDuration | undefined {
    const match = text === undefined ? null : durationPattern.exec(text);
    if (!match) {
        return undefined;
    }
    const whole = Number(match[1]);
    if (match[3] !== undefined && Number(match[3]) === 0) {
        return undefined;
    }
    const amount = match[2] !== undefined ? Number(match[1] + match[2]) : match[3] !== undefined ? whole / Number(match[3]) : whole;
    return { amount, unit: match[4] as DurationUnit };
}

/** Whether a duration is written as a fraction over zero (`1/0d`): the one text the terminal accepts and `parseDuration` does not. */
export function isZeroFraction(text: string): boolean {
    return /^[0-9]+\/0+[a-z]+$/.test(text);
}

/** The unit a duration counts in once the rules say what a bare day is: `d` becomes `wd` or `cd`. */
export function effectiveUnit(unit: DurationUnit, rules: Pick<TimeRules, 'dayKind'>): Exclude<DurationUnit, 'd'> {
    if (unit !== 'd') return unit;
    return rules.dayKind === 'calendar' ? 'cd' : 'wd';
}

/** Whether the unit counts calendar days rather than working time (a bare day as the rules say). */
export function isCalendar(unit: DurationUnit, rules: Pick<TimeRules, 'dayKind'> = { dayKind: undefined }): boolean {
    return effectiveUnit(unit, rules) === 'cd';
}

/** Working minutes of a working-time duration (`min`, `h`, `wd`, and `d` unless days are calendar days); calendar days have none. */
export function workingMinutesOf(parsed: ParsedDuration, rules: Pick<TimeRules, 'dayKind' | 'minutesPerDay'> = { dayKind: undefined, minutesPerDay: DEFAULT_MINUTES_PER_DAY }): number | undefined {
    switch (effectiveUnit(parsed.unit, rules)) {
        case 'min': return parsed.amount;
        case 'h': return parsed.amount * MINUTES_PER_HOUR;
        case 'wd': return parsed.amount * rules.minutesPerDay;
        default: return undefined;
    }
}

/**
 * How a written duration counts towards a total. A working-time duration counts in working
 * minutes; a calendar-day duration counts in calendar days, or in working minutes when it says
 * what it is worth (`15cd as 11d`).
 */
export type Measure =
    | { readonly kind: 'working'; readonly minutes: number }
    | { readonly kind: 'calendar'; readonly days: number; readonly workingMinutes?: number };

/**
 * The measure of a duration node, or undefined when its text is malformed. A bare day counts as the
 * procedure's (or province's) `days` say, as a working day while they say nothing (`day-kind-unstated`);
 * a working day has the rules' working hours.
 */
export function measureOf(duration: Duration | undefined, rules?: TimeRules): Measure | undefined {
    if (!duration) {
        return undefined;
    }
    rules ??= timeRulesAt(duration);
    const parsed = parseDuration(duration.value);
    if (!parsed) {
        return undefined;
    }
    const working = workingMinutesOf(parsed, rules);
    if (working !== undefined) {
        return { kind: 'working', minutes: working };
    }
    const equivalent = duration.workingEquivalent ? parseDuration(duration.workingEquivalent) : undefined;
    const equivalentMinutes = equivalent ? workingMinutesOf(equivalent, rules) : undefined;
    return { kind: 'calendar', days: parsed.amount, workingMinutes: equivalentMinutes };
}

/** The measure of a channel's or case's statutory time; `same-day` is one working day; `not-regulated` has none. */
export function measureOfStatutory(time: StatutoryTime | undefined, rules?: TimeRules): Measure | undefined {
    if (!time || time.notRegulated) {
        return undefined;
    }
    rules ??= timeRulesAt(time);
    if (time.sameDay) {
        return { kind: 'working', minutes: rules.minutesPerDay };
    }
    return measureOf(time.duration, rules);
}

/**
 * Formats working minutes the way designers write them: whole working days and hours
 * (`1wd 4h`), minutes only when they are not whole hours. A working day has `minutesPerDay`
 * (8 hours unless the procedure's `working-day` says otherwise), as `1wd` has where it is written.
 */
export function formatWorkingMinutes(minutes: number, minutesPerDay: number = MINUTES_PER_WORKING_DAY): string {
    const rounded = Math.round(minutes * 100) / 100;
    if (rounded === 0) {
        return '0h';
    }
    const days = Math.floor(rounded / minutesPerDay);
    const rest = rounded - days * minutesPerDay;
    const hours = Math.floor(rest / MINUTES_PER_HOUR);
    const mins = Math.round((rest - hours * MINUTES_PER_HOUR) * 100) / 100;
    const parts: string[] = [];
    if (days > 0) parts.push(`${days}wd`);
    if (hours > 0) parts.push(`${hours}h`);
    if (mins > 0) parts.push(`${mins}min`);
    return parts.join(' ');
}

/** Formats calendar days (`15cd`). */
export function formatCalendarDays(days: number): string {
    return `${Math.round(days * 100) / 100}cd`;
}
