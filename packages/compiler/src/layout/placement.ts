/**
 * Where each node goes on a grid of columns (the flow's stages, left to right) and rows within its
 * lane. Columns come from a longest-path layering in which every edge that closes a cycle against
 * the model order is a back edge (cycles.ts): a loop back for rework points backwards and the main
 * flow reads left to right (ELK's layered algorithm with model-order cycle breaking did about the
 * same; it took about 13 ms a procedure and overflowed the stack on long ones, this is linear and
 * takes microseconds). Within a
 * column, nodes are ordered by the barycenter of their predecessors (one sweep, left to right);
 * every walk is a loop over arrays, never a recursion, so a procedure of any length is placed.
 */
import { forwardEdges } from './cycles.js';
import type { LaneGraph } from './lane-graph.js';

/** A node's cell: its column, and its row within its lane (0 = top row of the lane). */
export interface Cell {
    readonly column: number;
    readonly row: number;
}

/** Cells for every node, and how many columns and rows (per lane) they use. */
export interface Placement {
    readonly cells: ReadonlyMap<string, Cell>;
    readonly columns: number;
    /** Lane id → number of rows (at least 1). */
    readonly laneRows: ReadonlyMap<string, number>;
}

interface Placed {
    readonly index: number;
    readonly layer: number;
    /** Position within the layer, top to bottom. */
    readonly order: number;
}

/** Places the nodes on the grid: columns by layering, then rows within each lane. */
export function placeNodes(graph: LaneGraph): Placement {
    const count = graph.nodes.length;
    const indexOf = new Map(graph.nodes.map((n, i) => [n.id, i]));
    // Edges as node indices; the forward ones make the layering's DAG.
    const pairs: Array<[number, number]> = [];
    const incoming: number[][] = graph.nodes.map(() => []);
    for (const edge of graph.edges) {
        const s = indexOf.get(edge.source);
        const t = indexOf.get(edge.target);
        if (s === undefined || t === undefined) continue;
        incoming[t].push(s);
        pairs.push([s, t]);
    }
    const { predecessors: forwardIn, order: topological } = forwardEdges(count, pairs);
    // One pass in a topological order gives every node the longest path from a source.
    const layer = new Array<number>(count).fill(0);
    let columns = 0;
    for (const i of topological) {
        for (const s of forwardIn[i]) layer[i] = Math.max(layer[i], layer[s] + 1);
        columns = Math.max(columns, layer[i] + 1);
    }

    // Within a layer, the barycenter of where the node's forward predecessors stand (crossing
    // reduction in one sweep, left to right), ties broken by model order; a node without placed
    // predecessors keeps its model order as its key.
    const layers: number[][] = Array.from({ length: columns }, () => []);
    for (let i = 0; i < count; i++) layers[layer[i]].push(i);
    const position = new Array<number>(count).fill(-1);
    const placed: Placed[] = [];
    for (let l = 0; l < columns; l++) {
        const key = new Map<number, number>();
        for (const i of layers[l]) {
            let sum = 0;
            let known = 0;
            for (const s of forwardIn[i]) {
                if (position[s] >= 0) {
                    sum += position[s];
                    known++;
                }
            }
            key.set(i, known > 0 ? sum / known : i);
        }
        layers[l].sort((a, b) => (key.get(a) as number) - (key.get(b) as number) || a - b);
        layers[l].forEach((i, order) => {
            position[i] = order;
            placed.push({ index: i, layer: l, order });
        });
    }

    // Rows, column by column from the left: within a lane, a node takes the row of the node it comes
    // from when it can (a path stays on its line), main-flow nodes first (the main flow stays on top),
    // then in the layering's top-to-bottom order; the nodes of one lane and column never share a row.
    const laneOf = graph.nodes.map(n => n.laneId);
    const row = new Array<number>(count).fill(-1);
    const cells = new Map<string, Cell>();
    const laneRows = new Map<string, number>(graph.lanes.map(id => [id, 1]));
    let next = 0;
    for (let c = 0; c < columns; c++) {
        const inColumn: Placed[] = [];
        while (next < placed.length && placed[next].layer === c) inColumn.push(placed[next++]);
        const wanted = new Map(inColumn.map(p => [p.index, wantedRow(p.index)]));
        const byLane = new Map<string, Placed[]>();
        for (const p of inColumn) {
            const list = byLane.get(laneOf[p.index]) ?? [];
            list.push(p);
            byLane.set(laneOf[p.index], list);
        }
        for (const [lane, group] of byLane) {
            group.sort((a, b) => Number(graph.nodes[b.index].main) - Number(graph.nodes[a.index].main)
                || (wanted.get(a.index) as number) - (wanted.get(b.index) as number)
                || a.order - b.order || a.index - b.index);
            let last = -1;
            for (const p of group) {
                const r = Math.max(wanted.get(p.index) as number, last + 1);
                row[p.index] = r;
                cells.set(graph.nodes[p.index].id, { column: c, row: r });
                laneRows.set(lane, Math.max(laneRows.get(lane) ?? 1, r + 1));
                last = r;
            }
        }
    }
    return { cells, columns, laneRows };

    // The row of the first already placed node in the same lane with an edge into this one, else 0.
    function wantedRow(i: number): number {
        for (const s of incoming[i]) {
            if (row[s] >= 0 && laneOf[s] === laneOf[i]) return row[s];
        }
        return 0;
    }
}
