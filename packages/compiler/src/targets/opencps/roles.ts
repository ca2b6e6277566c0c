import type { PerformerModel, ProcedureModel, ProvinceBuild, StepModel } from '../../model/procedure-model.js';
import { codeFromName, uniqueCodes } from './codes.js';

/** An OpenCPS role: who may act on a step. */
export interface OpenCpsRole {
    /** The role code, which OpenCPS matches with a job position (JobPos) of its users. */
    readonly code: string;
    /** The position's title and its unit, or the unit's title when a step names only the unit. */
    readonly name: string;
    /**
     * OpenCPS's `moderator`: the role acts on the dossier (a step's performer or one of its alternatives);
     * `false` for a role that only follows it (a partner, "phối hợp").
     */
    readonly moderator: boolean;
}

/** The roles of a procedure's process and the roles of each step. */
export interface ProcessRoles {
    /** The distinct performers of the steps, then their alternatives and partners, in the order the steps first name them. */
    readonly roles: readonly OpenCpsRole[];
    roleOf(step: StepModel): OpenCpsRole;
    /** The step's other roles: its alternatives ("hoặc", moderators) and partners ("phối hợp", not moderators). */
    othersOf(step: StepModel): readonly OpenCpsRole[];
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

// An alternative or a partner of a step, when it is a position or the leadership of a catalogue unit: those
// have a role of their own (a unit alone, a body or the applicant is named in the step's text only).
function otherPerformer(performer: PerformerModel): { id: string; name: string } | undefined {
    if (performer.kind === 'leaders' && performer.unit) return { id: `${performer.unit.id}.LanhDao`, name: `Lãnh đạo ${performer.unit.title}` };
    if (performer.kind === 'position' && performer.unit && performer.position) {
        return { id: performer.position.id, name: `${performer.position.title} (${performer.unit.title})` };
    }
    return undefined;
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
        ...build.procedures.flatMap(procedure => procedure.steps.flatMap(step => [performerId(step),
            ...[...step.performers.alternatives, ...step.performers.partners].flatMap(p => otherPerformer(p)?.id ?? [])]))
    ]);
}

/**
 * One role per distinct performer of the procedure's steps, coded with `provinceRoleCodes`, then one per
 * alternative and partner that is a position or a unit's leadership: a moderator when it acts on some step.
 */
export function processRoles(procedure: ProcedureModel, codes: ReadonlyMap<string, string>): ProcessRoles {
    const byId = new Map<string, OpenCpsRole>();
    const add = (id: string, name: string, moderator: boolean): void => {
        const known = byId.get(id);
        if (!known) byId.set(id, { code: codes.get(id) ?? codeFromName(id), name, moderator });
        else if (moderator && !known.moderator) byId.set(id, { ...known, moderator });
    };
    for (const step of procedure.steps) add(performerId(step), performerName(step), true);
    const others = new Map<StepModel, Array<{ id: string; moderator: boolean }>>();
    for (const step of procedure.steps) {
        const list: Array<{ id: string; moderator: boolean }> = [];
        const main = performerId(step);
        for (const [performers, moderator] of [[step.performers.alternatives, true], [step.performers.partners, false]] as const) {
            for (const performer of performers) {
                const other = otherPerformer(performer);
                if (!other || other.id === main || list.some(o => o.id === other.id)) continue;
                add(other.id, other.name, moderator);
                list.push({ id: other.id, moderator });
            }
        }
        others.set(step, list);
    }
    return {
        roles: [...byId.values()],
        roleOf: step => byId.get(performerId(step))!,
        // A step's own StepRole says whether the role acts on that step, whatever it does on others.
        othersOf: step => (others.get(step) ?? []).map(o => ({ ...byId.get(o.id)!, moderator: o.moderator }))
    };
}
