import type { ProcedureModel, StepModel } from '../../model/procedure-model.js';
import { IndexHeap } from './index-heap.js';

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
 * order: for the usual source, written top to bottom, this is the declaration order. `only` restricts
 * it to one flow's steps (a case's own table).
 */
export function mainFlowOf(procedure: ProcedureModel, only?: ReadonlySet<string>): MainFlow {
    // `only`: the steps of one flow (a case's table); otherwise every main-flow step.
    const mainSteps = procedure.steps.filter(s => (only ? only.has(s.id) : s.mainFlow));
    const ids = new Set(mainSteps.map(s => s.id));
    const next = new Map(mainSteps.map(s => [s.id, nextOnMainFlow(s, ids)]));

    const waiting = new Map(mainSteps.map(s => [s.id, 0]));
    for (const targets of next.values()) {
        for (const id of targets) waiting.set(id, waiting.get(id)! + 1);
    }
    // Kahn's algorithm over the declaration order. A step still waiting when nothing else is ready
    // sits on a cycle (a loop back to an earlier step): the first declared of them goes next. The
    // ready steps wait in a heap by declaration order, and the first step not yet placed is found
    // with a moving cursor: searching the remaining steps at every turn made this quadratic.
    const ordered: StepModel[] = [];
    const done = new Set<string>();
    const positionOf = new Map(mainSteps.map((s, i) => [s.id, i]));
    const ready = new IndexHeap();
    mainSteps.forEach((s, i) => {
        if (waiting.get(s.id) === 0) ready.push(i);
    });
    let cursor = 0;
    while (ordered.length < mainSteps.length) {
        let position: number | undefined;
        while (ready.size > 0) {
            const candidate = ready.pop();
            if (!done.has(mainSteps[candidate].id)) {
                position = candidate;
                break;
            }
        }
        if (position === undefined) {
            while (done.has(mainSteps[cursor].id)) cursor++;
            position = cursor;
        }
        const step = mainSteps[position];
        ordered.push(step);
        done.add(step.id);
        for (const id of next.get(step.id)!) {
            const count = waiting.get(id)! - 1;
            waiting.set(id, count);
            if (count === 0) ready.push(positionOf.get(id)!);
        }
    }

    const parallelWith = new Map<string, Set<string>>();
    let forks = false;
    for (const step of ordered) {
        for (const transition of step.transitions) {
            const targets = transition.exception ? [] : transition.targets.filter(id => ids.has(id));
            if (targets.length < 2) continue;
            forks = true;
            const branches = branchesOf(targets, next, step.id);
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

/**
 * The branches of a fork: each is what its first step reaches along the main flow, never passing the
 * fork, less what every branch reaches (the join and what follows it). One search per branch, taking
 * turns, none going on past a step that every branch has reached: the work is the branches, not the
 * rest of the procedure after the join (searching all of it for every fork made a long procedure
 * quadratic). What every branch reaches is closed under successors, so a step after a joined one is
 * joined too, even when a search came to it by another way first.
 */
export function branchesOf(targets: readonly string[], next: ReadonlyMap<string, readonly string[]>, stop: string): string[][] {
    const visited = targets.map(() => new Set<string>());
    const queues = targets.map(() => [] as string[]);
    const heads = targets.map(() => 0);
    const count = new Map<string, number>();
    const joined = new Set<string>();
    const join = (id: string): void => {
        if (joined.has(id)) return;
        joined.add(id);
        const stack = [id];
        while (stack.length > 0) {
            for (const after of next.get(stack.pop()!) ?? []) {
                if (after !== stop && count.has(after) && !joined.has(after)) {
                    joined.add(after);
                    stack.push(after);
                }
            }
        }
    };
    const visit = (branch: number, id: string): void => {
        visited[branch].add(id);
        queues[branch].push(id);
        const reached = (count.get(id) ?? 0) + 1;
        count.set(id, reached);
        if (reached === targets.length) join(id);
    };
    targets.forEach((id, branch) => visit(branch, id));
    for (let active = true; active;) {
        active = false;
        targets.forEach((_, branch) => {
            if (heads[branch] >= queues[branch].length) return;
            active = true;
            const id = queues[branch][heads[branch]++];
            if (joined.has(id)) return;
            for (const after of next.get(id) ?? []) {
                if (after !== stop && !visited[branch].has(after)) visit(branch, after);
            }
        });
    }
    // Steps a search reached by another way after a step before them was joined are joined too.
    for (const id of [...joined]) {
        joined.delete(id);
        join(id);
    }
    return visited.map(steps => [...steps].filter(id => !joined.has(id)));
}
