import type { Channel, Duration, Member, Procedure, Province, Step } from '../generated/ast.js';
import { effectiveUnit, parseDuration } from '../semantics/durations.js';
import { countedFromOf } from '../semantics/counted-from.js';
import { stepGraphOf, type Flow } from '../semantics/procedure-graph.js';
import type { ChannelKindName } from '../semantics/document-channels.js';
import { timingOf, type FlowTiming, type ProcedureTiming } from '../semantics/timing.js';
import { provinceOf } from '../semantics/time-rules.js';
import { normaliseClock } from './calendar-dates.js';
import { calendarOf } from './calendar-of.js';
import { computeDuePlan, DuePlanError, type DuePlan, type PlanStep } from './due-plan.js';
import { planLimitOf, planStepOf, type PlanLimit } from './plan-from-timing.js';
import { NoWorkingTimeError } from './working-days.js';
import type { PlanDuration } from './working-time.js';
import type { WorkingCalendar } from './working-calendar.js';

/** What `tthc due`, the editor's worked example and the site ask of a procedure. */
export interface ProcedureDueRequest {
    /** The receipt, an ISO 8601 local date-time (`2026-12-31T15:30`, an offset is converted to +07:00). */
    readonly received: string;
    /** The channel the dossier came through; by default in person when declared, else the first declared. */
    readonly channel?: ChannelKindName;
    /** The case (`case X "Trường hợp …"`) the dossier falls in, by name; by default the procedure's own flow. */
    readonly condition?: string;
}

/** The due times of a procedure for one receipt, with what they were computed on. */
export interface ProcedureDueTimes {
    readonly kind: 'due';
    readonly plan: DuePlan;
    /** The province whose calendar was used, and that calendar. */
    readonly province: Province;
    readonly calendar: WorkingCalendar;
    /** The channel whose statutory time is the limit (undefined when the procedure declares none). */
    readonly channel: Channel | undefined;
    /** The flow the dossier takes: the procedure's own, or a case's. */
    readonly flow: FlowTiming;
    /** The steps of the plan, in order: the flow's longest path in counted time. */
    readonly path: readonly Step[];
}

/** Why no due time can be computed, with what the user needs to put it right. */
export type ProcedureDueProblem =
    /** The procedure's province is unknown (no authority, no resolvable performer). */
    | { readonly kind: 'no-province' }
    /** The province's catalogue declares no `calendar`. */
    | { readonly kind: 'no-calendar'; readonly province: Province }
    | { readonly kind: 'unknown-channel'; readonly channel: string; readonly channels: readonly string[] }
    | { readonly kind: 'unknown-condition'; readonly condition: string; readonly cases: readonly string[] }
    /** The procedure's own flow stops where cases split it: a case must be named. */
    | { readonly kind: 'condition-required'; readonly cases: readonly string[] }
    /** Some step of the flow has no time, or the flow has an error (the checks say which). */
    | { readonly kind: 'incomplete'; readonly condition: string | undefined }
    | { readonly kind: 'invalid-received'; readonly received: string }
    /** The calendar has no working day within two years of the receipt (no `works` line, or every day off). */
    | { readonly kind: 'no-working-time'; readonly province: Province };

/**
 * The due times of a procedure (or of one member of a group of procedures, which follows its procedure's steps
 * and may declare channels of its own) for a receipt, on its province's working calendar: the flow the case
 * names (else the procedure's own), its longest path in counted time, each step's counted or not-counted time
 * (`planStepOf`), a step counted from an earlier one's end (`from Step`), the flow's clock start, and the limit
 * of the case or the channel with its cut-off. A problem says what is missing instead of guessing.
 */
