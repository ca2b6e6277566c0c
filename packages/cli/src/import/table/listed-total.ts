import { foldText } from './fold-text.js';

/** A total cell that lists what it counts and what it does not: the one time counted, and the items not counted. */
export interface ListedTotal {
    /** The counted item's time, after its label ("Không quá 28 ngày kể từ ngày tiếp nhận hồ sơ"). */
    readonly counted: string;
    /** The items the cell says are not counted, each without that remark, and the remark ("không tính …"). */
    readonly uncounted: ReadonlyArray<{ readonly text: string; readonly reason: string }>;
}

// "(không tính trong quy trình giải quyết hồ sơ)", "không tính vào thời gian giải quyết": at the item's end.
const NOT_COUNTED = /\s*\(?\s*(không tính (?:trong|vào) [^()]*?)\s*\)?\s*[.;]?$/iu;

/**
 * The items of a cell written as a list ("- Thời hạn …: …", "+ …"), without their marks; empty when the cell does not
 * start with one. Items start a line or follow " - " before a capital (a cell's lines may have been joined).
 */
export function listItems(text: string): string[] {
    const trimmed = text.trim();
    if (!/^[-+•]\s/u.test(trimmed)) return [];
    return trimmed.split(/(?:^|\n|\s)[-+•]\s+(?=\p{Lu})/u).map(item => item.trim()).filter(Boolean);
}

/**
 * Reads a total cell written as a list ("- Tiếp nhận …; thẩm định …: Không quá 28 ngày kể từ ngày tiếp nhận hồ sơ
 * - Đăng tải thông tin dự án … (không tính trong quy trình giải quyết hồ sơ)"): when exactly one item is counted and
 * the others say they are not, that item's time (after its label) is the total. Undefined for any other cell.
 */
export function listedTotal(text: string): ListedTotal | undefined {
    const items = listItems(text);
    if (items.length < 2) return undefined;
    const uncounted = items.filter(item => NOT_COUNTED.test(item));
    const counted = items.filter(item => !NOT_COUNTED.test(item));
    if (counted.length !== 1 || uncounted.length === 0) return undefined;
    const label = /^[^:]+:\s*(.+)$/su.exec(counted[0]);
    return {
        counted: (label ? label[1] : counted[0]).trim(),
        uncounted: uncounted.map(item => ({ text: item.replace(NOT_COUNTED, '').trim(), reason: NOT_COUNTED.exec(item)![1].trim() }))
    };
}

/**
 * Of the steps' tasks, the one an item not counted names: the one task whose first words (three at least) begin the
 * item, the most of them ("Đăng tải thông tin dự án lên hệ thống …" for "Đăng tải thông tin dự án trong thời hạn …").
 * Its index, or undefined when no task or several do.
 */
export function stepNamedBy(item: string, tasks: readonly string[]): number | undefined {
    const want = foldText(item).split(' ');
    const shared = tasks.map(task => {
        const have = foldText(task).split(' ');
        let n = 0;
        while (n < have.length && n < want.length && have[n] === want[n]) n++;
        return n;
    });
    const best = Math.max(0, ...shared);
    if (best < 3 || shared.filter(n => n === best).length !== 1) return undefined;
    return shared.indexOf(best);
}
