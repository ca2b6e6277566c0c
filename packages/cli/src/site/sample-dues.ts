import {
    calendarOf, dateOfDayNumber, dayNumberOf, isTthcFile, isWorkingDay, procedureDueTimes, weekdayOfDayNumber,
    type ChannelKindName, type Member, type Procedure, type ProcedureDueProblem, type ProcedureDueTimes, type Province, type WorkingCalendar
} from '@tthc/language';
import type { LangiumDocument } from 'langium';

/** One sample computation of a procedure: a channel (when declared) and a case (when the cases split it). */
export interface SampleDue {
    readonly channel?: ChannelKindName;
    readonly condition?: string;
    readonly result: ProcedureDueTimes['plan'] | { readonly problem: ProcedureDueProblem['kind']; readonly province?: string };
}

/** The site's sample: when the dossier is received, and each procedure's (or member's) due times then, by id. */
export interface SiteDueTimes {
    /** The receipt, ISO 8601 local time as given or derived (`2025-01-06T09:00`). */
    readonly received: string;
    /** Whether `received` is the documented default (not `--sample-received`). */
    readonly derived: boolean;
    readonly byProcedure: ReadonlyMap<string, readonly SampleDue[]>;
}

/** The sample receipt when the calendar covers no year: Monday 5 January 2026, 09:00. */
export const FALLBACK_SAMPLE_RECEIVED = '2026-01-05T09:00';

/**
 * The default sample receipt of the site, a function of the input alone (never the build's clock): 09:00 on the
 * first Monday of the first year the province's calendar declares days off for that is a working day; without
 * such a year (or a calendar), `FALLBACK_SAMPLE_RECEIVED`.
 */
export function defaultSampleReceived(calendar: WorkingCalendar | undefined): string {
    const years = [...(calendar?.yearsCovered ?? [])].sort((a, b) => a - b);
    if (!calendar || years.length === 0) return FALLBACK_SAMPLE_RECEIVED;
    const first = dayNumberOf(`${String(years[0]).padStart(4, '0')}-01-01`)!;
    for (let day = first; day < first + 366; day++) {
        if (weekdayOfDayNumber(day) === 1 && isWorkingDay(calendar, day)) {
            return `${dateOfDayNumber(day)}T09:00`;
        }
    }
    return FALLBACK_SAMPLE_RECEIVED;
}

/**
 * The due times the site shows, computed while the checked workspace is alive: for every procedure and member of
 * a group, on each channel it declares (or none), through its own flow or, when its cases split it, each case's.
 * `received` is `--sample-received`, else `defaultSampleReceived` of the province's calendar.
 */
export function sampleDueTimes(documents: readonly LangiumDocument[], received?: string): SiteDueTimes {
    const roots = documents.map(d => d.parseResult.value).filter(isTthcFile);
    const province: Province | undefined = roots.flatMap(root => root.provinces)[0];
    const sample = received ?? defaultSampleReceived(province ? calendarOf(province) : undefined);
    const byProcedure = new Map<string, SampleDue[]>();
    for (const procedure of roots.flatMap(root => root.procedures)) {
        byProcedure.set(procedure.name, duesOf(procedure, procedure, sample));
        for (const member of procedure.members) byProcedure.set(member.name, duesOf(member, procedure, sample));
    }
    return { received: sample, derived: received === undefined, byProcedure };
}

function duesOf(target: Procedure | Member, procedure: Procedure, received: string): SampleDue[] {
    const declared = target.channels.length > 0 ? target.channels : procedure.channels;
    const channels: Array<ChannelKindName | undefined> = declared.length > 0 ? [...new Set(declared.map(c => c.kind))] : [undefined];
    const dues: SampleDue[] = [];
    for (const channel of channels) {
        const own = procedureDueTimes(target, { received, ...(channel ? { channel } : {}) });
        const conditions = own.kind === 'condition-required' ? own.cases : [undefined];
        for (const condition of conditions) {
            const result = condition === undefined ? own : procedureDueTimes(target, { received, ...(channel ? { channel } : {}), condition });
            dues.push({
                ...(channel ? { channel } : {}),
                ...(condition !== undefined ? { condition } : {}),
                result: result.kind === 'due' ? result.plan : { problem: result.kind, ...(result.kind === 'no-calendar' ? { province: result.province.name } : {}) }
            });
        }
    }
    return dues;
}
