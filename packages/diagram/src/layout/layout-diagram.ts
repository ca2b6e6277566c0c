/**
 * Graph model → geometry: sizes from the content (node-content.ts), placement and routes from the
 * compiler's lane-grid layout (the engine the BPMN target's diagram uses too), lane and group bands
 * and labels here.
 */
import { layoutLanes } from '@tthc/compiler';
import type { DiagramGraph, LaneGroup } from '../graph/graph-model.js';
import { edgeLabel } from './edge-labels.js';
import type { DiagramLayout, EdgeLayout, GroupLayout, LaneLayout, NodeLayout } from './layout-model.js';
import { nodeContent } from './node-content.js';
import { GROUP_BAR, LANE_TITLE } from './title-band.js';

// Room under the last lane.
const BOTTOM_MARGIN = 10;

/** Lays out a diagram below a header of `headerHeight`. */
export function layoutDiagram(graph: DiagramGraph, headerHeight: number): DiagramLayout {
    const contents = new Map(graph.nodes.map(n => [n.id, nodeContent(n)]));
    const laid = layoutLanes({
        lanes: graph.lanes.map(l => l.id),
        nodes: graph.nodes.map(n => {
            const content = contents.get(n.id)!;
            return { id: n.id, laneId: n.laneId, main: n.mainFlow, gateway: false, width: content.width, height: content.height };
        }),
        edges: graph.edges
    }, { left: GROUP_BAR + LANE_TITLE, top: headerHeight });
    const { grid } = laid;
    const width = grid.area.x + grid.area.width;

    const lanes = new Map<string, LaneLayout>();
    for (const [id, band] of grid.lanes) lanes.set(id, { id, x: 0, y: band.y, width, height: band.height });
    const groups: GroupLayout[] = [];
    for (const lane of graph.lanes) {
        const band = lanes.get(lane.id) as LaneLayout;
        const last = groups.at(-1);
        if (last !== undefined && last.group === lane.group) {
            groups[groups.length - 1] = { ...last, height: band.y + band.height - last.y };
        } else {
            groups.push({ group: lane.group as LaneGroup, x: 0, y: band.y, width, height: band.height });
        }
    }

    const nodes = new Map<string, NodeLayout>();
    for (const node of graph.nodes) {
        const box = laid.nodes.get(node.id);
        const content = contents.get(node.id);
        if (box !== undefined && content !== undefined) nodes.set(node.id, { ...box, content });
    }
    const edges = new Map<string, EdgeLayout>();
    for (const edge of graph.edges) {
        const points = laid.edges.get(edge.id);
        if (points === undefined) continue;
        const adjacent = grid.cellOf(edge.target).column === grid.cellOf(edge.source).column + 1;
        edges.set(edge.id, { points, label: edgeLabel(points, adjacent) });
    }
    return {
        width: Math.ceil(width), height: Math.ceil(grid.area.y + grid.area.height + BOTTOM_MARGIN), headerHeight,
        lanes, groups, nodes, edges
    };
}
