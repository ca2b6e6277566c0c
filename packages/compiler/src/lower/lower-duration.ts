import { measureOf, measureOfStatutory, parseDuration, type Duration, type StatutoryTime } from '@tthc/language';
import type { DurationModel } from '../model/procedure-model.js';

/** A written duration as the model keeps it. */
export function lowerDuration(duration: Duration): DurationModel {
    const parsed = parseDuration(duration.value);
    const measure = measureOf(duration);
    if (!parsed || !measure) {
        throw new Error(`cannot lower the duration '${duration.value}': the workspace was not checked`);
    }
    const text = duration.workingEquivalent ? `${duration.value} as ${duration.workingEquivalent}` : duration.value;
    return measure.kind === 'working'
        ? { text, unit: parsed.unit, amount: parsed.amount, workingMinutes: measure.minutes }
        : { text, unit: parsed.unit, amount: parsed.amount, calendarDays: measure.days, ...(measure.workingMinutes !== undefined ? { workingMinutes: measure.workingMinutes } : {}) };
}

/** A channel's statutory time: `same-day` is one working day. */
export function lowerStatutory(time: StatutoryTime): DurationModel {
    if (time.sameDay) {
        const measure = measureOfStatutory(time);
        return { text: 'same-day', unit: 'same-day', amount: 1, workingMinutes: measure?.kind === 'working' ? measure.minutes : 480 };
    }
    if (!time.duration) {
        throw new Error('cannot lower a statutory time without a duration: the workspace was not checked');
    }
    return lowerDuration(time.duration);
}
