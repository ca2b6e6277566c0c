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
