import type { DocumentModel, FeeModel, ProcedureModel, StatutoryModel } from '../model/procedure-model.js';
import { NOT_REGULATED, feeText, statutoryText, totalText, unitText } from '../targets/table/published-text.js';
import { formatAmount, formatDuration } from '../targets/table/vietnamese-time.js';
import { LEVEL_NAMES, type ProcedureChange } from './diff-model.js';
import { matchBy } from './keyed.js';

const ONLINE: Record<string, string> = { full: 'toàn trình', partial: 'một phần' };
const PAPER: Record<string, string> = { original: 'bản chính', copy: 'bản sao', 'certified-copy': 'bản sao chứng thực' };

/**
 * The changes of a procedure's record (everything but its steps), in the order of the Portal's record:
 * title, sector, level, authority, online service; legal bases by number; channels by kind with their
 * statutory time and fees; dossier components by title; results; cases by name with their limits and
 * totals; the published total; and the total the steps add up to, against the shortest statutory time.
 */
export function diffRecord(before: ProcedureModel, after: ProcedureModel): ProcedureChange[] {
    const changes: ProcedureChange[] = [];
    const compare = (kind: ProcedureChange['kind'], a: string, b: string, extra: Partial<ProcedureChange> = {}): void => {
        if (a !== b) changes.push({ kind, ...extra, before: a, after: b });
    };
    compare('title', before.title, after.title);
    compare('sector', before.sector, after.sector);
    compare('level', LEVEL_NAMES[before.level] ?? before.level, LEVEL_NAMES[after.level] ?? after.level);
    compare('authority', before.authority ? unitText(before.authority) : '', after.authority ? unitText(after.authority) : '');
    compare('online', before.online ? ONLINE[before.online] : '', after.online ? ONLINE[after.online] : '');

    const legal = matchBy(before.legalBasis, after.legalBasis, l => l.number);
    const legalText = (l: { readonly number: string; readonly title?: string }): string => (l.title !== undefined ? `${l.number}: ${l.title}` : l.number);
    for (const l of legal.added) changes.push({ kind: 'legal-added', subject: l.number, after: legalText(l) });
    for (const l of legal.removed) changes.push({ kind: 'legal-removed', subject: l.number, before: legalText(l) });
    for (const [a, b] of legal.both) compare('legal-retitled', a.title ?? '', b.title ?? '', { subject: b.number });

    const channels = matchBy(before.channels, after.channels, c => c.kind);
    for (const c of channels.added) changes.push({ kind: 'channel-added', channel: c.kind, after: statutoryText(c, after.timeRules.minutesPerDay) });
    for (const c of channels.removed) changes.push({ kind: 'channel-removed', channel: c.kind, before: statutoryText(c, before.timeRules.minutesPerDay) });
    for (const [a, b] of channels.both) {
        compare('statutory-time', statutoryText(a, before.timeRules.minutesPerDay), statutoryText(b, after.timeRules.minutesPerDay), { channel: b.kind });
        // A fee is the same fee when what it is for is the same (kind, unit, tier, case, bracket, note): then
        // only its amount changed, which a reviewer reads as one change.
        const fees = matchBy(a.fees, b.fees, feeKey);
        for (const fee of fees.added) changes.push({ kind: 'fee-added', channel: b.kind, after: feeText(fee) });
        for (const fee of fees.removed) changes.push({ kind: 'fee-removed', channel: b.kind, before: feeText(fee) });
        for (const [x, y] of fees.both) compare('fee-changed', feeText(x), feeText(y), { channel: b.kind });
    }

    const documents = matchBy(before.documents, after.documents, d => d.title);
    for (const d of documents.added) changes.push({ kind: 'document-added', subject: d.title, after: documentText(d) });
    for (const d of documents.removed) changes.push({ kind: 'document-removed', subject: d.title, before: documentText(d) });
    for (const [a, b] of documents.both) compare('document-changed', documentText(a), documentText(b), { subject: b.title });

    const results = matchBy(before.results, after.results, r => r.title);
    for (const r of results.added) changes.push({ kind: 'result-added', subject: r.title, after: r.title });
    for (const r of results.removed) changes.push({ kind: 'result-removed', subject: r.title, before: r.title });

    const cases = matchBy(before.cases, after.cases, c => c.id);
    for (const c of cases.added) changes.push({ kind: 'case-added', subject: c.title, after: caseTime(c.limit, c.total && totalText(c.total), after) });
    for (const c of cases.removed) changes.push({ kind: 'case-removed', subject: c.title, before: caseTime(c.limit, c.total && totalText(c.total), before) });
    for (const [a, b] of cases.both) {
        compare('case-time', caseTime(a.limit, a.total && totalText(a.total), before), caseTime(b.limit, b.total && totalText(b.total), after), { subject: b.title });
    }

    compare('total', before.total ? totalText(before.total) : '', after.total ? totalText(after.total) : '');
    const planned = (p: ProcedureModel): string => formatAmount(p.timing.planned, p.timing.unit, p.timeRules.minutesPerDay);
    if (planned(before) !== planned(after) || before.timing.unit !== after.timing.unit) {
        const limits = after.timing.channels.map(c => c.statutory);
        const limit = limits.length > 0 ? Math.min(...limits) : undefined;
        changes.push({
            kind: 'planned', before: planned(before), after: planned(after),
            ...(limit !== undefined ? { statutory: formatAmount(limit, after.timing.unit, after.timeRules.minutesPerDay), exceedsStatutory: after.timing.planned > limit } : {})
        });
    }
    return changes;
}

function feeKey(fee: FeeModel): string {
    return JSON.stringify([fee.kind, fee.per, fee.fromPage, fee.fromUnit, fee.when?.text, fee.overVnd, fee.note]);
}

/** A dossier component as one line: `bản chính, 01 bộ, bắt buộc, theo mẫu Mau01`. */
function documentText(d: DocumentModel): string {
    const parts = [
        d.paper !== undefined ? PAPER[d.paper] : '',
        `số lượng ${d.quantity}`,
        d.required ? 'bắt buộc' : 'không bắt buộc',
        d.form !== undefined ? `mẫu ${d.form.code ?? d.form.title}` : '',
        d.media.length > 0 ? d.media.map(m => (m === 'electronic' ? 'điện tử' : 'giấy')).join('/') : '',
        ...d.byChannel.map(c => `${c.channel}: ${[c.paper !== undefined ? PAPER[c.paper] : '', ...c.media.map(m => (m === 'electronic' ? 'điện tử' : 'giấy'))].filter(Boolean).join(' ')}`)
    ];
    return parts.filter(part => part !== '').join(', ');
}

function caseTime(limit: StatutoryModel | undefined, total: string | undefined, procedure: ProcedureModel): string {
    const statutory = limit === undefined ? '' : limit.duration ? formatDuration(limit.duration, procedure.timeRules.minutesPerDay) : NOT_REGULATED;
    return [statutory, total !== undefined ? `tổng ${total}` : ''].filter(Boolean).join('; ');
}

