/**
 * The requests the extension sends to the language server beyond LSP: shared by both sides so that
 * their shapes cannot drift. Positions and ranges are LSP's (0-based lines and characters).
 */

/** An LSP range, 0-based. */
export interface Range {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
}

/**
 * Which procedure of a document: the one named, else the one at the position, else the document's
 * first.
 */
export interface ProcedureAtParams {
    readonly uri: string;
    readonly procedure?: string;
    readonly position?: { readonly line: number; readonly character: number };
}

/** `tthc/diagram`: the workflow diagram of the procedure at a position. */
export const DIAGRAM_REQUEST = 'tthc/diagram';

/** The answer to `tthc/diagram`: a drawing, or why there is none now. */
export type DiagramResult =
    | {
        readonly kind: 'diagram';
        readonly procedure: string;
        /** The SVG document (every source text escaped by the diagram package). */
        readonly svg: string;
        /** Where each step box's step is written, by the box's `data-node` id. */
        readonly nodes: Readonly<Record<string, Range>>;
        /** How many errors the procedure has now (the drawing still shows them). */
        readonly errors: number;
    }
    | {
        readonly kind: 'unavailable';
        /** The procedure being drawn, when there is one. */
        readonly procedure?: string;
        /** Why no diagram can be drawn now, in a sentence for the user. */
        readonly reason: string;
    };

/** `tthc/publicationTable`: the publication table (HTML fragment) of the procedure at a position. */
export const PUBLICATION_TABLE_REQUEST = 'tthc/publicationTable';

/** The answer to `tthc/publicationTable`. */
export type PublicationTableResult =
    | { readonly kind: 'table'; readonly procedure: string; readonly title: string; readonly html: string; readonly style: string }
    | { readonly kind: 'unavailable'; readonly procedure?: string; readonly reason: string };

/** `tthc/projects`: the provinces of the workspace (the folders that hold a catalogue). */
export const PROJECTS_REQUEST = 'tthc/projects';

/** A province of the workspace. */
export interface ProjectInfo {
    /** The catalogue's folder, as a URI. */
    readonly folder: string;
    readonly province: string;
    readonly title: string;
}

/** `tthc/timeSummaries`: which procedures of a document plan more time than the law allows. */
export const TIME_SUMMARIES_REQUEST = 'tthc/timeSummaries';

/** A procedure's planned time against its statutory time, for the editor's decorations. */
export interface TimeSummary {
    readonly procedure: string;
    /** The `procedure` line, 0-based. */
    readonly line: number;
    readonly over: boolean;
    /** e.g. `over by 1h: planned 1d 1h of 1 working day`. */
    readonly text: string;
}

/** `tthc/dueOptions`: what the due-times command may ask about the procedure at a position. */
export const DUE_OPTIONS_REQUEST = 'tthc/dueOptions';

/** The answer to `tthc/dueOptions`: the channels and cases to choose from, and "now" to prefill the receipt. */
export type DueOptionsResult =
    | {
        readonly kind: 'options';
        readonly procedure: string;
        /** The declared channels (`in-person`, `online`, `postal`), the default first. */
        readonly channels: ReadonlyArray<{ readonly kind: string; readonly label: string }>;
        /** The cases, by name, with their titles (source text: shown as plain text only). */
        readonly cases: ReadonlyArray<{ readonly name: string; readonly title: string }>;
        /** Whether the procedure has a flow of its own; without one, a case must be chosen. */
        readonly ownFlow: boolean;
        /** The server's "now", local time in Vietnam (`2026-12-07T09:12+07:00`). */
        readonly now: string;
    }
    | { readonly kind: 'unavailable'; readonly procedure?: string; readonly reason: string };

/** `tthc/dueTimes`: the due times of every step of a procedure for a receipt the designer picks. */
export const DUE_TIMES_REQUEST = 'tthc/dueTimes';

/** Which procedure (as `ProcedureAtParams`), when it was received, and through which channel and case. */
export interface DueTimesParams extends ProcedureAtParams {
    /** ISO 8601 local date-time (`2026-12-07T09:00`); an offset is converted to Vietnam's time. */
    readonly received: string;
    readonly channel?: string;
    readonly condition?: string;
}

/** One step's dates, ISO 8601 with `+07:00`. */
export interface DueStep {
    readonly step: string;
    readonly start: string;
    readonly due: string;
    /** Steps of unknown length this date still waits for ("+ the time of …"). */
    readonly plus: readonly string[];
    readonly notCounted?: string;
}

/** The answer to `tthc/dueTimes`: the plan, and a Markdown document of it in the client's language. */
export type DueTimesResult =
    | {
        readonly kind: 'due';
        readonly procedure: string;
        readonly received: string;
        readonly clockStarts: string;
        readonly due: string;
        readonly duePlus: readonly string[];
        readonly appointment: string;
        readonly limit?: string;
        readonly steps: readonly DueStep[];
        /** Years reached with no days off declared (the dates there may be early). */
        readonly yearsNotCovered: readonly number[];
        /** The whole plan as a Markdown document (every source text escaped). */
        readonly markdown: string;
    }
    | { readonly kind: 'unavailable'; readonly procedure?: string; readonly reason: string };
