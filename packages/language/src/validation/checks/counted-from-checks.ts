import type { ValidationAcceptor } from 'langium';
import { isStep, type Duration, type Step } from '../../generated/ast.js';
import { isBeforeOnEveryPath } from '../../semantics/counted-from.js';
import { stepGraphOf } from '../../semantics/procedure-graph.js';
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
