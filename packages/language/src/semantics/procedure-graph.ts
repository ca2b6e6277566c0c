import type { Case, Procedure, Step, StepKind, Transition } from '../generated/ast.js';
import { perNode } from './per-node.js';

/** Outcomes that leave the main flow: an incomplete dossier, a refusal, a late dossier. */
export const exceptionOutcomes: ReadonlySet<string> = new Set(['incomplete', 'rejected', 'late']);

/** Step kinds with which a path may end: something is handed back to the applicant. */
export const terminalKinds: ReadonlySet<StepKind> = new Set<StepKind>(['return', 'refusal', 'supplement-request']);

/** A resolved transition between two steps. */
export interface StepEdge {
    readonly transition: Transition;
    readonly target: Step;
    /** True for `on incomplete`, `on rejected` and `on late`: the edge leaves the main flow. */
    readonly exception: boolean;
    /** True when the transition forks (`-> A, B`): the dossier takes every branch at once. */
    readonly parallel: boolean;
    /**
     * `when Case -> …`: the edge only that case takes. `unresolved` when the case's name is unknown
     * (reported once, by the linker): no flow takes the edge.
     */
    readonly case: Case | 'unresolved' | undefined;
}

/**
 * One way through the main flow: the procedure's own (no case), or a case's. A case starts at its
 * `start` step or the first step; at a step with `when Case` transitions it takes those instead of
 * the step's default ones, elsewhere it follows the default (and `approved`) transitions.
 */
export interface Flow {
    readonly case: Case | undefined;
    readonly start: Step | undefined;
    /** The steps this flow can reach. */
    readonly steps: ReadonlySet<Step>;
    /** The edges this flow takes out of a step. */
    edgesOf(step: Step): readonly StepEdge[];
    /**
     * False when the flow stops at a step that goes on only in cases (`when Case -> …` and no default
     * transition): the procedure's own flow of a procedure whose cases split it. False too when what
     * the flow takes is not known: a transition it takes names an unknown step, one of its steps joins
     * an unknown part, a case's flow passes a `when` naming an unknown case or starts at an unknown
     * step, or the procedure's (or the case's) `clock starts after` names an unknown step (the linker reports each once; a total checked on a guessed path
     * would only repeat it). Only complete flows have a total to check.
     */
    readonly complete: boolean;
}

/**
 * The steps of a procedure as a graph. The first declared step is where every dossier starts;
 * the main flow is what can be reached from it without taking an exception branch.
 */
export interface StepGraph {
    readonly procedure: Procedure;
    readonly steps: readonly Step[];
    readonly first: Step | undefined;
    readonly edges: ReadonlyMap<Step, readonly StepEdge[]>;
    /** Steps reachable from the first step along any transition. */
    readonly reachable: ReadonlySet<Step>;
    /**
     * Steps on some flow: reachable from the first step (or a case's start) along default, `approved`
     * and `when` transitions, not through an exception.
     */
    readonly mainFlow: ReadonlySet<Step>;
    /** The procedure's own flow, then one per case in declaration order. */
    readonly flows: readonly Flow[];
}

/**
 * The step graph of a procedure. Cached per AST node: a re-parsed document gets new nodes and so a
 * new graph, and step references are local to the procedure, so relinking cannot change it.
 */
export const stepGraphOf: (procedure: Procedure) => StepGraph = perNode(buildStepGraph);

function buildStepGraph(procedure: Procedure): StepGraph {
    const steps = procedure.steps;
    const edges = new Map<Step, StepEdge[]>();
    for (const step of steps) {
        const out: StepEdge[] = [];
        for (const transition of step.transitions) {
            const exception = transition.outcome !== undefined && exceptionOutcomes.has(transition.outcome);
            const parallel = transition.targets.length > 1;
            const edgeCase = transition.case ? transition.case.ref ?? 'unresolved' : undefined;
            for (const reference of transition.targets) {
                // A transition cut short by a syntax error has unresolved targets.
                const target = reference.ref;
                if (target) {
                    out.push({ transition, target, exception, parallel, case: edgeCase });
                }
            }
        }
        edges.set(step, out);
    }
    const first = steps[0];
    const clockKnown = !procedure.clockStartsAfter || procedure.clockStartsAfter.ref !== undefined;
    const flows = [
        flowOf(undefined, first, edges, clockKnown),
        ...procedure.cases.map(c => flowOf(c, c.start?.ref ?? first, edges,
            clockKnown && (!c.start || c.start.ref !== undefined) && (!c.clockStartsAfter || c.clockStartsAfter.ref !== undefined)))
    ];
    const reachable = new Set<Step>();
    for (const start of new Set(flows.map(flow => flow.start))) {
        for (const step of reach(start, edges, () => true)) reachable.add(step);
    }
    const mainFlow = new Set<Step>();
    for (const flow of flows) {
        for (const step of flow.steps) mainFlow.add(step);
    }
    return { procedure, steps, first, edges, reachable, mainFlow, flows };
}

