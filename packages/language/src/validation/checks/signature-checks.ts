import type { ValidationAcceptor } from 'langium';
import type { PerformerRef, Procedure, Step, Unit } from '../../generated/ast.js';
import { stepGraphOf, type Flow } from '../../semantics/procedure-graph.js';
import { performerRefText, referenceProperty, signersWhoMayNot, targetOf } from '../../semantics/performers.js';
import { unitOf } from '../../semantics/units.js';
import { report } from '../report.js';

/**
 * The result is signed by the leadership of the procedure's authority: the signers of the last
 * `approval` of each flow may sign its results (`maySign` and `signersOf` in semantics/performers.ts,
 * which `missing-approval` asks too): an alternative performer (`or`) signs too, so it is held to the
 * same rule; a partner (`with`) that may sign signs instead of the performer. A performer that does not resolve is the linker's finding, and a procedure
 * without a resolved authority has nobody to compare with (`missing-approval` then asks for a leader).
 * A signer at another level is `district-level` or `level-mismatch` already: one wrong signer, one finding;
 * so is an authority at the district level or at another level than the procedure's (the signer is then
 * judged once the authority is right).
 */
export function checkSigner(procedure: Procedure, accept: ValidationAcceptor): void {
    const authority = procedure.authority?.ref;
    if (!authority || authorityMisplaced(procedure, authority)) {
        return;
    }
    const graph = stepGraphOf(procedure);
    const signing = new Set<Step>();
    for (const flow of graph.flows) {
        lastApprovals(flow).forEach(step => signing.add(step));
    }
    // In declaration order, so that the findings come out the same every time.
    for (const step of graph.steps.filter(s => signing.has(s))) {
        for (const ref of signersWhoMayNot(step, authority)) {
            if (isUnresolved(ref) || atAnotherLevel(procedure, step, ref)) continue;
            report(accept, 'signer-not-authority', { step: step.name, signer: performerRefText(ref), authority: authority.name }, { node: ref, property: referenceProperty(ref) });
        }
    }
}

// What `checkAuthorityLevel` reports: a district authority, or one at another level than the procedure's.
function authorityMisplaced(procedure: Procedure, authority: Unit): boolean {
    const level = procedure.level;
    return authority.level === 'district' || ((level === 'province' || level === 'commune') && authority.level !== undefined && authority.level !== level);
}

// What the level checks report of a performer: a district unit (any performer), or the main
// performer of a main-flow step at another level or in a vertical sector agency (`checkMainFlowLevels`).
function atAnotherLevel(procedure: Procedure, step: Step, ref: PerformerRef): boolean {
    const unit = unitOf(targetOf(ref));
    if (unit?.level === 'district') return true;
    const level = procedure.level;
    if (ref !== step.by?.main || step.handover || !unit?.level || (level !== 'province' && level !== 'commune')) return false;
    return unit.kind === 'sector-agency' || (unit.level !== level && !(procedure.boundaryIndependent && unit.kind === 'one-stop'));
}

function isUnresolved(ref: PerformerRef): boolean {
    return (ref.performer !== undefined && ref.performer.ref === undefined) || (ref.leadersOf !== undefined && ref.leadersOf.ref === undefined);
}

// The approvals of a flow after which the flow reaches no other approval: the ones that sign.
function lastApprovals(flow: Flow): Step[] {
    const approvals = [...flow.steps].filter(step => step.kind === 'approval');
    return approvals.filter(approval => !reachesAnother(flow, approval));
}

function reachesAnother(flow: Flow, from: Step): boolean {
    const seen = new Set<Step>([from]);
    const stack = [from];
    while (stack.length > 0) {
        for (const edge of flow.edgesOf(stack.pop()!)) {
            if (seen.has(edge.target)) continue;
            if (edge.target.kind === 'approval') return true;
            seen.add(edge.target);
            stack.push(edge.target);
        }
    }
    return false;
}
