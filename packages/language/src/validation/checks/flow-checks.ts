import type { ValidationAcceptor } from 'langium';
import type { Procedure, Step, Unit } from '../../generated/ast.js';
import { cyclesOf, exceptionOutcomes, hasUnresolvedFlowReference, reachAvoiding, stepGraphOf, terminalKinds, type StepGraph } from '../../semantics/procedure-graph.js';
import { allPerformerRefs, hasUnresolvedPerformer, mainPerformerRef, performerChoices, signersWhoMayNot, stepUnit, targetOf } from '../../semantics/performers.js';
import { unitOf } from '../../semantics/units.js';
import { boundedList } from '../bounded-list.js';
import { report } from '../report.js';

/**
 * Whether a one-stop unit performs a step or takes part in it: a records clerk who sends the result "to
 * the Centre, which returns it" (`by VanThu with TTPVHCC.CongChuc`) returns it at the one-stop unit.
 */
function atOneStop(step: Step): boolean {
    return allPerformerRefs(step).some(ref => receivesAndReturns(step.$container, unitOf(targetOf(ref))));
}

/**
 * Whether a unit receives dossiers and returns results for a procedure: a one-stop unit; for a vertical
 * sector agency's own procedure (the provincial military command's, say), the agency itself, which runs
 * its own reception.
 */
function receivesAndReturns(procedure: Procedure, unit: Unit | undefined): boolean {
    if (unit?.kind === 'one-stop') return true;
    const authority = procedure.authority?.ref;
    return authority?.kind === 'sector-agency' && unit !== undefined && (unit === authority || unit.kind === 'sector-agency');
}

/**
 * The first step receives the dossier at a one-stop unit of the procedure's level (any level for a
 * boundary-independent procedure), and offers a path for an incomplete dossier.
 */
export function checkFirstStep(procedure: Procedure, accept: ValidationAcceptor): void {
    const first = stepGraphOf(procedure).first;
    if (!first) {
        return;
    }
    if (first.kind !== 'reception') {
        report(accept, 'first-step-reception', { step: first.name, reason: 'kind' }, { node: first, property: first.kind ? 'kind' : 'name' });
        return;
    }
    const unit = stepUnit(first);
    const performer = mainPerformerRef(first);
    // "The province's or the commune's service centre", "the one-stop officer or the postal worker": the
    // reception is sound when one of the alternatives receives at a one-stop unit of the right level.
    const oneStops = performerChoices(first).map(ref => unitOf(targetOf(ref))).filter(u => receivesAndReturns(procedure, u));
    const atLevel = (u: typeof unit): boolean => procedure.boundaryIndependent || (procedure.level !== 'province' && procedure.level !== 'commune')
        || u?.level === procedure.level || first.part?.ref?.level === u?.level;
    if (unit && performer && oneStops.length === 0) {
        report(accept, 'first-step-reception', { step: first.name, reason: 'unit' }, { node: performer });
    } else if (unit?.level && performer && !oneStops.some(atLevel)) {
        report(accept, 'first-step-reception', { step: first.name, reason: 'level', level: procedure.level }, { node: performer });
    }
    if (!first.transitions.some(t => t.outcome === 'incomplete')) {
        report(accept, 'no-supplement-path', { step: first.name }, { node: first, property: 'name' });
    }
}

/**
 * Every path ends by handing something back to the applicant at a one-stop unit. A path may go on after
 * that with steps that are not counted (posting the project on the national bidding network "within 05
 * working days of the approval, not counted in the processing"): when every way to such a step has passed a
 * `return`, the result is already the applicant's, and what follows is the agency's own.
 */
export function checkPathEnds(procedure: Procedure, accept: ValidationAcceptor): void {
    const graph = stepGraphOf(procedure);
    let beforeReturn: ReadonlySet<Step> | undefined;
    for (const step of graph.steps) {
        if (!graph.reachable.has(step) || step.transitions.length > 0) {
            continue;
        }
        if (step.notCounted && !(step.kind && terminalKinds.has(step.kind))) {
            beforeReturn ??= reachedBeforeReturn(graph);
            if (!beforeReturn.has(step)) continue;
        }
        if (!step.kind || !terminalKinds.has(step.kind)) {
            report(accept, 'last-step-return', { step: step.name, reason: 'kind' }, { node: step, property: 'name' });
        } else if (stepUnit(step) && !atOneStop(step)) {
            report(accept, 'last-step-return', { step: step.name, reason: 'unit' }, { node: mainPerformerRef(step)! });
        }
    }
}

/**
 * The graph is sound: every step reachable, every approved dossier goes on, every cycle has an exit.
 * Reachability is not judged while a transition names an unknown step or case (what it meant to reach
 * is not known), nor for the second step of a name, which transitions cannot name (`duplicate-name`).
 */
