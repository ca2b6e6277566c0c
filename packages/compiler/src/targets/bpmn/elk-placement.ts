/**
 * Where each flow node goes on a grid of columns (the flow's stages, left to right) and rows within
 * its lane, as decided by ELK's layered algorithm. ELK knows nothing of lanes, so it is used for
 * what it is good at (layering the flow left to right, breaking cycles, ordering nodes to avoid
 * crossings) and its coordinates are then read as a column per node and an order within each lane.
 */
import elkBundled from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { ProcessGraph } from './bpmn-graph.js';
import { nodeSize } from './shapes.js';

/** A node's cell: its column, and its row within its lane (0 = top row of the lane). */
export interface Cell {
    readonly column: number;
    readonly row: number;
}

/** Cells for every flow node, and how many columns and rows (per lane) they use. */
export interface Placement {
    readonly cells: ReadonlyMap<string, Cell>;
    readonly columns: number;
    /** Lane id → number of rows (at least 1). */
    readonly laneRows: ReadonlyMap<string, number>;
}

// Fixed options only: ELK's layered algorithm is deterministic for a given graph and seed. Model
// order (the document order of the graph: start, then each step with its gateways) breaks cycles and
// ties, so a loop back for rework points backwards and the main flow stays on top.
const LAYOUT_OPTIONS: Readonly<Record<string, string>> = {
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    'elk.randomSeed': '1',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.separateConnectedComponents': 'false',
    'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.spacing.nodeNode': '40',
    'elk.layered.spacing.nodeNodeBetweenLayers': '60'
};

// elkjs is CommonJS typed as an ES module: under NodeNext the default import is `module.exports`,
// which is the constructor and also carries itself as `default`; `.default` is right at run time
// (in Node and in a bundle) and for the type checker.
const ELK = elkBundled.default;
// One engine for every layout: it keeps no state between calls, and starting one costs more than
// laying out a procedure.
let engine: InstanceType<typeof ELK> | undefined;

/** Lays the graph out with ELK and reads the result as grid cells. */
export async function placeNodes(graph: ProcessGraph): Promise<Placement> {
    engine ??= new ELK();
    const input: ElkNode = {
        id: 'root',
        layoutOptions: { ...LAYOUT_OPTIONS },
        children: graph.nodes.map(n => ({ id: n.id, ...nodeSize(n.kind) })),
        edges: graph.flows.map(f => ({ id: f.id, sources: [f.source], targets: [f.target] }))
    };
    const result = await engine.layout(input);
    const modelOrder = new Map(graph.nodes.map((n, i) => [n.id, i]));
    const placed = (result.children ?? []).map(c => ({
        id: c.id,
        x: c.x ?? 0,
        right: (c.x ?? 0) + (c.width ?? 0),
        centerY: (c.y ?? 0) + (c.height ?? 0) / 2,
        order: modelOrder.get(c.id) ?? 0
    }));

    // Columns: ELK's layers do not overlap horizontally, and the nodes of one layer do; so a node
    // that starts right of everything seen so far starts a new column.
    const columnOf = new Map<string, number>();
    let column = -1;
    let right = -Infinity;
    for (const node of [...placed].sort((a, b) => a.x - b.x || a.order - b.order)) {
        if (node.x >= right) {
            column++;
        }
        right = Math.max(right, node.right);
        columnOf.set(node.id, column);
    }

    // Rows, column by column from the left: within a lane, a node takes the row of the node it comes
    // from when it can (a path stays on its line), main-flow nodes first (the main flow stays on top),
    // then in ELK's top-to-bottom order; the nodes of one lane and column never share a row.
    const nodeById = new Map(graph.nodes.map(n => [n.id, n]));
    const sourceOf = new Map(graph.flows.map(f => [f.id, f.source]));
    const byColumn = new Map<number, typeof placed>();
    for (const node of placed) {
        const list = byColumn.get(columnOf.get(node.id) as number) ?? [];
        list.push(node);
        byColumn.set(columnOf.get(node.id) as number, list);
    }
    const cells = new Map<string, Cell>();
    const laneRows = new Map<string, number>(graph.lanes.map(l => [l.id, 1]));
    for (let c = 0; c <= column; c++) {
        const inColumn = byColumn.get(c) ?? [];
        const wanted = new Map(inColumn.map(p => [p.id, wantedRow(p.id)]));
        for (const lane of graph.lanes) {
            const group = inColumn.filter(p => nodeById.get(p.id)?.laneId === lane.id);
            group.sort((a, b) => Number(nodeById.get(b.id)?.main) - Number(nodeById.get(a.id)?.main)
                || (wanted.get(a.id) as number) - (wanted.get(b.id) as number)
                || a.centerY - b.centerY || a.order - b.order);
            let last = -1;
            for (const node of group) {
                const row = Math.max(wanted.get(node.id) as number, last + 1);
                cells.set(node.id, { column: c, row });
                laneRows.set(lane.id, Math.max(laneRows.get(lane.id) ?? 1, row + 1));
                last = row;
            }
        }
    }
    return { cells, columns: column + 1, laneRows };

    // The row of the first already placed node in the same lane that flows into this one, else 0.
    function wantedRow(id: string): number {
        const node = nodeById.get(id);
        for (const flow of node?.incoming ?? []) {
            const source = sourceOf.get(flow);
            const cell = source === undefined ? undefined : cells.get(source);
            if (cell !== undefined && nodeById.get(source as string)?.laneId === node?.laneId) {
                return cell.row;
            }
        }
        return 0;
    }
}
