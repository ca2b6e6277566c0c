import type { ValidationAcceptor } from 'langium';
import type { Channel, ChannelKind, Duration, Procedure, Province, Step, TotalTime } from '../../generated/ast.js';
import { isZeroFraction, parseDuration, effectiveUnit, isCalendar } from '../../semantics/durations.js';
import { isValidWorkingDay, timeRulesAt } from '../../semantics/time-rules.js';
import { partSumsOn } from '../../semantics/part-sums.js';
import { compareToStatutory, timingOf, type FlowTiming, type ProcedureTiming } from '../../semantics/timing.js';
import type { TimeTerm } from '../messages.js';
import { boundedList } from '../bounded-list.js';
import { report } from '../report.js';

/**
 * The procedure's time: each flow's longest counted path against its limits (the channels' statutory
 * times, or a case's own), its published total against the path and the limits, the subtotals of
 * its parts, the cut it states, calendar days mixed with working time without a conversion, and bare
 * days where nobody said what a day is.
 */
export function checkProcedureTime(procedure: Procedure, accept: ValidationAcceptor): void {
    const timing = timingOf(procedure);
    for (const duration of timing.unconverted) {
        report(accept, 'mixed-day-kinds', { value: duration.value }, { node: duration, property: 'value' });
    }
    checkDayKindStated(procedure, timing, accept);
    // Subtotals and limits are checked once per part and flow; not at all while a step names an unknown part
    // (which it may belong to).
    const reportedParts = new Set<string>();
    const blockedParts = new Set<object>();
    if (procedure.steps.some(step => step.part !== undefined && step.part.ref === undefined)) {
        for (const part of procedure.parts) for (const node of [part.subtotal, part.limit]) if (node) blockedParts.add(node);
    }
    // The flows the timing checks (untaken cases and paths checked as a case's left out, see `timingOf`). Where
    // the clock starts is unknown while `clock starts after` names no step (reported by the linker).
    const clockUnknown = procedure.clockStartsAfter !== undefined && procedure.clockStartsAfter.ref === undefined;
    for (const flow of clockUnknown ? [] : timing.flows) {
        checkFlow(procedure, timing, flow, reportedParts, blockedParts, accept);
    }
    if (procedure.total) checkCut(procedure.total, timing, accept);
    for (const c of procedure.cases) {
        if (c.total) checkCut(c.total, timing, accept);
    }
}

// One finding per procedure, at its first bare day: the cause is one missing declaration.
function checkDayKindStated(procedure: Procedure, timing: ProcedureTiming, accept: ValidationAcceptor): void {
    if (timing.rules.dayKind !== undefined) return;
    const bare = [
        ...procedure.channels.map(c => c.time?.duration),
        procedure.total?.duration,
        ...procedure.cases.flatMap(c => [c.time?.duration, c.total?.duration]),
        ...procedure.parts.flatMap(p => [p.time, p.subtotal?.duration]),
        ...procedure.steps.flatMap(s => [s.time, s.handover?.deadline])
    ].find((d): d is Duration => d !== undefined && parseDuration(d.value)?.unit === 'd');
    if (bare) {
        report(accept, 'day-kind-unstated', { value: bare.value, procedure: procedure.name }, { node: bare, property: 'value' });
    }
}

/** The counted steps of a path of a flow as message terms: name and time, the uncounted ones left out. */
function termsOf(steps: readonly Step[], timing: ProcedureTiming, flow: FlowTiming): TimeTerm[] {
    return steps
        .filter(step => (flow.cost(step) ?? 0) > 0)
        .map(step => {
            // As the table wrote it when its own time is all it counts on this flow (`0.5d`), else formatted.
            const cost = flow.cost(step)!;
            return { step: step.name, time: step.time && timing.amountOf(step.time) === cost ? step.time.value : timing.format(cost) };
        });
}

/** Terms bounded for a one-line message: the first ones and how many more. */
export function boundedTerms(terms: readonly TimeTerm[]): { terms: TimeTerm[]; more: number } {
    const { items, more } = boundedList(terms);
    return { terms: items, more };
}