/**
 * Whether a case is taken: it has a table of its own (`start`), a transition `when Case` leads into
 * it, or it is the table from the first step beside cases with tables of their own. An untaken case's
 * flow is the procedure's own, and says nothing about the case.
 */
export function isCaseTaken(graph: StepGraph, c: Case): boolean {
    if (c.start || hasWhen(graph, c)) return true;
    // Where other cases have tables of their own, the first case with neither `start` nor `when` is the
    // table from the first step ("a) Trường hợp …" before "b) …").
    const cases = graph.procedure.cases;
    return cases.some(other => other.start !== undefined) && cases.find(other => !other.start && !hasWhen(graph, other)) === c;
}

function hasWhen(graph: StepGraph, c: Case): boolean {
    for (const edges of graph.edges.values()) {
        if (edges.some(edge => edge.case === c)) return true;
    }
    return false;
}

/** Whether some `when` of the procedure names a case that does not exist (reported by the linker). */
export function hasUnresolvedCase(graph: StepGraph): boolean {
    return graph.procedure.steps.some(step => step.transitions.some(t => t.case !== undefined && t.case.ref === undefined));
}

function flowOf(flowCase: Case | undefined, start: Step | undefined, edges: ReadonlyMap<Step, readonly StepEdge[]>, known: boolean): Flow {
    const taken = new Map<Step, readonly StepEdge[]>();
    const edgesOf = (step: Step): readonly StepEdge[] => {
        let out = taken.get(step);
        if (!out) {
            const all = (edges.get(step) ?? []).filter(edge => !edge.exception);
            const own = flowCase ? all.filter(edge => edge.case === flowCase) : [];
            out = own.length > 0 ? own : all.filter(edge => edge.case === undefined);
            taken.set(step, out);
        }
        return out;
    };
    const steps = new Set<Step>();
    let complete = known;
    if (start) {
        const stack = [start];
        steps.add(start);
        while (stack.length > 0) {
            const step = stack.pop()!;
            const out = edgesOf(step);
            if (out.length === 0 && (edges.get(step) ?? []).some(edge => !edge.exception)) complete = false;
            if (complete && unknownAt(step, flowCase, out)) complete = false;
            for (const edge of out) {
                if (!steps.has(edge.target)) {
                    steps.add(edge.target);
                    stack.push(edge.target);
                }
            }
        }
    }
    return { case: flowCase, start, steps, edgesOf, complete };
}

// Whether what the flow does at `step` is unknown: the step joins a part that does not resolve (its
// time and subtotal are not known), a transition the flow takes names a step that does not resolve,
// or a case's flow meets `when` naming an unknown case (which case was meant is not known).
function unknownAt(step: Step, flowCase: Case | undefined, taken: readonly StepEdge[]): boolean {
    if (step.part && step.part.ref === undefined) return true;
    const takesOwnCase = flowCase !== undefined && taken.some(edge => edge.case === flowCase);
    for (const transition of step.transitions) {
        if (transition.outcome !== undefined && exceptionOutcomes.has(transition.outcome)) continue;
        if (transition.case && transition.case.ref === undefined) {
            if (flowCase !== undefined) return true;
            continue;
        }
        const takes = transition.case === undefined ? !takesOwnCase : transition.case.ref === flowCase;
        if (takes && transition.targets.some(target => target.ref === undefined)) return true;
    }
    return false;
}

/** Whether a procedure's steps name a step or a case that does not resolve (reported once, by the linker). */
export function hasUnresolvedFlowReference(procedure: Procedure): boolean {
    return procedure.steps.some(step => step.transitions.some(t =>
        (t.case !== undefined && t.case.ref === undefined) || t.targets.some(target => target.ref === undefined)
    )) || procedure.cases.some(c => c.start !== undefined && c.start.ref === undefined);
}

