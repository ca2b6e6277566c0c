/**
 * Nodes: step and partner boxes with their wrapped lines, start and end circles, and diagnostic
 * markers whose messages are in a <title> tooltip.
 */
import { escapeMarkupText } from '@tthc/compiler';
import type { DiagramDiagnostic, DiagramNode } from '../graph/graph-model.js';
import type { DiagramLayout, NodeLayout } from '../layout/layout-model.js';
import { PADDING, SMALL_LINE, SMALL_STYLE, TITLE_LINE, TITLE_STYLE } from '../layout/node-content.js';
import { COLORS, DASH } from './svg-theme.js';
import { attrs } from './svg-attributes.js';
import { diagnosticsTooltip } from './severity-labels.js';

/** Renders every laid-out node; the boxes of the nodes in `changed` get the class `changed`. */
export function renderNodes(nodes: readonly DiagramNode[], layout: DiagramLayout, changed: ReadonlySet<string> = new Set()): string {
    const out: string[] = ['<g class="nodes">'];
    for (const node of nodes) {
        const box = layout.nodes.get(node.id);
        if (box === undefined) continue;
        out.push(node.kind === 'step' || node.kind === 'partner' ? renderBox(node, box, changed.has(node.id)) : renderTerminal(node, box));
    }
    out.push('</g>');
    return out.join('');
}

function renderBox(node: DiagramNode, box: NodeLayout, changed: boolean): string {
    const classes = ['node', node.kind, node.critical ? 'critical' : '', node.kind === 'step' && !node.mainFlow ? 'exception' : '', node.diagnostics.length > 0 ? 'has-diagnostics' : '', changed ? 'changed' : '']
        .filter(c => c.length > 0).join(' ');
    const worst = worstSeverity(node.diagnostics);
    const stroke = worst !== undefined ? COLORS.severity[worst] : node.critical ? COLORS.critical : node.kind === 'partner' ? COLORS.handover : COLORS.edge;
    const fill = node.kind === 'partner' ? COLORS.partnerFill : node.mainFlow ? COLORS.stepFill : COLORS.exceptionStepFill;
    const out: string[] = [`<g${attrs({ class: classes, 'data-node': node.id })}>`];
    out.push(`<title>${escapeMarkupText(node.title)}</title>`);
    out.push(`<rect${attrs({
        x: box.x, y: box.y, width: box.width, height: box.height, rx: 6, fill, stroke,
        'stroke-width': node.critical || worst !== undefined ? 3 : 1.2,
        'stroke-dasharray': node.kind === 'step' && !node.mainFlow ? DASH.exception : undefined
    })}/>`);
    const x = box.x + PADDING;
    let y = box.y + PADDING;
    const { title, subtitle, time } = box.content;
    out.push(`<text${attrs({ class: 'node-title', 'font-size': TITLE_STYLE.size, 'font-weight': 'bold', fill: COLORS.text })}>`);
    for (const line of title) {
        y += TITLE_LINE;
        out.push(`<tspan${attrs({ x, y: y - 4 })}>${escapeMarkupText(line)}</tspan>`);
    }
    out.push('</text>');
    if (subtitle.length + time.length > 0) y += 4;
    out.push(smallLines('node-unit', subtitle, COLORS.muted));
    out.push(smallLines('node-time', time, node.critical ? COLORS.critical : COLORS.text));
    if (worst !== undefined) {
        const cx = box.x + box.width - 4;
        const cy = box.y + 4;
        const tip = diagnosticsTooltip(node.diagnostics);
        out.push(`<g${attrs({ class: 'diagnostic', 'data-severity': worst })}><title>${escapeMarkupText(tip)}</title>`);
        out.push(`<circle${attrs({ cx, cy, r: 9, fill: COLORS.severity[worst], stroke: '#ffffff', 'stroke-width': 1.5 })}/>`);
        out.push(`<text${attrs({ x: cx, y: cy + 4, 'font-size': 12, 'font-weight': 'bold', 'text-anchor': 'middle', fill: '#ffffff' })}>!</text></g>`);
    }
    out.push('</g>');
    return out.join('');

    function smallLines(cls: string, lines: readonly string[], color: string): string {
        if (lines.length === 0) return '';
        const parts = [`<text${attrs({ class: cls, 'font-size': SMALL_STYLE.size, fill: color })}>`];
        for (const line of lines) {
            y += SMALL_LINE;
            parts.push(`<tspan${attrs({ x, y: y - 3 })}>${escapeMarkupText(line)}</tspan>`);
        }
        parts.push('</text>');
        return parts.join('');
    }
}

function renderTerminal(node: DiagramNode, box: NodeLayout): string {
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const end = node.kind !== 'start';
    return `<g${attrs({ class: `node ${node.kind}`, 'data-node': node.id })}><title>${escapeMarkupText(node.title)}</title>`
        + `<circle${attrs({ cx, cy, r: box.width / 2, fill: '#ffffff', stroke: node.kind === 'exit' ? COLORS.exception : COLORS.edge, 'stroke-width': end ? 3 : 1.5 })}/>`
        + `<text${attrs({ x: cx, y: box.y + box.height + 14, 'font-size': 11, 'text-anchor': 'middle', fill: COLORS.muted })}>${escapeMarkupText(node.title)}</text></g>`;
}

function worstSeverity(diagnostics: readonly DiagramDiagnostic[]): DiagramDiagnostic['severity'] | undefined {
    const order: ReadonlyArray<DiagramDiagnostic['severity']> = ['error', 'warning', 'info', 'hint'];
    return order.find(s => diagnostics.some(d => d.severity === s));
}
