/**
 * Cells → coordinates. Columns come from ELK; rows are per lane: within one lane and column, nodes
 * take rows 0, 1, … (main flow first, then ELK's top-to-bottom order). Every row has a gutter above
 * it and every column a channel after it, so edges routed through gutters and channels never cross
 * a box.
 */
import type { DiagramGraph, LaneGroup } from '../graph/graph-model.js';
import type { Box, GroupLayout, LaneLayout } from './layout-model.js';
import type { NodeOrder } from './elk-order.js';

/** Left band: the group title bar and the lane titles. */
export const GROUP_BAR = 28;
export const LANE_TITLE = 130;
/** Channel between columns, gutter above each row, margin at the bottom of each lane. */
export const COLUMN_GAP = 120;
export const ROW_GAP = 44;
const LANE_BOTTOM = 16;
const RIGHT_MARGIN = 40;

/** The grid: node boxes, lane and group bands, and the geometry edge routing needs. */
export interface Grid {
    readonly width: number;
    readonly boxes: ReadonlyMap<string, Box>;
    readonly columnOf: ReadonlyMap<string, number>;
    readonly lanes: ReadonlyMap<string, LaneLayout>;
    readonly groups: readonly GroupLayout[];
    /** x of the channel right of column `c` (c = -1: left of the first column). */
    channelAfter(column: number): number;
    /** y of the gutter above a node's row. */
    gutterAbove(nodeId: string): number;
    readonly bottom: number;
}

/** Places the graph's nodes on the grid below `top`. */
export function placeOnGrid(graph: DiagramGraph, sizes: ReadonlyMap<string, { width: number; height: number }>, orders: ReadonlyMap<string, NodeOrder>, top: number): Grid {
    const modelOrder = new Map(graph.nodes.map((n, i) => [n.id, i]));
    const columnOf = new Map(graph.nodes.map(n => [n.id, orders.get(n.id)?.column ?? 0]));
    const columns = Math.max(0, ...columnOf.values()) + 1;

    // Rows within (lane, column) cells.
    const rowOf = new Map<string, number>();
    const laneRows = new Map<string, number>(graph.lanes.map(l => [l.id, 1]));
    const cells = new Map<string, typeof graph.nodes[number][]>();
    for (const node of graph.nodes) {
        const key = `${node.laneId}\u0000${columnOf.get(node.id)}`;
        cells.set(key, [...(cells.get(key) ?? []), node]);
    }
    for (const group of cells.values()) {
        group.sort((a, b) => Number(b.mainFlow) - Number(a.mainFlow)
            || (orders.get(a.id)?.centerY ?? 0) - (orders.get(b.id)?.centerY ?? 0)
            || (modelOrder.get(a.id) ?? 0) - (modelOrder.get(b.id) ?? 0));
        group.forEach((n, row) => {
            rowOf.set(n.id, row);
            laneRows.set(n.laneId, Math.max(laneRows.get(n.laneId) ?? 1, row + 1));
        });
    }

    // Column widths and x positions.
    const widths = new Array<number>(columns).fill(0);
    for (const node of graph.nodes) {
        const c = columnOf.get(node.id) as number;
        widths[c] = Math.max(widths[c], sizes.get(node.id)?.width ?? 0);
    }
    const left = GROUP_BAR + LANE_TITLE + COLUMN_GAP / 2;
    const columnX: number[] = [];
    let x = left;
    for (const w of widths) {
        columnX.push(x);
        x += w + COLUMN_GAP;
    }
    const width = x - COLUMN_GAP / 2 + RIGHT_MARGIN;

    // Row heights per lane, lanes stacked top to bottom.
    const rowHeight = new Map<string, number>();
    for (const node of graph.nodes) {
        const key = `${node.laneId}\u0000${rowOf.get(node.id)}`;
        rowHeight.set(key, Math.max(rowHeight.get(key) ?? 0, sizes.get(node.id)?.height ?? 0));
    }
    const lanes = new Map<string, LaneLayout>();
    const rowTop = new Map<string, number>();
    let y = top;
    for (const lane of graph.lanes) {
        const laneTop = y;
        for (let r = 0; r < (laneRows.get(lane.id) ?? 1); r++) {
            y += ROW_GAP;
            rowTop.set(`${lane.id}\u0000${r}`, y);
            y += rowHeight.get(`${lane.id}\u0000${r}`) ?? 40;
        }
        y += LANE_BOTTOM;
        lanes.set(lane.id, { id: lane.id, x: 0, y: laneTop, width, height: y - laneTop });
    }

    const groups: GroupLayout[] = [];
    for (const lane of graph.lanes) {
        const band = lanes.get(lane.id) as LaneLayout;
        const last = groups[groups.length - 1];
        if (last !== undefined && last.group === lane.group) {
            groups[groups.length - 1] = { ...last, height: band.y + band.height - last.y };
        } else {
            groups.push({ group: lane.group as LaneGroup, x: 0, y: band.y, width, height: band.height });
        }
    }

    const boxes = new Map<string, Box>();
    for (const node of graph.nodes) {
        const size = sizes.get(node.id) ?? { width: 0, height: 0 };
        const c = columnOf.get(node.id) as number;
        const key = `${node.laneId}\u0000${rowOf.get(node.id)}`;
        const rTop = rowTop.get(key) ?? top;
        const rHeight = rowHeight.get(key) ?? size.height;
        boxes.set(node.id, {
            x: columnX[c] + Math.round((widths[c] - size.width) / 2),
            y: rTop + Math.round((rHeight - size.height) / 2),
            width: size.width, height: size.height
        });
    }

    return {
        width, boxes, columnOf, lanes, groups, bottom: y,
        channelAfter: column => (column < 0 ? left - COLUMN_GAP / 2 : columnX[column] + widths[column] + COLUMN_GAP / 2),
        gutterAbove: nodeId => {
            const node = graph.nodes.find(n => n.id === nodeId);
            return (rowTop.get(`${node?.laneId}\u0000${rowOf.get(nodeId)}`) ?? top) - ROW_GAP / 2;
        }
    };
}
