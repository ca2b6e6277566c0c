import { GrammarUtils, type CstNode } from 'langium';
import type { CodeAction, Range } from 'vscode-languageserver-types';
import { isProcedure, isUnit, type Procedure } from '../../generated/ast.js';
import { successionKeyOf } from '../../semantics/successors.js';
import type { LocalLevel } from './catalogue-candidates.js';
import { editIn, quickFix, quoted, replaceNode, type FixContext } from './quick-fix.js';
import { attributeSpan, indentationAt, lineBreakOf } from './text-edits.js';

const LOCAL_LEVELS: readonly LocalLevel[] = ['commune', 'province'];

/**
 * `district-level` on a `level district`: a unit of the catalogue, or a procedure, moves to the
 * commune or the province. A procedure whose authority is already a commune or province unit
 * prefers that unit's level; otherwise the choice is the user's, so nothing is preferred.
 */
export function replaceDistrictLevel(context: FixContext): CodeAction[] {
    const { node, property, cst } = context.target;
    if (property !== 'level') return [];
    if (isUnit(node)) {
        return LOCAL_LEVELS.map(level => quickFix(context.texts.text('fix.moveUnit', { name: quoted(node.name), level: context.texts.text(`levelOf.${level}`) }), context.diagnostic, [replaceNode(cst, level)]));
    }
    if (isProcedure(node)) {
        // The authority's declared successor gives the new level: one fix, safe (`successor`).
        const authority = node.authority?.ref;
        const successorLevel = authority?.level === 'district' ? successionKeyOf(node).level : undefined;
        if (successorLevel) {
            return [quickFix(context.texts.text('fix.setLevel', { level: successorLevel }), context.diagnostic, [replaceNode(cst, successorLevel)], true, 'successor')];
        }
        return setLevel(context, node, cst);
    }
    return [];
}

/** `procedure-level`: a procedure with another level than province or commune, or with none. */
export function fixProcedureLevel(context: FixContext): CodeAction[] {
    const { node, property, cst } = context.target;
    if (!isProcedure(node)) return [];
    if (property === 'level') return setLevel(context, node, cst);
    if (property !== 'name' || node.level !== undefined) return [];
    const preferred = authorityLevel(node);
    const insert = insertionAfterHeader(context, node);
    return LOCAL_LEVELS.map(level => quickFix(context.texts.text('fix.addLevel', { level }), context.diagnostic,
        [editIn(context.document, insert.range, insert.text(`level ${level}`))], level === preferred));
}

function setLevel(context: FixContext, procedure: Procedure, cst: CstNode): CodeAction[] {
    const preferred = authorityLevel(procedure);
    return LOCAL_LEVELS.map(level => quickFix(context.texts.text('fix.setLevel', { level }), context.diagnostic, [replaceNode(cst, level)], level === preferred));
}

// The authority's level, when it is a local one and the catalogue is loaded: the unit that implements
// the procedure says where it is implemented.
function authorityLevel(procedure: Procedure): LocalLevel | undefined {
    const level = procedure.authority?.ref?.level;
    return level === 'commune' || level === 'province' ? level : undefined;
}

/**
 * Where a new header attribute goes: after `code` and `sector` (the order of docs/language.md), on a
 * line of its own when the attribute before it ends its line, else on the same line; first in the
 * body when the procedure has neither.
 */
export function insertionAfterHeader(context: FixContext, procedure: Procedure): { range: Range; text: (attribute: string) => string } {
    const document = context.document;
    const source = document.textDocument.getText();
    const cst = procedure.$cstNode!;
    const anchors = ['code', 'sector']
        .map(property => GrammarUtils.findNodeForProperty(cst, property))
        .filter((node): node is CstNode => node !== undefined)
        .map(node => attributeSpan(node).end);
    const brace = GrammarUtils.findNodeForKeyword(cst, '{');
    const anchor = anchors.length > 0 ? Math.max(...anchors) : brace?.end ?? cst.end;
    const lineEnd = source.indexOf('\n', anchor);
    const ownLine = anchors.length === 0 || source.slice(anchor, lineEnd < 0 ? source.length : lineEnd).trim() === '';
    const indentation = anchors.length > 0 ? indentationAt(document, anchor) : indentationAt(document, cst.offset) + '    ';
    const at = document.textDocument.positionAt(anchor);
    return {
        range: { start: at, end: at },
        text: attribute => ownLine ? `${lineBreakOf(document)}${indentation}${attribute}` : ` ${attribute}`
    };
}
