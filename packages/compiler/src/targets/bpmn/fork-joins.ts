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
    const forks: ForkJoin[] = [];
    for (const step of procedure.steps) {
        step.transitions.forEach((transition, index) => {
            const targets = distinct(transition.targets).filter(t => byId.has(t));
            if (targets.length < 2) return;
            const distances = targets.map(t => distancesFrom(t, byId));
            let join: StepModel | undefined;
            let best = Infinity;
            for (const candidate of procedure.steps) {
                if (!distances.every(d => d.has(candidate.id))) continue;
                const farthest = Math.max(...distances.map(d => d.get(candidate.id) as number));
                // Ties go to the earlier declared step: stable, and usually the one the author meant.
                if (farthest < best) {
                    best = farthest;
                    join = candidate;
                }
            }
            const region = new Set<string>();
            if (join !== undefined) {
                for (const target of targets) {
                    collectRegion(target, join.id, byId, region);
                }
            }
            forks.push({ step, transition: index, targets, join: join?.id, region });
        });
    }
    // Inner forks first: an inner fork's region lies inside the outer one's, so it is smaller.
    return forks
        .map((fork, order) => ({ fork, order }))
        .sort((a, b) => a.fork.region.size - b.fork.region.size || a.order - b.order)
        .map(x => x.fork);
}

// Breadth-first distances from a step along the main route (no exception transitions).
function distancesFrom(start: string, byId: ReadonlyMap<string, StepModel>): Map<string, number> {
    const distances = new Map<string, number>([[start, 0]]);
    const queue = [start];
    while (queue.length > 0) {
        const id = queue.shift() as string;
        const step = byId.get(id);
        if (step === undefined) continue;
        for (const transition of step.transitions) {
            if (transition.exception) continue;
            for (const target of transition.targets) {
                if (!distances.has(target) && byId.has(target)) {
                    distances.set(target, (distances.get(id) as number) + 1);
                    queue.push(target);
                }
            }
        }
    }
    return distances;
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
