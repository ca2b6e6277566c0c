import { AstUtils, CstUtils, GrammarAST, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { editIn, type DocumentEdit } from './quick-fix.js';

/** Offsets `[start, end)` in a document's text. */
export interface Span {
    readonly start: number;
    readonly end: number;
}

/**
 * The span of an attribute: its value's CST node and the keywords that introduce it in the grammar
 * (`by` before a performer, `level` before a level, `as` before a working equivalent), so that
 * removing the span leaves no keyword behind.
 */
export function attributeSpan(cst: CstNode): Span {
    let start = cst.offset;
    const assignment = AstUtils.getContainerOfType(cst.grammarSource, GrammarAST.isAssignment);
    const group = assignment?.$container;
    if (assignment && GrammarAST.isGroup(group)) {
        let previous = CstUtils.getPreviousNode(cst, false);
        for (let i = group.elements.indexOf(assignment) - 1; i >= 0 && previous; i--) {
            const element = group.elements[i];
            if (!GrammarAST.isKeyword(element)) break;
            if (previous.text === element.value) {
                start = previous.offset;
                previous = CstUtils.getPreviousNode(previous, false);
            } else if (element.cardinality !== '?') {
                break;
            }
        }
    }
    return { start, end: cst.end };
}

/** The text of a span. */
export function textOf(document: LangiumDocument, span: Span): string {
    return document.textDocument.getText().slice(span.start, span.end);
}

/** The range of a span. */
export function rangeOf(document: LangiumDocument, span: Span): Range {
    return { start: document.textDocument.positionAt(span.start), end: document.textDocument.positionAt(span.end) };
}

/**
 * An edit removing a span: the whole line when the span is alone on its line(s), otherwise the span and
 * the blanks before it, so that `a b c` loses `b` as `a c`.
 */
export function removal(document: LangiumDocument, span: Span): DocumentEdit {
    const text = document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
    const newline = text.indexOf('\n', span.end);
    const lineEnd = newline < 0 ? text.length : newline;
    const before = text.slice(lineStart, span.start);
    const after = text.slice(span.end, lineEnd);
    if (before.trim() === '' && after.trim() === '') {
        return editIn(document, rangeOf(document, { start: lineStart, end: Math.min(lineEnd + 1, text.length) }), '');
    }
    let start = span.start;
    while (start > lineStart && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    let end = span.end;
    if (start === lineStart) {
        // Nothing before it on the line: take the blanks after it instead, keeping the indentation.
        start = span.start;
        while (end < lineEnd && (text[end] === ' ' || text[end] === '\t')) end++;
    }
    return editIn(document, rangeOf(document, { start, end }), '');
}

/** The document's line break: the first one it uses. */
export function lineBreakOf(document: LangiumDocument): string {
    return document.textDocument.getText().includes('\r\n') ? '\r\n' : '\n';
}

/** The indentation of the line that holds `offset`. */
export function indentationAt(document: LangiumDocument, offset: number): string {
    const text = document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/**
 * The text to append to a node so that it continues the node in its style: on the same line after a
 * space for a one-line node, on a new line indented like the node's last line for a node written over
 * several lines (`-> Next` under `produces …`).
 */
export function continuation(document: LangiumDocument, node: AstNode, text: string): string {
    const cst = node.$cstNode!;
    if (cst.range.start.line === cst.range.end.line) {
        return ` ${text}`;
    }
    return `${lineBreakOf(document)}${indentationAt(document, cst.end)}${text}`;
}

/** An edit appending `text` to a node (see `continuation`). */
export function appendTo(document: LangiumDocument, node: AstNode, text: string): DocumentEdit {
    const end = document.textDocument.positionAt(node.$cstNode!.end);
    return editIn(document, { start: end, end }, continuation(document, node, text));
}

/** A STRING literal of the language for a text. */
export function stringLiteral(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
