import { isBody, type PerformerRef, type Procedure, type Step } from '../../generated/ast.js';
import { countedFromOf } from '../../semantics/counted-from.js';
import { performerRefText, targetOf } from '../../semantics/performers.js';
import { stepGraphOf } from '../../semantics/procedure-graph.js';
import { timingOf, type UncountedReason } from '../../semantics/timing.js';
import { positionOf, unitOf } from '../../semantics/units.js';
import { flowCumulativeTimesOf } from '../../semantics/flow-cumulative-times.js';
import { procedureTimeSummary, type ChannelTimeSummary, type FlowTimeSummary, type LimitSummary, type ProcedureTimeSummary } from '../code-lens/procedure-time-summary.js';
import { isLevelWord, type LspTexts } from '../texts.js';
import { bullets, titled } from './declaration-hover.js';
import { code, escapeMarkdown } from './markdown-text.js';
import { timeRuleFacts } from './time-rule-facts.js';
import { dueExampleLines } from '../due/due-example.js';

/**
 * A step: title, kind, who performs it (and its alternatives and partners), its time limit, whether
 * it counts and why not, its part, what it does electronically, and where it stands on each flow —
 * the cumulative counted time at its end and its share of the statutory time (the numbers of the time
 * checks).
 */
export function stepHover(step: Step, texts: LspTexts): string {
    const procedure = step.$container;
    const notStated = texts.text('hover.notStated');
    const by = step.by;
    const facts = [texts.text('hover.kind', { kind: step.kind ?? notStated }), texts.text('hover.performedBy', { performer: by ? performerText(by.main, texts) : notStated })];
    if (by && by.alternatives.length > 0) facts.push(texts.text('hover.alternatives', { performers: by.alternatives.map(ref => performerText(ref, texts)).join('; ') }));
    if (by && by.partners.length > 0) facts.push(texts.text('hover.partners', { performers: by.partners.map(ref => performerText(ref, texts)).join('; ') }));
    const timing = timingOf(procedure);
    const summary = procedureTimeSummary(procedure, texts);
    const cost = timing.stepCost(step);
    const from = countedFromOf(step);
    const limit = step.time
        ? escapeMarkdown(texts.duration(step.time.value)) + (from ? texts.text('hover.fromStep', { step: code(from.name) }) : '')
        : texts.text('hover.noTimeLimit');
    const handover = step.handover?.deadline ? texts.text('hover.handoverTime', { time: escapeMarkdown(texts.duration(step.handover.deadline.value)) }) : '';
    facts.push(texts.text('hover.timeLimit', { limit, handover, share: cost !== undefined && cost > 0 ? share(cost, summary, texts) : '' }));
    facts.push(countedText(step, texts));
    const part = step.part?.ref;
    if (part) {
        const name = titled(part.title, part.name);
        facts.push(part.time ? texts.text('hover.partShared', { part: name, time: escapeMarkdown(texts.duration(part.time.value)) }) : texts.text('hover.part', { part: name }));
    }
    const electronic = [step.digitises && 'hover.digitises', step.signsDigitally && 'hover.signsDigitally', step.requestsPayment && 'hover.requestsPayment'] as const;
    const what = electronic.filter(key => key !== false).map(key => texts.text(key));
    if (what.length > 0) facts.push(texts.text('hover.eProcedure', { what: what.join(', ') }));
    const graph = stepGraphOf(procedure);
    if (!graph.mainFlow.has(step)) {
        facts.push(texts.text(graph.reachable.has(step) ? 'hover.offMainFlow' : 'hover.unreached'));
    } else {
        const flows = flowCumulativeTimesOf(procedure).filter(flow => flow.flow.steps.has(step));
        const own = flows.find(flow => flow.case === undefined);
        if (own) {
            const cumulative = own.times.get(step);
            facts.push(cumulative === undefined
                ? texts.text('hover.cumulativeUnknown')
                : texts.text('hover.cumulative', { time: texts.duration(timing.format(cumulative)), share: share(cumulative, summary, texts) }));
        }
        for (const flow of flows) {
            const cumulative = flow.times.get(step);
            // A case that reaches the step as the procedure's own flow does says nothing new.
            if (!flow.case || cumulative === undefined || cumulative === own?.times.get(step)) continue;
            facts.push(texts.text('hover.caseCumulative', { case: code(flow.case.name), time: texts.duration(timing.format(cumulative)) }));
        }
        if (!own && flows.every(flow => flow.times.get(step) === undefined)) facts.push(texts.text('hover.cumulativeUnknown'));
    }
    return [texts.text('hover.step', { name: code(step.name), title: escapeMarkdown(step.title ?? '') }), bullets(facts)].join('\n\n');
}

