import { GrammarUtils, type CstNode } from 'langium';
import type { CodeAction } from 'vscode-languageserver-types';
import { isDuration } from '../../generated/ast.js';
import { isCalendar, parseDuration } from '../../semantics/durations.js';
import { nestedTargets } from './diagnostic-target.js';
import { quickFix, quoted, type FixContext } from './quick-fix.js';
import { attributeSpan, removal, textOf } from './text-edits.js';

/**
 * `duplicate-attribute`: remove the repetition. When it repeats the first occurrence word for word,
 * that is the fix (preferred); when the values differ, which one was meant is the user's choice, so
 * both ways are offered: remove this one, or keep this one and remove the others.
 */
export function removeDuplicateAttribute(context: FixContext): CodeAction[] {
    // The repeated attribute may hold a node of its own (`by A`: the step's `by`, and the performer `A`).
    const repeated = nestedTargets(context.target).map(({ node, property, cst: at }) => {
        const occurrences = GrammarUtils.findNodesForProperty(node.$cstNode, property);
        return { occurrences, cst: occurrences.find(c => c.offset === at.offset && c.end === at.end) };
    }).find(candidate => candidate.cst !== undefined && candidate.occurrences.length > 1);
    if (!repeated) return [];
    const { occurrences, cst } = repeated;
    const first = occurrences[0];
    if (!cst || first === cst) return [];
    const document = context.document;
    const text = (c: CstNode): string => textOf(document, attributeSpan(c)).replace(/\s+/g, ' ');
    const remove = removal(document, attributeSpan(cst));
    if (text(first) === text(cst)) {
        return [quickFix(context.texts.text('fix.removeRepeated', { text: quoted(text(cst)) }), context.diagnostic, [remove], true)];
    }
    const others = occurrences.filter(c => c !== cst);
    return [
        quickFix(context.texts.text('fix.removeKeep', { text: quoted(text(cst)), kept: quoted(text(first)) }), context.diagnostic, [remove]),
        quickFix(context.texts.text('fix.keepRemove', { text: quoted(text(cst)), others: others.map(c => quoted(text(c))).join(', ') }), context.diagnostic,
            others.map(c => removal(document, attributeSpan(c))))
    ];
}

/** `invalid-duration` on `4h as 3h`: the duration is already working time, so the `as` part goes. */
export function removeNeedlessConversion(context: FixContext): CodeAction[] {
    const { node, property, cst } = context.target;
    const value = isDuration(node) ? parseDuration(node.value) : undefined;
    if (!isDuration(node) || property !== 'workingEquivalent' || !value || isCalendar(value.unit)) return [];
    const span = attributeSpan(cst);
    return [quickFix(context.texts.text('fix.needlessConversion', { text: quoted(textOf(context.document, span)), value: quoted(node.value) }), context.diagnostic,
        [removal(context.document, span)], true)];
}
