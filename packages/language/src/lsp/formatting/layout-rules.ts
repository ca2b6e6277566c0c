import { AstUtils, CstUtils, GrammarAST, type AstNode, type CstNode, type LeafCstNode } from 'langium';
import { isCalendarYear, isCase, isMember, isProcedure, isProvince, isProvinceCalendar, isTthcFile, isUnit } from '../../generated/ast.js';

/**
 * What the formatter does with the white space before a token:
 * - `member`: the token starts a member of a block (or a top-level declaration): always on a new line,
 *   at the block's depth; one blank line before it is kept, more are reduced to one;
 * - `close`: a `}`: on a line of its own, at the depth of the declaration it closes;
 * - `open`: a `{`: on the header line, one space after the header;
 * - `tight`: no space (around `.` in `Unit.Position`, before `,`, after a minus sign);
 * - `continue`: any other token of a member: one space when the author wrote it on the same line, a
 *   continuation line one level deeper than the member when the author broke the line there;
 * - `inline`: a token inside a block laid out on one line (a case's `{ time 30d total 27d }`): one space;
 * - `close-inline`: the `}` of such a block: one space.
 */
export type LayoutRule = 'member' | 'close' | 'open' | 'tight' | 'continue' | 'inline' | 'close-inline';

// The keywords that start an attribute of a procedure (or of a member of a group): each such attribute is
// a member of the block (one per line), although it is not a node of its own in the AST.
const RECORD_ATTRIBUTES = new Set(['code', 'sector', 'level', 'authority', 'online', 'boundary-independent', 'applicants']);
const PROCEDURE_ATTRIBUTES = new Set([...RECORD_ATTRIBUTES, 'days', 'working-day', 'cut-off', 'forward', 'clock', 'total']);

/** The tokens (comments excluded) of a document in order, each with its layout rule. */
export function layoutRules(root: AstNode): Map<LeafCstNode, LayoutRule> {
    const rules = new Map<LeafCstNode, LayoutRule>();
    if (!root.$cstNode) return rules;
    const memberStarts = new Set<CstNode>();
    const inlineBlocks = new Set<AstNode>();
    for (const node of AstUtils.streamAst(root)) {
        const container = node.$container;
        // Blocks are the file itself, a province, its calendar and the calendar's years, a unit, a procedure and a
        // member of a group laid out as a block: their direct children are members.
        // (A procedure's published total is a node, but its `total` keyword starts the member; a unit's
        // `succeeded-by` is a node, but an attribute of the unit's header, which continues on its line.)
        if (container && node.$containerProperty !== 'total' && node.$containerProperty !== 'successors'
            && (isTthcFile(container) || isProvince(container) || isProvinceCalendar(container) || isCalendarYear(container) || isUnit(container) || isProcedure(container) || (isMember(container) && !isInline(container)))) {
            const first = firstToken(node);
            if (first) memberStarts.add(first);
        }
        if ((isCase(node) || isMember(node)) && isInline(node)) inlineBlocks.add(node);
    }
    let previous: LeafCstNode | undefined;
    let inline: AstNode | undefined;
    for (const leaf of CstUtils.flattenCst(root.$cstNode)) {
        if (leaf.hidden) continue;
        const keyword = keywordOf(leaf);
        if (inline !== undefined) {
            // Everything up to the block's `}` (which belongs to the block's own node) goes on its line.
            const closes = keyword === '}' && leaf.astNode === inline;
            rules.set(leaf, closes ? 'close-inline' : 'inline');
            if (closes) inline = undefined;
        } else {
            rules.set(leaf, ruleOf(leaf, previous, memberStarts));
            if (keyword === '{' && inlineBlocks.has(leaf.astNode)) inline = leaf.astNode;
        }
        previous = leaf;
    }
    return rules;
}

/**
 * Whether a block is laid out on one line: a case always (`{ time 30d total 27d start B1b }`, at most
 * three short attributes); a member of a group when it holds only attributes written with a keyword
 * (`{ code 1.012345 }`), not documents, channels or citations, which take a line each.
 */
function isInline(node: AstNode): boolean {
    if (isCase(node)) return true;
    return isMember(node) && node.requirements.length + node.legal.length + node.channels.length + node.documents.length + node.forms.length + node.results.length === 0;
}

function ruleOf(leaf: LeafCstNode, previous: LeafCstNode | undefined, memberStarts: ReadonlySet<CstNode>): LayoutRule {
    const keyword = keywordOf(leaf);
    if (keyword === '{') return 'open';
    if (keyword === '}') return 'close';
    if (memberStarts.has(leaf)) return 'member';
    if (keyword && PROCEDURE_ATTRIBUTES.has(keyword) && isProcedure(leaf.astNode)) return 'member';
    if (keyword && RECORD_ATTRIBUTES.has(keyword) && isMember(leaf.astNode)) return 'member';
    // `without national-holidays` is an attribute of the calendar, not a node: it starts a line of its own.
    if (keyword === 'without' && isProvinceCalendar(leaf.astNode)) return 'member';
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
