import type { StatutoryTime, Step } from '../generated/ast.js';
import type { ProcedureTiming, TimingMode } from '../semantics/timing.js';
import type { PlanStep } from './due-plan.js';
import type { ClockTime } from './working-calendar.js';
import type { PlanDuration } from './working-time.js';

/**
 * A plan duration from an amount of the time model (`timingOf(procedure)`): working minutes in a procedure that
 * counts working time, whole calendar days in one that counts calendar days. Undefined when the amount is unknown,
 * when the procedure mixes the two without conversion, or for a part of a calendar day (no rule says where half
 * a calendar day ends): the plan then carries the step as "plus the time of …" rather than guess.
 */
export function planDurationOf(mode: TimingMode, amount: number | undefined): PlanDuration | undefined {
    if (amount === undefined || mode === 'mixed') return undefined;
    if (mode === 'calendar') return Number.isInteger(amount) ? { kind: 'calendar-days', days: amount } : undefined;
    return { kind: 'working-minutes', minutes: amount };
}

/**
 * A step of a plan from the time model: what it costs, or, when its time does not count (a return, the applicant's
 * step, a step before the clock, `not counted`), its written time with the reason. A hand-over's not-counted
 * sub-deadline still passes, so it is in the step's duration although it does not count.
 */
export function planStepOf(timing: ProcedureTiming, step: Step): PlanStep {
    const uncounted = timing.uncounted(step);
    const wholeStep = uncounted !== undefined && (step.notCounted !== undefined || uncounted.reason !== 'not-counted');
    if (uncounted && wholeStep) {
        return { name: step.name, duration: planDurationOf(timing.mode, uncounted.amount), notCounted: uncounted.reason };
    }
    const cost = timing.stepCost(step);
    const amount = cost === undefined ? undefined : cost + (uncounted?.amount ?? 0);
    return { name: step.name, duration: planDurationOf(timing.mode, amount) };
}

/** The statutory time of a channel or case as a plan reads it, with the cut-off it brings. */
export interface PlanLimit {
    readonly limit: PlanDuration | undefined;
    /** `same-day cut-off 15:00`: the cut-off this time states, for `DuePlanInput.cutOff`. */
    readonly cutOff?: ClockTime;
}

/**
 * A channel's or case's statutory time as a plan's limit: `same-day` by the close of the working day work starts on
 * (not as 8 working hours, which the time model counts it as for its sums: a same-day dossier received at 14:00 is
 * due at closing time, not the next day), with its own cut-off when it states one; a duration in the procedure's
 * mode; nothing when not regulated or unknown.
 */
export function planLimitOf(timing: ProcedureTiming, time: StatutoryTime | undefined): PlanLimit {
    if (!time || time.notRegulated) return { limit: undefined };
    if (time.sameDay) return { limit: { kind: 'same-day' }, ...(time.sameDayCutOff ? { cutOff: time.sameDayCutOff } : {}) };
    return { limit: planDurationOf(timing.mode, timing.amountOf(time.duration)) };
}
