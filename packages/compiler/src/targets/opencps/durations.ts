import type { DurationModel, ProcedureModel, StepModel } from '../../model/procedure-model.js';

/**
 * OpenCPS's `durationUnit` for working hours. A ServiceProcess counts in days (`0`, 1 day = 8 hours) or in
 * hours (`1`), and its ProcessSteps and ProcessSequences are read in the process's unit. Hours keep the
 * model's precision (steps of 1h, 4h, 0.5d) in whole numbers where days would need fractions.
 */
export const DURATION_UNIT_HOURS = 1;

const MINUTES_PER_HOUR = 60;
const HOURS_PER_WORKING_DAY = 8;
// OpenCPS knows no calendar days: its due dates skip weekends and the holiday list. A calendar day is worth
// 5/7 of a working day on average, which puts the due date where the calendar-day deadline falls (holidays
// aside) instead of two days a week later.
const WORKING_DAYS_PER_CALENDAR_DAY = 5 / 7;

/** A duration or deadline as the model gives it: working minutes, or calendar days without a conversion. */
type Amount = Pick<DurationModel, 'workingMinutes' | 'calendarDays'>;

/** Working hours of a duration (0 when absent); calendar days are converted at 5 working days a week. */
export function workingHours(duration: Amount | undefined): number {
    if (duration?.workingMinutes !== undefined) {
        return duration.workingMinutes / MINUTES_PER_HOUR;
    }
    if (duration?.calendarDays !== undefined) {
        return duration.calendarDays * WORKING_DAYS_PER_CALENDAR_DAY * HOURS_PER_WORKING_DAY;
    }
    return 0;
}

/**
 * A step's time limit in working hours, as it counts towards the due date. A hand-over step also waits
 * for the partner's sub-deadline, as the model counts it in the planned time: the dossier stays at that
 * step until the partner answers. Time that does not count ("Không tính thời gian": a return, the
 * applicant's own step, a partner's time the law excludes) is 0: OpenCPS adds every ProcessStep's
 * `durationCount` to the dossier's due date, so a not-counted step must not move it. A part's time shared
 * by several steps counts at its first step (`sharedHours`).
 */
export function stepHours(step: StepModel, sharedHours = 0): number {
    const own = step.counted ? (step.duration ? workingHours(step.duration) : sharedHours) : 0;
    const handover = step.handover && !step.handover.notCounted ? workingHours(step.handover.deadline) : 0;
    return own + handover;
}

/** The hours of a part's shared time, for the first of its steps (0 for the others and for steps in no such part). */
export function sharedPartHours(procedure: ProcedureModel, step: StepModel): number {
    const part = step.part !== undefined ? procedure.parts.find(p => p.id === step.part) : undefined;
    return part?.time && part.steps[0] === step.id ? workingHours(part.time) : 0;
}

/**
 * The process's time in working hours, from which OpenCPS sets a dossier's due date: the shortest statutory
 * time of the procedure's channels (a dossier is late by the strictest one that may apply), or the planned
 * time when no channel is declared.
 */
export function processHours(procedure: ProcedureModel): number {
    const statutory = procedure.channels.filter(channel => channel.statutoryTime).map(channel => workingHours(channel.statutoryTime)).filter(hours => hours > 0);
    if (statutory.length > 0) {
        return Math.min(...statutory);
    }
    const planned = procedure.timing.unit === 'working-minutes' ? { workingMinutes: procedure.timing.planned } : { calendarDays: procedure.timing.planned };
    return workingHours(planned);
}

/** Whether some time of the procedure is in calendar days without a conversion, so was converted here. */
export function convertsCalendarDays(procedure: ProcedureModel): boolean {
    const amounts: Array<Amount | undefined> = [
        ...procedure.channels.map(channel => channel.statutoryTime),
        ...procedure.steps.flatMap(step => [step.duration, step.handover?.deadline])
    ];
    return procedure.timing.unit === 'calendar-days' || amounts.some(a => a !== undefined && a.workingMinutes === undefined && a.calendarDays !== undefined);
}

/** A `durationCount`: a decimal number with at most two decimals (OpenCPS rounds hours to two as well). */
export function durationCount(hours: number): string {
    return String(Math.round(hours * 100) / 100);
}

/** A duration in Vietnamese as written: `2 giờ làm việc`, `0,5 ngày làm việc`, `15 ngày`, `Trong ngày làm việc`. */
export function durationText(duration: DurationModel): string {
    const amount = decimal(duration.amount);
    switch (duration.unit) {
        case 'same-day': return 'Trong ngày làm việc';
        case 'min': return `${amount} phút làm việc`;
        case 'h': return `${amount} giờ làm việc`;
        case 'wd': return `${amount} ngày làm việc`;
        case 'd':
            if (duration.calendarDays === undefined) return `${amount} ngày làm việc`;
            // A bare day counted as a calendar day: written as the law writes calendar days.
            return duration.workingMinutes === undefined
                ? `${amount} ngày`
                : `${amount} ngày (tính là ${decimal(duration.workingMinutes / MINUTES_PER_HOUR / HOURS_PER_WORKING_DAY)} ngày làm việc)`;
        case 'cd': return duration.workingMinutes === undefined
            ? `${amount} ngày`
            : `${amount} ngày (tính là ${decimal(duration.workingMinutes / MINUTES_PER_HOUR / HOURS_PER_WORKING_DAY)} ngày làm việc)`;
    }
}

/** A number the Vietnamese way: decimal comma, at most two decimals. */
export function decimal(value: number): string {
    return String(Math.round(value * 100) / 100).replace('.', ',');
}
