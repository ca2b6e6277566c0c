import type { Channel, Duration, Procedure, Step } from '../generated/ast.js';
import { formatCalendarDays, formatWorkingMinutes, measureOf, measureOfStatutory, type Measure } from './durations.js';
import { perNode } from './per-node.js';
import { criticalPath, stepGraphOf, type CriticalPath } from './procedure-graph.js';

/**
 * How a procedure counts time. `working`: everything in working minutes (calendar days that say
 * what they are worth, `15cd as 11d`, included). `calendar`: everything in calendar days. `mixed`:
 * calendar days and working time together with no conversion; such totals cannot be compared.
 */
export type TimingMode = 'working' | 'calendar' | 'mixed';

/** The time model of one procedure: how it counts, and what each step and channel costs. */
export interface ProcedureTiming {
    readonly mode: TimingMode;
    /** Calendar-day durations without `as`, in a procedure that also counts working time. */
    readonly unconverted: readonly Duration[];
    /** What a step costs on the path: its own time plus a hand-over's sub-deadline. */
    stepCost(step: Step): number | undefined;
    /** The statutory time of a channel in the procedure's mode. */
    statutory(channel: Channel): number | undefined;
    /** The costliest main-flow path, when every step on it has a time. */
    readonly critical: CriticalPath | undefined;
    /** Formats an amount of this procedure's mode (`1d 4h` or `15cd`). */
    format(amount: number): string;
}

/** The time model of a procedure, cached per AST node like its step graph. */
export const timingOf: (procedure: Procedure) => ProcedureTiming = perNode(computeTiming);

function computeTiming(procedure: Procedure): ProcedureTiming {
    // Durations occur in three places only: a step's time, a hand-over's sub-deadline, a channel's time.
    const durations = [
        ...procedure.steps.flatMap(step => [step.time, step.handover?.deadline]),
        ...procedure.channels.map(channel => channel.time?.duration)
    ];
    const measures = new Map<Duration, Measure>();
    for (const duration of durations) {
        const measure = duration ? measureOf(duration) : undefined;
        if (measure) measures.set(duration!, measure);
    }
    const statutoryMeasures = new Map<Channel, Measure>();
    for (const channel of procedure.channels) {
        const measure = measureOfStatutory(channel.time);
        if (measure) statutoryMeasures.set(channel, measure);
    }
    const all = [...measures.values(), ...statutoryMeasures.values()];
    const anyWorking = all.some(m => m.kind === 'working');
    const anyCalendar = all.some(m => m.kind === 'calendar');
    const unconverted = anyWorking
        ? [...measures.entries()].filter(([, m]) => m.kind === 'calendar' && m.workingMinutes === undefined).map(([d]) => d)
        : [];
    const mode: TimingMode = unconverted.length > 0 ? 'mixed' : anyCalendar && !anyWorking ? 'calendar' : 'working';

    const amount = (measure: Measure | undefined): number | undefined => {
        if (!measure || mode === 'mixed') return undefined;
        if (mode === 'calendar') return measure.kind === 'calendar' ? measure.days : undefined;
        return measure.kind === 'working' ? measure.minutes : measure.workingMinutes;
    };
    const stepCost = (step: Step): number | undefined => {
        const own = step.time ? amount(measures.get(step.time)) : undefined;
        if (own === undefined) return undefined;
        const deadline = step.handover?.deadline;
        if (!deadline) return own;
        const extra = amount(measures.get(deadline));
        return extra === undefined ? undefined : own + extra;
    };
    const statutory = (channel: Channel): number | undefined => amount(statutoryMeasures.get(channel));
    const critical = mode === 'mixed' ? undefined : criticalPath(stepGraphOf(procedure), stepCost);
    const format = (value: number): string => (mode === 'calendar' ? formatCalendarDays(value) : formatWorkingMinutes(value));
    return { mode, unconverted, stepCost, statutory, critical, format };
}

/**
 * How far apart two totals must be to differ: a hundredth of a unit, so that 0.1d + 0.2d is not
 * "over" 0.3d. The same tolerance as the `time-over-statutory` check.
 */
export const TIME_TOLERANCE = 0.01;

/** A planned total against a statutory time: over, under, or (within the tolerance) equal. */
export function compareToStatutory(planned: number, statutory: number): 'over' | 'under' | 'equal' {
    if (planned > statutory + TIME_TOLERANCE) return 'over';
    if (planned < statutory - TIME_TOLERANCE) return 'under';
    return 'equal';
}

/**
 * For each main-flow step, the time from the start of the procedure to the end of the step along
 * the longest main-flow path that reaches it (a join waits for its slowest branch), in the unit of
 * the procedure's time model. Edges that close a cycle are ignored, as in the critical path. A step
 * is absent when it, or a step before it, has no time. Cached per AST node like the timing.
 */
export const cumulativeTimesOf: (procedure: Procedure) => ReadonlyMap<Step, number> = perNode(computeCumulativeTimes);

function computeCumulativeTimes(procedure: Procedure): ReadonlyMap<Step, number> {
    const graph = stepGraphOf(procedure);
    const timing = timingOf(procedure);
    const predecessors = new Map<Step, Step[]>();
    for (const step of graph.mainFlow) {
        for (const edge of graph.edges.get(step) ?? []) {
            if (!edge.exception && graph.mainFlow.has(edge.target)) {
                const list = predecessors.get(edge.target) ?? [];
                list.push(step);
                predecessors.set(edge.target, list);
            }
        }
    }
    // The longest time to each step's end, depth first over predecessors. Iterative (an explicit stack
    // of frames in place of recursion), so that a chain of thousands of steps cannot overflow the stack;
    // a predecessor that is still on the stack closes a cycle and is skipped.
    const result = new Map<Step, number | undefined>();
    const visiting = new Set<Step>();
    interface Frame { readonly step: Step; readonly before: readonly Step[]; next: number; start: number | undefined }
    const frames: Frame[] = [];
    const enter = (step: Step): void => {
        visiting.add(step);
        frames.push({ step, before: predecessors.get(step) ?? [], next: 0, start: 0 });
    };
    for (const root of graph.steps) {
        if (!graph.mainFlow.has(root) || result.has(root)) continue;
        enter(root);
        while (frames.length > 0) {
            const frame = frames[frames.length - 1];
            let descended = false;
            while (frame.start !== undefined && frame.next < frame.before.length) {
                const predecessor = frame.before[frame.next++];
                if (visiting.has(predecessor)) continue;
                if (!result.has(predecessor)) {
                    // Come back to this predecessor once it has its time.
                    frame.next--;
                    enter(predecessor);
                    descended = true;
                    break;
                }
                const end = result.get(predecessor);
                frame.start = end === undefined ? undefined : Math.max(frame.start, end);
            }
            if (descended) continue;
            frames.pop();
            visiting.delete(frame.step);
            const cost = timing.stepCost(frame.step);
            result.set(frame.step, frame.start === undefined || cost === undefined ? undefined : frame.start + cost);
        }
    }
    return new Map([...result].filter((entry): entry is [Step, number] => entry[1] !== undefined));
}
