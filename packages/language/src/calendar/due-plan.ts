import { dayOf, formatInstant, instantOf, parseLocalDateTime, yearOfDayNumber, type LocalInstant } from './local-time.js';
import { addDuration, nextWorkingInstant, receptionStart, type PlanDuration } from './working-time.js';
import type { ClockTime, LocalDate, WorkingCalendar } from './working-calendar.js';

/** One step of a plan, in the order the dossier goes through them. */
export interface PlanStep {
    readonly name: string;
    /** How long the step takes; undefined when nobody can say (a not-counted period the law does not bound). */
    readonly duration?: PlanDuration;
    /**
     * Why the step's time does not count against the statutory limit (`not-counted`, `applicant`, `before-clock`,
     * as `timingOf(procedure).uncounted(step)` says); absent when it counts. Its time still passes: it is in the dates.
     */
    readonly notCounted?: string;
    /** The earlier step whose end this step starts from ("kể từ khi kết thúc bước …"); by default the previous step. */
    readonly after?: string;
}

/** What a due-time computation needs: the calendar, when the dossier came, its steps, and when the clock starts. */
export interface DuePlanInput {
    readonly calendar: WorkingCalendar;
    /** An ISO 8601 local date-time (`2026-12-31T15:30`, with or without an offset), or a local instant (whole minutes). */
    readonly received: string | LocalInstant;
    readonly steps: readonly PlanStep[];
    /** The step after which the statutory time starts (the completeness check); by default it starts at reception. */
    readonly clockStartsAfter?: string;
    /** The statutory time, counted from the clock start; its end is `limit`, the steps' end is `due`. */
    readonly limit?: PlanDuration;
    /** The procedure's own cut-off (`timeRulesOf(procedure).cutOff`) in place of the calendar's, when it has one. */
    readonly cutOff?: ClockTime;
}

/** The dates of one step. */
export interface StepDue {
    readonly step: string;
    /** When work on it can start (the first working instant after what it follows). */
    readonly start: string;
    readonly due: string;
    /** Steps of unknown length before this due (this one included when its own length is unknown). */
    readonly plus: readonly string[];
    /** Why its time does not count against the limit; absent when it counts. */
    readonly notCounted?: string;
}

/** A year a computation reached for which the calendar declares no days off: dates there may come out early. */
export interface YearNotCovered {
    readonly kind: 'year-not-covered';
    readonly year: number;
}

/**
 * The due times of a plan. Every time is ISO 8601 with `+07:00`. A time may still wait for steps of unknown length:
 * its `…Plus` list (a step's `plus`) names them, and the real time is that time plus theirs; an empty list means
 * the time is the time itself.
 */
export interface DuePlan {
    /** The receipt, to the minute (seconds round up, so that 15:00:30 is after a 15:00 cut-off). */
    readonly received: string;
    /** When work starts for the receipt (the cut-off and the sessions applied). */
    readonly receptionStart: string;
    /** When the statutory time starts: at reception, or at the end of the clock-start step. */
    readonly clockStarts: string;
    readonly clockStartsPlus: readonly string[];
    readonly steps: readonly StepDue[];
    /** The result is due: the latest due of a step whose time counts (the return after it is not counted). */
    readonly due: string;
    readonly duePlus: readonly string[];
    /**
     * The appointment date written on the receipt: the date of `due`, or of the statutory time's end when the steps
     * end after it (`overLimit`): the receipt never promises later than the law allows.
     */
    readonly appointment: LocalDate;
    /** The end of the statutory time from the clock start, when a limit is given; not-counted steps extend it. */
    readonly limit?: string;
    readonly limitPlus?: readonly string[];
    /** Whether the steps end after the statutory time (both known: no step of unknown length). */
    readonly overLimit?: boolean;
    readonly warnings: readonly YearNotCovered[];
}

/** Why a plan cannot be computed: a programming or wiring error, reported with the name it concerns. */
export type DuePlanErrorCode = 'invalid-received' | 'duplicate-step' | 'unknown-step' | 'later-step' | 'invalid-duration';

/** Thrown for a plan that cannot be computed; `code` and `subject` let a caller say it in the user's language. */
export class DuePlanError extends Error {
    constructor(readonly code: DuePlanErrorCode, readonly subject: string) {
        super(`${code}: ${subject}`);
        this.name = 'DuePlanError';
    }
}

function validDuration(duration: PlanDuration | undefined): boolean {
    if (duration === undefined || duration.kind === 'same-day') return true;
    if (duration.kind === 'working-minutes') return Number.isFinite(duration.minutes) && duration.minutes >= 0;
    return Number.isInteger(duration.days) && duration.days >= 0;
}

function union(a: readonly string[], b: readonly string[]): string[] {
    return [...a, ...b.filter(name => !a.includes(name))];
}

interface Computed {
    readonly start: LocalInstant;
    readonly due: LocalInstant;
    readonly plus: readonly string[];
    /**
     * The event a time in days counts from: the receipt itself for the reception (whatever the hour: its day is not
     * counted anyway), a step's due for a step. Times in hours and the same day count from `due`, where work resumes.
     */
    readonly event: LocalInstant;
    /**
     * For a step in calendar days, the day the table allots its end (before a day not worked moves it): a following
     * step in calendar days counts from it, so that the moves do not add up along the steps.
     */
    readonly allotted?: LocalInstant;
}

