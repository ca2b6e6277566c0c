/**
 * The drawing of a procedure with more steps than a diagram can show (diagram-limit.ts): the usual
 * header (code, title, totals, diagnostics) and a box saying how many steps there are and where to
 * read them. It costs the same whatever the size, so a province with a 10,000-step procedure builds.
 */
import type { DiagramGraph } from '../graph/graph-model.js';
import { DIAGRAM_STEP_LIMIT } from '../diagram-limit.js';
import { headerHeight, headerLines, renderHeader } from './render-header.js';
import { COLORS } from './svg-theme.js';
import { attrs, escapeXml } from './xml-escape.js';

const WIDTH = 720;
const BOX_HEIGHT = 76;

/** The header and the notice; `steps`: how many steps the procedure has. */
export function tooLargeBody(graph: DiagramGraph, steps: number): { width: number; height: number; content: string } {
    const lines = headerLines(graph, WIDTH);
    const top = headerHeight(lines, graph.diagnostics.length > 0);
    const box = { x: 12, y: top + 8, width: WIDTH - 24, height: BOX_HEIGHT };
    // Reviewers read Vietnamese, like the rest of the diagram.
    const count = steps.toLocaleString('vi-VN');
    const content = [
        renderHeader(graph, lines),
        `<g${attrs({ class: 'too-large', 'data-steps': steps })}>`,
        `<rect${attrs({ ...box, rx: 6, fill: COLORS.partnerFill, stroke: COLORS.severity.info, 'stroke-width': 1.5 })}/>`,
        `<text${attrs({ x: box.x + 14, y: box.y + 28, 'font-size': 14, 'font-weight': 'bold', fill: COLORS.text })}>${escapeXml(`Thủ tục có ${count} bước: quá nhiều để vẽ thành sơ đồ (tối đa ${DIAGRAM_STEP_LIMIT} bước).`)}</text>`,
        `<text${attrs({ x: box.x + 14, y: box.y + 54, 'font-size': 12, fill: COLORS.muted })}>${escapeXml('Xem các bước trong bảng quy trình (tthc build --target table) hoặc tách thành các thủ tục nhỏ hơn.')}</text>`,
        '</g>'
    ].join('');
    return { width: WIDTH, height: box.y + box.height + 12, content };
}
