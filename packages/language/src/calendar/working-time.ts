import { dayOf, instantOf, minuteOfClock, minuteOfDay, type LocalInstant } from './local-time.js';
import { calendarDayOf, isWorkingDay, nextWorkingDay } from './working-days.js';
import type { WorkingCalendar } from './working-calendar.js';

/**
 * A length of time as a plan counts it:
 * - `working-minutes`: time that runs only within working sessions ("04 giờ", or a fraction of a working day
 *   converted at the working day's length, "0,5 ngày làm việc" = 4 hours);
 * - `working-days`: whole working days read as the law reads a time in days: the day of the event it counts from
 *   (the receipt, whatever its hour, or the end of the step it follows) is not counted, and the time ends at the
 *   close of the last working day (Civil Code 2015, Art. 147(2) and 148(1));
 * - `calendar-days`: whole calendar days read the same way, and when the last day is a weekly rest day or a
 *   holiday the time ends at the close of the next working day (Civil Code 2015, Art. 148(5));
 * - `same-day`: by the close of the working day on which work starts ("trong ngày"; after the cut-off, the next).
 */
export type PlanDuration =
    | { readonly kind: 'working-minutes'; readonly minutes: number }
    | { readonly kind: 'working-days'; readonly days: number }
    | { readonly kind: 'calendar-days'; readonly days: number }
    | { readonly kind: 'same-day' };

/**
 * The first instant at or after `at` inside a working session. An instant at a session's end is past it: work
 * goes on at the next session (after lunch, or the next working day's first session).
 */
export function nextWorkingInstant(calendar: WorkingCalendar, at: LocalInstant): LocalInstant {
    let day = dayOf(at);
    let minute = minuteOfDay(at);
    for (;;) {
        for (const session of calendarDayOf(calendar, day).sessions) {
            if (minute < session.end) return instantOf(day, Math.max(minute, session.start));
        }
        day = nextWorkingDay(calendar, day);
        minute = 0;
    }
}

/** The close of a working day: the end of its last session (undefined on a day not worked). */
export function closeOfDay(calendar: WorkingCalendar, day: number): LocalInstant | undefined {
    const sessions = calendarDayOf(calendar, day).sessions;
    return sessions.length === 0 ? undefined : instantOf(day, sessions[sessions.length - 1].end);
}

function closeOfWorkingDay(calendar: WorkingCalendar, day: number): LocalInstant {
    return closeOfDay(calendar, isWorkingDay(calendar, day) ? day : nextWorkingDay(calendar, day))!;
}

/**
 * When counting starts for a dossier received at `received`: at once when it comes within a working session
 * and not after the cut-off; at the next session when it comes before opening or over lunch; at the start of
 * the next working day when it comes after the cut-off (`15:00`: "tiếp nhận sau 15 giờ thì chuyển vào đầu giờ
 * ngày làm việc tiếp theo"), after closing, or on a day not worked (an online submission at night).
 */
export function receptionStart(calendar: WorkingCalendar, received: LocalInstant): LocalInstant {
    const cutOff = calendar.cutOff === undefined ? undefined : minuteOfClock(calendar.cutOff);
    if (cutOff !== undefined && minuteOfDay(received) > cutOff) {
        return nextWorkingInstant(calendar, instantOf(nextWorkingDay(calendar, dayOf(received)), 0));
    }
    return nextWorkingInstant(calendar, received);
}

/**
 * `minutes` of working time from `start`, run within sessions: a 4-hour step started at 15:00 on a
 * 07:30–11:30/13:30–17:00 day works 2 hours that day and 2 the next working morning, ending at 09:30. A time that
 * fills a session to its end ends at that end (17:00, not the next morning). Parts of a minute round up.
 */
export function addWorkingMinutes(calendar: WorkingCalendar, start: LocalInstant, minutes: number): LocalInstant {
    let at = nextWorkingInstant(calendar, start);
    let remaining = Math.max(0, Math.ceil(minutes - 1e-9));
    for (;;) {
        const day = dayOf(at);
        let minute = minuteOfDay(at);
        for (const session of calendarDayOf(calendar, day).sessions) {
            if (minute >= session.end) continue;
            const from = Math.max(minute, session.start);
            if (remaining <= session.end - from) return instantOf(day, from + remaining);
            remaining -= session.end - from;
            minute = session.end;
        }
        at = nextWorkingInstant(calendar, instantOf(nextWorkingDay(calendar, day), 0));
    }
}

/**
 * `days` whole working days from `start`: the day of `start` is not counted (Civil Code 2015, Art. 147(2)), and
 * the time ends at the close of the `days`-th working day after it (Art. 148(1), at the end of the last day; an
 * office's day ends when its last session does). Received on Monday at 09:00, 2 working days end on Wednesday at
 * closing time. Zero days end where they start.
 */
export function addWorkingDays(calendar: WorkingCalendar, start: LocalInstant, days: number): LocalInstant {
    if (days <= 0) return nextWorkingInstant(calendar, start);
    let day = dayOf(start);
    for (let counted = 0; counted < days; counted++) day = nextWorkingDay(calendar, day);
    return closeOfDay(calendar, day)!;
}

/**
 * `days` calendar days from `start`: the day of `start` is not counted (Art. 147(2)); the time ends at the close of
 * the last day, or, when that day is a weekly rest day or a holiday, at the close of the next working day
 * (Civil Code 2015, Art. 148(5)).
 */
export function addCalendarDays(calendar: WorkingCalendar, start: LocalInstant, days: number): LocalInstant {
    return closeOfWorkingDay(calendar, dayOf(start) + Math.max(0, days));
}

/** By the close of the working day on which work can start at `start` (the next working day's when it is closed). */
export function endOfSameDay(calendar: WorkingCalendar, start: LocalInstant): LocalInstant {
    return closeOfDay(calendar, dayOf(nextWorkingInstant(calendar, start)))!;
}

/** The end of a duration started at `start`. */
export function addDuration(calendar: WorkingCalendar, start: LocalInstant, duration: PlanDuration): LocalInstant {
    switch (duration.kind) {
        case 'working-minutes': return addWorkingMinutes(calendar, start, duration.minutes);
        case 'working-days': return addWorkingDays(calendar, start, duration.days);
        case 'calendar-days': return addCalendarDays(calendar, start, duration.days);
        case 'same-day': return endOfSameDay(calendar, start);
    }
}