/**
 * A procedure: code, level, authority, its time rules, the group it stands for, and for each flow (its
 * own, then each case's) the planned counted time, the time not counted, the published total and the
 * statutory times; with `now`, a worked example of its due time for a dossier received then.
 */
export function procedureHover(procedure: Procedure, texts: LspTexts, now?: string): string {
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
    if (procedure.members.length > 0) {
        facts.push(texts.text('hover.group', { members: procedure.members.map(member => member.code ? `${code(member.name)} (${code(member.code)})` : code(member.name)).join(', ') }));
    }
    facts.push(...timeRuleFacts(procedure, texts));
    const summary = procedureTimeSummary(procedure, texts);
    const own = summary.flows.find(flow => flow.case === undefined);
    if (own?.plannedText !== undefined) {
        facts.push(texts.text('hover.planned', { time: own.plannedText, uncounted: uncounted(own, texts), path: own.criticalPath.map(code).join(' → ') }));
    } else if (own || summary.flows.length === 0) {
        // Without its own flow (its cases split it), a procedure's time is its cases' (below).
        facts.push(texts.text(summary.unknownReason === 'mixed-day-kinds' ? 'hover.plannedMixed' : 'hover.plannedMissing'));
    }
    if (own) {
        for (const channel of summary.channels) {
            facts.push(texts.text('hover.channel', {
                channel: texts.text(`channel.${channel.channel.kind}`), statutory: escapeMarkdown(channel.statutoryText), verdict: verdict(channel, own.plannedText, texts)
            }));
        }
        if (own.publishedText !== undefined) facts.push(publishedFact(own, texts));
    }
    for (const flow of summary.flows.filter(f => f.case !== undefined)) {
        facts.push(caseFlowFact(flow, texts));
    }
    if (now !== undefined) facts.push(...dueExampleLines(procedure, now, texts));
    return [texts.text('hover.procedure', { name: code(procedure.name), title: escapeMarkdown(procedure.title ?? '') }), bullets(facts)].join('\n\n');
}

/** A case's flow as one fact with its limits and its published total as sub-facts. */
export function caseFlowFact(flow: FlowTimeSummary, texts: LspTexts, label = true): string {
    const name = code(flow.case!.name);
    const head = flow.plannedText === undefined
        ? texts.text(label ? 'hover.caseFlowUnknown' : 'hover.plannedMissing', { case: name })
        : texts.text(label ? 'hover.caseFlow' : 'hover.casePlanned', { case: name, time: flow.plannedText, uncounted: uncounted(flow, texts), path: flow.criticalPath.map(code).join(' → ') });
    const details = flow.limits.map(limit => limitFact(flow, limit, texts));
    if (flow.publishedText !== undefined) details.push(publishedFact(flow, texts));
    return [head, ...details.map(detail => `  - ${detail}`)].join('\n');
}

function limitFact(flow: FlowTimeSummary, limit: LimitSummary, texts: LspTexts): string {
    const verdictText = limitVerdict(limit.comparison, limit.differenceText, flow.plannedText, texts);
    if (limit.channels.length === 0) return texts.text('hover.caseLimit', { statutory: escapeMarkdown(limit.text), verdict: verdictText });
    return texts.text('hover.channel', { channel: limit.channels.map(c => texts.text(`channel.${c.channel.kind}`)).join(', '), statutory: escapeMarkdown(limit.text), verdict: verdictText });
}

