import { URI, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';

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

/** Whether a document has lexer or parser errors: the fixes leave such a document alone. */
export function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}

/**
 * The edits of one pass of safe fixes, collected action by action: an action is taken whole or not at
 * all, and not when one of its edits conflicts (`overlaps`) with an edit already taken, or when it edits
 * a document that is not loaded, does not parse, or is to be left alone. The same edit offered for several findings (one
 * action merged for two diagnostics) is taken once.
 */
export class SafeEditPlan {
    /** The edits taken, per document URI, in the order taken. */
    readonly edits = new Map<string, TextEdit[]>();
    private readonly spans = new Map<string, EditSpan[]>();
    private readonly taken = new Set<string>();

    /** `leftAlone`: URIs of documents no edit may touch. */
    constructor(private readonly documents: LangiumDocuments, private readonly leftAlone: ReadonlySet<string> = new Set()) {}

    /**
     * Takes the action's edits unless they conflict; true when the finding is fixed by this plan (its
     * edits taken now, or the same edits taken before).
     */
    take(action: CodeAction): boolean {
        const changes = action.edit?.changes ?? {};
        const key = JSON.stringify(changes);
        if (this.taken.has(key)) return true;
        const spans = new Map<string, EditSpan[]>();
        for (const [uri, edits] of Object.entries(changes)) {
            const document = this.documents.getDocument(URI.parse(uri));
            if (!document || hasSyntaxErrors(document) || this.leftAlone.has(uri)) return false;
            const own = edits.map(edit => spanOf(document, edit));
            const before = this.spans.get(uri) ?? [];
            if (own.some(span => before.some(other => overlaps(span, other)))) return false;
            spans.set(uri, own);
        }
        this.taken.add(key);
        for (const [uri, edits] of Object.entries(changes)) {
            (this.spans.get(uri) ?? this.spans.set(uri, []).get(uri)!).push(...spans.get(uri)!);
            (this.edits.get(uri) ?? this.edits.set(uri, []).get(uri)!).push(...edits);
        }
        return true;
    }
}

/** Diagnostics in document order: by start, then end, then code. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character
        || a.range.end.line - b.range.end.line || a.range.end.character - b.range.end.character
        || String(a.code).localeCompare(String(b.code));
}
