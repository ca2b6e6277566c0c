import type { Case, Channel, Duration, Part, Procedure, Step, TotalTime } from '../generated/ast.js';
import { formatCalendarDays, formatWorkingMinutes, measureOf, measureOfStatutory, MINUTES_PER_HOUR, parseDuration, type Measure } from './durations.js';
import { countedFromOf } from './counted-from.js';
import { isApplicantStep } from './performers.js';
import { criticalPath, isCaseTaken, stepGraphOf, type CriticalPath, type Flow, type StepGraph } from './procedure-graph.js';
import { rulesKey, timeRulesOf, type TimeRules } from './time-rules.js';

/**
 * How a procedure counts time. `working`: everything in working minutes (calendar days that say
 * what they are worth, `15cd as 11wd`, included). `calendar`: everything in calendar days. `mixed`:
 * calendar days and working time together with no conversion; such totals cannot be compared.
 */
export type TimingMode = 'working' | 'calendar' | 'mixed';

/** Why a step's time does not count towards the total. */
export type UncountedReason = 'not-counted' | 'applicant' | 'before-clock';

/** The time of one flow (the procedure's own, or a case's): its longest path, counted and not. */
export interface FlowTiming {
    readonly flow: Flow;
    /** The case, for a case's flow. */
    readonly case: Case | undefined;
    /** The costliest path in counted time, when every step on the flow has a time. */
    readonly critical: CriticalPath | undefined;
    /** Time written on the critical path that does not count (returns, the applicant's steps, before the clock). */
    readonly uncounted: number;
    /** The statutory limit of this flow: a case's `time`; undefined for the procedure's own (see the channels). */
    readonly caseLimit: number | undefined;
    /** The published total of this flow: the case's `total`, or the procedure's. */
    readonly total: TotalTime | undefined;
    /** What a step counts on this flow: as `stepCost`, with this flow's own steps before the clock. */
    cost(step: Step): number | undefined;
}

/** The time model of one procedure: how it counts, and what each step and channel costs. */
export interface ProcedureTiming {
    readonly mode: TimingMode;
    readonly rules: TimeRules;
    /** Calendar-day durations without `as`, in a procedure that also counts working time. */
    readonly unconverted: readonly Duration[];
    /** What a step counts on the path: its own time plus a hand-over's sub-deadline; 0 when not counted. */
    stepCost(step: Step): number | undefined;
    /** Written time of a step that does not count, and why; undefined when all of it counts. */
    uncounted(step: Step): { readonly amount: number | undefined; readonly reason: UncountedReason } | undefined;
    /** The statutory time of a channel in the procedure's mode. */
    statutory(channel: Channel): number | undefined;
    /** A duration in the procedure's mode. */
    amountOf(duration: Duration | undefined): number | undefined;
    /** The costliest path of the procedure's own flow, when every step on it has a time. */
    readonly critical: CriticalPath | undefined;
    /**
     * The flows whose time is checked, and shown: the procedure's own, then each case's, each when complete
     * (see `isChecked`). Empty while the procedure mixes calendar days and working time.
     */
    readonly flows: readonly FlowTiming[];
    /**
     * Steps before the clock starts on some flow (`clock starts after`, the procedure's or a case's own),
     * the named step included; `stepCost` and `uncounted` count none of them.
     */
    readonly beforeClock: ReadonlySet<Step>;
    /**
     * The steps before the clock starts on one flow: on a path of the flow to the step its case names
     * (`case … { clock starts after Step }`), else to the step the procedure names, the named step included.
     */
    beforeClockIn(flow: Flow): ReadonlySet<Step>;
    /** The step after which the clock starts on some flow where `step` is before it. */
    clockOf(step: Step): Step | undefined;
    /** What a step counts on one flow: as `stepCost`, with that flow's steps before the clock. */
    stepCostIn(step: Step, flow: Flow): number | undefined;
    /** Formats an amount of this procedure's mode (`1wd 4h` or `15cd`), in working days of the procedure's working hours. */
    format(amount: number): string;
    /**
     * Formats an amount in the unit a duration was written in, so that a sum reads like the table:
     * `15.5d` against a written `15d`, `96h` against `96h`; other units as `format` does.
     */
    formatLike(written: string | undefined, amount: number): string;
    /** What a step counts, as the table wrote it when its own time is all it counts (`0.5d`), else formatted. */
    stepTimeText(step: Step): string | undefined;
}

