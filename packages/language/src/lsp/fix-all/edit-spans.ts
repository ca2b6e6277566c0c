import type { LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';

/** The offsets `[start, end)` a text edit replaces (`start === end`: an insertion). */
export interface EditSpan {
    readonly start: number;
    readonly end: number;
}

/** The span of a text edit in a document's current text. */
export function spanOf(document: LangiumDocument, edit: TextEdit): EditSpan {
    return { start: document.textDocument.offsetAt(edit.range.start), end: document.textDocument.offsetAt(edit.range.end) };
}

/**
 * Whether two edits of one pass would conflict: they share text, or one inserts where the other
 * starts or ends (two insertions at one place, or an insertion at the edge of a replacement, have no
 * order that both fixes meant). Replacements that only touch (`[1,3)` and `[3,5)`) do not conflict.
 */
export function overlaps(a: EditSpan, b: EditSpan): boolean {
    if (a.start < b.end && b.start < a.end) return true;
    const aInserts = a.start === a.end;
    const bInserts = b.start === b.end;
    if (aInserts && (a.start === b.start || a.start === b.end)) return true;
    if (bInserts && (b.start === a.start || b.start === a.end)) return true;
    return false;
}

/** Whether `span` conflicts with any of `others`. */
export function overlapsAny(span: EditSpan, others: readonly EditSpan[]): boolean {
    return others.some(other => overlaps(span, other));
}
