import type { IsoWeekday } from '../calendar/working-calendar.js';

/**
 * Weekdays as Vietnamese writes them inside a sentence, Monday first (ISO order): "thứ Hai" … "Chủ nhật". One table
 * for the messages, the editor's texts, `tthc due` and the review site.
 */
export const VIETNAMESE_WEEKDAYS = ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'] as const;

/** The Vietnamese name of an ISO weekday (1 Monday … 7 Sunday); `capital` for the start of a sentence or a line ("Thứ Hai"). */
export function vietnameseWeekday(day: IsoWeekday, capital = false): string {
    const name = VIETNAMESE_WEEKDAYS[day - 1];
    return capital ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}
