import { foldText } from './text-folding.js';

/** Edit distance between two strings (Levenshtein), stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
    if (Math.abs(a.length - b.length) > limit) {
        return limit + 1;
    }
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            rowMin = Math.min(rowMin, current[j]);
        }
        if (rowMin > limit) {
            return limit + 1;
        }
        previous = current;
    }
    return previous[b.length];
}

// Every suggestion folds every name in scope: the same few thousand names, folded once each. Bounded,
// starting afresh when full, so that a long-running server cannot grow without end.
const FOLDED_LIMIT = 50_000;
let folded = new Map<string, string>();
function fold(name: string): string {
    let result = folded.get(name);
    if (result === undefined) {
        result = foldText(name);
        if (folded.size >= FOLDED_LIMIT) folded = new Map();
        folded.set(name, result);
    }
    return result;
}

/**
 * The candidate closest to `name`, if one is close enough to be a likely typo: within a third of
 * the name's length (at least 1, at most 4 edits), ties broken by declaration order.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
    // Compared without case and diacritics: 'TiepNhan' is close to 'TiếpNhận'.
    const target = fold(name);
    const limit = Math.min(4, Math.max(1, Math.floor(target.length / 3)));
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        if (candidate === name) continue;
        const distance = editDistance(target, fold(candidate), bestDistance - 1);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
