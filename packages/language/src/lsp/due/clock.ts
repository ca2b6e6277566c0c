import { VIETNAM_OFFSET } from '../../calendar/local-time.js';

/**
 * Where the editor's "now" comes from (the hover's worked example, the prefilled receipt of the due-times
 * command): the server uses the real time, tests a fixed instant.
 */
export interface TthcClock {
    /** The current local time in Vietnam, ISO 8601 to the minute with its offset: `2026-12-07T09:12+07:00`. */
    now(): string;
}

/** The local time in Vietnam (UTC+07:00 all year) of an instant, whatever the machine's time zone. */
export function vietnamTimeOf(instant: Date): string {
    // Shift the instant by the offset and read it as UTC: the machine's own zone never enters.
    return `${new Date(instant.getTime() + 7 * 60 * 60_000).toISOString().slice(0, 16)}${VIETNAM_OFFSET}`;
}

/** The real clock: the machine's time, said in Vietnam's. */
export const vietnamClock: TthcClock = { now: () => vietnamTimeOf(new Date()) };

/** A clock that always says the same instant (tests, reproducible examples). */
export function fixedClock(instant: string): TthcClock {
    return { now: () => instant };
}
