/**
 * Text compared the way a Vietnamese designer types it: without case and without diacritics
 * (`Tư pháp`, `tu phap` and `TU PHAP` are the same), `đ` read as `d`. Used by the "did you mean"
 * of unresolved names and by the editor's search of titles (completion, workspace symbols).
 */
export function foldText(text: string): string {
    // NFD splits a letter from its accents (ư → u + horn, ộ → o + circumflex + dot), which are then dropped;
    // đ is a letter of its own, not a d with a mark, so it is mapped by hand.
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/đ/g, 'd');
}

/** The folded words of a text: runs of letters and digits. */
export function foldedWords(text: string): string[] {
    return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(word => word.length > 0);
}

/**
 * Whether every word of `query` starts a word of one of `texts`, folded (`tu ph` matches "Công chức
 * Tư pháp - Hộ tịch"); words may come in any order. A query without words matches nothing.
 */
export function matchesWords(query: string, texts: readonly string[]): boolean {
    const wanted = foldedWords(query);
    if (wanted.length === 0) return false;
    const words = texts.flatMap(foldedWords);
    return wanted.every(prefix => words.some(word => word.startsWith(prefix)));
}
