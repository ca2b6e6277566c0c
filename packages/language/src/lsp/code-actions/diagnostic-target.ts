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
    let cst: CstNode | undefined = CstUtils.findLeafNodeAtOffset(root, start);
    while (cst && cst.offset >= start && cst.end <= end) {
        if (cst.offset === start && cst.end === end) {
            const feature = AstUtils.getContainerOfType(cst.grammarSource, GrammarAST.isAssignment)?.feature;
            // The CST node of a contained node (a hand-over, a transition) is that node's own: its
            // owner is the container. A value's or a reference's CST node belongs to its owner.
            const owner = cst.astNode.$cstNode === cst ? cst.astNode.$container : cst.astNode;
            if (feature && owner) {
                return { node: owner, property: feature, cst };
            }
        }
        cst = cst.container;
    }
    return undefined;
}
