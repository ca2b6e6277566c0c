import type { ImportedCatalogue } from './catalogue-model.js';
import type { RoleMeaning } from './map-roles.js';
import type { CaseTimeItem } from './parse-texts.js';
import type { DossierTemplateDoc, ServiceInfoDoc, ServiceProcessDoc } from './bundle-documents.js';

/** Something of the bundle the import could not map faithfully; it is written as `unresolved "…"` where it belongs. */
export interface UnresolvedItem {
    readonly file: string;
    readonly line: number;
    /** What was read (short) and why it could not be mapped, in the run's language. */
    readonly what: string;
    readonly why: string;
}

/** One procedure of the workspace being written. */
export interface MappedProcedure {
    readonly code: string;
    readonly name: string;
    /** The procedure's title (the service's name). */
    readonly title: string;
    readonly text: string;
    /** The lines of `text` that are the procedure's record (what a group's member declares), without the header. */
    readonly record: readonly string[];
    /** The lines of `text` that are its internal procedure (bodies, cases, parts, steps), without the closing brace. */
    readonly flow: readonly string[];
    readonly unresolved: readonly UnresolvedItem[];
}

/** The documents of one procedure and what the whole bundle tells about its roles. */
export interface ProcedureSources {
    readonly service: ServiceInfoDoc;
    readonly template?: DossierTemplateDoc;
    readonly process?: ServiceProcessDoc;
    readonly roles: ReadonlyMap<string, RoleMeaning>;
    readonly catalogue: ImportedCatalogue;
    /** The procedure's name (ID), unique in the workspace. */
    readonly name: string;
    /** Every statutory time is in calendar days without a conversion: step hours were converted at 5 days a week. */
    calendarDays?: boolean;
    /** The cases' own statutory times and totals read from `durationText`, for the cases of the process. */
    caseTimes?: readonly CaseTimeItem[];
    /** The procedure's published total as `durationText` gives it (`96 giờ làm việc (…)`), to read with `totalLiteral`. */
    procedureTotal?: string;
    /** The procedure's time rules as `durationText` gives them, to read with `timeRuleLiteral`. */
    timeRules?: readonly string[];
    /** The procedure's level, once read. */
    level?: string;
    /** The province's title, to tell a procedure without implementing unit. */
    readonly provinceTitle: string;
}

/** Records an unresolved item and returns its `unresolved "…"` line. */
export type Flag = (file: string, line: number, what: string, why: string) => string;

// A text the target cut at the schema's length ends with `…` (xml.ts, fieldText).
export const CUT = '…';
