/**
 * What changed between two versions of a province's procedures, as plain data: the typed change model
 * `diffBuilds` returns and every renderer (text, Markdown, JSON, the review site) reads. Values are the
 * texts the published tables show (`2 ngày làm việc`, `Chuyên viên (Sở Tư pháp)`), so that a reviewer
 * reads the same words in the diff as in the decision; identifiers (`KyGiayKhaiSinh`) are kept beside them.
 */

import type { SourceRef } from '../model/procedure-model.js';

/** What changed in a procedure's record or its internal procedure. */
/** The name of a level as the diff says it (Vietnamese, as every value of the report is written). */
export const LEVEL_NAMES: Readonly<Record<string, string>> = { province: 'cấp tỉnh', commune: 'cấp xã', central: 'trung ương' };

export type ProcedureChangeKind =
    | 'title' | 'sector' | 'level' | 'authority' | 'online'
    | 'legal-added' | 'legal-removed' | 'legal-retitled'
    | 'channel-added' | 'channel-removed' | 'statutory-time' | 'fee-added' | 'fee-removed' | 'fee-changed'
    | 'document-added' | 'document-removed' | 'document-changed'
    | 'result-added' | 'result-removed'
    | 'case-added' | 'case-removed' | 'case-time'
    | 'total' | 'planned'
    | 'step-added' | 'step-removed' | 'step-renamed' | 'step-retitled' | 'step-reassigned' | 'step-retimed'
    | 'step-counted' | 'step-rerouted' | 'step-handover' | 'step-moved';

/** One change of a procedure. Absent `before` means added; absent `after` means removed. */
export interface ProcedureChange {
    readonly kind: ProcedureChangeKind;
    /** The step it is about: its id in the new version (in the old one when it was removed). */
    readonly step?: string;
    /** That step's 1-based position (in the new version, or the old one when it was removed). */
    readonly stepNumber?: number;
    /** The channel it is about (`in-person`, `online`, `postal`). */
    readonly channel?: string;
    /** What else it is about: a legal text's number, a document's or a case's title. */
    readonly subject?: string;
    readonly before?: string;
    readonly after?: string;
    /** For `planned`: the shortest statutory time of the new version's channels, and whether the total exceeds it. */
    readonly statutory?: string;
    readonly exceedsStatutory?: boolean;
}

/** How a procedure differs: by its code, it is new, gone, or changed. */
export interface ProcedureDiff {
    readonly code: string;
    /** The procedure's name (in the new version, or the old one when removed). */
    readonly id: string;
    /** Its title (in the new version, or the old one when removed). */
    readonly title: string;
    readonly status: 'added' | 'removed' | 'changed';
    /** Empty for an added or removed procedure. */
    readonly changes: readonly ProcedureChange[];
    /** The new version's steps that are new or changed, in its order (for highlighting in a diagram). */
    readonly changedSteps: readonly string[];
    /** True when steps were added, removed, renamed or re-routed: the flow itself changed. */
    readonly flowChanged: boolean;
    /** Where the procedure is written (new version; old one when removed). */
    readonly source: SourceRef;
}

/** What changed in the catalogue. */
export type CatalogueChangeKind =
    | 'province-retitled'
    | 'unit-added' | 'unit-removed' | 'unit-retitled' | 'unit-relevelled'
    | 'position-added' | 'position-removed' | 'position-retitled' | 'position-leader'
    | 'successor-added' | 'successor-removed'
    | 'form-added' | 'form-removed' | 'form-retitled';

/** One change of the catalogue; `subject` is a unit's, a position's (`Unit.Position`) or a form's name. */
export interface CatalogueChange {
    readonly kind: CatalogueChangeKind;
    readonly subject: string;
    readonly before?: string;
    readonly after?: string;
}

/** Every change between two versions of a province, in a deterministic order. */
export interface WorkspaceDiff {
    readonly province: { readonly id: string; readonly title: string };
    /** Catalogue changes: the province, then units (with their positions and successors) in the new order, then forms. */
    readonly catalogue: readonly CatalogueChange[];
    /** Procedures that differ, by code. */
    readonly procedures: readonly ProcedureDiff[];
    /** How many procedures are in both versions and did not change. */
    readonly unchanged: number;
}

/** True when the two versions differ at all. */
export function hasChanges(diff: WorkspaceDiff): boolean {
    return diff.catalogue.length > 0 || diff.procedures.length > 0;
}
