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

export type ToPageMessage = ShowDiagramMessage | UnavailableMessage;
export type FromPageMessage = RevealMessage;
