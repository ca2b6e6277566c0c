/** Edges: orthogonal paths with arrowheads; exception flows dashed, hand-overs dotted, the critical path thick. */
import { escapeMarkupText } from '@tthc/compiler';
import type { DiagramEdge } from '../graph/graph-model.js';
import type { DiagramLayout } from '../layout/layout-model.js';
import { COLORS, DASH } from './svg-theme.js';
import { attrs, num } from './svg-attributes.js';

/** Renders every edge that has a route. */
export function renderEdges(edges: readonly DiagramEdge[], layout: DiagramLayout): string {
    const out: string[] = ['<g class="edges">'];
    for (const edge of edges) {
        const route = layout.edges.get(edge.id);
        if (route === undefined) continue;
        const style = edge.kind === 'handover' ? 'handover' : edge.exception ? 'exception' : edge.critical ? 'critical' : 'flow';
        const color = style === 'handover' ? COLORS.handover : style === 'exception' ? COLORS.exception : style === 'critical' ? COLORS.critical : COLORS.edge;
        const d = route.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`).join(' ');
        out.push(`<g${attrs({ class: `edge ${style}`, 'data-edge': edge.id, 'data-source': edge.source, 'data-target': edge.target, 'data-outcome': edge.outcome })}>`);
        out.push(`<path${attrs({
            d, fill: 'none', stroke: color, 'stroke-width': style === 'critical' ? 3 : 1.5,
            'stroke-dasharray': style === 'exception' ? DASH.exception : style === 'handover' ? DASH.handover : undefined,
            'marker-end': `url(#${style === 'flow' ? 'arrow' : `arrow-${style}`})`
        })}/>`);
        if (edge.label.length > 0) {
            // A white halo (stroke painted under the fill) keeps the label readable over lines.
            out.push(`<text${attrs({
                class: 'edge-label', x: route.label.x, y: route.label.y - 5, 'font-size': 11, 'text-anchor': route.label.anchor, fill: color,
                stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke'
            })}>${escapeMarkupText(edge.label)}</text>`);
        }
        out.push('</g>');
    }
    out.push('</g>');
    return out.join('');
}
