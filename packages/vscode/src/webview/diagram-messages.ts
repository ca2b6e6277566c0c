/** Messages between the diagram view's page and the extension. */

/** From the extension: a new drawing. */
export interface ShowDiagramMessage {
    readonly type: 'diagram';
    readonly procedure: string;
    readonly svg: string;
    readonly errors: number;
}

/** From the extension: no drawing now (the page keeps its last one and says why). */
export interface UnavailableMessage {
    readonly type: 'unavailable';
    readonly procedure?: string;
    readonly reason: string;
}

/** From the page: the user clicked a step's box. */
export interface RevealMessage {
    readonly type: 'reveal';
    readonly node: string;
}

/**
 * From the page: its script is listening. A message the extension posted before that may be lost
 * (a webview loads its script after the panel is created), so the extension posts its last one again.
 */
export interface ReadyMessage {
    readonly type: 'ready';
}

export type ToPageMessage = ShowDiagramMessage | UnavailableMessage;
export type FromPageMessage = RevealMessage | ReadyMessage;

/**
 * The page's own texts, in the user's language: the extension localises them (vscode.l10n) and
 * writes them into the page as JSON in the status line's `data-texts` attribute. `{0}`, `{1}` are
 * filled in by the page.
 */
export interface DiagramPageTexts {
    /** The page's title and the drawing's label. */
    readonly title: string;
    readonly waiting: string;
    readonly fitToWidth: string;
    readonly actualSize: string;
    /** Why a drawing is not shown when its SVG does not parse (a reason, like the server's). */
    readonly unreadable: string;
    /** `{0}`: the procedure. */
    readonly oneError: string;
    /** `{0}`: the procedure, `{1}`: how many errors. */
    readonly errors: string;
    /** `{0}`: the procedure shown, `{1}`: why the new text cannot be drawn. */
    readonly lastValid: string;
}
