/**
 * The lane-grid layout of a procedure, shared by its two drawings (the BPMN target's diagram
 * interchange and the SVG diagram of `@tthc/diagram`): nodes placed in columns and lane rows
 * (placement.ts), turned into coordinates (lane-grid.ts), and edges routed along the grid's free
 * channels (edge-routing.ts). Labels are each drawing's own: their text and font differ.
 *
 * Linear in the size of the graph for the flows procedures have (a route looks along its own row
 * and column only), and without recursion, so a procedure of any length is laid out.
 */
import type { Bounds, Point } from './geometry.js';
import type { LaneGraph } from './lane-graph.js';
import { LaneGrid, type LaneGridOptions } from './lane-grid.js';
import { arrivalSide, routeFlow, type FlowEnd, type Side } from './edge-routing.js';
import { placeNodes } from './placement.js';

/** Edges leaving one box leave it this far apart, so their first segments and labels do not coincide. */
export const EXIT_SPREAD = 16;

/** The laid-out graph: the grid (for channels a drawing adds itself), every node's bounds and every edge's waypoints. */
export interface LaneLayout {
    readonly grid: LaneGrid;
    readonly nodes: ReadonlyMap<string, Bounds>;
    readonly edges: ReadonlyMap<string, readonly Point[]>;
}

/** Lays out a graph on the lane grid. Same graph, same coordinates. */
export function layoutLanes(graph: LaneGraph, options: LaneGridOptions): LaneLayout {
    const grid = new LaneGrid(graph, placeNodes(graph), options);
    const nodes = new Map(graph.nodes.map(n => [n.id, grid.boundsOf(n.id)]));
    const gateway = new Set(graph.nodes.filter(n => n.gateway).map(n => n.id));

    // A box's exits, centred on the middle of its right side, top to bottom in the order of where
    // they go (the row of their target; loops back, which go round below, last), so that they do not
    // cross on the way out.
    const exits = new Map<string, Array<{ id: string; key: number; order: number }>>();
    graph.edges.forEach((edge, order) => {
        if (!nodes.has(edge.source) || !nodes.has(edge.target)) return;
        const from = grid.cellOf(edge.source);
        const to = grid.cellOf(edge.target);
        const list = exits.get(edge.source) ?? [];
        list.push({ id: edge.id, key: to.column > from.column ? to.row : Number.MAX_SAFE_INTEGER, order });
        exits.set(edge.source, list);
    });
    const exitOffset = new Map<string, number>();
    for (const [source, list] of exits) {
        if (gateway.has(source)) continue;
        const limit = Math.max(0, (nodes.get(source) as Bounds).height / 2 - 6);
        list.sort((a, b) => a.key - b.key || a.order - b.order);
        list.forEach((exit, k) => exitOffset.set(exit.id, Math.max(-limit, Math.min(limit, Math.round((k - (list.length - 1) / 2) * EXIT_SPREAD)))));
    }

    const end = (id: string, edgeId?: string): FlowEnd => ({
        cell: grid.cellOf(id), bounds: nodes.get(id) as Bounds, gateway: gateway.has(id), exitOffset: edgeId === undefined ? undefined : exitOffset.get(edgeId)
    });
    const edges = new Map<string, readonly Point[]>();
    const taken = new Map<string, Set<Side>>();
    for (const edge of graph.edges) {
        if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
        const sides = taken.get(edge.target) ?? new Set<Side>();
        taken.set(edge.target, sides);
        const waypoints = routeFlow(grid, end(edge.source, edge.id), end(edge.target), sides);
        sides.add(arrivalSide(waypoints, nodes.get(edge.target) as Bounds));
        edges.set(edge.id, waypoints);
    }
    return { grid, nodes, edges };
}
