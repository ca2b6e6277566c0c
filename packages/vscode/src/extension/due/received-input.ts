// No `vscode` import: the extension's tests read this module directly.

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Whether a receipt typed in the due-times command's input box is an ISO 8601 date-time the server reads
 * (`2026-12-07T09:00`, with seconds or an offset; a space for the `T` is accepted and normalised by
 * `normaliseReceived`), on a date that exists.
 */
export function isReceived(text: string): boolean {
    const match = DATE_TIME.exec(text.trim());
    if (!match) return false;
    const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map(n => Number(n ?? 0));
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
        && hours <= 23 && minutes <= 59 && seconds <= 59;
}

/** The receipt as the server reads it: trimmed, `T` between the date and the time. */
export function normaliseReceived(text: string): string {
    return text.trim().replace(' ', 'T');
}

/** The prefill of the input box: the server's "now" without its offset (`2026-12-07T09:12`), Vietnam's time. */
export function receivedPrefill(now: string): string {
    return now.slice(0, 16);
}
