import type { ValidationAcceptor } from 'langium';
import { isUnit, type Position, type PositionSuccessor, type Unit, type UnitSuccessor } from '../../generated/ast.js';
import { foldSector, isFormerDistrictUnit, successorKeyKind } from '../../semantics/successors.js';
import { report } from '../report.js';

/**
 * A unit's `succeeded-by`: the successor is not itself a district unit, only a former district body has
 * successors, and no two successors cover the same work.
 */
export function checkUnitSuccessors(unit: Unit, accept: ValidationAcceptor): void {
    checkSuccessors('unit', unit.name, unit, unit.successors, successor => successor.unit?.ref, accept);
}

/** A position's `succeeded-by`, as a unit's (the position's unit is the former district body). */
export function checkPositionSuccessors(position: Position, accept: ValidationAcceptor): void {
    const unit = isUnit(position.$container) ? position.$container : undefined;
    if (!unit) return;
    checkSuccessors('position', position.name, unit, position.successors, successor => {
        const target = successor.position?.ref;
        return target && isUnit(target.$container) ? target.$container : undefined;
    }, accept);
}

function checkSuccessors<D extends UnitSuccessor | PositionSuccessor>(
    what: 'unit' | 'position', name: string, unit: Unit, declarations: readonly D[], unitOf: (declaration: D) => Unit | undefined, accept: ValidationAcceptor
): void {
    if (declarations.length === 0) return;
    // Only a former district body hands its work over; a commune or province unit with a successor is
    // likely a copy-paste slip, but harmless to the checks: a warning.
    if (unit.level !== undefined && !isFormerDistrictUnit(unit)) {
        report(accept, 'successor-of-local-body', { what, name, level: unit.level }, { node: declarations[0] as UnitSuccessor | PositionSuccessor, keyword: 'succeeded-by' });
    }
    const seen = new Set<string>();
    for (const declaration of declarations) {
        const successor = unitOf(declaration);
        if (successor?.level === 'district') {
            const node: UnitSuccessor | PositionSuccessor = declaration;
            if (isUnitSuccessor(node)) {
                report(accept, 'successor-at-district', { what, name, successor: node.unit?.$refText ?? successor.name }, { node, property: 'unit' });
            } else {
                report(accept, 'successor-at-district', { what, name, successor: node.position?.$refText ?? successor.name }, { node, property: 'position' });
            }
        }
        const kind = successorKeyKind(declaration);
        const values = kind === 'sector' ? declaration.sectors.map(foldSector) : kind === 'level' ? [declaration.level!] : [''];
        for (const [index, value] of values.entries()) {
            const key = `${kind}\u0000${value}`;
            if (seen.has(key)) {
                const shown = kind === 'sector' ? declaration.sectors[index] : kind === 'level' ? declaration.level : undefined;
                const node: UnitSuccessor | PositionSuccessor = declaration;
                const where = kind === 'sector' ? { node, property: 'sectors' as const, index } : kind === 'level' ? { node, property: 'level' as const } : { node, keyword: 'succeeded-by' };
                report(accept, 'duplicate-successor', { what, name, key: kind, ...(shown !== undefined ? { value: shown } : {}) }, where);
            }
            seen.add(key);
        }
    }
}

function isUnitSuccessor(declaration: UnitSuccessor | PositionSuccessor): declaration is UnitSuccessor {
    return declaration.$type === 'UnitSuccessor';
}
