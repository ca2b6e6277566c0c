import type { Case, Channel, Procedure, StatutoryTime, TotalTime } from '../../generated/ast.js';
import { compareToStatutory, timingOf, type FlowTiming, type ProcedureTiming, type TimingMode } from '../../semantics/timing.js';
import { lspTexts, type LspTexts } from '../texts.js';

/** One channel's statutory time against the planned time. */
export interface ChannelTimeSummary {
    readonly channel: Channel;
    /** `in-person`, `online` or `postal`. */
    readonly kind: string;
    /** The statutory time in the procedure's unit (working minutes or calendar days), if it counts. */
    readonly statutory: number | undefined;
    /** The statutory time in words: `1 working day`, `3 working days`, `15 calendar days (11 working days)`. */
    readonly statutoryText: string;
    /** How the planned time compares; undefined when either side is unknown. */
    readonly comparison: 'over' | 'under' | 'equal' | undefined;
    /** `planned - statutory`, formatted without sign (`1h`), when they differ. */
    readonly differenceText: string | undefined;
    /** The 0-based line of the channel's `time`, for an editor decoration. */
    readonly line: number | undefined;
}

/** A limit a flow is checked against: the statutory time of some channels, or a case's own `time`. */
export interface LimitSummary {
    /** The channels whose statutory time this is (several when they are equal); none for a case's own time. */
    readonly channels: readonly ChannelTimeSummary[];
    readonly limit: number;
    /** The limit in words (`1 working day`). */
    readonly text: string;
    readonly comparison: 'over' | 'under' | 'equal' | undefined;
    /** `planned - limit`, formatted without sign, when they differ. */
    readonly differenceText: string | undefined;
}

/** One flow of a procedure (its own, or a case's): counted and not counted time, its published total and its limits. */
export interface FlowTimeSummary {
    /** The case, for a case's flow. */
    readonly case: Case | undefined;
    /** Counted time along the flow's longest path; undefined when a step on it has no time. */
    readonly planned: number | undefined;
    readonly plannedText: string | undefined;
    /** Time written on that path that does not count (returns, the applicant's steps, before the clock). */
    readonly uncounted: number;
    readonly uncountedText: string | undefined;
    /** The published total of the flow (the case's `total`, or the procedure's). */
    readonly published: TotalTime | undefined;
    /** The published total in words (`15 days`, `not regulated`). */
    readonly publishedText: string | undefined;
    /** How the planned time compares with the published total, when both are known. */
    readonly publishedComparison: 'over' | 'under' | 'equal' | undefined;
    /** `planned - published`, formatted without sign, when they differ. */
    readonly publishedDifferenceText: string | undefined;
    /** The steps of the longest path, by name. */
    readonly criticalPath: readonly string[];
    /** The case's own time, or the channels' statutory times grouped when equal. */
    readonly limits: readonly LimitSummary[];
}

/** A procedure's planned main-flow time against the statutory time of each of its channels. */
export interface ProcedureTimeSummary {
    readonly procedure: Procedure;
    readonly mode: TimingMode;
    /** The longest main-flow path's time in the procedure's unit; undefined when it cannot be computed. */
    readonly planned: number | undefined;
    /** The planned time formatted as designers write it (`1wd 4h`, `15cd`). */
    readonly plannedText: string | undefined;
    /** Why there is no planned time, when there is none. */
    readonly unknownReason: 'mixed-day-kinds' | 'missing-time' | 'no-steps' | undefined;
    /** The steps of the longest main-flow path, by name. */
    readonly criticalPath: readonly string[];
    readonly channels: readonly ChannelTimeSummary[];
    /** True when the planned time of some flow exceeds a limit of it (a channel's statutory time, or a case's own). */
    readonly over: boolean;
    /** Each complete flow: the procedure's own (when it is complete), then each case's. */
    readonly flows: readonly FlowTimeSummary[];
    /** The 0-based line of the `procedure` keyword, for an editor decoration. */
    readonly line: number | undefined;
}

/**
 * The time summary of a procedure: the same numbers as the `time-over-statutory` and
 * `time-under-statutory` checks (both come from `timingOf`), gathered for editor features — the
 * code lens, the hover, and the extension's decorations. Pure: reads the AST, never the workspace.
 * The texts (`plannedText`, `statutoryText`, `differenceText`) are in the language of `texts`
 * (English by default: `1wd 4h`, `1 working day`; Vietnamese: `01 ngày làm việc 4 giờ`).
 */
