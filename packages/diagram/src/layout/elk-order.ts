/**
 * ELK's layered algorithm decides the hard part: which column (layer) each node goes in, left to
 * right, with cycles broken, and the order of nodes within a column that avoids crossings. Lanes
 * are then drawn as horizontal bands by grid-placement.ts.
 *
 * Why not ELK partitions or compound nodes for lanes: in a left-to-right layout ELK's partitions
 * constrain layers, so they make vertical columns, not horizontal bands; and lanes as compound
 * nodes are placed as ordinary boxes (often side by side), not stacked full-width bands, with flows
 * going back and forth between them. So ELK lays out the flat flow and its result is read as cells.
 */
import elkBundled from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';

/** The input ELK needs: nodes with sizes, edges by id. */
export interface OrderInput {
    readonly nodes: ReadonlyArray<{ readonly id: string; readonly width: number; readonly height: number }>;
    readonly edges: ReadonlyArray<{ readonly id: string; readonly source: string; readonly target: string }>;
}

/** Each node's column and its vertical position within the column, as ELK placed it. */
export interface NodeOrder {
    readonly column: number;
    readonly centerY: number;
}

// Fixed options and seed: layered is deterministic for a given graph. Model order (start, steps in
// declaration order, partners, ends) breaks cycles and ties, so rework loops point backwards.
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
    'elk.spacing.nodeNode': '30',
    'elk.layered.spacing.nodeNodeBetweenLayers': '60'
};

// elkjs is CommonJS typed as an ES module: under NodeNext the default import is `module.exports`,
// the constructor, which also carries itself as `default`; `.default` satisfies both the checker
// and the run time (Node and bundlers).
const ELK = elkBundled.default;
// One engine for all layouts: it keeps no state between calls, and starting one costs more than a layout.
let engine: InstanceType<typeof ELK> | undefined;

/** Runs ELK and reads its result as a column and a vertical position per node. */
export async function elkOrder(input: OrderInput): Promise<ReadonlyMap<string, NodeOrder>> {
    engine ??= new ELK();
    const graph: ElkNode = {
        id: 'root',
        layoutOptions: { ...LAYOUT_OPTIONS },
        children: input.nodes.map(n => ({ id: n.id, width: n.width, height: n.height })),
        edges: input.edges.map(e => ({ id: e.id, sources: [e.source], targets: [e.target] }))
    };
    const result = await engine.layout(graph);
    const order = new Map(input.nodes.map((n, i) => [n.id, i]));
    const placed = (result.children ?? []).map(c => ({
        id: c.id, x: c.x ?? 0, right: (c.x ?? 0) + (c.width ?? 0), centerY: (c.y ?? 0) + (c.height ?? 0) / 2, order: order.get(c.id) ?? 0
    }));
    // ELK's layers do not overlap horizontally while the nodes of one layer do: a node starting
    // right of everything seen so far opens a new column.
    const orders = new Map<string, NodeOrder>();
    let column = -1;
    let right = -Infinity;
    for (const p of placed.sort((a, b) => a.x - b.x || a.order - b.order)) {
        if (p.x >= right) column++;
        right = Math.max(right, p.right);
        orders.set(p.id, { column, centerY: p.centerY });
    }
    return orders;
}