/**
 * The due times of a plan: each step starts when the step it follows ends (the first at the reception start) and
 * takes its duration in the calendar's working time; a step of unknown length takes no time in the dates and is
 * carried as "plus the time of …" by every date after it, never left out silently.
 */
export function computeDuePlan(input: DuePlanInput): DuePlan {
    const { steps } = input;
    const calendar = input.cutOff === undefined ? input.calendar : { ...input.calendar, cutOff: input.cutOff };
    const received = typeof input.received === 'number' ? input.received : parseLocalDateTime(input.received);
    if (received === undefined || !Number.isInteger(received)) throw new DuePlanError('invalid-received', String(input.received));
    const index = new Map<string, number>();
    steps.forEach((step, i) => {
        if (index.has(step.name)) throw new DuePlanError('duplicate-step', step.name);
        if (!validDuration(step.duration)) throw new DuePlanError('invalid-duration', step.name);
        if (step.after !== undefined && !index.has(step.after)) {
            throw new DuePlanError(steps.some(s => s.name === step.after) ? 'later-step' : 'unknown-step', step.after);
        }
        index.set(step.name, i);
    });
    const clockIndex = input.clockStartsAfter === undefined ? -1 : index.get(input.clockStartsAfter);
    if (clockIndex === undefined) throw new DuePlanError('unknown-step', input.clockStartsAfter!);
    if (!validDuration(input.limit)) throw new DuePlanError('invalid-duration', 'limit');

    const reception = receptionStart(calendar, received);
    const atReception: Computed = { start: reception, due: reception, plus: [], event: received };
    const end = (from: Computed, duration: PlanDuration): LocalInstant => {
        if (duration.kind === 'calendar-days') return addDuration(calendar, from.allotted ?? from.event, duration);
        return addDuration(calendar, duration.kind === 'working-days' ? from.event : from.due, duration);
    };
    const computed: Computed[] = [];
    steps.forEach((step, i) => {
        const before: Computed = step.after !== undefined ? computed[index.get(step.after)!]
            : i > 0 ? computed[i - 1] : atReception;
        const start = nextWorkingInstant(calendar, before.due);
        if (step.duration === undefined) {
            computed.push({ start, due: start, plus: union(before.plus, [step.name]), event: start });
            return;
        }
        // A day count reads the day its predecessor ended on (a step that ends at 17:00 on Monday has Tuesday as its
        // successor's first counted day), so it starts from the end itself, not from the next opening.
        const due = Math.max(start, end(before, step.duration));
        // A step in calendar days whose last day is not worked ends on the next working day (Art. 148(5)), but the
        // next step's days count from the day the table allots it, not from the moved one: the moves do not add up
        // along the steps, so a chain of calendar-day steps ends where their sum from the clock start ends.
        const allotted = step.duration.kind === 'calendar-days' ? instantOf(dayOf(before.allotted ?? before.event) + step.duration.days, 0) : undefined;
        computed.push({ start, due, plus: before.plus, event: due, ...(allotted !== undefined ? { allotted } : {}) });
    });

    const clock: Computed = clockIndex >= 0 ? computed[clockIndex] : atReception;
    let resultIndex = -1;
    steps.forEach((step, i) => {
        if (step.notCounted === undefined && (resultIndex < 0 || computed[i].due > computed[resultIndex].due)) resultIndex = i;
    });
    const result: Computed = resultIndex >= 0 ? computed[resultIndex] : clock;

    let limit: Computed | undefined;
    if (input.limit) {
        // Not-counted time between the clock start and the result extends the statutory time by its length,
        // known or not: the limit is then its end plus the time of those steps.
        const extending = steps.filter((step, i) => step.notCounted !== undefined && i > clockIndex && i !== resultIndex
            && computed[i].start < result.due && step.notCounted !== 'before-clock').map(step => step.name);
        const due = Math.max(clock.due, end(clock, input.limit));
        limit = { start: clock.due, due, plus: union(clock.plus, extending), event: due };
    }

    const lastDay = Math.max(dayOf(received), ...computed.map(c => dayOf(c.due)), limit ? dayOf(limit.due) : -Infinity);
    const warnings: YearNotCovered[] = [];
    for (let year = yearOfDayNumber(dayOf(received)); year <= yearOfDayNumber(lastDay); year++) {
        if (!calendar.yearsCovered.includes(year)) warnings.push({ kind: 'year-not-covered', year });
    }

    const due = formatInstant(result.due);
    const overLimit = limit && limit.plus.length === 0 && result.plus.length === 0 ? result.due > limit.due : undefined;
    // A receipt cannot promise later than the law allows: when the steps end after the statutory time, the
    // appointment is the statutory time's date, and `overLimit` says that the internal procedure does not fit it.
    const appointment = overLimit && limit ? formatInstant(limit.due).slice(0, 10) : due.slice(0, 10);
    return {
        received: formatInstant(received),
        receptionStart: formatInstant(reception),
        clockStarts: formatInstant(clock.due),
        clockStartsPlus: clock.plus,
        steps: steps.map((step, i) => ({
            step: step.name,
            start: formatInstant(computed[i].start),
            due: formatInstant(computed[i].due),
            plus: computed[i].plus,
            ...(step.notCounted !== undefined ? { notCounted: step.notCounted } : {})
        })),
        due,
        duePlus: result.plus,
        appointment,
        ...(limit ? { limit: formatInstant(limit.due), limitPlus: limit.plus } : {}),
        ...(overLimit !== undefined ? { overLimit } : {}),
        warnings
    };
}
