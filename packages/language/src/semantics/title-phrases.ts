import { foldText } from '../references/text-folding.js';

/** A word of a title: its text as written, folded (see {@link foldText}), and where it is. */
export interface TitleWord {
    readonly text: string;
    readonly folded: string;
    readonly start: number;
    readonly end: number;
}

/** Where a phrase was found in a title: offsets in the title, and the indices of its first and last words. */
export interface PhraseMatch {
    readonly start: number;
    readonly end: number;
    readonly first: number;
    readonly last: number;
}

/** The words of a title: runs of letters (with their combining marks, for decomposed text) and digits. */
export function titleWords(title: string): TitleWord[] {
    return [...title.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map(match => ({
        text: match[0],
        folded: foldText(match[0]),
        start: match.index,
        end: match.index + match[0].length
    }));
}

/** The folded words of a phrase, e.g. `Sở Lao động - Thương binh` → `so lao dong thuong binh`. */
export function phraseWords(phrase: string): string[] {
    return titleWords(phrase).map(word => word.folded);
}

/**
 * The first place where the words of `phrase` follow each other in `words`, compared without case,
 * diacritics or punctuation ("Sở Lao động, Thương binh và Xã hội" is "Sở Lao động - Thương binh và Xã hội"),
 * unless one of `unlessFollowedBy` (folded phrases) comes right after it.
 */
export function findPhrase(words: readonly TitleWord[], phrase: readonly string[], unlessFollowedBy: readonly (readonly string[])[] = []): PhraseMatch | undefined {
    for (let i = 0; i + phrase.length <= words.length; i++) {
        if (phrase.every((word, k) => words[i + k].folded === word)) {
            const next = i + phrase.length;
            if (!unlessFollowedBy.some(after => after.length > 0 && after.every((word, k) => words[next + k]?.folded === word))) {
                return { start: words[i].start, end: words[next - 1].end, first: i, last: next - 1 };
            }
        }
    }
    return undefined;
}

/** The kind of commune-level unit a title names right after a body: a commune (xã) or a ward (phường). */
export type PlaceKind = 'commune' | 'ward';

/**
 * Whether the word right after a match (blanks between, no punctuation) is `xã` or `phường`:
 * "Phòng Kinh tế xã Lạc Dương" is a commune's. Read with diacritics, since folded `phuong` is also
 * "phương"; a title typed without any diacritics is read folded (`xa`, `phuong`).
 */
export function placeAfter(title: string, words: readonly TitleWord[], match: PhraseMatch): PlaceKind | undefined {
    const next = words[match.last + 1];
    if (!next || title.slice(match.end, next.start).trim() !== '') {
        return undefined;
    }
    const word = next.text.normalize('NFC').toLocaleLowerCase('vi');
    // eslint-disable-next-line no-control-regex -- a title of plain ASCII letters has no diacritics to read
    const plain = /^[\x00-\x7f]*$/.test(title);
    if (word === 'xã' || (plain && word === 'xa' && words[match.last + 2]?.folded !== 'hoi')) return 'commune';
    if (word === 'phường' || (plain && word === 'phuong')) return 'ward';
    return undefined;
}
