import type { Step } from '../generated/ast.js';
import type { ProcedureTiming, TimingMode } from '../semantics/timing.js';
import type { PlanStep } from './due-plan.js';
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
