import { GrammarUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver-types';
import { isLegalCitation, isProcedure, type LegalCitation } from '../../generated/ast.js';
import { citesDocumentNumber, findSupersededText, hasDocumentNumber } from '../../validation/superseded-texts.js';
import { editIn, quickFix, type FixContext } from './quick-fix.js';
import { rangeOf, removal, stringLiteral } from './text-edits.js';

/**
 * `superseded-legal-basis`: cite the text in force, number and title from the superseded-texts table
 * (`legal "118/2025/NĐ-CP" "Nghị định 118/2025/NĐ-CP về …"`). A citation that named the old text only
 * in its number field gets the title too, so that the name it carried is not lost. When the procedure
 * already cites the replacement (both 61/2018 and its amendment 107/2021 were cited), the fix removes
 * the stale citation instead of citing the same text twice.
 */
export function replaceSupersededCitation(context: FixContext): CodeAction[] {
    const citation = context.target.node;
    if (!isLegalCitation(citation) || !citation.$cstNode) return [];
    const superseded = findSupersededText(citationText(citation));
    if (!superseded) return [];
    const procedure = citation.$container;
    const alreadyCited = isProcedure(procedure) && procedure.legal.some(other =>
        other !== citation && findSupersededText(citationText(other)) === undefined && citesNumber(other, superseded.replacement));
    if (alreadyCited) {
        return [quickFix(context.texts.text('fix.removeCitation', { number: superseded.number, replacement: superseded.replacement }), context.diagnostic,
            [removal(context.document, { start: citation.$cstNode.offset, end: citation.$cstNode.end })], true)];
    }
    const number = GrammarUtils.findNodeForProperty(citation.$cstNode, 'number');
    const title = GrammarUtils.findNodeForProperty(citation.$cstNode, 'title');
    if (!number) return [];
    const span = { start: number.offset, end: (title ?? number).end };
    return [quickFix(context.texts.text('fix.cite', { replacement: superseded.replacement, number: superseded.number }), context.diagnostic,
        [editIn(context.document, rangeOf(context.document, span), `${stringLiteral(superseded.replacement)} ${stringLiteral(superseded.title)}`)], true)];
}

// What the check reads: the number, or the title when the number holds no document number.
function citationText(citation: LegalCitation): string {
    return (citation.number && hasDocumentNumber(citation.number) ? citation.number : citation.title ?? citation.number) ?? '';
}

// Numbers compare as the check compares them: without diacritics, case or spaces.
function citesNumber(citation: LegalCitation, number: string): boolean {
    return citesDocumentNumber(citationText(citation), number);
}
