import { AstUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { LspTexts } from '../texts.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';
import type { DiagnosticTarget } from './diagnostic-target.js';

/** What a family of quick fixes gets to work with: one diagnostic of a document, and where it points. */
export interface FixContext {
    readonly services: TthcLspServices;
    readonly document: LangiumDocument;
    readonly diagnostic: Diagnostic;
    /** The node and property the diagnostic's range covers. */
    readonly target: DiagnosticTarget;
    /** The editor's texts in the language of the request, for the fixes' titles. */
    readonly texts: LspTexts;
}

/** The quick fixes of one diagnostic code: none when nothing unambiguous can be offered. */
export type QuickFixes = (context: FixContext) => CodeAction[];

/** A text edit in a given document: a fix may change another file than the one with the finding. */
export interface DocumentEdit {
    readonly uri: string;
    readonly edit: TextEdit;
}

/** An edit replacing `range` of the document that holds `node` (or of `node` when it is a document). */
export function editIn(where: AstNode | LangiumDocument, range: Range, newText: string): DocumentEdit {
    const document = 'uri' in where && 'textDocument' in where ? where : AstUtils.getDocument(where);
    return { uri: document.uri.toString(), edit: { range, newText } };
}

/** An edit replacing the text of a CST node. */
export function replaceNode(cst: CstNode, newText: string): DocumentEdit {
    return editIn(cst.astNode, cst.range, newText);
}

/**
 * Which of several fixes of one family an action is, where the family offers fixes of different
 * safety for one code (`fixSafety` in tthc-code-actions.ts reads it): leading a path to the existing
 * return step, or adding a new one.
 */
export type FixKind = 'lead-to-return' | 'add-return-step' | 'successor' | 'suppress' | 'remove-suppression';

/** What a quick fix carries in its `data`. */
export interface QuickFixData {
    /** Which fix of its family it is, when the family offers fixes of different safety. */
    readonly fix?: FixKind;
    /**
     * Set by the code-action provider: the fix may be applied unattended (`tthc fix`, "Fix all safe
     * problems"), see `fixSafety`.
     */
    readonly safe?: boolean;
}

/** Whether an action adds or removes a `tthc-ignore` comment rather than fixing what the finding says. */
export function isSuppressionAction(action: CodeAction): boolean {
    const fix = quickFixData(action).fix;
    return fix === 'suppress' || fix === 'remove-suppression';
}

/** The `data` of an action, when it is a quick fix's. */
export function quickFixData(action: CodeAction): QuickFixData {
    const data: unknown = action.data;
    return typeof data === 'object' && data !== null ? data as QuickFixData : {};
}

/**
 * A quick fix: a workspace edit that resolves `diagnostic`. Mark it preferred only when it is the
 * one obvious fix, since editors apply a preferred fix without showing the alternatives.
 */
export function quickFix(title: string, diagnostic: Diagnostic, edits: readonly DocumentEdit[], isPreferred = false, fix?: FixKind): CodeAction {
    const changes: Record<string, TextEdit[]> = {};
    for (const { uri, edit } of edits) {
        (changes[uri] ??= []).push(edit);
    }
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(isPreferred ? { isPreferred: true } : {}),
        edit: { changes },
        ...(fix ? { data: { fix } satisfies QuickFixData } : {})
    };
}

/** A name or text as the user wrote it, in quotes, shortened for a title. */
export function quoted(text: string, max = 48): string {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return `'${oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine}'`;
}
