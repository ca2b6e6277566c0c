import type { Step } from '../generated/ast.js';
import { perNode } from './per-node.js';
import { reachAvoiding, stepGraphOf, type StepGraph } from './procedure-graph.js';

/**
 * Whether `earlier` comes before `step` on every path that reaches `step`: on each flow (the procedure's
 * own, each case's) that reaches `step`, every way from the flow's start to `step` passes through
 * `earlier`; a step on no flow (an exception path) is read on every transition from the first step.
 * A step never comes before itself.
 */
export function isBeforeOnEveryPath(graph: StepGraph, earlier: Step, step: Step): boolean {
    if (earlier === step) return false;
    const flows = graph.flows.filter(flow => flow.steps.has(step));
    if (flows.length === 0) {
        if (!graph.first || !graph.reachable.has(step)) return false;
        return !reachAvoiding(graph, graph.first, () => true, s => s === earlier).has(step);
    }
    return flows.every(flow => {
        if (!flow.start || flow.start === earlier) return flow.start === earlier;
        return !reachWithin(flow.start, flow.edgesOf, earlier).has(step);
    });
}

// The steps a flow reaches from `start` without passing `avoid`.
function reachWithin(start: Step, edgesOf: (step: Step) => readonly { readonly target: Step }[], avoid: Step): Set<Step> {
    const seen = new Set<Step>([start]);
    const stack = [start];
    while (stack.length > 0) {
        for (const edge of edgesOf(stack.pop()!)) {
            if (edge.target !== avoid && !seen.has(edge.target)) {
                seen.add(edge.target);
                stack.push(edge.target);
            }
        }
    }
    return seen;
}

/**
 * The step a step's time is counted from (`time 5wd from HopHoiDong`): the step ends at the end of that
 * step plus its time. Undefined when the step's time says no step, or names one that does not resolve
 * or does not come before it on every path (`from-step-not-before`): its time then counts from its own start.
 */
export const countedFromOf: (step: Step) => Step | undefined = perNode((step: Step): Step | undefined => {
    const from = step.time?.fromStep?.ref;
    if (!from || from.$container !== step.$container) return undefined;
    return isBeforeOnEveryPath(stepGraphOf(step.$container), from, step) ? from : undefined;
});
