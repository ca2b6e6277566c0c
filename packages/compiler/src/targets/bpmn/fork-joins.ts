/**
 * Where the branches of a parallel fork (`-> A, B`) meet again. The language says only that "the
 * branches meet again at the step they both lead to"; BPMN needs that point made explicit, as a
 * joining parallel gateway, or a task with several incoming flows would start once per branch.
 */
import type { ProcedureModel, StepModel } from '../../model/procedure-model.js';

/** A fork: a transition with several targets, and the step its branches meet at, if any. */
export interface ForkJoin {
    readonly step: StepModel;
    /** Index of the forking transition in `step.transitions`. */
    readonly transition: number;
    readonly targets: readonly string[];
    /** The step every branch reaches first (by its farthest branch), or none when the branches end apart. */
    readonly join?: string;
    /** The steps on the branches before the join: flows from them into the join are what the join waits for. */
    readonly region: ReadonlySet<string>;
}

/**
 * Every fork of the procedure with its join point, inner forks first (a fork nested in another's
 * branch joins before the outer one can). Only the main route counts: exception transitions leave
 * the branch and are not waited for.
 */
export function forkJoins(procedure: ProcedureModel): ForkJoin[] {
    const byId = new Map(procedure.steps.map(s => [s.id, s]));
    const order = new Map<string, number>();
    procedure.steps.forEach((s, i) => {
        if (!order.has(s.id)) order.set(s.id, i);
    });
    const forks: ForkJoin[] = [];
    for (const step of procedure.steps) {
        step.transitions.forEach((transition, index) => {
            const targets = distinct(transition.targets).filter(t => byId.has(t));
            if (targets.length < 2) return;
            const join = joinOf(targets, byId, order);
            const region = new Set<string>();
            if (join !== undefined) {
                for (const target of targets) {
                    collectRegion(target, join, byId, region);
                }
            }
            forks.push({ step, transition: index, targets, join, region });
        });
    }
    // Inner forks first: an inner fork's region lies inside the outer one's, so it is smaller.
    return forks
        .map((fork, order) => ({ fork, order }))
        .sort((a, b) => a.fork.region.size - b.fork.region.size || a.order - b.order)
        .map(x => x.fork);
}

/**
 * The step every target reaches (along the main route) by the shortest farthest distance, ties going
 * to the earlier declared step; undefined when the targets' paths never meet. Breadth-first from all
 * targets together, one distance at a time, stopping at the first distance where some step has been
 * reached from every target: the work is the neighbourhood of the fork, not the whole procedure
 * (searching the whole procedure from every fork made a long procedure quadratic).
 */
function joinOf(targets: readonly string[], byId: ReadonlyMap<string, StepModel>, order: ReadonlyMap<string, number>): string | undefined {
    const seen = targets.map(t => new Set([t]));
    const reachedBy = new Map<string, number>();
    let met: string[] = [];
    const reach = (id: string): void => {
        const count = (reachedBy.get(id) ?? 0) + 1;
        reachedBy.set(id, count);
        if (count === targets.length) met.push(id);
    };
    targets.forEach(reach);
    let frontiers = targets.map(t => [t]);
    while (met.length === 0 && frontiers.some(f => f.length > 0)) {
        frontiers = frontiers.map((frontier, i) => {
            const next: string[] = [];
            for (const id of frontier) {
                for (const transition of byId.get(id)?.transitions ?? []) {
                    if (transition.exception) continue;
                    for (const target of transition.targets) {
                        if (!seen[i].has(target) && byId.has(target)) {
                            seen[i].add(target);
                            reach(target);
                            next.push(target);
                        }
                    }
                }
            }
            return next;
        });
    }
    met = met.sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
    return met[0];
}

// The steps reachable from `start` along the main route without passing `stop`.
function collectRegion(start: string, stop: string, byId: ReadonlyMap<string, StepModel>, region: Set<string>): void {
    const stack = [start];
    while (stack.length > 0) {
        const id = stack.pop() as string;
        if (id === stop || region.has(id)) continue;
        const step = byId.get(id);
        if (step === undefined) continue;
        region.add(id);
        for (const transition of step.transitions) {
            if (!transition.exception) stack.push(...transition.targets);
        }
    }
}

function distinct(values: readonly string[]): string[] {
    return [...new Set(values)];
}
