/**
 * The BPMN drawing's own sizes: each kind of flow node (bpmn-js's defaults, tasks a little wider for
 * Vietnamese titles) and its labels. Points and bounds are the shared layout's (../../layout).
 */
import type { FlowNodeKind } from './bpmn-graph.js';

export type { Bounds, Point } from '../../layout/geometry.js';

/** The width and height a flow node is drawn with. */
export function nodeSize(kind: FlowNodeKind): { width: number; height: number } {
    switch (kind) {
        case 'userTask': return { width: 120, height: 80 };
        case 'exclusiveGateway':
        case 'parallelGateway': return { width: 50, height: 50 };
        case 'startEvent':
        case 'endEvent': return { width: 36, height: 36 };
    }
}

/** Whether a flow node is a gateway (drawn as a diamond, branching from its corners). */
export function isGateway(kind: FlowNodeKind): boolean {
    return kind === 'exclusiveGateway' || kind === 'parallelGateway';
}

/**
 * Bounds for a label of `text` whose box is at most `maxWidth` wide: an estimate (about 6.5 units a
 * character at bpmn.io's 11px font), since no text is measured here. Viewers draw the text inside.
 */
export function labelSize(text: string, maxWidth: number): { width: number; height: number } {
    const perLine = Math.max(1, Math.floor(maxWidth / 6.5));
    const lines = Math.max(1, Math.ceil(text.length / perLine));
    const width = lines > 1 ? maxWidth : Math.max(20, Math.ceil(text.length * 6.5));
    return { width, height: lines * 14 };
}
