/** Graph model → geometry: sizes from the content, columns and order from ELK, bands and routes from the grid. */
import type { DiagramGraph } from '../graph/graph-model.js';
import { elkOrder } from './elk-order.js';
import { routeEdges } from './edge-routes.js';
import { placeOnGrid } from './grid-placement.js';
import type { DiagramLayout, NodeLayout } from './layout-model.js';
import { nodeContent } from './node-content.js';

/** Lays out a diagram below a header of `headerHeight`. Asynchronous because ELK is. */
export async function layoutDiagram(graph: DiagramGraph, headerHeight: number): Promise<DiagramLayout> {
    const contents = new Map(graph.nodes.map(n => [n.id, nodeContent(n)]));
    const orders = await elkOrder({
        nodes: graph.nodes.map(n => ({ id: n.id, width: contents.get(n.id)?.width ?? 0, height: contents.get(n.id)?.height ?? 0 })),
        edges: graph.edges
    });
    const grid = placeOnGrid(graph, contents, orders, headerHeight);
    const nodes = new Map<string, NodeLayout>();
    for (const node of graph.nodes) {
        const box = grid.boxes.get(node.id);
        const content = contents.get(node.id);
        if (box !== undefined && content !== undefined) nodes.set(node.id, { ...box, content });
    }
    return {
        width: Math.ceil(grid.width), height: Math.ceil(grid.bottom + 10), headerHeight,
        lanes: grid.lanes, groups: grid.groups, nodes, edges: routeEdges(graph.edges, grid)
    };
}
