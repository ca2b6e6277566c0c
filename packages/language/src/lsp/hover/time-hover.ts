import type { Procedure, Step } from '../../generated/ast.js';
import { stepGraphOf } from '../../semantics/procedure-graph.js';
import { cumulativeTimesOf, timingOf } from '../../semantics/timing.js';
import { positionOf, unitOf } from '../../semantics/units.js';
import { procedureTimeSummary, type ChannelTimeSummary, type ProcedureTimeSummary } from '../code-lens/procedure-time-summary.js';
import { bullets, titled } from './declaration-hover.js';
import { code, escapeMarkdown } from './markdown-text.js';

/**
 * A step: title, kind, who performs it, its time limit, and where it stands on the main flow — the
 * cumulative time at its end and its share of the statutory time (the numbers of the time checks).
 */
export function stepHover(step: Step): string {
    const procedure = step.$container;
    const facts = [`Kind: ${step.kind ?? '*not stated*'}`, `Performed by: ${performerText(step)}`];
    const timing = timingOf(procedure);
    const summary = procedureTimeSummary(procedure);
    const cost = timing.stepCost(step);
    const limit = step.time ? escapeMarkdown(step.time.value) : '*no time limit*';
    const handover = step.handover?.deadline ? `, plus the hand-over's ${escapeMarkdown(step.handover.deadline.value)}` : '';
    facts.push(`Time limit: ${limit}${handover}${cost !== undefined ? share(cost, summary) : ''}`);
    const graph = stepGraphOf(procedure);
    if (!graph.mainFlow.has(step)) {
        facts.push(graph.reachable.has(step)
            ? 'Off the main flow (an exception path): its time does not count towards the planned time'
            : 'Not reached from the first step: its time does not count towards the planned time');
    } else {
        const cumulative = cumulativeTimesOf(procedure).get(step);
        facts.push(cumulative === undefined
            ? 'Cumulative time at its end: *unknown* (a step up to here has no time, or calendar days are mixed with working time)'
            : `Cumulative time at its end along the main flow: **${timing.format(cumulative)}**${share(cumulative, summary)}`);
    }
    return [`**Step** ${code(step.name)}: ${escapeMarkdown(step.title ?? '')}`, bullets(facts)].join('\n\n');
}

/** A procedure: code, level, authority, and per channel the statutory time against the planned time. */
export function procedureHover(procedure: Procedure): string {
    const authority = procedure.authority?.ref;
    const facts = [
        `Code: ${procedure.code ? code(procedure.code) : '*none*'}`,
        `Level: ${procedure.level ?? '*not stated*'}`,
        `Authority: ${authority ? titled(authority.title, authority.name) : procedure.authority ? code(procedure.authority.$refText) : '*not stated*'}`
    ];
    const summary = procedureTimeSummary(procedure);
    if (summary.plannedText === undefined) {
        facts.push(summary.unknownReason === 'mixed-day-kinds'
            ? 'Planned time: *unknown* (calendar days are mixed with working time)'
            : 'Planned time: *unknown* (a main-flow step has no time)');
    } else {
        facts.push(`Planned time: **${summary.plannedText}** along ${summary.criticalPath.map(code).join(' → ')}`);
    }
    for (const channel of summary.channels) {
        facts.push(`${channel.kind}: statutory ${escapeMarkdown(channel.statutoryText)}${verdict(summary, channel)}`);
    }
    return [`**Procedure** ${code(procedure.name)}: ${escapeMarkdown(procedure.title ?? '')}`, bullets(facts)].join('\n\n');
}

function performerText(step: Step): string {
    const performer = step.performer?.ref;
    const unit = unitOf(performer);
    if (!unit) {
        return step.performer ? `${code(step.performer.$refText)} (unresolved)` : '*not stated*';
    }
    const position = positionOf(performer);
    return position ? `${titled(position.title, `${unit.name}.${position.name}`)} of ${titled(unit.title, unit.name)}` : titled(unit.title, unit.name);
}

// ` (50% of 1 working day, in-person and online)`: a time as a share of each distinct statutory time.
function share(amount: number, summary: ProcedureTimeSummary): string {
    const groups = new Map<number, ChannelTimeSummary[]>();
    for (const channel of summary.channels) {
        if (channel.statutory === undefined || channel.statutory <= 0) continue;
        groups.set(channel.statutory, [...groups.get(channel.statutory) ?? [], channel]);
    }
    const parts = [...groups.entries()].map(([statutory, channels]) =>
        `${Math.round((amount / statutory) * 100)}% of ${escapeMarkdown(channels[0].statutoryText)} (${channels.map(c => c.kind).join(', ')})`);
    return parts.length > 0 ? `, ${parts.join('; ')}` : '';
}

function verdict(summary: ProcedureTimeSummary, channel: ChannelTimeSummary): string {
    switch (channel.comparison) {
        case 'over': return ` — ⚠ **over by ${channel.differenceText}**: planned ${summary.plannedText}`;
        case 'under': return ` — under by ${channel.differenceText}: planned ${summary.plannedText}`;
        case 'equal': return ` — planned ${summary.plannedText}, on time`;
        default: return '';
    }
}
