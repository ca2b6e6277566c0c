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