export function checkStepGraph(procedure: Procedure, accept: ValidationAcceptor): void {
    const graph = stepGraphOf(procedure);
    if (!graph.first) {
        return;
    }
    const judgeReach = !hasUnresolvedFlowReference(procedure);
    const named = new Set<string>();
    for (const step of graph.steps) {
        const copy = named.has(step.name);
        named.add(step.name);
        if (judgeReach && !copy && !graph.reachable.has(step)) {
            report(accept, 'unreachable-step', { step: step.name, first: graph.first.name }, { node: step, property: 'name' });
        }
        const outcomes = step.transitions.map(t => t.outcome);
        if (outcomes.length > 0 && outcomes.every(o => o !== undefined && exceptionOutcomes.has(o)) && !(step.kind && terminalKinds.has(step.kind))) {
            // Each outcome once: a repeated one is `duplicate-outcome`'s, and the message stays one short line.
            report(accept, 'dead-end-step', { step: step.name, outcomes: [...new Set(outcomes as string[])] }, { node: step, property: 'name' });
        }
        checkDuplicateOutcomes(step, accept);
    }
    for (const cycle of cyclesOf(graph)) {
        // A way out that names an unknown step is the linker's finding, not a cycle without exit.
        if (!hasExit(graph, cycle) && !cycle.some(step => step.transitions.some(t => t.targets.some(target => target.ref === undefined)))) {
            const { items, more } = boundedList(cycle.map(s => s.name));
            report(accept, 'cycle-without-exit', { steps: items, more }, { node: cycle[0], property: 'name' });
        }
    }
}

// The steps some path reaches from a start (the first step, a case's) without passing a `return` step.
function reachedBeforeReturn(graph: StepGraph): ReadonlySet<Step> {
    const reached = new Set<Step>();
    for (const start of new Set(graph.flows.map(flow => flow.start))) {
        if (!start) continue;
        for (const step of reachAvoiding(graph, start, () => true, s => s.kind === 'return' && s !== start)) reached.add(step);
    }
    return reached;
}

function hasExit(graph: StepGraph, cycle: readonly Step[]): boolean {
    const members = new Set(cycle);
    return cycle.some(step => (graph.edges.get(step) ?? []).some(edge => !members.has(edge.target)));
}

function checkDuplicateOutcomes(step: Step, accept: ValidationAcceptor): void {
    const seen = new Set<string>();
    for (const transition of step.transitions) {
        const outcome = transition.outcome ?? 'default';
        // `when Case -> X` is the case's own way on, beside the default one: only a second transition
        // of the same case is ambiguous.
        const key = transition.case ? `when ${transition.case.$refText}` : outcome;
        if (seen.has(key)) {
            // At the transition itself: the same range as the step's `transitions` at its index, found
            // without searching the step's syntax tree for each repeat.
            report(accept, 'duplicate-outcome', { step: step.name, outcome, case: transition.case?.$refText }, { node: transition });
        }
        seen.add(key);
    }
}

/**
 * A leader signs before the result is returned: no main-flow path from the first step reaches a
 * `return` step without passing an `approval` step whose signers may sign (`signersWhoMayNot` in
 * semantics/performers.ts, without an authority: the leadership of some unit, or a position that signs
 * for one). When the procedure's authority resolves, any approval counts here and
 * `signer-not-authority` says whether its performer may sign; an approval whose performer is unknown
 * or missing counts too (the linker, or `missing-attribute`, reports it): one cause, one finding.
 */
export function checkApproval(procedure: Procedure, accept: ValidationAcceptor): void {
    const graph = stepGraphOf(procedure);
    if (!graph.first) {
        return;
    }
    const judgedElsewhere = procedure.authority?.ref !== undefined;
    const signs = (step: Step): boolean => step.kind === 'approval' && (judgedElsewhere || !step.by || hasUnresolvedPerformer(step) || signersWhoMayNot(step).length === 0);
    const reached = reachAvoiding(graph, graph.first, edge => !edge.exception, signs);
    const unsigned = graph.steps.find(step => step.kind === 'return' && reached.has(step));
    if (unsigned) {
        const { items, more } = boundedList(graph.steps.filter(step => step.kind === 'approval' && graph.mainFlow.has(step) && !signs(step)).map(s => s.name));
        report(accept, 'missing-approval', { procedure: procedure.name, step: unsigned.name, nonLeaders: items, more }, { node: unsigned, property: 'name' });
    }
}

/**
 * An appraisal can find a dossier ineligible: a procedure with an `appraisal` step has a refusal path
 * (`on rejected -> …`) somewhere. Reported once, at the first appraisal: one missing path.
 */
export function checkAppraisalRefusal(procedure: Procedure, accept: ValidationAcceptor): void {
    const appraisal = procedure.steps.find(step => step.kind === 'appraisal');
    if (appraisal && !procedure.steps.some(step => step.transitions.some(t => t.outcome === 'rejected'))) {
        report(accept, 'appraisal-without-refusal', { step: appraisal.name }, { node: appraisal, property: 'kind' });
    }
}
