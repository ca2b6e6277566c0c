import { AstUtils, isReference, type AstNode, type CstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isCalendarEntry, isCalendarYear, isDossierComponent, isDuration, isSession, isFee, isPosition, isProcedure, isProvince, isStatutoryTime, isTotalTime, isUnit } from '../../generated/ast.js';
import { nameSegments } from '../rename/qualified-names.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';

/**
 * The standard token type of each kind of declaration, used for its name where it is declared and
 * wherever it is referred to, so that a name has one colour throughout.
 */
export const declarationTokenTypes: Readonly<Record<string, SemanticTokenTypes>> = {
    Province: SemanticTokenTypes.namespace,
    Unit: SemanticTokenTypes.type,
    Position: SemanticTokenTypes.property,
    Form: SemanticTokenTypes.struct,
    Procedure: SemanticTokenTypes.class,
    Step: SemanticTokenTypes.function,
    // A member of a group is a procedure; a body performs steps as a unit does.
    Member: SemanticTokenTypes.class,
    Body: SemanticTokenTypes.type,
    Case: SemanticTokenTypes.event,
    Part: SemanticTokenTypes.enum
};

/**
 * Semantic tokens: declarations and references coloured by what they name.
 *
 * - A declared name gets its kind's type (`declarationTokenTypes`) and the `declaration` modifier.
 * - A resolved reference gets the type of what it resolves to; in `Unit.Position` the unit segment is
 *   coloured as a unit and the position segment as a position. Unresolved references are left to the
 *   grammar's colouring (the diagnostic already marks them).
 * - Durations, amounts, counts, percentages, times of day, and the calendar's dates, years and sessions are numbers.
 * - The abolished `district` level is a keyword with the `deprecated` modifier.
 */
export class TthcSemanticTokenProvider extends AbstractSemanticTokenProvider {
    constructor(services: TthcLspServices) {
        super(services);
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declared = declarationTokenTypes[node.$type];
        if (declared && 'name' in node) {
            acceptor({ node, property: 'name', type: declared, modifier: SemanticTokenModifiers.declaration });
        }
        for (const { reference } of AstUtils.streamReferences(node)) {
            if (isReference(reference)) this.highlightReference(reference.ref, reference.$refNode, acceptor);
        }
        if (isDuration(node)) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.number });
            acceptor({ node, property: 'workingEquivalent', type: SemanticTokenTypes.number });
        } else if (isFee(node)) {
            for (const property of ['amount', 'fromPage', 'cap', 'rate', 'over', 'upTo', 'fromUnit', 'discount'] as const) {
                acceptor({ node, property, type: SemanticTokenTypes.number });
            }
        } else if (isDossierComponent(node)) {
            acceptor({ node, property: 'quantity', type: SemanticTokenTypes.number });
        } else if (isProvince(node)) {
            for (const property of ['adminCode', 'cutTarget', 'workingDay', 'cutOff', 'forwardPaperWithin'] as const) {
                acceptor({ node, property, type: SemanticTokenTypes.number });
            }
        } else if (isProcedure(node)) {
            for (const property of ['workingDay', 'cutOff', 'forwardPaperWithin'] as const) {
                acceptor({ node, property, type: SemanticTokenTypes.number });
            }
        } else if (isTotalTime(node)) {
            acceptor({ node, property: 'cutRatio', type: SemanticTokenTypes.number });
        } else if (isStatutoryTime(node)) {
            acceptor({ node, property: 'sameDayCutOff', type: SemanticTokenTypes.number });
        } else if (isSession(node)) {
            acceptor({ node, property: 'start', type: SemanticTokenTypes.number });
            acceptor({ node, property: 'end', type: SemanticTokenTypes.number });
        } else if (isCalendarYear(node)) {
            acceptor({ node, property: 'year', type: SemanticTokenTypes.number });
        } else if (isCalendarEntry(node)) {
            acceptor({ node, property: 'date', type: SemanticTokenTypes.number });
        }
        if ((isUnit(node) || isProcedure(node)) && node.level === 'district') {
            acceptor({ node, property: 'level', type: SemanticTokenTypes.keyword, modifier: SemanticTokenModifiers.deprecated });
        }
    }

    protected highlightReference(target: AstNode | undefined, refNode: CstNode | undefined, acceptor: SemanticTokenAcceptor): void {
        const type = target && declarationTokenTypes[target.$type];
        if (!type || !refNode) return;
        const segments = nameSegments(refNode);
        if (isPosition(target) && segments.length > 1) {
            // `Unit.Position`: the qualifier names the position's unit.
            for (const segment of segments.slice(0, -1)) {
                acceptor({ cst: segment, type: declarationTokenTypes.Unit });
            }
            acceptor({ cst: segments[segments.length - 1], type });
        } else {
            acceptor({ cst: refNode, type });
        }
    }
}
