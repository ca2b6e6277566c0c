import type { ProcedureModel, StepModel } from '../../model/procedure-model.js';

/** The main flow as the table numbers it. */
export interface MainFlow {
    /** Main-flow steps in the order a dossier meets them. */
    readonly steps: readonly StepModel[];
    /** Step id → its number in the table (`Bước n`), from 1. */
    readonly numbers: ReadonlyMap<string, number>;
    /** Step id → the ids of the steps that run at the same time on other branches of a fork. */
    readonly parallelWith: ReadonlyMap<string, readonly string[]>;
    /** True when the main flow forks somewhere. */
    readonly forks: boolean;
}

/** The ids a step leads to along the main flow (`->` and `on approved`). */
function nextOnMainFlow(step: StepModel, mainFlow: ReadonlySet<string>): string[] {
    return step.transitions.filter(t => !t.exception).flatMap(t => t.targets).filter(id => mainFlow.has(id));
}

/**
 * The main flow in reading order and its parallel branches. Steps are ordered so that every step
 * comes after the steps that lead to it (a topological order), ties and cycles going by declaration
 * order: for the usual source, written top to bottom, this is the declaration order.
 */
export function mainFlowOf(procedure: ProcedureModel): MainFlow {
    const mainSteps = procedure.steps.filter(s => s.mainFlow);
    const ids = new Set(mainSteps.map(s => s.id));
    const next = new Map(mainSteps.map(s => [s.id, nextOnMainFlow(s, ids)]));

    const waiting = new Map(mainSteps.map(s => [s.id, 0]));
    for (const targets of next.values()) {
        for (const id of targets) waiting.set(id, waiting.get(id)! + 1);
    }
    // Kahn's algorithm over the declaration order. A step still waiting when nothing else is ready
    // sits on a cycle (a loop back to an earlier step): the first declared of them goes next.
    const ordered: StepModel[] = [];
    const done = new Set<string>();
    while (ordered.length < mainSteps.length) {
        const remaining = mainSteps.filter(s => !done.has(s.id));
        const step = remaining.find(s => waiting.get(s.id) === 0) ?? remaining[0];
        ordered.push(step);
        done.add(step.id);
        for (const id of next.get(step.id)!) waiting.set(id, waiting.get(id)! - 1);
    }

    const parallelWith = new Map<string, Set<string>>();
    let forks = false;
    for (const step of ordered) {
        for (const transition of step.transitions) {
            const targets = transition.exception ? [] : transition.targets.filter(id => ids.has(id));
            if (targets.length < 2) continue;
            forks = true;
            // Each branch is what its first step reaches; where all branches meet (the join and what
            // follows) is not part of any branch.
            const reaches = targets.map(id => reach(id, next, step.id));
            const joined = reaches.reduce((common, r) => new Set([...common].filter(id => r.has(id))));
            const branches = reaches.map(r => [...r].filter(id => !joined.has(id)));
            branches.forEach((branch, i) => {
                const others = branches.filter((_, j) => j !== i).flat();
                for (const id of branch) {
                    const set = parallelWith.get(id) ?? new Set<string>();
                    for (const other of others) if (other !== id) set.add(other);
                    parallelWith.set(id, set);
                }
            });
        }
    }
    const numbers = new Map(ordered.map((s, i) => [s.id, i + 1]));
    const byNumber = (a: string, b: string) => numbers.get(a)! - numbers.get(b)!;
    return {
        steps: ordered,
        numbers,
        parallelWith: new Map([...parallelWith].filter(([, set]) => set.size > 0).map(([id, set]) => [id, [...set].sort(byNumber)])),
        forks
    };
}

// The steps reachable from `start` along the main flow, `start` included, never passing `stop` (the fork).
function reach(start: string, next: ReadonlyMap<string, readonly string[]>, stop: string): Set<string> {
    const seen = new Set<string>([start]);
    const stack = [start];
    while (stack.length > 0) {
        for (const id of next.get(stack.pop()!) ?? []) {
            if (id !== stop && !seen.has(id)) {
                seen.add(id);
                stack.push(id);
            }
        }
    }
    return seen;
}
