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

/**
 * A text folded (see {@link foldText}) and without whitespace: how legal document numbers compare, so that
 * "Nghị định số 61/2018/NĐ-CP", "61/2018/ND-CP" and "61 / 2018 / nđ-cp" are the same number.
 */
export function foldCompact(text: string): string {
    return foldText(text).replace(/\s+/g, '');
}

/** The folded words of a text: runs of letters and digits. */
export function foldedWords(text: string): string[] {
    return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(word => word.length > 0);
}

/**
 * A test of whether every word of `query` starts one of a text's folded words (see
 * {@link foldedWords}): `tu ph` accepts the words of "Công chức Tư pháp - Hộ tịch"; words may come in
 * any order. A query without words accepts nothing. The query is folded once, for many texts.
 */
export function wordsMatcher(query: string): (words: readonly string[]) => boolean {
    const wanted = foldedWords(query);
    return words => wanted.length > 0 && wanted.every(prefix => words.some(word => word.startsWith(prefix)));
}
