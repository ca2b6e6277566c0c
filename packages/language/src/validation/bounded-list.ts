/** How many names a message lists before it says how many more there are: one line stays readable. */
export const MAX_LISTED = 12;

/**
 * A list bounded for a one-line message: the first items and how many were left out (as
 * the steps of a path in the time checks, through `boundedTerms`).
 */
export function boundedList<T>(items: readonly T[], max = MAX_LISTED): { items: T[]; more: number } {
    return items.length <= max ? { items: [...items], more: 0 } : { items: items.slice(0, max - 1), more: items.length - (max - 1) };
}
