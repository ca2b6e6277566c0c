/**
 * The drawing of a procedure with more steps than a diagram can show (diagram-limit.ts): the usual
 * header (code, title, totals, diagnostics) and a box saying how many steps there are and where to
 * read them. It costs the same whatever the size, so a province with a 10,000-step procedure builds.
 */
import type { DiagramGraph } from '../graph/graph-model.js';
import { DIAGRAM_STEP_LIMIT } from '../diagram-limit.js';
import { charsThatFit, wrapText } from '../layout/text-metrics.js';
import { headerHeight, headerLines, renderHeader } from './render-header.js';
import { COLORS } from './svg-theme.js';
import { escapeMarkupText } from '@tthc/compiler';
import { attrs } from './svg-attributes.js';

const WIDTH = 720;
const PADDING = 14;
const NOTICE = { size: 14, bold: true, line: 20 };
const HINT = { size: 12, bold: false, line: 17 };

/** The header and the notice; `steps`: how many steps the procedure has. */
export function tooLargeBody(graph: DiagramGraph, steps: number): { width: number; height: number; content: string } {
    const lines = headerLines(graph, WIDTH);
    const top = headerHeight(lines, graph.diagnostics.length > 0);
    const inner = WIDTH - 24 - 2 * PADDING;
    // Reviewers read Vietnamese, like the rest of the diagram.
    const notice = wrapText(`Thủ tục có ${groupDigits(steps)} bước: quá nhiều để vẽ thành sơ đồ (tối đa ${DIAGRAM_STEP_LIMIT} bước).`, charsThatFit(inner, NOTICE));
    const hint = wrapText('Xem các bước trong bảng quy trình (tthc build --target table) hoặc tách thành các thủ tục nhỏ hơn.', charsThatFit(inner, HINT));
    const box = { x: 12, y: top + 8, width: WIDTH - 24, height: 2 * PADDING + notice.length * NOTICE.line + 6 + hint.length * HINT.line };
    const x = box.x + PADDING;
    let y = box.y + PADDING;
    const text = (style: typeof NOTICE, color: string, content: readonly string[]): string => content.map(line => {
        y += style.line;
        return `<text${attrs({ x, y: y - 5, 'font-size': style.size, 'font-weight': style.bold ? 'bold' : undefined, fill: color })}>${escapeMarkupText(line)}</text>`;
    }).join('');
    const noticeText = text(NOTICE, COLORS.text, notice);
    y += 6;
    const hintText = text(HINT, COLORS.muted, hint);
    const content = [
        renderHeader(graph, lines),
        `<g${attrs({ class: 'too-large', 'data-steps': steps })}>`,
        `<rect${attrs({ ...box, rx: 6, fill: COLORS.partnerFill, stroke: COLORS.severity.info, 'stroke-width': 1.5 })}/>`,
        noticeText,
        hintText,
        '</g>'
    ].join('');
    return { width: WIDTH, height: box.y + box.height + 12, content };
}

// 10000 → 10.000, as Vietnamese writes it; by hand, so the bytes do not depend on the run time's locale data.
function groupDigits(n: number): string {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
