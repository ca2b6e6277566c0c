import type { HandoverModel, ProcedureModel, StepModel } from '../model/procedure-model.js';
import { NOT_COUNTED, performersText, uncountedText } from '../targets/table/published-text.js';
import { formatDuration } from '../targets/table/vietnamese-time.js';
import type { ProcedureChange } from './diff-model.js';
import { compareText, matchBy } from './keyed.js';

/** How a step's time counts when it does: the published tables' phrase. */
export const COUNTED = 'Tính thời gian';
const OUTCOMES: Record<string, string> = { approved: 'Đạt yêu cầu', rejected: 'Không đủ điều kiện', incomplete: 'Hồ sơ chưa đầy đủ', late: 'Quá hạn' };

/** The steps' changes, the new version's changed steps, and whether the flow changed. */
export interface StepsDiff {
    readonly changes: readonly ProcedureChange[];
    readonly changedSteps: readonly string[];
    readonly flowChanged: boolean;
}

/**
 * Matches the steps of two versions of a procedure and says what changed in each. Steps are matched by
 * their name (`step ThamDinh`); a step left unmatched on both sides at the same position with the same
 * performers is the same step renamed (`step-renamed`), since a reviewer sees a row of the table that kept
 * its place and its performer. Each matched step is compared on its title, performers, time, whether its
 * time counts, its transitions (with renamed targets followed) and its hand-over; a step whose place among
 * the matched steps changed is `step-moved`. Changes come in the new order, removed steps last.
 */
export function diffSteps(before: ProcedureModel, after: ProcedureModel): StepsDiff {
    const matched = matchBy(before.steps, after.steps, step => step.id);
    const added = [...matched.added];
    const removed = [...matched.removed];
    const pairs = new Map<StepModel, StepModel>(matched.both.map(([a, b]) => [b, a]));
    const renamed = new Map<string, string>();
    for (const step of [...added]) {
        const twin = removed.find(old => old.sequence === step.sequence && performersText(old.performers) === performersText(step.performers));
        if (twin === undefined) continue;
        pairs.set(step, twin);
        renamed.set(twin.id, step.id);
        added.splice(added.indexOf(step), 1);
        removed.splice(removed.indexOf(twin), 1);
    }
    const oldRank = new Map([...pairs.values()].sort((a, b) => a.sequence - b.sequence).map((step, index) => [step, index]));
    const newRank = new Map([...pairs.keys()].sort((a, b) => a.sequence - b.sequence).map((step, index) => [step, index]));
    const changes: ProcedureChange[] = [];
    const changedSteps: string[] = [];
    let flowChanged = added.length > 0 || removed.length > 0 || renamed.size > 0;
    const minutesBefore = before.timeRules.minutesPerDay;
    const minutesAfter = after.timeRules.minutesPerDay;
    for (const step of after.steps) {
        const at = { step: step.id, stepNumber: step.sequence };
        const was = pairs.get(step);
        if (was === undefined) {
            changes.push({ kind: 'step-added', ...at, after: step.title });
            changedSteps.push(step.id);
            continue;
        }
        const own: ProcedureChange[] = [];
        const compare = (kind: ProcedureChange['kind'], a: string, b: string): void => {
            if (a !== b) own.push({ kind, ...at, before: a, after: b });
        };
        if (was.id !== step.id) own.push({ kind: 'step-renamed', ...at, before: was.id, after: step.id });
        if (oldRank.get(was) !== newRank.get(step)) own.push({ kind: 'step-moved', ...at, before: String(was.sequence), after: String(step.sequence) });
        compare('step-retitled', was.title, step.title);
        compare('step-reassigned', performersText(was.performers), performersText(step.performers));
        compare('step-retimed', durationText(was, minutesBefore), durationText(step, minutesAfter));
        compare('step-counted', uncountedText(was) || COUNTED, uncountedText(step) || COUNTED);
        const routes = routesText(was, renamed);
        const routesNow = routesText(step);
        if (routes !== routesNow) {
            own.push({ kind: 'step-rerouted', ...at, before: routes, after: routesNow });
            flowChanged = true;
        }
        compare('step-handover', handoverText(was.handover, minutesBefore), handoverText(step.handover, minutesAfter));
        if (own.length > 0) {
            changes.push(...own);
            changedSteps.push(step.id);
        }
    }
    for (const step of removed) changes.push({ kind: 'step-removed', step: step.id, stepNumber: step.sequence, before: step.title });
    return { changes, changedSteps, flowChanged };
}

function durationText(step: StepModel, minutesPerDay: number): string {
    return step.duration ? formatDuration(step.duration, minutesPerDay) : '';
}

/** A step's transitions as one line: `ThamDinh; Hồ sơ chưa đầy đủ: HuongDanBoSung` (old names mapped to new ones). */
function routesText(step: StepModel, renamed: ReadonlyMap<string, string> = new Map()): string {
    // The default flow first, then the outcomes and cases by their label.
    return step.transitions
        .map(t => {
            const label = t.caseId !== undefined ? t.caseId : OUTCOMES[t.outcome] ?? '';
            return { label, text: `${label !== '' ? `${label}: ` : ''}${t.targets.map(target => renamed.get(target) ?? target).join(' + ')}` };
        })
        .sort((a, b) => compareText(a.label, b.label) || compareText(a.text, b.text))
        .map(route => route.text)
        .join('; ');
}

function handoverText(handover: HandoverModel | undefined, minutesPerDay: number): string {
    if (!handover) return '';
    const channel = handover.channel !== undefined ? ` (${handover.channel})` : '';
    return `${handover.partner.title}${channel}, ${formatDuration(handover.deadline, minutesPerDay)}${handover.notCounted ? `, ${NOT_COUNTED.toLowerCase()}` : ''}`;
}
