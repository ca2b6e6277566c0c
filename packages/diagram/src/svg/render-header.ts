/** The header: code and title, the planned total and each channel's statutory time (red when over). */
import { escapeMarkupText } from '@tthc/compiler';
import type { DiagramGraph } from '../graph/graph-model.js';
import { charsThatFit, wrapText } from '../layout/text-metrics.js';
import { COLORS } from './svg-theme.js';
import { attrs } from './svg-attributes.js';
import { diagnosticsTooltip } from './severity-labels.js';

const TITLE = { size: 16, bold: true };
const LINE = 22;
const MAX_TITLE_LINES = 3;

/** The header's wrapped title lines for a diagram of `width`. */
export function headerLines(graph: DiagramGraph, width: number): string[] {
    const lines = wrapText(`${graph.code} – ${graph.title}`, charsThatFit(Math.max(width, 480) - 24, TITLE));
    if (lines.length > MAX_TITLE_LINES) {
        // The full title is in the document's <title>; the header keeps three lines.
        return [...lines.slice(0, MAX_TITLE_LINES - 1), `${lines[MAX_TITLE_LINES - 1]}…`];
    }
    return lines;
}

/** Height of the header for its title lines. */
export function headerHeight(lines: readonly string[], hasGeneralDiagnostics: boolean): number {
    return 14 + lines.length * LINE + 24 + (hasGeneralDiagnostics ? 20 : 0) + 8;
}

/** Renders the header. */
export function renderHeader(graph: DiagramGraph, lines: readonly string[]): string {
    const out: string[] = ['<g class="header">'];
    lines.forEach((line, i) => {
        out.push(`<text${attrs({ class: 'header-title', x: 12, y: 14 + (i + 1) * LINE - 6, 'font-size': TITLE.size, 'font-weight': 'bold', fill: COLORS.text })}>${escapeMarkupText(line)}</text>`);
    });
    const y = 14 + lines.length * LINE + 16;
    const parts = [`<tspan class="total" font-weight="bold">Tổng thời gian (đường găng): ${escapeMarkupText(graph.total)}</tspan>`];
    for (const c of graph.channels) {
        const text = `${c.label}: quy định ${c.statutory}${c.over ? ' – VƯỢT' : ''}`;
        parts.push(`<tspan> | </tspan><tspan${attrs({ class: c.over ? 'channel over' : 'channel', 'data-channel': c.kind, fill: c.over ? COLORS.over : COLORS.ok, 'font-weight': c.over ? 'bold' : undefined })}>${escapeMarkupText(text)}</tspan>`);
    }
    out.push(`<text${attrs({ class: 'header-totals', x: 12, y, 'font-size': 13, fill: COLORS.text })}>${parts.join('')}</text>`);
    if (graph.diagnostics.length > 0) {
        const worst = graph.diagnostics.some(d => d.severity === 'error') ? 'error' : 'warning';
        const tip = diagnosticsTooltip(graph.diagnostics);
        out.push(`<g class="diagnostic" data-severity="${worst}"><title>${escapeMarkupText(tip)}</title><text${attrs({ x: 12, y: y + 20, 'font-size': 12, fill: COLORS.severity[worst] })}>${escapeMarkupText(`⚠ ${graph.diagnostics.length} chẩn đoán của thủ tục (di chuột để xem)`)}</text></g>`);
    }
    out.push('</g>');
    return out.join('');
}
