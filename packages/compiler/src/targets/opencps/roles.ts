import type { ProcedureModel, ProvinceBuild, StepModel } from '../../model/procedure-model.js';
import { codeFromName, uniqueCodes } from './codes.js';

/** An OpenCPS role: who may act on a step. */
export interface OpenCpsRole {
    /** The role code, which OpenCPS matches with a job position (JobPos) of its users. */
    readonly code: string;
    /** The position's title and its unit, or the unit's title when a step names only the unit. */
    readonly name: string;
}

/** The roles of a procedure's process and the role of each step. */
export interface ProcessRoles {
    /** The distinct performers of the steps, in the order the steps first name them. */
    readonly roles: readonly OpenCpsRole[];
    roleOf(step: StepModel): OpenCpsRole;
}

// A step is performed by `Unit.Position`, by `Unit` when no position is named, by the leadership of a
// unit (`Unit.LanhDao`: "Lãnh đạo …"), a body or the applicant (their lane's id): that id is the role.
function performerId(step: StepModel): string {
    if (step.performers.main.kind === 'leaders') return `${step.unit.id}.LanhDao`;
    return step.position?.id ?? step.unit.id;
}

function performerName(step: StepModel): string {
    if (step.performers.main.kind === 'leaders') return `Lãnh đạo ${step.unit.title}`;
    return step.position ? `${step.position.title} (${step.unit.title})` : step.unit.title;
}

/**
 * Role codes for every performer of the province: each unit and `Unit.Position` of the catalogue, and any
 * other performer a step names, through `uniqueCodes` (`TTPVHCCXa.CongChucTiepNhan` →
 * `TTPVHCCXa_CongChucTiepNhan`). Computed over the whole province, a position has the same code in every
 * procedure, so its JobPos is set up once in OpenCPS.
 */
export function provinceRoleCodes(build: ProvinceBuild): Map<string, string> {
    return uniqueCodes([
        ...build.province.units.flatMap(unit => [unit.id, ...unit.positions.map(position => position.id)]),
        ...build.procedures.flatMap(procedure => procedure.steps.map(performerId))
    ]);
}

/** One role per distinct performer of the procedure's steps, coded with `provinceRoleCodes`. */
export function processRoles(procedure: ProcedureModel, codes: ReadonlyMap<string, string>): ProcessRoles {
    const byId = new Map<string, OpenCpsRole>();
    for (const step of procedure.steps) {
        const id = performerId(step);
        if (!byId.has(id)) {
            byId.set(id, { code: codes.get(id) ?? codeFromName(id), name: performerName(step) });
        }
    }
    return {
        roles: [...byId.values()],
        roleOf: step => byId.get(performerId(step))!
    };
}
