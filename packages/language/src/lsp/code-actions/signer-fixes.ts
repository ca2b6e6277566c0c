import { AstUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver-types';
import { isPerformerRef, isProcedure } from '../../generated/ast.js';
import { describeUnit } from './catalogue-candidates.js';
import { quickFix, replaceNode, type FixContext } from './quick-fix.js';

/**
 * `signer-not-authority`: the signer becomes the leadership of the procedure's authority, written
 * `leaders of Authority`, or one of its positions marked `leader`, in the catalogue's order. A signer
 * written `… assigned` stays assigned. None is preferred: which leader signs is the province's choice.
 */
export function assignSigner(context: FixContext): CodeAction[] {
    const ref = context.target.node;
    if (!isPerformerRef(ref) || !ref.$cstNode) return [];
    const authority = AstUtils.getContainerOfType(ref, isProcedure)?.authority?.ref;
    if (!authority) return [];
    const unit = describeUnit(authority, context.texts);
    const assigned = ref.assigned ? ' assigned' : '';
    const names = [`leaders of ${authority.name}`, ...authority.positions.filter(p => p.leader).map(p => `${authority.name}.${p.name}`)];
    return names.map(name => quickFix(context.texts.text('fix.assign', { name, unit }), context.diagnostic, [replaceNode(ref.$cstNode!, `${name}${assigned}`)]));
}
