/** Lane bands with their titles, and the level groups' vertical title bars on the far left. */
import { escapeMarkupText } from '@tthc/compiler';
import type { DiagramGraph, LaneGroup } from '../graph/graph-model.js';
import { GROUP_BAR, LANE_TITLE } from '../layout/title-band.js';
import type { DiagramLayout } from '../layout/layout-model.js';
import { charsThatFit, wrapText } from '../layout/text-metrics.js';
import { COLORS } from './svg-theme.js';
import { attrs } from './svg-attributes.js';

const GROUP_TITLES: Readonly<Record<LaneGroup, string>> = {
    province: 'Cấp tỉnh',
    commune: 'Cấp xã',
    partner: 'Cơ quan liên thông',
    applicant: 'Tổ chức, cá nhân'
};

const LANE_FONT = { size: 12, bold: true };

/** Renders the groups and lanes. */
export function renderLanes(graph: DiagramGraph, layout: DiagramLayout): string {
    const out: string[] = ['<g class="lanes">'];
    graph.lanes.forEach((lane, i) => {
        const box = layout.lanes.get(lane.id);
        if (box === undefined) return;
        out.push(`<g${attrs({ class: 'lane', 'data-lane': lane.id, 'data-group': lane.group })}>`);
        out.push(`<rect${attrs({ x: GROUP_BAR, y: box.y, width: box.width - GROUP_BAR, height: box.height, fill: COLORS.laneFill[i % 2], stroke: COLORS.laneStroke })}/>`);
        out.push(`<line${attrs({ x1: GROUP_BAR + LANE_TITLE, y1: box.y, x2: GROUP_BAR + LANE_TITLE, y2: box.y + box.height, stroke: COLORS.laneStroke })}/>`);
        const lines = wrapText(lane.title, charsThatFit(LANE_TITLE - 16, LANE_FONT));
        const top = box.y + box.height / 2 - (lines.length * 16) / 2 + 12;
        out.push(`<text${attrs({ class: 'lane-title', x: GROUP_BAR + 8, y: top, 'font-size': LANE_FONT.size, 'font-weight': 'bold', fill: COLORS.text })}>`);
        lines.forEach((line, j) => out.push(`<tspan${attrs({ x: GROUP_BAR + 8, y: top + j * 16 })}>${escapeMarkupText(line)}</tspan>`));
        out.push('</text></g>');
    });
    for (const group of layout.groups) {
        const cx = GROUP_BAR / 2;
        const cy = group.y + group.height / 2;
        out.push(`<g${attrs({ class: 'lane-group', 'data-group': group.group })}>`);
        out.push(`<rect${attrs({ x: 0, y: group.y, width: GROUP_BAR, height: group.height, fill: COLORS.groupFill[group.group], stroke: COLORS.laneStroke })}/>`);
        out.push(`<text${attrs({ x: cx, y: cy, 'font-size': 12, 'font-weight': 'bold', 'text-anchor': 'middle', 'dominant-baseline': 'middle', transform: `rotate(-90 ${cx} ${Math.round(cy * 10) / 10})`, fill: COLORS.text })}>${escapeMarkupText(GROUP_TITLES[group.group])}</text>`);
        out.push('</g>');
    }
    out.push('</g>');
    return out.join('');
}