function publishedFact(flow: FlowTimeSummary, texts: LspTexts): string {
    const planned = flow.plannedText ?? '?';
    const verdictText = flow.publishedComparison === 'equal'
        ? texts.text('hover.publishedEqual', { planned })
        : flow.publishedComparison !== undefined
            ? texts.text('hover.publishedDiffers', { planned, difference: flow.publishedDifferenceText ?? '?', direction: texts.text(flow.publishedComparison === 'over' ? 'hover.more' : 'hover.less') })
            : '';
    return texts.text('hover.published', { published: escapeMarkdown(flow.publishedText ?? ''), verdict: verdictText });
}

function uncounted(flow: FlowTimeSummary | undefined, texts: LspTexts): string {
    return flow?.uncountedText !== undefined ? texts.text('hover.uncounted', { time: flow.uncountedText }) : '';
}

/** Whether and why a step's time counts: `Counted: 4h towards the total`, `Not counted (1h): marked not-counted`. */
function countedText(step: Step, texts: LspTexts): string {
    const timing = timingOf(step.$container);
    const uncounted = timing.uncounted(step);
    const cost = timing.stepCost(step);
    if (!uncounted) return cost !== undefined ? texts.text('hover.counted', { time: texts.duration(timing.format(cost)) }) : texts.text('hover.counted', { time: texts.text('hover.noTimeLimit') });
    const ownReason = reasonOf(step, uncounted.reason, texts);
    // Only the hand-over's sub-deadline is not counted: the step's own time counts.
    if (uncounted.reason === 'not-counted' && !step.notCounted) {
        const time = texts.duration(timing.format(uncounted.amount ?? 0));
        return [
            texts.text('hover.counted', { time: cost !== undefined ? texts.duration(timing.format(cost)) : texts.text('hover.noTimeLimit') }),
            texts.text('hover.handoverNotCounted', { time })
        ].join('; ');
    }
    return uncounted.amount !== undefined && uncounted.amount > 0
        ? texts.text('hover.notCountedTime', { time: texts.duration(timing.format(uncounted.amount)), reason: ownReason })
        : texts.text('hover.notCounted', { reason: ownReason });
}

/** Why a step does not count, in words. */
export function reasonOf(step: Step, reason: UncountedReason, texts: LspTexts): string {
    switch (reason) {
        case 'applicant': return texts.text('hover.reasonApplicant');
        case 'before-clock': return texts.text('hover.reasonBeforeClock', { step: timingOf(step.$container).clockOf(step)?.name ?? step.$container.clockStartsAfter?.$refText ?? '?' });
        default: return step.notCounted?.reason !== undefined
            ? texts.text('hover.reasonMarkedText', { reason: escapeMarkdown(step.notCounted.reason) })
            : texts.text('hover.reasonMarked');
    }
}

function performerText(ref: PerformerRef, texts: LspTexts): string {
    const text = performerTarget(ref, texts);
    return ref.assigned ? texts.text('hover.assigned', { performer: text }) : text;
}

function performerTarget(ref: PerformerRef, texts: LspTexts): string {
    if (ref.applicant) return texts.text('hover.applicant');
    const performer = targetOf(ref);
    if (isBody(performer)) {
        return titled(performer.title, performer.name);
    }
    const unit = unitOf(performer);
    if (!unit) {
        return texts.text('hover.performerUnresolved', { name: code(performerRefText({ ...ref, assigned: false })) });
    }
    if (ref.leadersOf) {
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

function verdict(channel: ChannelTimeSummary, planned: string | undefined, texts: LspTexts): string {
    return limitVerdict(channel.comparison, channel.differenceText, planned, texts);
}

function limitVerdict(comparison: 'over' | 'under' | 'equal' | undefined, difference: string | undefined, planned: string | undefined, texts: LspTexts): string {
    const values = { difference: difference ?? '?', planned: planned ?? '?' };
    switch (comparison) {
        case 'over': return texts.text('hover.over', values);
        case 'under': return texts.text('hover.under', values);
        case 'equal': return texts.text('hover.equal', values);
        default: return '';
    }
}
