import type { ValidationAcceptor } from 'langium';
import type { Handover, Procedure, Step, Unit } from '../../generated/ast.js';
import { isStep } from '../../generated/ast.js';
import { stepGraphOf } from '../../semantics/procedure-graph.js';
import { allPerformerRefs, mainPerformerRef, stepUnit, targetOf } from '../../semantics/performers.js';
import { performerName, titleNamesDistrictBody, unitOf } from '../../semantics/units.js';
import { report } from '../report.js';

/** A unit at the abolished district level, or one whose title says it is a district body. */
export function checkUnitLevel(unit: Unit, accept: ValidationAcceptor): void {
    if (unit.level === 'district') {
        report(accept, 'district-level', { what: 'unit', name: unit.name }, { node: unit, property: 'level' });
    } else if (unit.level && unit.title !== undefined && titleNamesDistrictBody(unit.title)) {
        report(accept, 'district-unit-title', { name: unit.name, title: unit.title, level: unit.level }, { node: unit, property: 'title' });
    }
}

/** A procedure is implemented by the province or the commune, never the district. */
export function checkProcedureLevel(procedure: Procedure, accept: ValidationAcceptor): void {
    if (procedure.level === 'district') {
        report(accept, 'district-level', { what: 'procedure', name: procedure.name }, { node: procedure, property: 'level' });
    } else if (!procedure.level) {
        report(accept, 'procedure-level', { name: procedure.name }, { node: procedure, property: 'name' });
    } else if (procedure.level !== 'province' && procedure.level !== 'commune') {
        report(accept, 'procedure-level', { name: procedure.name, level: procedure.level }, { node: procedure, property: 'level' });
    }
}

/** The implementing unit is at the procedure's level, and never at the district level. */
export function checkAuthorityLevel(procedure: Procedure, accept: ValidationAcceptor): void {
    const unit = procedure.authority?.ref;
    if (!unit?.level) {
        return;
    }
    if (unit.level === 'district') {
        report(accept, 'district-level', { what: 'authority', name: procedure.name, unit: unit.name }, { node: procedure, property: 'authority' });
    } else if ((procedure.level === 'province' || procedure.level === 'commune') && unit.level !== procedure.level) {
        report(accept, 'level-mismatch', { procedure: procedure.name, performer: unit.name, unitLevel: unit.level, procedureLevel: procedure.level }, { node: procedure, property: 'authority' });
    }
}

/** A step performed by a district-level unit. */
export function checkStepDistrict(step: Step, accept: ValidationAcceptor): void {
    for (const ref of allPerformerRefs(step)) {
        const target = targetOf(ref);
        if (unitOf(target)?.level === 'district') {
            report(accept, 'district-level', { what: 'step', name: step.name, unit: performerName(target) }, { node: ref, property: ref.performer ? 'performer' : 'leadersOf' });
        }
    }
}

/** A hand-over to a district-level unit. */
export function checkHandoverDistrict(handover: Handover, accept: ValidationAcceptor): void {
    const partner = handover.partner?.ref;
    if (partner?.level === 'district' && isStep(handover.$container)) {
        report(accept, 'district-level', { what: 'partner', name: handover.$container.name, unit: partner.name }, { node: handover, property: 'partner' });
    }
}

/**
 * Main-flow steps are performed at the procedure's own level; other levels and vertical sector
 * agencies take part through hand-overs. One-stop units of any level may receive and return the
 * dossiers of a boundary-independent procedure.
 */
export function checkMainFlowLevels(procedure: Procedure, accept: ValidationAcceptor): void {
    const level = procedure.level;
    if (level !== 'province' && level !== 'commune') {
        return;
    }
    for (const step of stepGraphOf(procedure).mainFlow) {
        const unit = stepUnit(step);
        const ref = mainPerformerRef(step);
        if (step.handover || !ref || !unit?.level || unit.level === 'district') {
            continue;
        }
        const where = { node: ref, property: ref.performer ? 'performer' as const : 'leadersOf' as const };
        // A part done at another level ("Tại UBND cấp xã") of a procedure decided at this one.
        if (step.part?.ref?.level === unit.level) {
            continue;
        }
        if (unit.kind === 'sector-agency') {
            report(accept, 'sector-agency-step', { step: step.name, performer: performerName(targetOf(ref)) }, where);
        } else if (unit.level !== level && !(procedure.boundaryIndependent && unit.kind === 'one-stop')) {
            report(accept, 'level-mismatch', { step: step.name, performer: performerName(targetOf(ref)), unitLevel: unit.level, procedureLevel: level }, where);
        }
    }
}
