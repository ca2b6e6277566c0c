import { AstUtils, type AstNode, type ReferenceInfo } from 'langium';
import { isProcedure, isStep, isUnit, type Performer, type Procedure, type Unit } from '../../generated/ast.js';
import { unitOf } from '../../semantics/units.js';

/** What a reference being completed names, as far as the domain filtering is concerned. */
export type ReferenceSlot = 'performer' | 'partner' | 'authority' | 'step' | 'form' | 'other';

/** The slot of a reference: `by …`, `handover to …`, `authority …`, `-> …`, `on form …` / `produces …`. */
export function slotOf(refInfo: ReferenceInfo): ReferenceSlot {
    switch (`${refInfo.container.$type}.${refInfo.property}`) {
        case 'Step.performer': return 'performer';
        case 'Handover.partner': return 'partner';
        case 'Procedure.authority': return 'authority';
        case 'Transition.targets': return 'step';
        case 'Step.produces':
        case 'DossierComponent.form':
        case 'Result.form': return 'form';
        default: return 'other';
    }
}

/**
 * The levels whose units implement a procedure: its own level, or both local levels while the
 * procedure does not say yet. Never `district` (abolished on 1 July 2025) nor `central` (ministries
 * and vertical sector agencies take part only through hand-overs).
 */
export function implementingLevels(procedure: Procedure | undefined): ReadonlySet<string> {
    const level = procedure?.level;
    return new Set(level === 'province' || level === 'commune' ? [level] : ['province', 'commune']);
}

/**
 * Whether a candidate (a unit, a position, a step or a form) may be proposed for a reference. The
 * rules follow the two-level checks, so that completion never proposes what a check then reports:
 * - `by`: units and positions of the procedure's level (`level-mismatch`), no vertical sector agency
 *   (`sector-agency-step`); a boundary-independent procedure may also use one-stop units of the other
 *   local level, as the check allows.
 * - `authority`: units of the procedure's level.
 * - `handover to`: any unit that is not at the district level (`district-level`).
 * - `->`: any step of the procedure but the step itself.
 * - forms: everything in scope (the procedure's own forms and the catalogue's).
 */
export function acceptsCandidate(refInfo: ReferenceInfo, candidate: AstNode): boolean {
    const procedure = AstUtils.getContainerOfType(refInfo.container, isProcedure);
    switch (slotOf(refInfo)) {
        case 'performer': {
            const unit = unitOf(candidate as Performer);
            return unit !== undefined && performs(unit, procedure);
        }
        case 'authority':
            return isUnit(candidate) && implementingLevels(procedure).has(candidate.level ?? '');
        case 'partner':
            return isUnit(candidate) && candidate.level !== 'district';
        case 'step':
            return candidate !== AstUtils.getContainerOfType(refInfo.container, isStep);
        default:
            return true;
    }
}

function performs(unit: Unit, procedure: Procedure | undefined): boolean {
    if (unit.kind === 'sector-agency' || unit.level === 'district') {
        return false;
    }
    if (implementingLevels(procedure).has(unit.level ?? '')) {
        return true;
    }
    return procedure?.boundaryIndependent === true && unit.kind === 'one-stop' && (unit.level === 'province' || unit.level === 'commune');
}