const cache = new WeakMap<Procedure, { key: string; timing: ProcedureTiming }>();

/**
 * The time model of a procedure, cached per AST node like its step graph, and recomputed when the
 * time rules it takes from its province change (they come through a reference to the catalogue).
 */
export function timingOf(procedure: Procedure): ProcedureTiming {
    const rules = timeRulesOf(procedure);
    const key = rulesKey(rules);
    const cached = cache.get(procedure);
    if (cached && cached.key === key) return cached.timing;
    const timing = computeTiming(procedure, rules);
    cache.set(procedure, { key, timing });
    return timing;
}

// Every duration the procedure's totals are compared in: a published total, subtotal or cut in calendar
// days is as much a calendar duration among working time as a step's (`mixed-day-kinds`), not one
// silently left out of the comparison.
function durationsOf(procedure: Procedure): Duration[] {
    const totals = (total: TotalTime | undefined) => [total?.duration, total?.cut, total?.cutOf];
    return [
        ...procedure.steps.flatMap(step => [step.time, step.handover?.deadline]),
        ...procedure.parts.flatMap(part => [part.time, part.limit, ...totals(part.subtotal)]),
        ...procedure.channels.map(channel => channel.time?.duration),
        ...procedure.cases.flatMap(c => [c.time?.duration, ...totals(c.total)]),
        ...totals(procedure.total)
    ].filter((d): d is Duration => d !== undefined);
}