export function procedureTimeSummary(procedure: Procedure, texts: LspTexts = lspTexts('en')): ProcedureTimeSummary {
    const timing = timingOf(procedure);
    const critical = timing.critical && timing.critical.steps.length > 0 ? timing.critical : undefined;
    const planned = critical?.cost;
    const channels = procedure.channels.map((channel): ChannelTimeSummary => {
        const statutory = timing.statutory(channel);
        const comparison = planned === undefined || statutory === undefined ? undefined : compareToStatutory(planned, statutory);
        return {
            channel,
            kind: channel.kind,
            statutory,
            statutoryText: texts.statutory(channel.time),
            comparison,
            differenceText: comparison === 'over' || comparison === 'under' ? texts.duration(timing.format(Math.abs(planned! - statutory!))) : undefined,
            line: (channel.time?.$cstNode ?? channel.$cstNode)?.range.start.line
        };
    });
    const flows = timing.flows.map(flow => flowSummary(flow, timing, channels, texts));
    return {
        procedure,
        mode: timing.mode,
        planned,
        plannedText: planned === undefined ? undefined : texts.duration(timing.format(planned)),
        unknownReason: planned !== undefined ? undefined : timing.mode === 'mixed' ? 'mixed-day-kinds' : procedure.steps.length === 0 ? 'no-steps' : 'missing-time',
        criticalPath: critical?.steps.map(step => step.name) ?? [],
        channels,
        over: channels.some(channel => channel.comparison === 'over') || flows.some(flow => flow.limits.some(limit => limit.comparison === 'over')),
        flows,
        line: procedure.$cstNode?.range.start.line
    };
}

function flowSummary(flow: FlowTiming, timing: ProcedureTiming, channels: readonly ChannelTimeSummary[], texts: LspTexts): FlowTimeSummary {
    const critical = flow.critical && flow.critical.steps.length > 0 ? flow.critical : undefined;
    const planned = critical?.cost;
    const format = (amount: number): string => texts.duration(timing.format(amount));
    const compare = (limit: number | undefined): { comparison: 'over' | 'under' | 'equal' | undefined; differenceText: string | undefined } => {
        const comparison = planned === undefined || limit === undefined ? undefined : compareToStatutory(planned, limit);
        return { comparison, differenceText: comparison === 'over' || comparison === 'under' ? format(Math.abs(planned! - limit!)) : undefined };
    };
    const limits: LimitSummary[] = [];
    if (flow.caseLimit !== undefined) {
        limits.push({ channels: [], limit: flow.caseLimit, text: texts.statutory(flow.case?.time), ...compare(flow.caseLimit) });
    } else {
        for (const group of groupByStatutory(channels)) {
            limits.push({ channels: group, limit: group[0].statutory!, text: group[0].statutoryText, ...compare(group[0].statutory) });
        }
    }
    const published = flow.total;
    const publishedAmount = published && !published.notRegulated ? timing.amountOf(published.duration) : undefined;
    const versusPublished = compare(publishedAmount);
    return {
        case: flow.case,
        planned,
        plannedText: planned === undefined ? undefined : format(planned),
        uncounted: flow.uncounted,
        uncountedText: flow.uncounted > 0 ? format(flow.uncounted) : undefined,
        published,
        publishedText: published ? texts.published(published) : undefined,
        publishedComparison: versusPublished.comparison,
        publishedDifferenceText: versusPublished.differenceText,
        criticalPath: critical?.steps.map(step => step.name) ?? [],
        limits
    };
}

/**
 * Channels whose statutory times are equal, grouped in the order of the channels; a channel whose time
 * cannot be compared (reported by its own check) is in none.
 */
export function groupByStatutory(channels: readonly ChannelTimeSummary[]): ChannelTimeSummary[][] {
    const groups = new Map<string, ChannelTimeSummary[]>();
    for (const channel of channels) {
        if (channel.statutory === undefined) continue;
        const key = channel.statutory.toFixed(2);
        const group = groups.get(key);
        if (group) group.push(channel);
        else groups.set(key, [channel]);
    }
    return [...groups.values()];
}

/**
 * A channel's statutory time in words, as the law states it: `same-day` is one working day; `3wd`
 * is 3 working days; `15cd as 11wd` is 15 calendar days worth 11 working days. English unless `texts`
 * says otherwise.
 */
export function statutoryTimeText(time: StatutoryTime | undefined, texts: LspTexts = lspTexts('en')): string {
    return texts.statutory(time);
}
