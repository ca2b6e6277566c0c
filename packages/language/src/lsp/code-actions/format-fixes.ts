import { AstUtils, GrammarUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver-types';
import { isFee, isProcedure } from '../../generated/ast.js';
import { quickFix, replaceNode, type FixContext } from './quick-fix.js';

// `2.000`, `1.500.000`: dots between groups of three digits, the Vietnamese thousands separator.
const thousandsWithDots = /^-?[0-9]{1,3}(\.[0-9]{3})+$/;

/**
 * `fee-invalid` on an amount written with the Vietnamese thousands separator (`2.000`): VND has no
 * fractions, so the dots can only group thousands; write them as `_` (`2_000`). Other invalid fees
 * (a negative amount, a cap below the fee, a first page of 0) need the user's numbers.
 */
export function groupThousands(context: FixContext): CodeAction[] {
    const { node, property, cst } = context.target;
    if (!isFee(node) || (property !== 'amount' && property !== 'cap')) return [];
    const amount = cst.text.replace(/\s+/g, '');
    if (!thousandsWithDots.test(amount)) return [];
    const grouped = amount.replaceAll('.', '_');
    return [quickFix(context.texts.text('fix.groupThousands', { grouped, amount }), context.diagnostic, [replaceNode(cst, grouped)], true)];
}

/**
 * `full-online-in-person`: offer `online partial`, the way out the rule names that needs no other
 * decision. Not preferred: removing the inspection, or accepting a copy, may be the right fix instead.
 */
export function setOnlinePartial(context: FixContext): CodeAction[] {
    const procedure = AstUtils.getContainerOfType(context.target.node, isProcedure);
    const online = procedure?.$cstNode ? GrammarUtils.findNodeForProperty(procedure.$cstNode, 'online') : undefined;
    return online ? [quickFix(context.texts.text('fix.setOnlinePartial'), context.diagnostic, [replaceNode(online, 'partial')])] : [];
}
