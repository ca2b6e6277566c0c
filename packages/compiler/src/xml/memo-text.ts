/**
 * A pure text function with its results remembered: the same unit and position titles come back in
 * every procedure of a province. The memory is bounded (it starts afresh past `limit` entries), so a
 * long-running process cannot grow without end.
 */
export function memoText(clean: (text: string) => string, limit = 20_000): (text: string) => string {
    let cache = new Map<string, string>();
    return text => {
        let result = cache.get(text);
        if (result === undefined) {
            result = clean(text);
            if (cache.size >= limit) cache = new Map();
            cache.set(text, result);
        }
        return result;
    };
}