function reach(start: Step | undefined, edges: ReadonlyMap<Step, readonly StepEdge[]>, follow: (edge: StepEdge) => boolean): Set<Step> {
    const seen = new Set<Step>();
    if (!start) {
        return seen;
    }
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
        const step = stack.pop()!;
        for (const edge of edges.get(step) ?? []) {
            if (follow(edge) && !seen.has(edge.target)) {
                seen.add(edge.target);
                stack.push(edge.target);
            }
        }
    }
    return seen;
}

/** Steps reachable from `start` along the edges that `follow` accepts, never entering `avoid`. */
export function reachAvoiding(graph: StepGraph, start: Step, follow: (edge: StepEdge) => boolean, avoid: (step: Step) => boolean): Set<Step> {
    const seen = new Set<Step>();
    if (avoid(start)) {
        return seen;
    }
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
        const step = stack.pop()!;
        for (const edge of graph.edges.get(step) ?? []) {
            if (follow(edge) && !seen.has(edge.target) && !avoid(edge.target)) {
                seen.add(edge.target);
                stack.push(edge.target);
            }
        }
    }
    return seen;
}

/**
 * Strongly connected components that form cycles (more than one step, or a step that leads to
 * itself), in declaration order of their first step. Tarjan's algorithm, iterative so that a long
 * procedure cannot overflow the stack.
 */
export function cyclesOf(graph: StepGraph): Step[][] {
    const index = new Map<Step, number>();
    const low = new Map<Step, number>();
    const onStack = new Set<Step>();
    const stack: Step[] = [];
    const components: Step[][] = [];
    let counter = 0;
    for (const root of graph.steps) {
        if (index.has(root)) continue;
        const work: Array<{ step: Step; next: number }> = [{ step: root, next: 0 }];
        index.set(root, counter); low.set(root, counter); counter++;
        stack.push(root); onStack.add(root);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            const out = graph.edges.get(frame.step) ?? [];
            if (frame.next < out.length) {
                const target = out[frame.next++].target;
                if (!index.has(target)) {
                    index.set(target, counter); low.set(target, counter); counter++;
                    stack.push(target); onStack.add(target);
                    work.push({ step: target, next: 0 });
                } else if (onStack.has(target)) {
                    low.set(frame.step, Math.min(low.get(frame.step)!, index.get(target)!));
                }
                continue;
            }
            work.pop();
            if (work.length > 0) {
                const parent = work[work.length - 1].step;
                low.set(parent, Math.min(low.get(parent)!, low.get(frame.step)!));
            }
            if (low.get(frame.step) === index.get(frame.step)) {
                const component: Step[] = [];
                let member: Step;
                do {
                    member = stack.pop()!;
                    onStack.delete(member);
                    component.push(member);
                } while (member !== frame.step);
                const selfLoop = component.length === 1 && out.some(edge => edge.target === frame.step);
                if (component.length > 1 || selfLoop) {
                    components.push(component);
                }
            }
        }
    }
    const order = new Map(graph.steps.map((step, i) => [step, i] as const));
    for (const component of components) {
        component.sort((a, b) => order.get(a)! - order.get(b)!);
    }
    return components.sort((a, b) => order.get(a[0])! - order.get(b[0])!);
}

/** The longest path through the main flow and what it costs. */
export interface CriticalPath {
    readonly steps: readonly Step[];
    readonly cost: number;
}

/**
 * The costliest path of a flow (the procedure's own by default) from its start, where each step
 * costs `cost(step)`. Edges that close a cycle are ignored (cycles are reported by their own check),
 * so this always terminates. Undefined when there is no start or some step of the flow has no cost.
 * `countedFrom(step)`: the earlier step a step's time counts from (`from Step`); such a step ends at
 * that step's end plus its cost, and the path to it goes through that step.
 */
