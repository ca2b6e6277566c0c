import { quoteSource, sourceText, type TthcLanguage } from '@tthc/language';
import { cliMessages } from '../cli-messages.js';
import { shownDate, shownInstant } from './due-dates.js';
import type { DueReport } from './due-report.js';

/**
 * The report as `tthc due` prints it for a reader, in the run's language: the procedure, the receipt, when
 * counting and the clock start, one line per step, the due time, the appointment date and the statutory limit.
 * Names and titles from the source are shown with their control characters made visible.
 */
export function dueText(report: DueReport, language: TthcLanguage): string {
    const say = cliMessages.due;
    const at = (instant: string) => shownInstant(instant, language);
    const plus = (steps: readonly string[]) => (steps.length > 0 ? ` ${say.plus(steps.map(name => sourceText(name)))}` : '');
    const title = (text: string) => quoteSource(text, Number.POSITIVE_INFINITY, language);
    const lines: string[] = [];
    const channel = report.channel === null ? undefined : say.channels[report.channel] ?? report.channel;
    if (report.group) lines.push(say.group(title(report.group.title)));
    lines.push(say.heading(title(report.title), sourceText(report.procedure), report.code === null ? undefined : sourceText(report.code), channel));
    if (report.condition) lines.push(say.condition(`${sourceText(report.condition.name)} ${title(report.condition.title)}`));
    lines.push(`${say.received}: ${at(report.received)}`);
    lines.push(`${say.countingStarts}: ${at(report.receptionStart)} (${say.reasons[report.receptionReason]})`);
    lines.push(`${say.clockStarts}: ${at(report.clockStarts)}${plus(report.clockStartsPlus)}`);
    lines.push(`${say.steps}:`);
    report.steps.forEach((step, i) => {
        const notCounted = step.notCounted === null ? '' : `, ${say.notCounted[step.notCounted] ?? step.notCounted}`;
        lines.push(`  ${i + 1}. ${sourceText(step.step)} ${title(step.title)}: ${at(step.start)} → ${at(step.due)}${notCounted}${plus(step.plus)}`);
    });
    lines.push(`${say.due}: ${at(report.due)}${plus(report.duePlus)}`);
    lines.push(`${say.appointment}: ${shownDate(report.appointment, language)}${plus(report.duePlus)}`);
    if (report.limit === null) {
        lines.push(`${say.limit}: ${say.noLimit}`);
    } else {
        const verdict = report.overLimit === null ? '' : ` (${report.overLimit ? say.overLimit : say.withinLimit})`;
        lines.push(`${say.limit}: ${at(report.limit)}${plus(report.limitPlus)}${verdict}`);
    }
    return lines.join('\n') + '\n';
}
