import { URI, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { overlaps, spanOf, type EditSpan } from './edit-spans.js';

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