export function criticalPath(
    graph: StepGraph, cost: (step: Step) => number | undefined, flow: Flow = graph.flows[0], countedFrom?: (step: Step) => Step | undefined
): CriticalPath | undefined {
    const first = flow.start;
    if (!first) {
        return undefined;
    }
    for (const step of flow.steps) {
        if (cost(step) === undefined) {
            return undefined;
        }
    }
    if (countedFrom && [...flow.steps].some(step => isAnchoredIn(flow, step, countedFrom))) {
        return anchoredCriticalPath(flow, cost as (step: Step) => number, countedFrom);
    }
    // Depth-first post-order over main edges, skipping edges back into the current path.
    const best = new Map<Step, { cost: number; next: Step | undefined }>();
    const visiting = new Set<Step>();
    // Each frame keeps its step's main edges: filtering them again on every return to the frame made
    // a step with d targets cost d².
    const mainEdges = (step: Step): readonly StepEdge[] => flow.edgesOf(step);
    const work: Array<{ step: Step; out: readonly StepEdge[]; next: number }> = [{ step: first, out: mainEdges(first), next: 0 }];
    visiting.add(first);
    while (work.length > 0) {
        const frame = work[work.length - 1];
        const out = frame.out;
        if (frame.next < out.length) {
            const target = out[frame.next++].target;
            if (!best.has(target) && !visiting.has(target)) {
                visiting.add(target);
                work.push({ step: target, out: mainEdges(target), next: 0 });
            }
            continue;
        }
        work.pop();
        visiting.delete(frame.step);
        let bestNext: Step | undefined;
        let bestTail = 0;
        for (const edge of out) {
            const tail = best.get(edge.target);
            if (tail && tail.cost > bestTail) {
                bestTail = tail.cost;
                bestNext = edge.target;
            } else if (tail && bestNext === undefined) {
                bestNext = edge.target;
            }
        }
        best.set(frame.step, { cost: cost(frame.step)! + bestTail, next: bestNext });
    }
    const steps: Step[] = [];
    const seen = new Set<Step>();
    let current: Step | undefined = first;
    while (current && !seen.has(current)) {
        steps.push(current);
        seen.add(current);
        current = best.get(current)?.next;
    }
    return { steps, cost: best.get(first)!.cost };
}

function isAnchoredIn(flow: Flow, step: Step, countedFrom: (step: Step) => Step | undefined): boolean {
    const from = countedFrom(step);
    return from !== undefined && flow.steps.has(from);
}

// The costliest path of a flow where some steps count from an earlier step: forward over the flow's steps
// in an order where each comes after the steps that lead to it (edges back to an earlier step close a
// cycle and are ignored). A step ends at its latest predecessor's end plus its cost, or, counted from an
// earlier step, at that step's end plus its cost. The path ends at the step that ends last among those
// with no step after them (the first in that order on a tie). The longest path from the start (above)
// stays the one used without such steps, so that among equal paths the one chosen does not change.
function anchoredCriticalPath(flow: Flow, cost: (step: Step) => number, countedFrom: (step: Step) => Step | undefined): CriticalPath {
    const order = flowOrder(flow);
    const rank = new Map(order.map((step, i) => [step, i] as const));
    const forward = (step: Step): Step[] => flow.edgesOf(step).map(edge => edge.target).filter(target => rank.get(target)! > rank.get(step)!);
    const start = new Map<Step, { at: number; via: Step | undefined }>();
    const end = new Map<Step, { at: number; via: Step | undefined }>();
    let last: Step | undefined;
    for (const step of order) {
        const from = countedFrom(step);
        const anchored = from !== undefined && end.has(from) && rank.get(from)! < rank.get(step)!;
        const begin = anchored ? { at: end.get(from)!.at, via: from } : start.get(step) ?? { at: 0, via: undefined };
        const finish = { at: begin.at + cost(step), via: begin.via };
        end.set(step, finish);
        const next = forward(step);
        for (const target of next) {
            const known = start.get(target);
            if (!known || finish.at > known.at) start.set(target, { at: finish.at, via: step });
        }
        if (next.length === 0 && (last === undefined || finish.at > end.get(last)!.at)) last = step;
    }
    const steps: Step[] = [];
    for (let step: Step | undefined = last; step; step = end.get(step)!.via) steps.unshift(step);
    return { steps, cost: last ? end.get(last)!.at : 0 };
}

/**
 * A flow's steps in an order where each step comes after the steps that lead to it: the reverse of a
 * depth-first post-order from the start (an edge into a step still being visited closes a cycle).
 */
export function flowOrder(flow: Flow): Step[] {
    if (!flow.start) return [];
    const post: Step[] = [];
    const seen = new Set<Step>([flow.start]);
    const work: Array<{ step: Step; next: number }> = [{ step: flow.start, next: 0 }];
    while (work.length > 0) {
        const frame = work[work.length - 1];
        const out = flow.edgesOf(frame.step);
        if (frame.next < out.length) {
            const target = out[frame.next++].target;
            if (!seen.has(target)) {
                seen.add(target);
                work.push({ step: target, next: 0 });
            }
            continue;
        }
        work.pop();
        post.push(frame.step);
    }
    return post.reverse();
}
