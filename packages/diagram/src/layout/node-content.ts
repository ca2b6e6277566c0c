/**
 * What each node shows and how big it is: the wrapped lines of a step box or partner box and the
 * box size they need. The layout sizes nodes from this; the SVG draws exactly these lines.
 */
import type { DiagramNode } from '../graph/graph-model.js';
import { charsThatFit, wrapText, type TextStyle } from './text-metrics.js';

export const TITLE_STYLE: TextStyle = { size: 13, bold: true };
export const SMALL_STYLE: TextStyle = { size: 11, bold: false };
export const TITLE_LINE = 17;
export const SMALL_LINE = 15;
export const PADDING = 10;
const STEP_WIDTH = 230;
const PARTNER_WIDTH = 190;
const TERMINAL_SIZE = 36;

/** The lines of a node, by role. */
export interface NodeContent {
    readonly width: number;
    readonly height: number;
    readonly title: readonly string[];
    readonly subtitle: readonly string[];
    /** The time line: limit and cumulative time. */
    readonly time: readonly string[];
}

/** The content and size of a node. */
export function nodeContent(node: DiagramNode): NodeContent {
    if (node.kind === 'start' || node.kind === 'end' || node.kind === 'exit') {
        return { width: TERMINAL_SIZE, height: TERMINAL_SIZE, title: [node.title], subtitle: [], time: [] };
    }
    const width = node.kind === 'step' ? STEP_WIDTH : PARTNER_WIDTH;
    const inner = width - 2 * PADDING;
    const title = wrapText(node.title, charsThatFit(inner, TITLE_STYLE));
    const subtitle = node.subtitle === undefined ? [] : wrapText(node.subtitle, charsThatFit(inner, SMALL_STYLE));
    const parts: string[] = [];
    if (node.limit !== undefined) parts.push(node.kind === 'step' ? `Thời hạn: ${node.limit}` : `Hạn liên thông: ${node.limit}`);
    if (node.cumulative !== undefined) parts.push(`Lũy kế: ${node.cumulative}`);
    const time = parts.length === 0 ? [] : wrapText(parts.join(' · '), charsThatFit(inner, SMALL_STYLE));
    const height = 2 * PADDING + title.length * TITLE_LINE + (subtitle.length + time.length) * SMALL_LINE + (subtitle.length + time.length > 0 ? 4 : 0);
    return { width, height, title, subtitle, time };
}