function computeTiming(procedure: Procedure, rules: TimeRules): ProcedureTiming {
    const measures = new Map<Duration, Measure>();
    for (const duration of durationsOf(procedure)) {
        const measure = measureOf(duration, rules);
        if (measure) measures.set(duration, measure);
    }
    const statutoryMeasures = new Map<Channel, Measure>();
    for (const channel of procedure.channels) {
        const measure = measureOfStatutory(channel.time, rules);
        if (measure) statutoryMeasures.set(channel, measure);
    }
    const caseMeasures = new Map<Case, Measure>();
    for (const c of procedure.cases) {
        const measure = measureOfStatutory(c.time, rules);
        if (measure) caseMeasures.set(c, measure);
    }
    const all = [...measures.values(), ...statutoryMeasures.values(), ...caseMeasures.values()];
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
    const amountOf = (duration: Duration | undefined): number | undefined => {
        if (!duration) return undefined;
        return amount(measures.get(duration) ?? measureOf(duration, rules));
    };
    const graph = stepGraphOf(procedure);
    const clockSets = new Map<Flow, { clock: Step | undefined; steps: ReadonlySet<Step> }>();
    const clockIn = (flow: Flow): { clock: Step | undefined; steps: ReadonlySet<Step> } => {
        let known = clockSets.get(flow);
        if (!known) {
            const clock = flow.case?.clockStartsAfter?.ref ?? procedure.clockStartsAfter?.ref;
            known = { clock, steps: stepsBeforeClock(flow, clock) };
            clockSets.set(flow, known);
        }
        return known;
    };
    const beforeClockIn = (flow: Flow): ReadonlySet<Step> => clockIn(flow).steps;
    const beforeClock = new Set(graph.flows.flatMap(flow => [...beforeClockIn(flow)]));
    const clockOf = (step: Step): Step | undefined => graph.flows.map(clockIn).find(known => known.steps.has(step))?.clock;
    const sharedPartEntry = sharedTimeEntries(procedure);

    // What a step's written time amounts to: its own time (or its part's shared time) and its hand-over's.
    const written = (step: Step): { counted: number | undefined; uncountedHandover: number } => {
        const part = step.part?.ref;
        const sharedTime = part?.time ? (sharedPartEntry.get(part) === step ? amountOf(part.time) : 0) : undefined;
        const own = sharedTime ?? (step.time ? amount(measures.get(step.time)) : undefined);
        const deadline = step.handover?.deadline;
        if (!deadline) return { counted: own, uncountedHandover: 0 };
        const extra = amount(measures.get(deadline));
        if (step.handover?.notCounted) return { counted: own, uncountedHandover: extra ?? 0 };
        return { counted: own === undefined || extra === undefined ? undefined : own + extra, uncountedHandover: 0 };
    };
    const reasonIn = (step: Step, clocked: ReadonlySet<Step>): UncountedReason | undefined =>
        step.notCounted ? 'not-counted' : isApplicantStep(step) ? 'applicant' : clocked.has(step) ? 'before-clock' : undefined;
    const costIn = (step: Step, clocked: ReadonlySet<Step>): number | undefined => (reasonIn(step, clocked) ? 0 : written(step).counted);
    const uncountedIn = (step: Step, clocked: ReadonlySet<Step>): { amount: number | undefined; reason: UncountedReason } | undefined => {
        const reason = reasonIn(step, clocked);
        if (reason) return { amount: written(step).counted, reason };
        const handover = written(step).uncountedHandover;
        return handover > 0 ? { amount: handover, reason: 'not-counted' } : undefined;
    };
    const stepCost = (step: Step): number | undefined => costIn(step, beforeClock);
    const uncounted = (step: Step): { amount: number | undefined; reason: UncountedReason } | undefined => uncountedIn(step, beforeClock);
    const stepCostIn = (step: Step, flow: Flow): number | undefined => costIn(step, beforeClockIn(flow));
    const statutory = (channel: Channel): number | undefined => amount(statutoryMeasures.get(channel));
    const flows: FlowTiming[] = [];
    if (mode !== 'mixed') {
        for (const flow of graph.flows) {
            if (!isChecked(procedure, graph, flow)) continue;
            const clocked = beforeClockIn(flow);
            const cost = (step: Step): number | undefined => costIn(step, clocked);
            const critical = criticalPath(graph, cost, flow, countedFromOf);
            const uncountedOnPath = critical ? critical.steps.reduce((sum, step) => sum + (uncountedIn(step, clocked)?.amount ?? 0), 0) : 0;
            flows.push({
                cost,
                flow,
                case: flow.case,
                critical,
                uncounted: uncountedOnPath,
                caseLimit: flow.case ? amount(caseMeasures.get(flow.case)) : undefined,
                total: flow.case ? flow.case.total ?? undefined : procedure.total
            });
        }
    }
    const own = flows.find(f => f.case === undefined);
    const critical = own?.critical ?? (graph.flows[0].complete ? undefined : flows[0]?.critical);
    const format = (value: number): string => (mode === 'calendar' ? formatCalendarDays(value) : formatWorkingMinutes(value, rules.minutesPerDay));
    const round = (value: number): number => Math.round(value * 100) / 100;
    const formatLike = (written: string | undefined, value: number): string => {
        const unit = parseDuration(written)?.unit;
        // In days when the sum is at least a day and a whole number of quarter days (as tables write them),
        // else in days and hours (`6h`, `2wd 3h`).
        const quarters = (value / rules.minutesPerDay) * 4;
        if (mode === 'working' && (unit === 'd' || unit === 'wd') && value >= rules.minutesPerDay && Math.abs(quarters - Math.round(quarters)) < 1e-6) {
            return `${round(value / rules.minutesPerDay)}${unit}`;
        }
        if (mode === 'working' && unit === 'h') return `${round(value / MINUTES_PER_HOUR)}h`;
        if (mode === 'calendar' && unit === 'd') return `${round(value)}d`;
        return format(value);
    };
    const stepTimeText = (step: Step): string | undefined => {
        const cost = stepCost(step);
        if (cost === undefined) return undefined;
        const own = step.time ? amount(measures.get(step.time)) : undefined;
        return own !== undefined && own === cost ? step.time!.value : format(cost);
    };
    return { mode, rules, unconverted, stepCost, uncounted, statutory, amountOf, critical, flows, beforeClock, beforeClockIn, clockOf, stepCostIn, format, formatLike, stepTimeText };
}

