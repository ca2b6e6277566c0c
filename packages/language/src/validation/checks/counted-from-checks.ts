import type { ValidationAcceptor } from 'langium';
import { isStep, type Duration, type Procedure, type Step } from '../../generated/ast.js';
import { countedFromOf, isBeforeOnEveryPath } from '../../semantics/counted-from.js';
import { flowCumulativeTimesOf } from '../../semantics/flow-cumulative-times.js';
import { flowOrder, stepGraphOf } from '../../semantics/procedure-graph.js';
import { compareToStatutory, timingOf } from '../../semantics/timing.js';
import { report } from '../report.js';

/**
 * `from Step` on a duration: only a step's own time counts from another step (a total, a channel's time or
 * a hand-over's sub-deadline is counted as the law or the table says, written `from "…"`), and the step it
 * counts from must come before it on every path, or its end is not known when the step is timed.
 */
export function checkCountedFrom(duration: Duration, accept: ValidationAcceptor): void {
    const reference = duration.fromStep;
    if (!reference) return;
    const owner = duration.$container;
    if (!isStep(owner) || duration.$containerProperty !== 'time') {
        report(accept, 'from-step-not-on-step', { from: reference.$refText }, { node: duration, property: 'fromStep' });
        return;
    }
    // An unknown step is reported once, by the linker.
    const from = reference.ref;
    if (!from || from.$container !== owner.$container) return;
    if (!isBeforeOnEveryPath(stepGraphOf(owner.$container), from, owner)) {
        report(accept, 'from-step-not-before', { step: owner.name, from: from.name, candidates: earlierSteps(owner) }, { node: duration, property: 'fromStep' });
    }
}

// The steps that do come before the step on every path, nearest first (at most three), for the message.
function earlierSteps(step: Step): string[] {
    const graph = stepGraphOf(step.$container);
    const index = graph.steps.indexOf(step);
    return graph.steps.slice(0, Math.max(index, 0)).reverse().filter(other => isBeforeOnEveryPath(graph, other, step)).slice(0, 3).map(s => s.name);
}

/**
 * A step counted from an earlier step ends at that step's end plus its time, whatever the steps between take:
 * when, on some flow, the steps between already end later than that, the table cannot keep its own deadline
 * (`time 5wd from HopHoiDong`, but the minutes alone take 6 days). Reported once per step, on the first flow
 * where it happens, with the times.
 */
export function checkCountedFromTimes(procedure: Procedure, accept: ValidationAcceptor): void {
    const timing = timingOf(procedure);
    for (const step of procedure.steps) {
        const from = countedFromOf(step);
        if (!from || !step.time) continue;
        for (const { flow, times } of flowCumulativeTimesOf(procedure)) {
            const fromEnd = times.get(from);
            const cost = timing.stepCostIn(step, flow);
            if (fromEnd === undefined || cost === undefined || !flow.steps.has(step)) continue;
            const rank = new Map(flowOrder(flow).map((s, i) => [s, i] as const));
            let start: number | undefined;
            for (const before of flow.steps) {
                const end = times.get(before);
                if (end === undefined || rank.get(before)! >= rank.get(step)! || !flow.edgesOf(before).some(edge => edge.target === step)) continue;
                start = Math.max(start ?? end, end);
            }
            if (start !== undefined && compareToStatutory(start, fromEnd + cost) === 'over') {
                report(accept, 'from-step-overrun', {
                    step: step.name, from: from.name, time: step.time.value,
                    between: timing.formatLike(step.time.value, start - fromEnd), over: timing.formatLike(step.time.value, start - fromEnd - cost)
                }, { node: step.time, property: 'value' });
                break;
            }
        }
    }
}
