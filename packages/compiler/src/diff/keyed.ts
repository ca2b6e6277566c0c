/** Two lists matched by a key: what only the old one has, what only the new one has, and the pairs. */
export interface Matched<T> {
    readonly removed: readonly T[];
    readonly added: readonly T[];
    readonly both: ReadonlyArray<readonly [T, T]>;
}

/**
 * Matches `before` and `after` by `key`. Removed items keep the old order, added items and pairs the new
 * one; of several items with one key (which a checked workspace does not have), the first counts.
 */
export function matchBy<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): Matched<T> {
    const old = new Map<string, T>();
    for (const item of before) if (!old.has(key(item))) old.set(key(item), item);
    const seen = new Set<string>();
    const added: T[] = [];
    const both: Array<readonly [T, T]> = [];
    for (const item of after) {
        const k = key(item);
        if (seen.has(k)) continue;
        seen.add(k);
        const was = old.get(k);
        if (was === undefined) added.push(item);
        else both.push([was, item]);
    }
    const removed = [...old.entries()].filter(([k]) => !seen.has(k)).map(([, item]) => item);
    return { removed, added, both };
}

/** `a` before `b` in UTF-16 code unit order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
