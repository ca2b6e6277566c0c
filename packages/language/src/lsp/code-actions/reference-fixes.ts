import type { CodeAction } from 'vscode-languageserver-types';
import { closestName } from '../../references/did-you-mean.js';
import { quickFix, replaceNode, type FixContext } from './quick-fix.js';

/**
 * `unknown-reference`: replace the name with the closest declared one, the same suggestion as the
 * message's "did you mean": the linker's `closestName` over the same scope the linker searched.
 */
export function replaceUnknownReference(context: FixContext): CodeAction[] {
    const { cst } = context.target;
    const reference = context.document.references.find(r => r.$refNode?.offset === cst.offset && r.$refNode.end === cst.end);
    const info = reference?.error?.info;
    if (!reference || !info) return [];
    const names = context.services.references.ScopeProvider.getScope(info).getAllElements().map(d => d.name);
    const suggestion = closestName(reference.$refText, names);
    return suggestion ? [quickFix(context.texts.text('fix.changeTo', { name: suggestion }), context.diagnostic, [replaceNode(cst, suggestion)], true)] : [];
}
