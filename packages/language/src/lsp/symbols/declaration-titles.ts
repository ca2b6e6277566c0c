import type { AstNode } from 'langium';
import { isBody, isCase, isForm, isMember, isPart, isPosition, isProcedure, isProvince, isStep, isUnit } from '../../generated/ast.js';
import { foldedWords, foldText, wordsMatcher } from '../../references/text-folding.js';

/**
 * The titles a designer knows a declaration by, its own first: for a position also its unit's
 * ("Giám đốc Sở" is found by "Sở Tư pháp"). Empty for what has no title.
 */
export function titlesOf(node: AstNode): string[] {
    if (isPosition(node)) {
        return [node.title, isUnit(node.$container) ? node.$container.title : undefined].filter(isText);
    }
    if (isUnit(node) || isForm(node) || isStep(node) || isProcedure(node) || isProvince(node) || isCase(node) || isPart(node) || isBody(node) || isMember(node)) {
        return [node.title].filter(isText);
    }
    return [];
}

/**
 * A test of whether every word of `query` starts a word of a declaration's titles, without case or
 * diacritics (`tu phap` accepts "Công chức Tư pháp - Hộ tịch").
 */
export function titleMatcher(query: string): (node: AstNode) => boolean {
    const matches = wordsMatcher(query);
    return node => {
        let words = titleWords.get(node);
        if (!words) {
            words = titlesOf(node).flatMap(foldedWords);
            titleWords.set(node, words);
        }
        return matches(words);
    };
}

// Folded once per node: a workspace search compares every query with tens of thousands of titles. An
// edit makes new nodes, so an entry never outlives its titles.
const titleWords = new WeakMap<AstNode, string[]>();

/** The declaration's titles folded (no case, no diacritics), one string: what a client filters on. */
export function foldedTitles(node: AstNode): string {
    let folded = foldedTitleTexts.get(node);
    if (folded === undefined) {
        folded = titlesOf(node).map(foldText).join(' ');
        foldedTitleTexts.set(node, folded);
    }
    return folded;
}

// Folded once per node, as the words above: completion gives every candidate of the province its folded
// titles at each request.
const foldedTitleTexts = new WeakMap<AstNode, string>();

function isText(text: string | undefined): text is string {
    return text !== undefined && text.length > 0;
}
