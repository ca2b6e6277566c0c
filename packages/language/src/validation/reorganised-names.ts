import {
    abolishedDivisions, communeWardVariants, mergedDepartments, townships, type AbolishedDivision, type MergedDepartment
} from './data/reorganisation-2025.js';
import { findPhrase, phraseWords, placeAfter, titleWords, type PhraseMatch, type PlaceKind, type TitleWord } from '../semantics/title-phrases.js';

/** Offsets `[start, end)` in a title. */
export interface TitleSpan {
    readonly start: number;
    readonly end: number;
}

/** A name in a title that the 2025 reorganisation retired, with where it is written. */
export type ReorganisedName =
    /** A township; `listItem` is the `, thị trấn` of "xã, phường, thị trấn", which can simply go. */
    | { readonly kind: 'township'; readonly span: TitleSpan; readonly listItem?: TitleSpan }
    /** A division of the abolished district level; `place` when the title says whether it is a commune's or a ward's. */
    | { readonly kind: 'division'; readonly span: TitleSpan; readonly division: AbolishedDivision; readonly place?: PlaceKind }
    | { readonly kind: 'department'; readonly span: TitleSpan; readonly department: MergedDepartment }
    /** The ward's name of a commune division in a commune's title, or the reverse; `write` is the right one. */
    | { readonly kind: 'ward-variant'; readonly span: TitleSpan; readonly place: PlaceKind; readonly write: string };

interface Compiled<T> {
    readonly entry: T;
    readonly phrases: readonly (readonly string[])[];
    readonly unless: readonly (readonly string[])[];
}

function compile<T extends { name: string; aliases?: readonly string[]; unlessFollowedBy?: readonly string[] }>(entries: readonly T[]): Compiled<T>[] {
    return entries.map(entry => ({
        entry,
        phrases: [entry.name, ...entry.aliases ?? []].map(phraseWords),
        unless: (entry.unlessFollowedBy ?? []).map(phraseWords)
    }));
}

// The data folded once, when the module loads.
const townshipWords = phraseWords(townships.name);
const divisions = compile(abolishedDivisions);
const departments = compile(mergedDepartments);
const communeDivision = phraseWords(communeWardVariants.commune);
const wardDivision = phraseWords(communeWardVariants.ward);
// After "Phòng Kinh tế", these make it the ward's name or a district-era one, not the commune's.
const notCommuneDivision = [phraseWords('Hạ tầng'), phraseWords('và Hạ tầng')];

function firstMatch<T>(words: readonly TitleWord[], compiled: readonly Compiled<T>[]): { entry: T; match: PhraseMatch } | undefined {
    let first: { entry: T; match: PhraseMatch } | undefined;
    for (const { entry, phrases, unless } of compiled) {
        for (const phrase of phrases) {
            const match = findPhrase(words, phrase, unless);
            if (match && (!first || match.start < first.match.start)) first = { entry, match };
        }
    }
    return first;
}

/** What to look for: district-era divisions only where a commune body is meant (a department's own divisions may share their names). */
export interface ReorganisedNameOptions {
    readonly divisions: boolean;
}

/**
 * The first retired name a unit's or a position's title holds, in this order: a township, a district-era
 * division, a merged department, the wrong variant of a commune division. One finding per title: the
 * name that makes the title stale first is the one to fix first. Compared without case, diacritics or
 * punctuation; `xã` and `phường` are read right after the body they qualify.
 */
export function findReorganisedName(title: string, options: ReorganisedNameOptions): ReorganisedName | undefined {
    const words = titleWords(title);
    const township = findPhrase(words, townshipWords);
    if (township) {
        return { kind: 'township', span: township, listItem: listItemOf(title, words, township) };
    }
    if (options.divisions) {
        const division = firstMatch(words, divisions);
        if (division) {
            return { kind: 'division', span: division.match, division: division.entry, place: placeAfter(title, words, division.match) };
        }
    }
    const department = firstMatch(words, departments);
    if (department) {
        return { kind: 'department', span: department.match, department: department.entry };
    }
    const ward = findPhrase(words, wardDivision);
    if (ward && placeAfter(title, words, ward) === 'commune') {
        return { kind: 'ward-variant', span: ward, place: 'commune', write: communeWardVariants.commune };
    }
    const commune = findPhrase(words, communeDivision, notCommuneDivision);
    if (commune && placeAfter(title, words, commune) === 'ward') {
        return { kind: 'ward-variant', span: commune, place: 'ward', write: communeWardVariants.ward };
    }
    return undefined;
}

// ", thị trấn" closing a list "xã, phường, thị trấn": the span from the comma to the end of the township.
function listItemOf(title: string, words: readonly TitleWord[], township: PhraseMatch): TitleSpan | undefined {
    const previous = words[township.first - 1];
    if (!previous || !['xa', 'phuong'].includes(previous.folded)) return undefined;
    const between = title.slice(previous.end, township.start);
    return /^\s*,\s*$/.test(between) ? { start: previous.end, end: township.end } : undefined;
}

/**
 * The titles a fix may write instead, most likely first: none when what to write depends on facts the
 * title does not hold (the commune or ward a township went to, the department that took a sector).
 */
export function retitlings(title: string, found: ReorganisedName): string[] {
    const replace = (text: string): string => title.slice(0, found.span.start) + casedLike(title.slice(found.span.start, found.span.end), text) + title.slice(found.span.end);
    switch (found.kind) {
        case 'township':
            return found.listItem ? [title.slice(0, found.listItem.start) + title.slice(found.listItem.end)] : [];
        case 'division': {
            const { commune, ward } = found.division;
            // "Trưởng phòng Tư pháp" has no counterpart "Trưởng Văn phòng …" (the Office is headed by a Chánh Văn phòng).
            const head = titleWords(title.slice(0, found.span.start)).at(-1)?.folded === 'truong';
            if (head && phraseWords(commune)[0] !== phraseWords(found.division.name)[0]) return [];
            if (commune === ward) return [replace(commune)];
            if (found.place) return [replace(found.place === 'commune' ? commune : ward)];
            return [replace(commune), replace(ward)];
        }
        case 'department':
            return found.department.sectorsTo?.length || found.department.onlyWhereSetUp ? [] : [replace(found.department.into)];
        case 'ward-variant':
            return [replace(found.write)];
    }
}

// "Trưởng phòng Quản lý đô thị" keeps its lower-case "phòng" when it becomes "Trưởng phòng Kinh tế".
function casedLike(written: string, text: string): string {
    const first = written.charAt(0);
    const sameWord = phraseWords(written)[0] === phraseWords(text)[0];
    return sameWord && first !== first.toLocaleUpperCase('vi') ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text;
}
