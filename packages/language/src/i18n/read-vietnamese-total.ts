// Reads the total line of a published internal-procedure table: the total itself and the budgets listed after it
// ("96 giờ làm việc (12 ngày làm việc …) trong đó: - Tại UBND cấp xã: 40 giờ …; - Tại Sở Nội vụ: 56 giờ …"), or
// only a list of phases with their own limits ("- Thời hạn thẩm định …: Không quá 15 ngày").
import { normaliseVietnameseText, readVietnameseDuration, type VietnameseDuration } from './read-vietnamese-duration.js';

/** One budget listed in a total ("Tại UBND cấp xã: 40 giờ làm việc"). */
export interface VietnameseTimeBudget {
    /** What the budget is for, as written ("Tại UBND cấp xã", "Thời hạn thẩm định báo cáo nghiên cứu khả thi"). */
    readonly label: string;
    /** The time as written. */
    readonly text: string;
    /** The time read, or undefined when the text is not a duration the reader knows. */
    readonly duration?: VietnameseDuration;
}

/** A total line: the stated total (when there is one before the list) and the budgets listed. */
export interface VietnameseTotal {
    readonly text: string;
    /** The total's own time, when the text states one before its list. */
    readonly headText?: string;
    readonly duration?: VietnameseDuration;
    readonly budgets: readonly VietnameseTimeBudget[];
}

/**
 * Reads a total as a table states it. List items start a line with "-" (markdown emphasis around them is ignored);
 * each item is "label: time" or "Tại <agency> <time>". Nothing is guessed: an item whose time the duration reader
 * does not know keeps its text and has no duration.
 */
export function readVietnameseTotal(text: string): VietnameseTotal {
    const lines = text.normalize('NFC').split('\n').map(line => line.replace(/\*+/g, ' ').trim());
    const head: string[] = [];
    const items: string[] = [];
    for (const line of lines) {
        const item = /^-\s+(.*)$/u.exec(line);
        if (item) {
            items.push(item[1]);
        } else if (items.length > 0) {
            items[items.length - 1] += ` ${line}`;
        } else {
            head.push(line);
        }
    }
    const headText = head.join(' ').replace(/\s+/g, ' ').trim();
    const duration = headText ? readVietnameseDuration(headText) : undefined;
    return {
        text,
        ...(headText ? { headText } : {}),
        ...(duration ? { duration } : {}),
        budgets: items.map(readBudget)
    };
}

function readBudget(item: string): VietnameseTimeBudget {
    const clean = item.replace(/\s+/g, ' ').trim().replace(/[.;]+$/u, '').trim();
    const colon = clean.lastIndexOf(': ');
    if (colon > 0) {
        const label = clean.slice(0, colon).trim();
        const time = clean.slice(colon + 2).trim();
        const duration = readVietnameseDuration(time);
        if (duration) {
            return { label, text: time, duration };
        }
    }
    // "Tại Sở Văn hóa, Thể thao và Du lịch 01 ngày làm việc": the time is the tail from its number on.
    const tail = /^(.*?)\s+(\d[\d.,/]*\s+(?:giờ|ngày).*)$/u.exec(clean);
    const duration = tail ? readVietnameseDuration(tail[2]) : undefined;
    if (tail && duration) {
        return { label: tail[1].trim(), text: tail[2].trim(), duration };
    }
    return colon > 0
        ? { label: clean.slice(0, colon).trim(), text: clean.slice(colon + 2).trim() }
        : { label: '', text: clean };
}

/** The agency a budget or a part names after "tại" ("Tại UBND cấp xã" and "Quy trình giải quyết tại UBND cấp xã" both give "ubnd cấp xã"), lower case. */
export function budgetAgency(label: string): string | undefined {
    const match = /(?:^|\s)(?:tại|ở)\s+(.+)$/u.exec(normaliseVietnameseText(label).replace(/\s+là:?$/u, '').replace(/:$/u, ''));
    return match?.[1].trim();
}
