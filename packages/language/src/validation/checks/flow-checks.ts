import type { ValidationAcceptor } from 'langium';
import type { Procedure, Step } from '../../generated/ast.js';
import { cyclesOf, exceptionOutcomes, reachAvoiding, stepGraphOf, terminalKinds, type StepGraph } from '../../semantics/procedure-graph.js';
import { mainPerformerRef, performedByLeader, stepUnit } from '../../semantics/performers.js';
import { report } from '../report.js';

/** Whether a step is performed at a one-stop unit. */
function atOneStop(step: Step): boolean {
    return stepUnit(step)?.kind === 'one-stop';
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
    if (unit && performer && unit.kind !== 'one-stop') {
        report(accept, 'first-step-reception', { step: first.name, reason: 'unit' }, { node: performer });
    } else if (unit?.level && performer && !procedure.boundaryIndependent && (procedure.level === 'province' || procedure.level === 'commune') && unit.level !== procedure.level) {
        report(accept, 'first-step-reception', { step: first.name, reason: 'level', level: procedure.level }, { node: performer });
    }
    if (!first.transitions.some(t => t.outcome === 'incomplete')) {
        report(accept, 'no-supplement-path', { step: first.name }, { node: first, property: 'name' });
    }
}

/** Every path ends by handing something back to the applicant at a one-stop unit. */
export function checkPathEnds(procedure: Procedure, accept: ValidationAcceptor): void {
    const graph = stepGraphOf(procedure);
    for (const step of graph.steps) {
        if (!graph.reachable.has(step) || step.transitions.length > 0) {
            continue;
        }
        if (!step.kind || !terminalKinds.has(step.kind)) {
            report(accept, 'last-step-return', { step: step.name, reason: 'kind' }, { node: step, property: 'name' });
        } else if (stepUnit(step) && !atOneStop(step)) {
            report(accept, 'last-step-return', { step: step.name, reason: 'unit' }, { node: mainPerformerRef(step)! });
        }
    }
}

/** The graph is sound: every step reachable, every approved dossier goes on, every cycle has an exit. */
export function checkStepGraph(procedure: Procedure, accept: ValidationAcceptor): void {
    const graph = stepGraphOf(procedure);
    if (!graph.first) {
        return;
    }
    for (const step of graph.steps) {
        if (!graph.reachable.has(step)) {
            report(accept, 'unreachable-step', { step: step.name, first: graph.first.name }, { node: step, property: 'name' });
        }
        const outcomes = step.transitions.map(t => t.outcome);
        if (outcomes.length > 0 && outcomes.every(o => o !== undefined && exceptionOutcomes.has(o)) && !(step.kind && terminalKinds.has(step.kind))) {
            report(accept, 'dead-end-step', { step: step.name, outcomes: outcomes as string[] }, { node: step, property: 'name' });
        }
        checkDuplicateOutcomes(step, accept);
    }
    for (const cycle of cyclesOf(graph)) {
        if (!hasExit(graph, cycle)) {
            report(accept, 'cycle-without-exit', { steps: [...cycle.map(s => s.name), cycle[0].name] }, { node: cycle[0], property: 'name' });
        }
    }
}

function hasExit(graph: StepGraph, cycle: readonly Step[]): boolean {
    const members = new Set(cycle);
    return cycle.some(step => (graph.edges.get(step) ?? []).some(edge => !members.has(edge.target)));
}

function checkDuplicateOutcomes(step: Step, accept: ValidationAcceptor): void {
    const seen = new Set<string>();
    for (const transition of step.transitions) {
        // `when Case -> …` is the case's way, beside the step's default one (docs/language.md, "Cases").
        if (transition.case !== undefined) continue;
        const outcome = transition.outcome ?? 'default';
        if (seen.has(outcome)) {
            // At the transition itself: the same range as the step's `transitions` at its index, found
            // without searching the step's syntax tree for each repeat.
            report(accept, 'duplicate-outcome', { step: step.name, outcome }, { node: transition });
        }
        seen.add(outcome);
    }
}

/**
 * A leader signs before the result is returned: no main-flow path from the first step reaches a
 * `return` step without passing an `approval` step performed by a position marked `leader`.
 */
export function checkApproval(procedure: Procedure, accept: ValidationAcceptor): void {
    const graph = stepGraphOf(procedure);
    if (!graph.first) {
        return;
    }
    const leaderApproval = (step: Step): boolean => step.kind === 'approval' && performedByLeader(step);
    const reached = reachAvoiding(graph, graph.first, edge => !edge.exception, leaderApproval);
    const unsigned = graph.steps.find(step => step.kind === 'return' && reached.has(step));
    if (unsigned) {
        const nonLeaders = graph.steps.filter(step => step.kind === 'approval' && graph.mainFlow.has(step) && !leaderApproval(step)).map(s => s.name);
        report(accept, 'missing-approval', { procedure: procedure.name, step: unsigned.name, nonLeaders }, { node: unsigned, property: 'name' });
    }
}
