// What a published table carries of a procedure, from the compiled model (`tthc build`'s json): the round-trip test
// compares this view of the original and of the imported procedure. Step names, part and case names, kinds and
// record data (channels, fees, documents, legal bases, results) are not in a table: they are left out here, and
// docs/import.md "Round trips and their known differences" says why each is.
import type { PerformerModel, ProcedureModel, StepModel, TotalModel } from '@tthc/compiler';

function performer(p: PerformerModel): string {
    const who = p.kind === 'position' ? `${p.unit?.id}.${p.position?.id}` : p.kind === 'leaders' ? `leaders of ${p.unit?.id}`
        : p.kind === 'body' ? `body ${p.body?.title}` : p.kind === 'applicant' ? 'applicant' : p.unit?.id ?? '';
    return p.assigned ? `${who} assigned` : who;
}

function minutes(total: TotalModel | undefined): string | undefined {
    if (!total) return undefined;
    if (total.notRegulated) return 'not-regulated';
    const d = total.duration;
    return `${d?.workingMinutes ?? `${d?.calendarDays}cd`}${total.cut ? ` cut ${total.cut.cut.amount}/${total.cut.of.amount}` : ''}${total.note ? ` "${total.note}"` : ''}`;
}

/** One step as its table row says it: title, task, performers, time in working minutes, counted, marks, forms, hand-over. */
function stepView(step: StepModel, procedure: ProcedureModel): string {
    const p = step.performers;
    const part = procedure.parts.find(x => x.id === step.part);
    return [
        step.title, step.task ?? '',
        [performer(p.main), ...p.alternatives.map(performer)].join(' | '), p.partners.map(performer).join(', '),
        step.duration ? (step.duration.workingMinutes ?? `${step.duration.calendarDays}cd`) : part?.time ? `shared ${part.time.workingMinutes}` : '-',
        step.counted ? 'counted' : 'not counted',
        step.digitises ? 'digitises' : '', step.signsDigitally ? 'signs' : '', step.requestsPayment ? 'payment' : '',
        step.produces.map(f => f.id).join(','),
        step.handover ? `handover ${step.handover.partner.id} ${step.handover.channel ?? ''} ${step.handover.deadline.workingMinutes}${step.handover.notCounted ? ' not counted' : ''}` : ''
    ].join(' ; ');
}

/** The table view of a procedure: its steps, the transitions between them by title, its totals and subtotals. */
export function tableView(procedure: ProcedureModel): { steps: string[]; transitions: string[]; totals: string[] } {
    const titleOf = new Map(procedure.steps.map(s => [s.id, s.title]));
    const steps = [...new Set(procedure.steps.map(s => stepView(s, procedure)))].sort();
    const transitions = [...new Set(procedure.steps.flatMap(s => s.transitions.flatMap(t => t.targets.map(target =>
        `${s.title} -${t.exception ? t.outcome : ''}-> ${titleOf.get(target)}`))))].sort();
    const totals = [
        `total ${minutes(procedure.total)}`,
        ...procedure.cases.map(c => `case total ${minutes(c.total)}`),
        ...procedure.parts.filter(p => p.subtotal).map(p => `subtotal ${minutes(p.subtotal)}`)
    ].sort();
    return { steps, transitions, totals };
}
