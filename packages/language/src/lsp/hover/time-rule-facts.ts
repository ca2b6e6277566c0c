import { isProcedure, type Case, type Procedure, type Province } from '../../generated/ast.js';
import { timeRulesOf } from '../../semantics/time-rules.js';
import type { LspTexts } from '../texts.js';
import { code, escapeMarkdown } from './markdown-text.js';

/**
 * How a procedure (or a province) counts time, as hover facts: what a bare day is (and who says so),
 * the working day when it is not 8 hours, the reception cut-off, how fast paper dossiers are forwarded,
 * and when a procedure's clock starts (and each case's that says its own).
 */
export function timeRuleFacts(owner: Procedure | Province, texts: LspTexts): string[] {
    const rules = timeRulesOf(owner);
    const procedure = isProcedure(owner) ? owner : undefined;
    const facts = [rules.dayKind !== undefined && rules.dayKindFrom !== undefined
        ? texts.text('hover.days', { kind: texts.text(`hover.dayKind.${rules.dayKind}`), source: texts.text(`hover.source.${rules.dayKindFrom}`) })
        : texts.text('hover.daysUnstated')];
    const workingDay = owner.workingDay ?? (rules.minutesPerDay !== 8 * 60 ? `${rules.minutesPerDay / 60}h` : undefined);
    if (workingDay !== undefined) facts.push(texts.text('hover.workingDay', { hours: escapeMarkdown(texts.duration(workingDay)) }));
    if (rules.cutOff !== undefined) facts.push(texts.text('hover.cutOff', { time: escapeMarkdown(rules.cutOff) }));
    if (rules.forwardPaperWithin !== undefined) facts.push(texts.text('hover.forwardPaper', { time: escapeMarkdown(texts.duration(rules.forwardPaperWithin)) }));
    if (procedure?.clockStartsAfter) facts.push(texts.text('hover.clockStartsAfter', { step: code(procedure.clockStartsAfter.$refText) }));
    for (const c of procedure?.cases ?? []) {
        if (c.clockStartsAfter) facts.push(caseClockFact(c, texts));
    }
    return facts;
}

/** Where a case's own clock starts (`case … { clock starts after Step }`), as a hover fact. */
export function caseClockFact(c: Case, texts: LspTexts): string {
    return texts.text('hover.caseClockStartsAfter', { case: code(c.name), step: code(c.clockStartsAfter?.$refText ?? '?') });
}