/**
 * Whether a flow's time is checked (and shown): it is complete, and
 * - a case's flow: the case is taken (`isCaseTaken`); an untaken case's flow is the procedure's own, and says
 *   nothing about the case (`case-unused`);
 * - the procedure's own flow: unless, without a total of its own, it is a taken case's table from the first step
 *   ("a) Trường hợp …" before "b) …", `start` at the first step), or the same path as a taken case's: the case's
 *   is checked, with its total, and the same path is not checked twice.
 */
function isChecked(procedure: Procedure, graph: StepGraph, flow: Flow): boolean {
    if (!flow.complete) return false;
    if (flow.case) return isCaseTaken(graph, flow.case);
    if (procedure.total !== undefined) return true;
    const taken = graph.flows.filter(other => other.case !== undefined && isCaseTaken(graph, other.case));
    const firstIsCase = taken.some(other => other.case!.start?.ref !== undefined && other.case!.start.ref === graph.first);
    return !firstIsCase && !taken.some(other => other.start === flow.start && sameSteps(other.steps, flow.steps));
}

function sameSteps(a: ReadonlySet<Step>, b: ReadonlySet<Step>): boolean {
    return a.size === b.size && [...a].every(step => b.has(step));
}

// The steps on a path of the flow from its start to the step after which the clock starts, both included;
// none when the flow does not pass that step (another case's table).
function stepsBeforeClock(flow: Flow, clockStep: Step | undefined): ReadonlySet<Step> {
    const result = new Set<Step>();
    if (!clockStep || !flow.steps.has(clockStep)) return result;
    const predecessors = new Map<Step, Step[]>();
    for (const step of flow.steps) {
        for (const edge of flow.edgesOf(step)) {
            predecessors.set(edge.target, [...predecessors.get(edge.target) ?? [], step]);
        }
    }
    const stack = [clockStep];
    result.add(clockStep);
    while (stack.length > 0) {
        for (const before of predecessors.get(stack.pop()!) ?? []) {
            if (!result.has(before)) {
                result.add(before);
                stack.push(before);
            }
        }
    }
    return result;
}

// A part with a shared `time` counts it once, at the first of its steps in declaration order.
function sharedTimeEntries(procedure: Procedure): ReadonlyMap<Part, Step> {
    const entries = new Map<Part, Step>();
    for (const step of procedure.steps) {
        const part = step.part?.ref;
        if (part?.time && !entries.has(part)) entries.set(part, step);
    }
    return entries;
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

// Keyed by the timing: a new timing (a re-parse, or new time rules from the catalogue) is a new key.
const cumulativeCache = new WeakMap<ProcedureTiming, ReadonlyMap<Step, number>>();

/**
 * For each main-flow step, the counted time from the start of the procedure to the end of the step
 * along the longest main-flow path that reaches it (a join waits for its slowest branch; a step counted
 * `from` an earlier step ends at that step's end plus its time), in the unit
 * of the procedure's time model. Edges that close a cycle are ignored, as in the critical path. A step
 * is absent when it, or a step before it, has no time. Cached with the procedure's timing.
 */
export function cumulativeTimesOf(procedure: Procedure): ReadonlyMap<Step, number> {
    const timing = timingOf(procedure);
    let times = cumulativeCache.get(timing);
    if (!times) {
        times = computeCumulativeTimes(procedure, timing);
        cumulativeCache.set(timing, times);
    }
    return times;
}

function computeCumulativeTimes(procedure: Procedure, timing: ProcedureTiming): ReadonlyMap<Step, number> {
    const graph = stepGraphOf(procedure);
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
            // A step counted from an earlier step (`from Step`, which comes before it on every path and so
            // has its time by now) ends at that step's end plus its time.
            const from = countedFromOf(frame.step);
            const begin = from !== undefined && result.has(from) ? result.get(from) : frame.start;
            result.set(frame.step, begin === undefined || cost === undefined ? undefined : begin + cost);
        }
    }
    return new Map([...result].filter((entry): entry is [Step, number] => entry[1] !== undefined));
}
