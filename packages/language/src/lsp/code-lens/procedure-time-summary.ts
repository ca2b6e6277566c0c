import type { Channel, Procedure, StatutoryTime } from '../../generated/ast.js';
import { compareToStatutory, timingOf, type TimingMode } from '../../semantics/timing.js';
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

/** A procedure's planned main-flow time against the statutory time of each of its channels. */
export interface ProcedureTimeSummary {
    readonly procedure: Procedure;
    readonly mode: TimingMode;
    /** The longest main-flow path's time in the procedure's unit; undefined when it cannot be computed. */
    readonly planned: number | undefined;
    /** The planned time formatted as designers write it (`1d 4h`, `15cd`). */
    readonly plannedText: string | undefined;
    /** Why there is no planned time, when there is none. */
    readonly unknownReason: 'mixed-day-kinds' | 'missing-time' | 'no-steps' | undefined;
    /** The steps of the longest main-flow path, by name. */
    readonly criticalPath: readonly string[];
    readonly channels: readonly ChannelTimeSummary[];
    /** True when the planned time exceeds the statutory time of some channel. */
    readonly over: boolean;
    /** The 0-based line of the `procedure` keyword, for an editor decoration. */
    readonly line: number | undefined;
}

/**
 * The time summary of a procedure: the same numbers as the `time-over-statutory` and
 * `time-under-statutory` checks (both come from `timingOf`), gathered for editor features — the
 * code lens, the hover, and the extension's decorations. Pure: reads the AST, never the workspace.
 * The texts (`plannedText`, `statutoryText`, `differenceText`) are in the language of `texts`
 * (English by default: `1d 4h`, `1 working day`; Vietnamese: `01 ngày làm việc 4 giờ`).
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
    return {
        procedure,
        mode: timing.mode,
        planned,
        plannedText: planned === undefined ? undefined : texts.duration(timing.format(planned)),
        unknownReason: planned !== undefined ? undefined : timing.mode === 'mixed' ? 'mixed-day-kinds' : procedure.steps.length === 0 ? 'no-steps' : 'missing-time',
        criticalPath: critical?.steps.map(step => step.name) ?? [],
        channels,
        over: channels.some(channel => channel.comparison === 'over'),
        line: procedure.$cstNode?.range.start.line
    };
}

/**
 * A channel's statutory time in words, as the law states it: `same-day` is one working day; `3d`
 * is 3 working days; `15cd as 11d` is 15 calendar days worth 11 working days. English unless `texts`
 * says otherwise.
 */
export function statutoryTimeText(time: StatutoryTime | undefined, texts: LspTexts = lspTexts('en')): string {
    return texts.statutory(time);
}
