import { AstUtils, CstUtils, isLeafCstNode, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/** The words a `tthc-ignore` comment starts with: the next element, or the whole file. */
export const SUPPRESS_NEXT = 'tthc-ignore';
export const SUPPRESS_FILE = 'tthc-ignore-file';

/**
 * The reasons the quick fix writes for a person to replace, in each language: a suppression whose
 * reason is still one of them gives no reason.
 */
export const REASON_PLACEHOLDERS: readonly string[] = ['REASON', 'LÝ DO'];

/** A `// tthc-ignore <code>, …: <reason>` comment of a document. */
export interface Suppression {
    /** The codes as written (known or not). */
    readonly codes: readonly string[];
    /** The reason, trimmed; `undefined` when none is written or it is still a placeholder. */
    readonly reason: string | undefined;
    /** Whether the reason is still the quick fix's placeholder. */
    readonly placeholder: boolean;
    /** The comment itself. */
    readonly range: Range;
    /** What it covers: the whole document, or the element that starts on its line or the next line of code. */
    readonly covers: Range | 'file';
}

const COMMENT = /^\/\/\s*(tthc-ignore(?:-file)?)(?=\s|:|$)(.*)$/;

/**
 * Reads the suppressions of a document from its comments (the CST keeps them as hidden leaves, so a
 * `//` inside a text in quotes is never one). A comment alone on its line covers the element that
 * starts on the next line of code (its whole extent: a step with all its attributes); a comment after
 * code covers the element that starts on its own line; `tthc-ignore-file` covers the document.
 * docs/review.md describes the forms.
 */
export function readSuppressions(document: LangiumDocument): Suppression[] {
    const root = document.parseResult.value.$cstNode;
    // Most files have no suppression: one search of the text spares them the walk over every token.
    if (!root || !document.textDocument.getText().includes(SUPPRESS_NEXT)) return [];
    const leaves = CstUtils.streamCst(root).filter(isLeafCstNode).toArray();
    const comments = leaves.filter(leaf => leaf.hidden && leaf.tokenType.name === 'SL_COMMENT' && COMMENT.test(leaf.text));
    if (comments.length === 0) return [];
    const code = leaves.filter(leaf => !leaf.hidden);
    const text = document.textDocument.getText();
    return comments.map(comment => {
        const [, keyword, rest] = COMMENT.exec(comment.text)!;
        const colon = rest.indexOf(':');
        const codes = (colon < 0 ? rest : rest.slice(0, colon)).split(/[\s,]+/).filter(c => c !== '');
        const written = colon < 0 ? '' : rest.slice(colon + 1).trim();
        const placeholder = REASON_PLACEHOLDERS.includes(written.normalize('NFC').toLocaleUpperCase('vi'));
        const reason = written === '' || placeholder ? undefined : written;
        const range = comment.range;
        if (keyword === SUPPRESS_FILE) return { codes, reason, placeholder, range, covers: 'file' as const };
        const lineStart = text.lastIndexOf('\n', comment.offset - 1) + 1;
        const alone = text.slice(lineStart, comment.offset).trim() === '';
        const line = alone ? code.find(leaf => leaf.range.start.line > range.start.line)?.range.start.line : range.start.line;
        return { codes, reason, placeholder, range, covers: line === undefined ? emptyRange(range) : elementAt(document, line) };
    });
}

/** Whether a finding's start lies in what a suppression covers. */
export function covers(suppression: Suppression, finding: Range): boolean {
    if (suppression.covers === 'file') return true;
    const { start, end } = suppression.covers;
    const at = finding.start;
    return (at.line > start.line || (at.line === start.line && at.character >= start.character))
        && (at.line < end.line || (at.line === end.line && at.character <= end.character));
}

// From the start of the line to the end of the longest element starting on it (at least the line).
function elementAt(document: LangiumDocument, line: number): Range {
    let end = { line, character: Number.MAX_SAFE_INTEGER };
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        const range = node.$cstNode?.range;
        if (range && range.start.line === line && range.end.line > end.line) end = range.end;
    }
    return { start: { line, character: 0 }, end };
}

function emptyRange(range: Range): Range {
    return { start: range.end, end: range.end };
}
