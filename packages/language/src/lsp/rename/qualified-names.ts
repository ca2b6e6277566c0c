import { CstUtils, GrammarAST, type CstNode, type LeafCstNode } from 'langium';

/**
 * The name tokens of a reference, in order: `UBNDXa.ChuTich` → `UBNDXa`, `ChuTich`; `Mau01` → `Mau01`.
 * A reference to a position is written qualified by its unit, so its first segment names the unit and
 * its last the position.
 */
export function nameSegments(refNode: CstNode): LeafCstNode[] {
    return CstUtils.flattenCst(refNode).filter(leaf => !leaf.hidden && !GrammarAST.isKeyword(leaf.grammarSource)).toArray();
}
