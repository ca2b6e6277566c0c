import { isBody, type Procedure, type Step } from '../../generated/ast.js';
import { mainPerformerRef, performerRefText, targetOf } from '../../semantics/performers.js';
import { stepGraphOf } from '../../semantics/procedure-graph.js';
import { cumulativeTimesOf, timingOf } from '../../semantics/timing.js';
import { positionOf, unitOf } from '../../semantics/units.js';
import { procedureTimeSummary, type ChannelTimeSummary, type ProcedureTimeSummary } from '../code-lens/procedure-time-summary.js';
import { isLevelWord, type LspTexts } from '../texts.js';
import { bullets, titled } from './declaration-hover.js';
import { code, escapeMarkdown } from './markdown-text.js';

/**
 * A step: title, kind, who performs it, its time limit, and where it stands on the main flow — the
 * cumulative time at its end and its share of the statutory time (the numbers of the time checks).
 */
export function stepHover(step: Step, texts: LspTexts): string {
    const procedure = step.$container;
    const notStated = texts.text('hover.notStated');
    const facts = [texts.text('hover.kind', { kind: step.kind ?? notStated }), texts.text('hover.performedBy', { performer: performerText(step, texts) })];
    const timing = timingOf(procedure);
    const summary = procedureTimeSummary(procedure, texts);
    const cost = timing.stepCost(step);
    const limit = step.time ? escapeMarkdown(texts.duration(step.time.value)) : texts.text('hover.noTimeLimit');
    const handover = step.handover?.deadline ? texts.text('hover.handoverTime', { time: escapeMarkdown(texts.duration(step.handover.deadline.value)) }) : '';
    facts.push(texts.text('hover.timeLimit', { limit, handover, share: cost !== undefined ? share(cost, summary, texts) : '' }));
    const graph = stepGraphOf(procedure);
    if (!graph.mainFlow.has(step)) {
        facts.push(texts.text(graph.reachable.has(step) ? 'hover.offMainFlow' : 'hover.unreached'));
    } else {
        const cumulative = cumulativeTimesOf(procedure).get(step);
        facts.push(cumulative === undefined
            ? texts.text('hover.cumulativeUnknown')
            : texts.text('hover.cumulative', { time: texts.duration(timing.format(cumulative)), share: share(cumulative, summary, texts) }));
    }
    return [texts.text('hover.step', { name: code(step.name), title: escapeMarkdown(step.title ?? '') }), bullets(facts)].join('\n\n');
}

/** A procedure: code, level, authority, and per channel the statutory time against the planned time. */
export function procedureHover(procedure: Procedure, texts: LspTexts): string {
    const authority = procedure.authority?.ref;
    const notStated = texts.text('hover.notStated');
    const level = !procedure.level ? notStated : isLevelWord(procedure.level) ? texts.text(`levelName.${procedure.level}`) : procedure.level;
    const facts = [
        texts.text('hover.code', { code: procedure.code ? code(procedure.code) : texts.text('hover.none') }),
        texts.text('hover.level', { level }),
        texts.text('hover.authority', {
            authority: authority ? titled(authority.title, authority.name) : procedure.authority ? code(procedure.authority.$refText) : notStated
        })
    ];
    const summary = procedureTimeSummary(procedure, texts);
    if (summary.plannedText === undefined) {
        facts.push(texts.text(summary.unknownReason === 'mixed-day-kinds' ? 'hover.plannedMixed' : 'hover.plannedMissing'));
    } else {
        facts.push(texts.text('hover.planned', { time: summary.plannedText, path: summary.criticalPath.map(code).join(' → ') }));
    }
    for (const channel of summary.channels) {
        facts.push(texts.text('hover.channel', {
            channel: texts.text(`channel.${channel.channel.kind}`), statutory: escapeMarkdown(channel.statutoryText), verdict: verdict(summary, channel, texts)
        }));
    }
    return [texts.text('hover.procedure', { name: code(procedure.name), title: escapeMarkdown(procedure.title ?? '') }), bullets(facts)].join('\n\n');
}

function performerText(step: Step, texts: LspTexts): string {
    const ref = mainPerformerRef(step);
    const performer = targetOf(ref);
    if (isBody(performer)) {
        return titled(performer.title, performer.name);
    }
    const unit = unitOf(performer);
    if (!unit) {
        return ref && !ref.applicant ? texts.text('hover.performerUnresolved', { name: code(performerRefText(ref)) }) : ref?.applicant ? texts.text('hover.applicant') : texts.text('hover.notStated');
    }
    if (ref?.leadersOf) {
        return texts.text('hover.leadersOf', { unit: titled(unit.title, unit.name) });
    }
    const position = positionOf(performer);
    return position
        ? texts.text('hover.positionOfUnit', { position: titled(position.title, `${unit.name}.${position.name}`), unit: titled(unit.title, unit.name) })
        : titled(unit.title, unit.name);
}

// ` (50% of 1 working day, in-person and online)`: a time as a share of each distinct statutory time.
function share(amount: number, summary: ProcedureTimeSummary, texts: LspTexts): string {
    const groups = new Map<number, ChannelTimeSummary[]>();
    for (const channel of summary.channels) {
        if (channel.statutory === undefined || channel.statutory <= 0) continue;
        groups.set(channel.statutory, [...groups.get(channel.statutory) ?? [], channel]);
    }
    const parts = [...groups.entries()].map(([statutory, channels]) => texts.text('hover.share', {
        percent: Math.round((amount / statutory) * 100),
        statutory: escapeMarkdown(channels[0].statutoryText),
        channels: channels.map(c => texts.text(`channel.${c.channel.kind}`)).join(', ')
    }));
    return parts.length > 0 ? `, ${parts.join('; ')}` : '';
}

function verdict(summary: ProcedureTimeSummary, channel: ChannelTimeSummary, texts: LspTexts): string {
    const values = { difference: channel.differenceText ?? '?', planned: summary.plannedText ?? '?' };
    switch (channel.comparison) {
        case 'over': return texts.text('hover.over', values);
        case 'under': return texts.text('hover.under', values);
        case 'equal': return texts.text('hover.equal', values);
        default: return '';
    }
}
