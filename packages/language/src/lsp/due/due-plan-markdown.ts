import type { Procedure } from '../../generated/ast.js';
import type { ProcedureDueTimes } from '../../calendar/procedure-due.js';
import type { LspTexts } from '../texts.js';
import { code, escapeMarkdown } from '../hover/markdown-text.js';
import { dueWhatText, localDateText, localDateTimeText, plusText, yearsNotCoveredText } from './due-text.js';

/**
 * The due times of every step of a procedure for one receipt, as a Markdown document (the due-times command of
 * the editor): the receipt, when work and the clock start, each step's start and due with what it waits for,
 * the statutory limit, the result's due time and the appointment date. Every text from the file is escaped.
 */
export function duePlanMarkdown(procedure: Procedure, due: ProcedureDueTimes, texts: LspTexts): string {
    const { plan } = due;
    const at = (instant: string, plus?: readonly string[]): string => `${localDateTimeText(instant, texts)}${plusText(plus, texts)}`;
    const title = texts.text('due.documentTitle', { name: code(procedure.name), title: escapeMarkdown(procedure.title ?? '') });
    const facts = [
        texts.text('due.what', { what: dueWhatText(due, texts) }),
        texts.text('due.received', { time: at(plan.received) }),
        texts.text('due.receptionStart', { time: at(plan.receptionStart) }),
        texts.text('due.clockStarts', { time: at(plan.clockStarts, plan.clockStartsPlus) })
    ];
    if (plan.limit) facts.push(texts.text('due.limit', { time: at(plan.limit, plan.limitPlus) }));
    facts.push(texts.text('due.result', { time: at(plan.due, plan.duePlus) }));
    if (plan.overLimit) facts.push(texts.text('due.overLimitFact'));
    facts.push(texts.text('due.appointment', { date: localDateText(plan.appointment, texts) }));
    const years = yearsNotCoveredText([due], texts);
    if (years) facts.push(years);

    const header = `| ${texts.text('due.column.step')} | ${texts.text('due.column.start')} | ${texts.text('due.column.due')} | ${texts.text('due.column.note')} |`;
    const rows = plan.steps.map((step, i) => {
        const node = due.path[i];
        const name = node?.title ? `${code(step.step)} ${escapeMarkdown(node.title)}` : code(step.step);
        const notes = [step.notCounted !== undefined ? texts.text('due.notCounted') : '', plusText(step.plus, texts).trim()].filter(n => n !== '');
        return `| ${name} | ${localDateTimeText(step.start, texts)} | ${localDateTimeText(step.due, texts)} | ${notes.join('; ')} |`;
    });
    return [`# ${title}`, '', facts.map(fact => `- ${fact}`).join('\n'), '', header, '|---|---|---|---|', ...rows, ''].join('\n');
}
