import type { Duration, StatutoryTime } from '../generated/ast.js';

/** The unit a duration was written in: working minutes, hours, days, or calendar days. */
export type DurationUnit = 'min' | 'h' | 'd' | 'cd';

/** A duration as written: its amount and unit, e.g. `0.5d` is `{ amount: 0.5, unit: 'd' }`. */
export interface ParsedDuration {
    readonly amount: number;
    readonly unit: DurationUnit;
}

/** Working minutes in a working hour and in a working day (1 working day = 8 working hours). */
export const MINUTES_PER_HOUR = 60;
export const MINUTES_PER_WORKING_DAY = 8 * MINUTES_PER_HOUR;

const durationPattern = /^([0-9]+(?:\.[0-9]+)?)(min|cd|h|d)$/;

/** Parses duration text such as `2h`, `0.5d`, `15cd` or `30min`; undefined if it is not one. */
export function parseDuration(text: string | undefined): ParsedDuration | undefined {
    const match = text === undefined ? null : durationPattern.exec(text);
    if (!match) {
        return undefined;
    }
    return { amount: Number(match[1]), unit: match[2] as DurationUnit };
}

/** Whether the unit counts calendar days rather than working time. */
export function isCalendar(unit: DurationUnit): boolean {
    return unit === 'cd';
}

/** Working minutes of a working-time duration (`min`, `h`, `d`); calendar days have none. */
export function workingMinutesOf(parsed: ParsedDuration): number | undefined {
    switch (parsed.unit) {
        case 'min': return parsed.amount;
        case 'h': return parsed.amount * MINUTES_PER_HOUR;
        case 'd': return parsed.amount * MINUTES_PER_WORKING_DAY;
        case 'cd': return undefined;
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

/** The measure of a duration node, or undefined when its text is malformed. */
export function measureOf(duration: Duration | undefined): Measure | undefined {
    if (!duration) {
        return undefined;
    }
    const parsed = parseDuration(duration.value);
    if (!parsed) {
        return undefined;
    }
    const working = workingMinutesOf(parsed);
    if (working !== undefined) {
        return { kind: 'working', minutes: working };
    }
    const equivalent = duration.workingEquivalent ? parseDuration(duration.workingEquivalent) : undefined;
    const equivalentMinutes = equivalent ? workingMinutesOf(equivalent) : undefined;
    return { kind: 'calendar', days: parsed.amount, workingMinutes: equivalentMinutes };
}

/** The measure of a channel's statutory time; `same-day` is one working day. */
export function measureOfStatutory(time: StatutoryTime | undefined): Measure | undefined {
    if (!time) {
        return undefined;
    }
    if (time.sameDay) {
        return { kind: 'working', minutes: MINUTES_PER_WORKING_DAY };
    }
    return measureOf(time.duration);
}

/**
 * Formats working minutes the way designers write them: whole working days and hours
 * (`1d 4h`), minutes only when they are not whole hours.
 */
export function formatWorkingMinutes(minutes: number): string {
    const rounded = Math.round(minutes * 100) / 100;
    if (rounded === 0) {
        return '0h';
    }
    const days = Math.floor(rounded / MINUTES_PER_WORKING_DAY);
    const rest = rounded - days * MINUTES_PER_WORKING_DAY;
    const hours = Math.floor(rest / MINUTES_PER_HOUR);
    const mins = Math.round((rest - hours * MINUTES_PER_HOUR) * 100) / 100;
    const parts: string[] = [];
    if (days > 0) parts.push(`${days}d`);
    if (hours > 0) parts.push(`${hours}h`);
    if (mins > 0) parts.push(`${mins}min`);
    return parts.join(' ');
}

/** Formats calendar days (`15cd`). */
export function formatCalendarDays(days: number): string {
    return `${Math.round(days * 100) / 100}cd`;
}