export function procedureDueTimes(target: Procedure | Member, request: ProcedureDueRequest): ProcedureDueTimes | ProcedureDueProblem {
    const procedure = isMemberOf(target) ? target.$container : target;
    const province = provinceOf(procedure);
    if (!province) return { kind: 'no-province' };
    const calendar = calendarOf(province);
    if (!calendar) return { kind: 'no-calendar', province };

    const channels = target.channels.length > 0 ? target.channels : procedure.channels;
    const channel = request.channel === undefined
        ? channels.find(c => c.kind === 'in-person') ?? channels[0]
        : channels.find(c => c.kind === request.channel);
    if (request.channel !== undefined && !channel) {
        return { kind: 'unknown-channel', channel: request.channel, channels: channels.map(c => c.kind) };
    }

    const timing = timingOf(procedure);
    const cases = procedure.cases.map(c => c.name);
    let flow: FlowTiming | undefined;
    if (request.condition !== undefined) {
        if (!cases.includes(request.condition)) return { kind: 'unknown-condition', condition: request.condition, cases };
        flow = timing.flows.find(f => f.case?.name === request.condition);
    } else {
        flow = timing.flows.find(f => f.case === undefined) ?? ownFlowAsCase(procedure, timing);
        // Without a flow of its own, the procedure stops where its cases split it: the dossier's case decides.
        if (!flow && cases.length > 0) return { kind: 'condition-required', cases };
    }
    const path = flow?.critical?.steps;
    if (!flow || !path) return { kind: 'incomplete', condition: request.condition };

    const time = flow.case?.time ?? channel?.time;
    const stated = planLimitOf(timing, time);
    const limit: PlanLimit = { ...stated, limit: inWorkingDays(stated.limit, time?.duration, timing) };
    const clockStep = flow.case?.clockStartsAfter?.ref ?? procedure.clockStartsAfter?.ref;
    const onPath = new Set(path);
    try {
        const plan = computeDuePlan({
            calendar,
            received: request.received,
            steps: path.map(step => planStepOnPath(timing, step, onPath)),
            ...(clockStep && onPath.has(clockStep) ? { clockStartsAfter: clockStep.name } : {}),
            ...(limit.limit ? { limit: limit.limit } : {}),
            ...cutOffOf(procedure, limit)
        });
        return { kind: 'due', plan, province, calendar, channel, flow, path };
    } catch (error) {
        if (error instanceof DuePlanError && error.code === 'invalid-received') return { kind: 'invalid-received', received: request.received };
        // A calendar that works no day (its checks report it) gives no date, not an exception in a hover or a build.
        if (error instanceof NoWorkingTimeError) return { kind: 'no-working-time', province };
        throw error;
    }
}

// A step of the path, counted from the end of the step its time names when that step is on the path (it is
// before it on every path, so it is on the longest one too).
function planStepOnPath(timing: ProcedureTiming, step: Step, onPath: ReadonlySet<Step>): PlanStep {
    const planStep = planStepOf(timing, step);
    const duration = inWorkingDays(planStep.duration, step.time, timing);
    const from = countedFromOf(step);
    return { ...planStep, ...(duration ? { duration } : {}), ...(from && onPath.has(from) ? { after: from.name } : {}) };
}

/**
 * A time written in whole working days ("03 ngày làm việc", `3wd`, or `3d` where a day is a working day) runs to the
 * close of the Nth working day (Civil Code 2015, Art. 148(1): docs/calendar.md), not for N times the working day's
 * hours, which drift against the sessions (7h30 a day on 07:30–11:30/13:30–17:00 against 8 working hours). Only
 * when the plan's duration is that time alone (no hand-over sub-deadline added to it); anything else is unchanged.
 */
function inWorkingDays(duration: PlanDuration | undefined, written: Duration | undefined, timing: ProcedureTiming): PlanDuration | undefined {
    const parsed = parseDuration(written?.value);
    if (!duration || duration.kind !== 'working-minutes' || !parsed || written?.workingEquivalent !== undefined) return duration;
    if (effectiveUnit(parsed.unit, timing.rules) !== 'wd' || !Number.isInteger(parsed.amount) || parsed.amount === 0) return duration;
    return duration.minutes === parsed.amount * timing.rules.minutesPerDay ? { kind: 'working-days', days: parsed.amount } : duration;
}

// The cut-off that moves the receipt: a same-day time's own, else the procedure's own `cut-off` (the
// province's is the calendar's already).
function cutOffOf(procedure: Procedure, limit: PlanLimit): { cutOff?: string } {
    const cutOff = limit.cutOff ?? procedure.cutOff;
    return cutOff === undefined ? {} : { cutOff: normaliseClock(cutOff) };
}

/**
 * The procedure's own flow when the time model left it out for being a case's (`timingOf` checks a path once: a case
 * that starts where the procedure does and reaches the same steps), and no case takes another path: the cases then
 * differ only in their times, so a dossier of no particular case takes that path with the channel's limit instead
 * of being asked for a case that splits nothing. Cases with paths of their own (two tables) still need a case.
 */
function ownFlowAsCase(procedure: Procedure, timing: ProcedureTiming): FlowTiming | undefined {
    const graph = stepGraphOf(procedure);
    const own = graph.flows.find(f => f.case === undefined);
    if (!own?.complete) return undefined;
    const sameAsOwn = (flow: Flow): boolean => flow.start === own.start && flow.steps.size === own.steps.size
        && [...own.steps].every(step => flow.steps.has(step));
    if (!graph.flows.every(sameAsOwn)) return undefined;
    const same = timing.flows.find(f => f.case !== undefined);
    return same ? { ...same, flow: own, case: undefined, caseLimit: undefined, total: procedure.total } : undefined;
}

function isMemberOf(node: Procedure | Member): node is Member {
    return node.$type === 'Member';
}
