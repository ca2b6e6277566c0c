import type { Procedure, Step } from '../../generated/ast.js';
import { MINUTES_PER_HOUR, MINUTES_PER_WORKING_DAY, measureOf } from '../../semantics/durations.js';
import { stepGraphOf } from '../../semantics/procedure-graph.js';
import { cumulativeTimesOf, timingOf, type ProcedureTiming } from '../../semantics/timing.js';

/**
 * The time limit of a new return step that continues the path ending at `end`: what the reception
 * takes (the same one-stop unit hands back what it received), or `1h` (`1cd` in a procedure counted
 * in calendar days); cut down to what the statutory time leaves on the longest main-flow path through
 * `end`, so that the new step does not put the procedure over its statutory time when there is room.
 */
export function returnStepTime(procedure: Procedure, end: Step): string {
    const timing = timingOf(procedure);
    const graph = stepGraphOf(procedure);
    const reception = graph.first?.time;
    const written = reception?.$cstNode?.text ?? (timing.mode === 'calendar' ? '1cd' : '1h');
    const own = amountOf(timing, reception) ?? (timing.mode === 'calendar' ? 1 : MINUTES_PER_HOUR);
    if (timing.mode === 'mixed' || !graph.mainFlow.has(end)) {
        return written;
    }
    const statutory = procedure.channels.map(channel => timing.statutory(channel)).filter((t): t is number => t !== undefined);
    // The time at the end of `end` along the longest main-flow path that reaches it.
    const before = cumulativeTimesOf(procedure).get(end);
    if (statutory.length === 0 || before === undefined) {
        return written;
    }
    const room = Math.min(...statutory) - before;
    if (own <= room) {
        return written;
    }
    return timing.mode === 'calendar' ? (room >= 1 ? `${Math.floor(room)}cd` : written) : (room >= 1 ? workingLiteral(room) : written);
}

// A duration node's amount in the procedure's mode: working minutes, or calendar days.
function amountOf(timing: ProcedureTiming, duration: Step['time']): number | undefined {
    const measure = measureOf(duration);
    if (!measure) return undefined;
    if (timing.mode === 'calendar') return measure.kind === 'calendar' ? measure.days : undefined;
    return measure.kind === 'working' ? measure.minutes : measure.workingMinutes;
}

/** Working minutes as one duration literal: whole working days, else whole hours, else whole minutes. */
export function workingLiteral(minutes: number): string {
    // `wd`, not a bare `d`: a bare day counts as the procedure's `days` say, and may be unstated.
    if (minutes % MINUTES_PER_WORKING_DAY === 0) return `${minutes / MINUTES_PER_WORKING_DAY}wd`;
    if (minutes % MINUTES_PER_HOUR === 0) return `${minutes / MINUTES_PER_HOUR}h`;
    return `${Math.floor(minutes)}min`;
}
