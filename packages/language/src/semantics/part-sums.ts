import type { Part, Step } from '../generated/ast.js';
import { flowOrder, type Flow } from './procedure-graph.js';

/** A path's steps in a part and what they count together. */
export interface PartSum {
    readonly sum: number;
    /** The part's steps on the path, in path order. */
    readonly steps: readonly Step[];
}

/** The extremes of what a part's steps count on the paths of a flow that pass at least one of them. */
export interface PartSums {
    readonly max: PartSum;
    readonly min: PartSum;
}

// A persistent list of the part's steps on a path, newest first: extending it costs nothing, so that a
// long chain of a part's steps is not copied at every step.
interface Chain {
    readonly sum: number;
    readonly step: Step | undefined;
    readonly before: Chain | undefined;
}

interface Extremes {
    readonly max: Chain;
    readonly min: Chain;
}

/**
 * What a part's steps count on each path of a flow, as the costliest and the cheapest path that passes
 * at least one of them (a path that passes none says nothing about the part), each with the part's steps
 * on it. Every path from the flow's start to a step with nothing after it is read; edges back to an
 * earlier step close a cycle and are ignored. Linear in the flow's size: the extremes are carried
 * forward, never the paths. Undefined when no path passes the part, or a step of the part on the flow
 * has no cost.
 */
export function partSumsOn(flow: Flow, part: Part, cost: (step: Step) => number | undefined): PartSums | undefined {
    const order = flowOrder(flow);
    const rank = new Map(order.map((step, i) => [step, i] as const));
    // What reaches each step from its predecessors: the extremes so far, and whether a path without the part does.
    const incoming = new Map<Step, { extremes: Extremes | undefined; clear: boolean }>();
    if (flow.start) incoming.set(flow.start, { extremes: undefined, clear: true });
    let max: Chain | undefined;
    let min: Chain | undefined;
    for (const step of order) {
        const arriving = incoming.get(step);
        if (!arriving) continue;
        const inPart = step.part?.ref === part;
        let here: Extremes | undefined = arriving.extremes;
        if (inPart) {
            const c = cost(step);
            if (c === undefined) return undefined;
            const extend = (chain: Chain | undefined): Chain => ({ sum: (chain?.sum ?? 0) + c, step, before: chain });
            const fromTouched = here ? { max: extend(here.max), min: extend(here.min) } : undefined;
            const fromClear = arriving.clear ? extend(undefined) : undefined;
            here = fromTouched && fromClear
                ? { max: fromTouched.max.sum >= fromClear.sum ? fromTouched.max : fromClear, min: fromTouched.min.sum <= fromClear.sum ? fromTouched.min : fromClear }
                : fromTouched ?? (fromClear ? { max: fromClear, min: fromClear } : undefined);
        }
        const clear = !inPart && arriving.clear;
        const next = flow.edgesOf(step).map(edge => edge.target).filter(target => rank.get(target)! > rank.get(step)!);
        if (next.length === 0 && here) {
            if (!max || here.max.sum > max.sum) max = here.max;
            if (!min || here.min.sum < min.sum) min = here.min;
        }
        for (const target of new Set(next)) {
            const known = incoming.get(target);
            incoming.set(target, { extremes: merge(known?.extremes, here), clear: (known?.clear ?? false) || clear });
        }
    }
    return max && min ? { max: partSumOf(max), min: partSumOf(min) } : undefined;
}

// The extremes of two sets of paths into one step; the first one kept on a tie.
function merge(a: Extremes | undefined, b: Extremes | undefined): Extremes | undefined {
    if (!a || !b) return a ?? b;
    return { max: b.max.sum > a.max.sum ? b.max : a.max, min: b.min.sum < a.min.sum ? b.min : a.min };
}

function partSumOf(chain: Chain): PartSum {
    const steps: Step[] = [];
    for (let link: Chain | undefined = chain; link; link = link.before) {
        if (link.step) steps.unshift(link.step);
    }
    return { sum: chain.sum, steps };
}
