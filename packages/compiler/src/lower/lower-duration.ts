import {
    measureOf, measureOfStatutory, parseDuration, workingMinutesOf, type Duration, type StatutoryTime, type TotalTime
} from '@tthc/language';
import type { DurationModel, StatutoryModel, TimeRulesModel, TotalModel } from '../model/procedure-model.js';

/** A written duration as the model keeps it. */
export function lowerDuration(duration: Duration): DurationModel {
    const parsed = parseDuration(duration.value);
    const measure = measureOf(duration);
    if (!parsed || !measure) {
        throw new Error(`cannot lower the duration '${duration.value}': the workspace was not checked`);
    }
    const text = duration.workingEquivalent ? `${duration.value} as ${duration.workingEquivalent}` : duration.value;
    const from = {
        ...(duration.from !== undefined ? { from: duration.from } : {}),
        ...(duration.fromStep?.ref ? { fromStep: duration.fromStep.ref.name } : {})
    };
    return measure.kind === 'working'
        ? { text, unit: parsed.unit, amount: parsed.amount, workingMinutes: measure.minutes, ...from }
        : { text, unit: parsed.unit, amount: parsed.amount, calendarDays: measure.days, ...(measure.workingMinutes !== undefined ? { workingMinutes: measure.workingMinutes } : {}), ...from };
}

/** A statutory time that the law sets: `same-day` is one working day of the procedure's working hours. */
export function lowerStatutory(time: StatutoryTime): DurationModel | undefined {
    if (time.notRegulated) return undefined;
    if (time.sameDay) {
        const measure = measureOfStatutory(time);
        return { text: 'same-day', unit: 'same-day', amount: 1, workingMinutes: measure?.kind === 'working' ? measure.minutes : 480 };
    }
    if (!time.duration) {
        throw new Error('cannot lower a statutory time without a duration: the workspace was not checked');
    }
    return lowerDuration(time.duration);
}

/** A statutory time with what it says besides its duration: no limit set by law, the same-day cut-off, a note. */
export function lowerStatutoryModel(time: StatutoryTime): StatutoryModel {
    const duration = lowerStatutory(time);
    return {
        ...(duration ? { duration } : {}),
        notRegulated: time.notRegulated,
        ...(time.sameDayCutOff !== undefined ? { sameDayCutOff: time.sameDayCutOff } : {}),
        ...(time.note !== undefined ? { note: time.note } : {})
    };
}

/** A published total, with its stated cut. */
export function lowerTotal(total: TotalTime): TotalModel {
    const ratio = total.cutRatio !== undefined ? Number(total.cutRatio.replace('%', '')) : undefined;
    return {
        ...(total.duration && !total.notRegulated ? { duration: lowerDuration(total.duration) } : {}),
        notRegulated: total.notRegulated,
        ...(total.cut && total.cutOf
            ? { cut: { cut: lowerDuration(total.cut), of: lowerDuration(total.cutOf), ...(ratio !== undefined ? { ratioPercent: ratio } : {}) } }
            : {}),
        ...(total.note !== undefined ? { note: total.note } : {})
    };
}

/** A duration written as bare text in a time rule (`forward paper within 1wd`), measured by the rules. */
export function lowerRuleDuration(text: string, rules: Pick<TimeRulesModel, 'dayKind' | 'minutesPerDay'>): DurationModel | undefined {
    const parsed = parseDuration(text);
    if (!parsed) return undefined;
    const minutes = workingMinutesOf(parsed, { dayKind: rules.dayKind, minutesPerDay: rules.minutesPerDay });
    return minutes !== undefined
        ? { text, unit: parsed.unit, amount: parsed.amount, workingMinutes: minutes }
        : { text, unit: parsed.unit, amount: parsed.amount, calendarDays: parsed.amount };
}
