import { formatCalendarDays, formatWorkingMinutes } from '@tthc/language';
import type { TimingModel } from '@tthc/compiler';

/**
 * Times as the diagram writes them, in the procedure's time unit: working time as days and hours
 * (`2d 4h`, `30min`; 1 working day = 8 hours), calendar days with their own suffix (`15cd`), so the
 * two are never mixed up. The language's own formatting, so messages and diagrams agree.
 */
export function timeText(amount: number, unit: TimingModel['unit']): string {
    return unit === 'calendar-days' ? formatCalendarDays(amount) : formatWorkingMinutes(amount);
}