function checkFlow(procedure: Procedure, timing: ProcedureTiming, flow: FlowTiming, reportedParts: Set<string>, blockedParts: ReadonlySet<object>, accept: ValidationAcceptor): void {
    const critical = flow.critical;
    const owner = flow.case?.name ?? procedure.name;
    // A case that states its own time (a limit, or `not-regulated`) is checked against it alone.
    const limits = flow.case?.time
        ? flow.caseLimit === undefined ? [] : [{ limit: flow.caseLimit, channels: undefined, node: flow.case, property: 'time' as const }]
        : channelLimits(procedure, timing);
    const stated = flow.total && !flow.total.notRegulated ? timing.amountOf(flow.total.duration) : undefined;
    if (critical && critical.steps.length > 0) {
        const { terms, more } = boundedTerms(termsOf(critical.steps, timing, flow));
        const written = flow.total?.duration?.value;
        const counted = timing.formatLike(written, critical.cost);
        const uncounted = flow.uncounted > 0 ? timing.formatLike(written, flow.uncounted) : undefined;
        if (stated !== undefined && compareToStatutory(critical.cost, stated) !== 'equal') {
            report(accept, 'total-mismatch', {
                what: flow.case ? 'case' : 'procedure', owner, stated: flow.total!.duration!.value, counted, terms, more, uncounted
            }, { node: flow.total!, property: 'duration' });
        }
        // With a published total, the total is what is checked against the limits (below), and the steps
        // against the total: the same sum is never reported twice. Without one, the steps against the limits.
        for (const { limit, channels, node, property } of stated !== undefined ? [] : limits) {
            const statutoryText = channels ? procedure.channels.find(c => c.kind === channels[0])?.time?.duration?.value : flow.case?.time?.duration?.value;
            const common = { procedure: owner, channels, planned: timing.formatLike(statutoryText, critical.cost), statutory: timing.formatLike(statutoryText, limit), case: flow.case?.name };
            const verdict = compareToStatutory(critical.cost, limit);
            if (verdict === 'over') {
                report(accept, 'time-over-statutory', { ...common, over: timing.formatLike(statutoryText, critical.cost - limit), terms, more, path: critical.steps.map(s => s.name) }, { node, property });
            } else if (verdict === 'under' && stated === undefined) {
                report(accept, 'time-under-statutory', { ...common, under: timing.formatLike(statutoryText, limit - critical.cost) }, { node, property });
            }
        }
    }
    checkSubtotals(procedure, timing, flow, reportedParts, blockedParts, accept);
    if (stated !== undefined) {
        for (const { limit, channels } of limits) {
            if (compareToStatutory(stated, limit) === 'over') {
                report(accept, 'total-over-statutory', { owner, stated: flow.total!.duration!.value, statutory: timing.formatLike(flow.total!.duration!.value, limit), channels, case: flow.case?.name }, { node: flow.total!, property: 'duration' });
                break;
            }
        }
    }
}

// The channels' statutory times, one limit per distinct time (channels with the same time share one
// finding), reported at the first channel that has it.
function channelLimits(procedure: Procedure, timing: ProcedureTiming): Array<{ limit: number; channels: ChannelKind[]; node: Channel; property: 'time' }> {
    const limits: Array<{ limit: number; channels: ChannelKind[]; node: Channel; property: 'time' }> = [];
    for (const channel of procedure.channels) {
        const limit = timing.statutory(channel);
        if (limit === undefined) continue;
        const same = limits.find(l => l.limit === limit);
        if (same) same.channels.push(channel.kind);
        else limits.push({ limit, channels: [channel.kind], node: channel, property: 'time' });
    }
    return limits;
}

