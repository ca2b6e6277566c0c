/**
 * Times as the diagram writes them: working minutes as days and hours (1 working day = 8 hours),
 * calendar days with their own suffix so the two are never mixed up.
 */
import type { TimingModel } from '@tthc/compiler';

/** Formats an amount in the procedure's time unit, e.g. `2d 4h`, `30min`, `15cd`. */
export function timeText(amount: number, unit: TimingModel['unit']): string {
    if (unit === 'calendar-days') {
        return `${trim(amount)}cd`;
    }
    const days = Math.floor(amount / 480);
    const rest = amount - days * 480;
    const hours = Math.floor(rest / 60);
    const minutes = rest - hours * 60;
    const parts: string[] = [];
    if (days > 0) parts.push(`${days}d`);
    if (hours > 0) parts.push(`${hours}h`);
    if (minutes > 0) parts.push(`${trim(minutes)}min`);
    return parts.length === 0 ? '0h' : parts.join(' ');
}

// At most two decimals, no trailing zeros: deterministic and short.
function trim(value: number): string {
    return String(Math.round(value * 100) / 100);
}
