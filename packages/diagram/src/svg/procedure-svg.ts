/**
 * The diagram of one procedure as a standalone SVG document: intermediate model → graph model →
 * layout → SVG. Pure and browser-safe (no Node modules); the same input gives the same bytes.
 */
import { escapeMarkupText, type ProcedureModel } from '@tthc/compiler';
import { tooLargeToDraw } from '../diagram-limit.js';
import { buildGraph, stepNodeId } from '../graph/build-graph.js';
import type { DiagramDiagnostic } from '../graph/graph-model.js';
import { layoutDiagram } from '../layout/layout-diagram.js';
import { headerHeight, headerLines, renderHeader } from './render-header.js';
import { renderEdges } from './render-edges.js';
import { renderLanes } from './render-lanes.js';
import { renderNodes } from './render-nodes.js';
import { FONT_FAMILY, markerDefs } from './svg-theme.js';
import { tooLargeBody } from './too-large-svg.js';
import { attrs } from './svg-attributes.js';

/** Options of {@link procedureSvg}. */
export interface ProcedureSvgOptions {
    /** Diagnostics to mark: on their step's box, or in the header when they have no (known) step. */
    readonly diagnostics?: readonly DiagramDiagnostic[];
    /** Steps (by id) whose boxes get the class `changed`, for a page's stylesheet to highlight (the review site's `--since`). */
    readonly changedSteps?: readonly string[];
}

/**
 * Draws a procedure: swimlanes by level and unit, a box per step with its title, unit and
 * position, time limit and cumulative time, labelled edges (exceptions dashed, critical path thick),
 * and a header with the total against each channel's statutory time. A procedure of more than
 * `DIAGRAM_STEP_LIMIT` steps gets the header and a notice instead of a diagram no one could read.
 */
export function procedureSvg(procedure: ProcedureModel, options: ProcedureSvgOptions = {}): string {
    if (tooLargeToDraw(procedure)) {
        // Every diagnostic goes to the header: there are no step boxes to mark.
        const graph = buildGraph({ ...procedure, steps: [] }, (options.diagnostics ?? []).map(d => ({ severity: d.severity, message: d.message })));
        const body = tooLargeBody(graph, procedure.steps.length);
        return document(procedure, body.width, body.height, body.content);
    }
    const graph = buildGraph(procedure, options.diagnostics ?? []);
    // Lay out first without the header: the header's title wraps to the diagram's width.
    const body = layoutDiagram(graph, 0);
    const lines = headerLines(graph, body.width);
    const top = headerHeight(lines, graph.diagnostics.length > 0);
    return document(procedure, Math.max(body.width, 480), body.height + top, [
        renderHeader(graph, lines),
        `<g class="body" transform="translate(0 ${top})">`,
        renderLanes(graph, body),
        renderEdges(graph.edges, body),
        renderNodes(graph.nodes, body, new Set((options.changedSteps ?? []).map(stepNodeId))),
        '</g>'
    ].join(''));
}

function document(procedure: ProcedureModel, width: number, height: number, content: string): string {
    return [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        `<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_FAMILY, role: 'img', 'data-procedure': procedure.id })}>`,
        `<title>${escapeMarkupText(`${procedure.code} – ${procedure.title}`)}</title>`,
        markerDefs(),
        `<rect${attrs({ x: 0, y: 0, width, height, fill: '#ffffff' })}/>`,
        content,
        '</svg>\n'
    ].join('');
}
