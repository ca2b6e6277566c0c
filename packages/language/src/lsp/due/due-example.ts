import type { Member, Procedure } from '../../generated/ast.js';
import { procedureDueTimes, type ProcedureDueTimes } from '../../calendar/procedure-due.js';
import type { LspTexts } from '../texts.js';
import { dueProblemText, dueWhatText, localDateText, localDateTimeText, plusText, yearsNotCoveredText } from './due-text.js';

/** How many cases the worked example computes when the cases split a procedure; the rest are counted. */
export const EXAMPLE_CASES = 3;

/**
 * The worked example the hover of a procedure (or of a member of a group, on its own channels) ends with: a dossier
 * received `now` on the default channel, through
 * the procedure's own flow (or each case's, at most `EXAMPLE_CASES`, when its cases split it), with its due time,
 * what it still waits for, and the appointment date; or one line saying why there is no date and what to do.
 */
export function dueExampleLines(procedure: Procedure | Member, now: string, texts: LspTexts): string[] {
    const first = procedureDueTimes(procedure, { received: now });
    if (first.kind !== 'due' && first.kind !== 'condition-required') return [dueProblemText(first, texts)];
    const lines: string[] = [];
    const dues: ProcedureDueTimes[] = [];
    if (first.kind === 'due') {
        dues.push(first);
        lines.push(exampleLine(first, texts));
    } else {
        for (const condition of first.cases.slice(0, EXAMPLE_CASES)) {
            const due = procedureDueTimes(procedure, { received: now, condition });
            if (due.kind === 'due') {
                dues.push(due);
                lines.push(exampleLine(due, texts));
            } else {
                lines.push(dueProblemText(due, texts));
            }
        }
        const more = first.cases.length - EXAMPLE_CASES;
        if (more > 0) lines.push(texts.text('due.moreCases', { count: more }));
    }
    const years = yearsNotCoveredText(dues, texts);
    return years ? [...lines, years] : lines;
}

function exampleLine(due: ProcedureDueTimes, texts: LspTexts): string {
    const { plan } = due;
    const over = plan.overLimit && plan.limit ? texts.text('due.overLimit', { limit: localDateTimeText(plan.limit, texts) }) : '';
    return texts.text('due.example', {
        what: dueWhatText(due, texts),
        received: localDateTimeText(plan.received, texts),
        due: localDateTimeText(plan.due, texts),
        plus: plusText(plan.duePlus, texts),
        appointment: localDateText(plan.appointment, texts),
        over
    });
}
