import { AstUtils, CstUtils, isReference, type AstNode, type LangiumDocument, type LeafCstNode, type NameProvider } from 'langium';
import type { Position as CursorPosition } from 'vscode-languageserver';
import {
    isBody, isCase, isForm, isMember, isPart, isPosition, isProcedure, isProvince, isStep, isUnit,
    type Body, type Case, type Form, type Member, type Part, type Position, type Procedure, type Province, type Step, type Unit
} from '../../generated/ast.js';
import { nameSegments } from './qualified-names.js';

/** What can be renamed: every declaration with a name. */
export type Renameable = Province | Unit | Position | Form | Procedure | Step | Case | Part | Body | Member;

/** The declaration to rename and the name token under the cursor. */
export interface RenameTarget {
    readonly declaration: Renameable;
    /** The token under the cursor: the declared name, or one segment of a reference. */
    readonly token: LeafCstNode;
}

/** Whether a node is a declaration that can be renamed. */
export function isRenameable(node: AstNode | undefined): node is Renameable {
    return isProvince(node) || isUnit(node) || isPosition(node) || isForm(node) || isProcedure(node) || isStep(node)
        || isCase(node) || isPart(node) || isBody(node) || isMember(node);
}

/**
 * The declaration named by the token at a cursor: a declared name, a reference, or one segment of a
 * qualified reference, where `UBNDXa` in `UBNDXa.ChuTich` names the unit and `ChuTich` the position.
 * `undefined` on a keyword, a text, a comment, punctuation or an unresolved reference.
 */
export function renameTargetAt(document: LangiumDocument, cursor: CursorPosition, nameProvider: NameProvider, nameRegexp: RegExp): RenameTarget | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const token = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(cursor), nameRegexp);
    if (!token || token.hidden || token.tokenType.name !== 'ID') return undefined;
    const node = token.astNode;
    if (isRenameable(node) && nameProvider.getNameNode(node) === token) {
        return { declaration: node, token };
    }
    for (const { reference } of AstUtils.streamReferences(node)) {
        const refNode = isReference(reference) ? reference.$refNode : undefined;
        if (!isReference(reference) || !refNode || token.offset < refNode.offset || token.end > refNode.end) continue;
        const target = reference.ref;
        if (!isRenameable(target)) return undefined;
        const segments = nameSegments(refNode);
        const qualifier = isPosition(target) && segments.length > 1 && segments.indexOf(token) < segments.length - 1;
        return { declaration: qualifier ? target.$container : target, token };
    }
    return undefined;
}
