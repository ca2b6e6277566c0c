import type { CatalogueChange, ProcedureChange, ProcedureDiff, ProvinceBuild, WorkspaceDiff } from '@tthc/compiler';
import { relativeSource } from '@tthc/compiler';
import { diffMessages, type DiffMessages } from './diff-messages.js';

/** A diff with the two versions it was computed from (renderers say where each procedure is written). */
export interface DiffInput {
    readonly diff: WorkspaceDiff;
    readonly before: ProvinceBuild;
    readonly after: ProvinceBuild;
}

/**
 * One change as a row a reviewer reads: what, before, after (source texts unescaped: each renderer escapes).
 * `before` is absent for what was added, `after` for what was removed; an empty one is "none" (no time, say).
 */
export interface ChangeRow {
    readonly what: string;
    readonly before?: string;
    readonly after?: string;
}

/**
 * A procedure change as a row, in the run's language (or in `say`'s: the review site's is Vietnamese):
 * `Bước 3 (KyGiayKhaiSinh): thời gian`.
 */
export function procedureRow(change: ProcedureChange, say: DiffMessages = diffMessages): ChangeRow {
    const about = [
        change.step !== undefined && change.stepNumber !== undefined ? say.step(change.stepNumber, change.step) : '',
        change.channel !== undefined ? say.channels[change.channel] ?? change.channel : '',
        change.subject !== undefined && !change.kind.endsWith('-added') && !change.kind.endsWith('-removed') ? change.subject : ''
    ].filter(part => part !== '');
    const what = about.length > 0 ? `${about.join(', ')}: ${say.kinds[change.kind]}` : say.kinds[change.kind];
    let after = change.after;
    if (change.kind === 'planned' && change.statutory !== undefined) {
        after += ` (${change.exceedsStatutory ? say.exceeds(change.statutory) : say.within(change.statutory)})`;
    }
    return { what, ...(change.before !== undefined ? { before: change.before } : {}), ...(after !== undefined ? { after } : {}) };
}

/** A catalogue change as a row: `SoNoiVu.ChuyenVien: tên chức danh`. */
export function catalogueRow(change: CatalogueChange): ChangeRow {
    const say = diffMessages;
    const value = (text: string): string => (change.kind === 'position-leader' ? say.leader(text === 'true') : text);
    return {
        what: `${change.subject}: ${say.kinds[change.kind]}`,
        ...(change.before !== undefined ? { before: value(change.before) } : {}),
        ...(change.after !== undefined ? { after: value(change.after) } : {})
    };
}

/** Where a procedure is written, relative to its province's folder (the old version's for a removed one). */
export function procedureFile(input: DiffInput, procedure: ProcedureDiff): string {
    const build = procedure.status === 'removed' ? input.before : input.after;
    const at = relativeSource(build, procedure.source);
    return `${at.file}:${at.line}`;
}

/** The status of a procedure in the run's language. */
export function statusText(procedure: ProcedureDiff): string {
    return diffMessages[procedure.status];
}

/** The one-line summary of a diff. */
export function summaryLine(diff: WorkspaceDiff): string {
    const count = (status: ProcedureDiff['status']): number => diff.procedures.filter(p => p.status === status).length;
    return diffMessages.summary(count('changed'), count('added'), count('removed'), diff.unchanged, diff.catalogue.length);
}
