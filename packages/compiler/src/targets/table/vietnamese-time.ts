import type { DurationModel, TimingModel } from '../../model/procedure-model.js';

const MINUTES_PER_HOUR = 60;
// The model's convention (procedure-model.ts): one working day is eight working hours, unless the
// procedure's time rules say otherwise (`working-day`): the formatters then take its minutes per day.
const DEFAULT_MINUTES_PER_DAY = 480;

/**
 * A number as Vietnamese administrative texts write it: decimal comma (`0,5`, `3,5`), `.` between
 * thousands (`1.440`), at most two decimals, and whole numbers from 1 to 9 with a leading zero
 * (`01`, `05`), as in "05 ngày làm việc". `padded: false` leaves the zero out.
 */
export function formatNumber(value: number, padded = true): string {
    const rounded = Math.round(value * 100) / 100;
    const sign = rounded < 0 ? '-' : '';
    const absolute = Math.abs(rounded);
    const whole = Math.floor(absolute);
    const hundredths = Math.round((absolute - whole) * 100);
    const wholeText = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    if (hundredths === 0) {
        return sign + (padded && whole > 0 && whole < 10 ? `0${wholeText}` : wholeText);
    }
    return `${sign}${wholeText},${String(hundredths).padStart(2, '0').replace(/0$/, '')}`;
}

/**
 * An amount of working minutes in the largest unit that reads well: whole or half days from one day
 * up (`05 ngày làm việc`, `1,5 ngày làm việc (12 giờ)`), hours below a day (`04 giờ làm việc`), and
 * days, hours and minutes together otherwise, with the hours in brackets (`01 ngày 05 giờ làm việc (13 giờ)`).
 */
export function formatWorkingMinutes(minutes: number, minutesPerDay = DEFAULT_MINUTES_PER_DAY): string {
    const value = Math.round(minutes * 100) / 100;
    if (value === 0) {
        return '0 giờ làm việc';
    }
    if (value % minutesPerDay === 0) {
        return `${formatNumber(value / minutesPerDay)} ngày làm việc`;
    }
    if (value > minutesPerDay && value % (minutesPerDay / 2) === 0) {
        return `${formatNumber(value / minutesPerDay)} ngày làm việc (${formatNumber(value / MINUTES_PER_HOUR)} giờ)`;
    }
    const days = Math.floor(value / minutesPerDay);
    const hours = Math.floor((value - days * minutesPerDay) / MINUTES_PER_HOUR);
    const rest = Math.round((value - days * minutesPerDay - hours * MINUTES_PER_HOUR) * 100) / 100;
    const parts: string[] = [];
    if (days > 0) parts.push(`${formatNumber(days)} ngày`);
    if (hours > 0) parts.push(`${formatNumber(hours)} giờ`);
    if (rest > 0) parts.push(`${formatNumber(rest)} phút`);
    const text = `${parts.join(' ')} làm việc`;
    return days > 0 ? `${text} (${formatNumber(value / MINUTES_PER_HOUR)} giờ)` : text;
}

/** Calendar days: `15 ngày` (the law's own wording; working days always say `làm việc`). */
export function formatCalendarDays(days: number): string {
    return `${formatNumber(days)} ngày`;
}

/**
 * An amount in a procedure's time unit (`TimingModel.unit`): a total, a statutory time, a difference.
 * `minutesPerDay`: the procedure's working day (`working-day 7h`), 8 hours unless its rules say otherwise.
 */
export function formatAmount(value: number, unit: TimingModel['unit'], minutesPerDay = DEFAULT_MINUTES_PER_DAY): string {
    return unit === 'calendar-days' ? formatCalendarDays(value) : formatWorkingMinutes(value, minutesPerDay);
}

/**
 * A duration as the designer wrote it, in Vietnamese, with its equivalent where that helps the reader
 * add up the column: `01 giờ làm việc`, `12 giờ làm việc (1,5 ngày làm việc)`, `0,5 ngày làm việc (04 giờ)`,
 * `30 phút làm việc`, `15 ngày` (calendar days), `15 ngày (tính là 11 ngày làm việc)` (`15cd as 11d`),
 * `Ngay trong ngày (01 ngày làm việc)` (`same-day`).
 */
export function formatDuration(duration: DurationModel, minutesPerDay = DEFAULT_MINUTES_PER_DAY): string {
    const amount = duration.amount;
    const minutes = duration.workingMinutes;
    switch (duration.unit) {
        case 'min':
            return `${formatNumber(amount)} phút làm việc${amount >= MINUTES_PER_HOUR ? ` (${formatNumber(amount / MINUTES_PER_HOUR)} giờ)` : ''}`;
        case 'h': {
            const days = (minutes ?? amount * MINUTES_PER_HOUR) / minutesPerDay;
            return `${formatNumber(amount)} giờ làm việc${days >= 1 ? ` (${formatNumber(days)} ngày làm việc)` : ''}`;
        }
        case 'd':
        case 'wd': {
            if (duration.calendarDays !== undefined) {
                return `${formatCalendarDays(amount)}${minutes !== undefined ? ` (tính là ${formatWorkingMinutes(minutes, minutesPerDay)})` : ''}`;
            }
            const hours = (minutes ?? amount * minutesPerDay) / MINUTES_PER_HOUR;
            return `${formatNumber(amount)} ngày làm việc${Number.isInteger(amount) ? '' : ` (${formatNumber(hours)} giờ)`}`;
        }
        case 'cd':
            return `${formatCalendarDays(amount)}${minutes !== undefined ? ` (tính là ${formatWorkingMinutes(minutes, minutesPerDay)})` : ''}`;
        case 'same-day':
            return `Ngay trong ngày${minutes !== undefined ? ` (${formatWorkingMinutes(minutes, minutesPerDay)})` : ''}`;
    }
}
