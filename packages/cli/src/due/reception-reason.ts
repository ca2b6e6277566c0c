import { dayOf, isWorkingDay, nextWorkingInstant, parseLocalDateTime, type WorkingCalendar } from '@tthc/language';

/**
 * Why counting starts when it does: `at-once` (received within a session, not after the cut-off), `cut-off`
 * (received after the cut-off: moved to the next working day), `day-off` (received on a day not worked: a
 * weekend or a holiday), `outside-sessions` (before opening, over lunch or after closing).
 */
export type ReceptionReason = 'at-once' | 'cut-off' | 'day-off' | 'outside-sessions';

/**
 * The reason for a plan's reception start, read back from the calendar: the sessions alone would have started
 * work at the first working minute after the receipt; a later start is the cut-off's doing.
 */
export function receptionReasonOf(calendar: WorkingCalendar, received: string, receptionStart: string): ReceptionReason {
    const receipt = parseLocalDateTime(received);
    const start = parseLocalDateTime(receptionStart);
    if (receipt === undefined || start === undefined || start === receipt) return 'at-once';
    if (start !== nextWorkingInstant(calendar, receipt)) return 'cut-off';
    return isWorkingDay(calendar, dayOf(receipt)) ? 'outside-sessions' : 'day-off';
}
