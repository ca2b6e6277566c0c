import type { AstNode } from 'langium';
import { isForm, isPosition, isProcedure, isProvince, isStep, isUnit } from '../../generated/ast.js';
import { foldText, matchesWords } from '../../references/text-folding.js';

/**
 * The titles a designer knows a declaration by, its own first: for a position also its unit's
 * ("Giám đốc Sở" is found by "Sở Tư pháp"). Empty for what has no title.
 */
export function titlesOf(node: AstNode): string[] {
    if (isPosition(node)) {
        return [node.title, isUnit(node.$container) ? node.$container.title : undefined].filter(isText);
    }
    if (isUnit(node) || isForm(node) || isStep(node) || isProcedure(node) || isProvince(node)) {
        return [node.title].filter(isText);
    }
    return [];
}

/** Whether every word of `query` starts a word of the declaration's titles, without case or diacritics. */
export function matchesTitle(query: string, node: AstNode): boolean {
    return matchesWords(query, titlesOf(node));
}

/** The declaration's titles folded (no case, no diacritics), one string: what a client filters on. */
export function foldedTitles(node: AstNode): string {
    return titlesOf(node).map(foldText).join(' ');
}

function isText(text: string | undefined): text is string {
    return text !== undefined && text.length > 0;
}
