/**
 * Swimlanes: grouped by level (province, then commune, then external partners, then the applicant) and, inside a group,
 * one lane per responsible unit in the order the steps first mention it.
 */
import type { ProcedureModel, UnitRef } from '@tthc/compiler';
import type { DiagramLane, LaneGroup } from './graph-model.js';

const GROUP_ORDER: readonly LaneGroup[] = ['province', 'commune', 'partner', 'applicant'];

/** The lane id of a step's unit, and of a hand-over partner (partners get their own lane group). */
export function stepLaneId(unit: UnitRef): string {
    return `lane:${unit.id}`;
}

/** The lane id of a hand-over partner. */
export function partnerLaneId(unit: UnitRef): string {
    return `lane:partner:${unit.id}`;
}

/** The lanes of a procedure, top to bottom. */
export function buildLanes(procedure: ProcedureModel): DiagramLane[] {
    const lanes = new Map<string, DiagramLane>();
    for (const step of procedure.steps) {
        const id = stepLaneId(step.unit);
        if (!lanes.has(id)) {
            // A step unit of the central level (rare) sits with the partners: it is outside the two levels.
            // The applicant's own steps (`by applicant`) are no level's: they get a group of their own.
            const group: LaneGroup = step.unit.kind === 'applicant' ? 'applicant' : step.unit.level === 'central' ? 'partner' : step.unit.level;
            lanes.set(id, { id, group, title: step.unit.title });
        }
    }
    for (const step of procedure.steps) {
        const partner = step.handover?.partner;
        if (partner !== undefined && !lanes.has(partnerLaneId(partner))) {
            lanes.set(partnerLaneId(partner), { id: partnerLaneId(partner), group: 'partner', title: partner.title });
        }
    }
    // A stable sort keeps first-mention order inside each group.
    return [...lanes.values()].sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group));
}
