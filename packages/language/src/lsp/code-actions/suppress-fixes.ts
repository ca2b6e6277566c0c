import type { LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { unsuppressibleWhy } from '../../settings/rule-levels.js';
import { SUPPRESS_NEXT } from '../../settings/suppressions.js';
import { isIssueCode } from '../../validation/issue-codes.js';
import type { LspTexts } from '../texts.js';
import type { QuickFixData } from './quick-fix.js';

/**
 * "Suppress '<code>' here…": a `// tthc-ignore <code>: REASON` line above the finding's line, indented
 * like it, so that it covers the element starting there. The placeholder reason (`REASON`, `LÝ DO`) is
 * no reason: the comment is itself a finding (`suppression-without-reason`) until a person writes why.
 * Never applied unattended: it is not in `quickFixes`, so `tthc fix` and "Fix all" never see it.
 */
export function suppressFinding(document: LangiumDocument, diagnostic: Diagnostic, texts: LspTexts): CodeAction[] {
    const code: unknown = diagnostic.data?.code ?? diagnostic.code;
    if (!isIssueCode(code) || unsuppressibleWhy(code) !== undefined) return [];
    const line = diagnostic.range.start.line;
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
    const newText = `${indent}// ${SUPPRESS_NEXT} ${code}: ${texts.text('fix.suppressReason')}\n`;
    return [{
        title: texts.text('fix.suppress', { code }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [document.uri.toString()]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText }] } },
        data: { fix: 'suppress' } satisfies QuickFixData
    }];
}

/** For `unused-suppression`: removes the comment's line (or the comment alone, after code). */
export function removeUnusedSuppression(document: LangiumDocument, diagnostic: Diagnostic, texts: LspTexts): CodeAction[] {
    if ((diagnostic.data?.code ?? diagnostic.code) !== 'unused-suppression') return [];
    const { start, end } = diagnostic.range;
    const lineText = document.textDocument.getText({ start: { line: start.line, character: 0 }, end: { line: start.line + 1, character: 0 } });
    const before = lineText.slice(0, start.character);
    // A comment naming several codes may still suppress the others: only a comment of one code goes.
    const comment = lineText.slice(start.character, end.line === start.line ? end.character : undefined);
    const codes = comment.replace(/^\/\/\s*tthc-ignore(?:-file)?/, '').split(':')[0].split(/[\s,]+/).filter(w => w !== '');
    if (codes.length > 1) return [];
    const range = before.trim() === ''
        ? { start: { line: start.line, character: 0 }, end: { line: start.line + 1, character: 0 } }
        : { start: { line: start.line, character: before.trimEnd().length }, end };
    return [{
        title: texts.text('fix.removeSuppression'),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [document.uri.toString()]: [{ range, newText: '' }] } },
        data: { fix: 'remove-suppression' } satisfies QuickFixData
    }];
}
