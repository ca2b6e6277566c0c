import type { Member, Procedure, ProcedureDueTimes } from '@tthc/language';
import { receptionReasonOf, type ReceptionReason } from './reception-reason.js';

/** The version of the `tthc due --format json` document (schemas/due-report.schema.json); bumped on any incompatible change. */
export const DUE_REPORT_VERSION = 1;

/** One step of a due report: the plan's, with the step's title. */
export interface DueReportStep {
    readonly step: string;
    readonly title: string;
    readonly start: string;
    readonly due: string;
    readonly plus: readonly string[];
    readonly notCounted: string | null;
}

/**
 * What `tthc due` says about one receipt, in the order the JSON document lists it (docs/cli.md): the procedure
 * (or group member) asked about, the channel and case, and the plan's dates with why counting starts when it does.
 */
export interface DueReport {
    readonly schemaVersion: number;
    readonly procedure: string;
    readonly code: string | null;
    readonly title: string;
    /** The group of procedures, when a member was asked about. */
    readonly group: { readonly procedure: string; readonly title: string } | null;
    readonly province: string;
    readonly channel: string | null;
    readonly condition: { readonly name: string; readonly title: string } | null;
    readonly received: string;
    readonly receptionStart: string;
    readonly receptionReason: ReceptionReason;
    readonly clockStarts: string;
    readonly clockStartsPlus: readonly string[];
    readonly steps: readonly DueReportStep[];
    readonly due: string;
    readonly duePlus: readonly string[];
    readonly appointment: string;
    readonly limit: string | null;
    readonly limitPlus: readonly string[];
    readonly overLimit: boolean | null;
    readonly warnings: ReadonlyArray<{ readonly kind: 'year-not-covered'; readonly year: number }>;
}

/** The report of a computed plan for `target` (a procedure or one member of a group). */
export function dueReportOf(target: Procedure | Member, times: ProcedureDueTimes): DueReport {
    const { plan } = times;
    const group = target.$type === 'Member' ? target.$container : undefined;
    const stepTitles = new Map(times.path.map(step => [step.name, step.title]));
    const flowCase = times.flow.case;
    // A fixed key order: the document is compared byte for byte (determinism, goldens).
    return {
        schemaVersion: DUE_REPORT_VERSION,
        procedure: target.name,
        code: target.code ?? null,
        title: target.title,
        group: group ? { procedure: group.name, title: group.title } : null,
        province: times.province.name,
        channel: times.channel?.kind ?? null,
        condition: flowCase ? { name: flowCase.name, title: flowCase.title } : null,
        received: plan.received,
        receptionStart: plan.receptionStart,
        receptionReason: receptionReasonOf(times.calendar, plan.received, plan.receptionStart),
        clockStarts: plan.clockStarts,
        clockStartsPlus: plan.clockStartsPlus,
        steps: plan.steps.map(step => ({
            step: step.step,
            title: stepTitles.get(step.step) ?? '',
            start: step.start,
            due: step.due,
            plus: step.plus,
            notCounted: step.notCounted ?? null
        })),
        due: plan.due,
        duePlus: plan.duePlus,
        appointment: plan.appointment,
        limit: plan.limit ?? null,
        limitPlus: plan.limitPlus ?? [],
        overLimit: plan.overLimit ?? null,
        warnings: plan.warnings.map(w => ({ kind: w.kind, year: w.year }))
    };
}

/** The report as the JSON document `--format json` prints. */
export function dueJson(report: DueReport): string {
    return JSON.stringify(report, null, 2) + '\n';
}
