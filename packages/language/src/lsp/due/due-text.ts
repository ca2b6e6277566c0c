import { isoWeekdayOfDate } from '../../calendar/calendar-dates.js';
import type { ProcedureDueProblem, ProcedureDueTimes } from '../../calendar/procedure-due.js';
import type { LspTexts } from '../texts.js';
import { code, escapeMarkdown } from '../hover/markdown-text.js';

/** A date of the calendar as a reader writes it: `thứ Ba 08/12/2026`, `Tuesday 08/12/2026`. */
export function localDateText(date: string, texts: LspTexts): string {
    const [year, month, day] = date.slice(0, 10).split('-');
    return `${texts.text(`weekday.${isoWeekdayOfDate(date.slice(0, 10))}`)} ${day}/${month}/${year}`;
}

/** An instant of a plan (`2026-12-08T17:30+07:00`) as a reader writes it: `thứ Ba 08/12/2026 17:30`. */
export function localDateTimeText(instant: string, texts: LspTexts): string {
    return `${localDateText(instant, texts)} ${instant.slice(11, 16)}`;
}

/** ` + the time of `A`, `B``: the steps of unknown length a date still waits for; empty when none. */
export function plusText(plus: readonly string[] | undefined, texts: LspTexts): string {
    return plus && plus.length > 0 ? texts.text('due.plus', { steps: plus.map(code).join(', ') }) : '';
}

/** The channel and the case a computation was made for: `in-person, case `X``. */
export function dueWhatText(due: ProcedureDueTimes, texts: LspTexts): string {
    const what = [];
    if (due.channel) what.push(texts.text(`channel.${due.channel.kind}`));
    if (due.flow.case) what.push(texts.text('due.case', { case: code(due.flow.case.name) }));
    return what.length > 0 ? what.join(', ') : texts.text('due.noChannel');
}

/** The years a computation reached with no days off declared, as one warning line; undefined when none. */
export function yearsNotCoveredText(dues: readonly ProcedureDueTimes[], texts: LspTexts): string | undefined {
    const years = [...new Set(dues.flatMap(due => due.plan.warnings.map(w => w.year)))].sort((a, b) => a - b);
    return years.length > 0 ? texts.text('due.yearNotCovered', { years: years.join(', ') }) : undefined;
}

/** Why no due time can be computed, in one line that says what to do. */
export function dueProblemText(problem: ProcedureDueProblem, texts: LspTexts): string {
    switch (problem.kind) {
        case 'no-province': return texts.text('due.noProvince');
        case 'no-calendar': return texts.text('due.noCalendar', { province: code(problem.province.name) });
        case 'unknown-channel': return texts.text('due.unknownChannel', {
            channel: code(problem.channel), channels: problem.channels.map(code).join(', ') || texts.text('hover.none')
        });
        case 'unknown-condition': return texts.text('due.unknownCondition', {
            case: code(problem.condition), cases: problem.cases.map(code).join(', ') || texts.text('hover.none')
        });
        case 'condition-required': return texts.text('due.conditionRequired', { cases: problem.cases.map(code).join(', ') });
        case 'incomplete': return problem.condition === undefined
            ? texts.text('due.incomplete')
            : texts.text('due.incompleteCase', { case: code(problem.condition) });
        case 'invalid-received': return texts.text('due.invalidReceived', { received: escapeMarkdown(problem.received) });
        case 'no-working-time': return texts.text('due.noWorkingTime', { province: code(problem.province.name) });
    }
}
