import { AstUtils, CstUtils, GrammarAST, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/** The node and property that a diagnostic's range covers. */
export interface DiagnosticTarget {
    /** The node the finding is about: the owner of the property. */
    readonly node: AstNode;
    /** The property whose text the range covers (`performer`, `level`, `name`, `transitions`, …). */
    readonly property: string;
    /** The CST node of that property (for a list property, the one element reported). */
    readonly cst: CstNode;
    /**
     * The next property out with the same range, if any: `by A` is both the step's `by` and the
     * performer reference `A` in it; `3d` is both a step's `time` and the duration's `value`.
     */
    readonly outer?: DiagnosticTarget;
}

/**
 * What a diagnostic points at. Checks report on `{ node, property }`, whose range is the CST node of
 * that property; this walks back from the range to that node, so that the fixes read the AST instead
 * of the message text and the checks need not carry more data. Undefined when the range covers no
 * assigned property (a keyword, a stale range).
 */
export function targetOf(document: LangiumDocument, range: Range): DiagnosticTarget | undefined {
    const root = document.parseResult?.value?.$cstNode;
    if (!root) {
        return undefined;
    }
    const start = document.textDocument.offsetAt(range.start);
    const end = document.textDocument.offsetAt(range.end);
    const found: Array<Omit<DiagnosticTarget, 'outer'>> = [];
    let cst: CstNode | undefined = CstUtils.findLeafNodeAtOffset(root, start);
    while (cst && cst.offset >= start && cst.end <= end) {
        if (cst.offset === start && cst.end === end) {
            const feature = AstUtils.getContainerOfType(cst.grammarSource, GrammarAST.isAssignment)?.feature;
            // The CST node of a contained node (a hand-over, a transition) is that node's own: its
            // owner is the container. A value's or a reference's CST node belongs to its owner.
            const owner = cst.astNode.$cstNode === cst ? cst.astNode.$container : cst.astNode;
            if (feature && owner) {
                found.push({ node: owner, property: feature, cst });
            }
        }
        cst = cst.container;
    }
    // The innermost first, each holding the next one out.
    return found.reduceRight<DiagnosticTarget | undefined>((outer, target) => ({ ...target, ...(outer ? { outer } : {}) }), undefined);
}

/** The target and the targets around it with the same range, innermost first. */
export function nestedTargets(target: DiagnosticTarget): DiagnosticTarget[] {
    const result: DiagnosticTarget[] = [];
    for (let current: DiagnosticTarget | undefined = target; current; current = current.outer) result.push(current);
    return result;
}
