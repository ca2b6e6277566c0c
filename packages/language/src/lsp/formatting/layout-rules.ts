import { AstUtils, CstUtils, GrammarAST, type AstNode, type CstNode, type LeafCstNode } from 'langium';
import { isProcedure, isProvince, isTthcFile, isUnit } from '../../generated/ast.js';

/**
 * What the formatter does with the white space before a token:
 * - `member`: the token starts a member of a block (or a top-level declaration): always on a new line,
 *   at the block's depth; one blank line before it is kept, more are reduced to one;
 * - `close`: a `}`: on a line of its own, at the depth of the declaration it closes;
 * - `open`: a `{`: on the header line, one space after the header;
 * - `tight`: no space (around `.` in `Unit.Position`, before `,`, after a minus sign);
 * - `continue`: any other token of a member: one space when the author wrote it on the same line, a
 *   continuation line one level deeper than the member when the author broke the line there.
 */
export type LayoutRule = 'member' | 'close' | 'open' | 'tight' | 'continue';

// The keywords that start an attribute of a procedure: each such attribute is a member of the procedure's
// block (one per line), although it is not a node of its own in the AST.
const PROCEDURE_ATTRIBUTES = new Set(['code', 'sector', 'level', 'authority', 'online', 'boundary-independent', 'applicants']);

/** The tokens (comments excluded) of a document in order, each with its layout rule. */
export function layoutRules(root: AstNode): Map<LeafCstNode, LayoutRule> {
    const rules = new Map<LeafCstNode, LayoutRule>();
    if (!root.$cstNode) return rules;
    const memberStarts = new Set<CstNode>();
    for (const node of AstUtils.streamAst(root)) {
        const container = node.$container;
        // Blocks are the file itself, a province, a unit and a procedure: their direct children are members.
        if (container && (isTthcFile(container) || isProvince(container) || isUnit(container) || isProcedure(container))) {
            const first = firstToken(node);
            if (first) memberStarts.add(first);
        }
    }
    let previous: LeafCstNode | undefined;
    for (const leaf of CstUtils.flattenCst(root.$cstNode)) {
        if (leaf.hidden) continue;
        rules.set(leaf, ruleOf(leaf, previous, memberStarts));
        previous = leaf;
    }
    return rules;
}

function ruleOf(leaf: LeafCstNode, previous: LeafCstNode | undefined, memberStarts: ReadonlySet<CstNode>): LayoutRule {
    const keyword = keywordOf(leaf);
    if (keyword === '{') return 'open';
    if (keyword === '}') return 'close';
    if (memberStarts.has(leaf)) return 'member';
    if (keyword && PROCEDURE_ATTRIBUTES.has(keyword) && isProcedure(leaf.astNode)) return 'member';
    if (keyword === '.' || keyword === ',') return 'tight';
    const before = previous && keywordOf(previous);
    if (before === '.' || before === '-') return 'tight';
    return 'continue';
}

function keywordOf(leaf: LeafCstNode): string | undefined {
    return GrammarAST.isKeyword(leaf.grammarSource) ? leaf.grammarSource.value : undefined;
}

function firstToken(node: AstNode): LeafCstNode | undefined {
    return node.$cstNode ? CstUtils.flattenCst(node.$cstNode).find(leaf => !leaf.hidden) : undefined;
}
