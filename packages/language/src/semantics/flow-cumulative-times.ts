import type { Case, Procedure, Step } from '../generated/ast.js';
import { countedFromOf } from './counted-from.js';
import { flowOrder, stepGraphOf, type Flow } from './procedure-graph.js';
import { timingOf, type ProcedureTiming } from './timing.js';

/** The counted time at the end of each step of one flow (the procedure's own, or a case's). */
export interface FlowCumulativeTimes {
    readonly flow: Flow;
    readonly case: Case | undefined;
    /** Counted time from the flow's start to the end of the step, along the longest path of the flow that reaches it. */
    readonly times: ReadonlyMap<Step, number>;
}

// Keyed by the timing: a new timing (a re-parse, or new time rules from the catalogue) is a new key.
const cache = new WeakMap<ProcedureTiming, readonly FlowCumulativeTimes[]>();

/**
 * For each flow of a procedure (its own, then each case's), the counted time at the end of each of its
 * steps: a step's time counts as `timingOf(…).stepCostIn` says for the flow (nothing for a step not counted,
 * nor for one before the flow's clock), a join
 * waits for its slowest branch, and a case takes its own transitions (`when Case ->`) where it has them.
 * The flows are kept apart: a step reached in one case only is not timed through the other's path.
 * A step whose time counts from an earlier step (`from Step`) ends at that step's end plus its time.
 * A step is absent when it, or a step before it on the flow, has no time; edges that close a cycle
 * are ignored. Cached with the procedure's timing.
 */
export function flowCumulativeTimesOf(procedure: Procedure): readonly FlowCumulativeTimes[] {
    const timing = timingOf(procedure);
    let flows = cache.get(timing);
    if (!flows) {
        flows = stepGraphOf(procedure).flows.map(flow => ({ flow, case: flow.case, times: timesOf(flow, timing) }));
        cache.set(timing, flows);
    }
    return flows;
}

function timesOf(flow: Flow, timing: ProcedureTiming): ReadonlyMap<Step, number> {
    const order = flowOrder(flow);
    const rank = new Map(order.map((step, i) => [step, i] as const));
    const start = new Map<Step, number | undefined>(flow.start ? [[flow.start, 0]] : []);
    const result = new Map<Step, number>();
    for (const step of order) {
        // A step counted from an earlier step (`from Step`) ends at that step's end plus its time.
        const from = countedFromOf(step);
        const anchored = from !== undefined && (rank.get(from) ?? Infinity) < rank.get(step)!;
        const begin = anchored ? result.get(from) : start.get(step);
        const cost = timing.stepCostIn(step, flow);
        const end = begin === undefined || cost === undefined ? undefined : begin + cost;
        if (end !== undefined) result.set(step, end);
        for (const edge of flow.edgesOf(step)) {
            // Only forward edges: an edge back to an earlier step closes a cycle.
            if ((rank.get(edge.target) ?? -1) <= rank.get(step)!) continue;
            const known = start.has(edge.target) ? start.get(edge.target) : 0;
            start.set(edge.target, end === undefined || known === undefined ? undefined : Math.max(known, end));
        }
    }
    return result;
}