// A part's limit and subtotal against its counted steps on every path of the flow that passes the part: the
// costliest path against a limit; against a subtotal, the path furthest from it (the costliest or the
// cheapest). Each part is reported once per flow, and a finding another flow already made is not repeated.
function checkSubtotals(procedure: Procedure, timing: ProcedureTiming, flow: FlowTiming, reportedParts: Set<string>, blockedParts: ReadonlySet<object>, accept: ValidationAcceptor): void {
    const once = (node: object, key: string): boolean => {
        const id = `${procedure.parts.findIndex(part => part.limit === node || part.subtotal === node)}:${key}`;
        if (blockedParts.has(node) || reportedParts.has(id)) return false;
        reportedParts.add(id);
        return true;
    };
    for (const part of procedure.parts) {
        const limit = timing.amountOf(part.limit);
        const stated = part.subtotal && !part.subtotal.notRegulated ? timing.amountOf(part.subtotal.duration) : undefined;
        if (limit === undefined && stated === undefined) continue;
        const sums = partSumsOn(flow.flow, part, flow.cost);
        if (!sums) continue;
        if (limit !== undefined && compareToStatutory(sums.max.sum, limit) === 'over') {
            const counted = timing.formatLike(part.limit!.value, sums.max.sum);
            const { terms, more } = boundedTerms(termsOf(sums.max.steps, timing, flow));
            if (once(part.limit!, `limit:${counted}:${sums.max.steps.map(s => s.name).join()}`)) {
                report(accept, 'part-over-limit', { part: part.name, limit: part.limit!.value, counted, terms, more }, { node: part.limit!, property: 'value' });
            }
        }
        if (stated === undefined) continue;
        const worst = sums.max.sum - stated >= stated - sums.min.sum ? sums.max : sums.min;
        if (compareToStatutory(worst.sum, stated) === 'equal') continue;
        const counted = timing.formatLike(part.subtotal!.duration!.value, worst.sum);
        const { terms, more } = boundedTerms(termsOf(worst.steps, timing, flow));
        if (once(part.subtotal!, `subtotal:${counted}:${worst.steps.map(s => s.name).join()}`)) {
            report(accept, 'total-mismatch', { what: 'part', owner: part.name, stated: part.subtotal!.duration!.value, counted, terms, more, uncounted: undefined }, { node: part.subtotal!, property: 'duration' });
        }
    }
}

/** A stated cut: total + cut = the time cut from, and the ratio is cut / from (to a hundredth of a percent). */
function checkCut(total: TotalTime, timing: ProcedureTiming, accept: ValidationAcceptor): void {
    if (!total.cut || !total.cutOf) return;
    const stated = timing.amountOf(total.duration);
    const cut = timing.amountOf(total.cut);
    const from = timing.amountOf(total.cutOf);
    if (stated === undefined || cut === undefined || from === undefined || from <= 0) return;
    if (compareToStatutory(stated + cut, from) !== 'equal') {
        report(accept, 'cut-arithmetic', { reason: 'total', stated: total.duration!.value, cut: total.cut.value, of: total.cutOf.value, expected: timing.format(from - cut) }, { node: total, property: 'duration' });
        return;
    }
    const ratio = Math.round((cut / from) * 10000) / 100;
    if (total.cutRatio !== undefined) {
        const written = Number(total.cutRatio.replace('%', ''));
        if (Math.abs(written - ratio) > 0.01) {
            report(accept, 'cut-arithmetic', { reason: 'ratio', stated: total.cutRatio, cut: total.cut.value, of: total.cutOf.value, expected: `${ratio}%` }, { node: total, property: 'cutRatio' });
            return;
        }
    }
    const target = timing.rules.cutTarget;
    if (target !== undefined && ratio + 0.005 < target) {
        report(accept, 'cut-below-target', { ratio: `${ratio}%`, target: `${target}%` }, { node: total, property: total.cutRatio ? 'cutRatio' : 'cut' });
    }
}

/**
 * A duration of zero or over zero (`1/0d`), an `as` conversion that converts nothing or converts into
 * calendar days, or a `working-day` that is not a number of hours.
 */
export function checkDuration(duration: Duration, accept: ValidationAcceptor): void {
    if (isZeroFraction(duration.value)) {
        report(accept, 'invalid-duration', { value: duration.value, reason: 'zero' }, { node: duration, property: 'value' });
        return;
    }
    const parsed = parseDuration(duration.value);
    if (parsed && parsed.amount === 0) {
        report(accept, 'invalid-duration', { value: duration.value, reason: 'zero' }, { node: duration, property: 'value' });
    }
    if (duration.workingEquivalent && parsed) {
        const equivalent = parseDuration(duration.workingEquivalent);
        const rules = timeRulesAt(duration);
        if (!isCalendar(parsed.unit, rules)) {
            report(accept, 'invalid-duration', { value: duration.value, reason: 'conversion-on-working' }, { node: duration, property: 'workingEquivalent' });
        } else if (equivalent && effectiveUnit(equivalent.unit, rules) === 'cd') {
            report(accept, 'invalid-duration', { value: duration.workingEquivalent, reason: 'conversion-to-calendar' }, { node: duration, property: 'workingEquivalent' });
        }
    }
}

/** `working-day` says how many working hours make a day: `8h`. */
export function checkWorkingDay(owner: Procedure | Province, accept: ValidationAcceptor): void {
    if (owner.workingDay !== undefined && !isValidWorkingDay(owner.workingDay)) {
        report(accept, 'invalid-duration', { value: owner.workingDay, reason: 'working-day' }, { node: owner, property: 'workingDay' });
    }
}
