// The lane-grid layout shared by the BPMN diagram and the SVG (packages/compiler/src/layout): loops
// back only where a cycle needs one, a box's exits ordered by where they go, and a procedure of
// 10,000 steps laid out without recursion (ELK overflowed the stack on it).
import { describe, expect, test } from 'vitest';
import { layoutLanes, type LaneGraph } from '@tthc/compiler';

const box = (id: string, laneId = 'A') => ({ id, laneId, width: 100, height: 60, main: true, gateway: false });
const edge = (source: string, target: string) => ({ id: `${source}->${target}`, source, target });
const options = { left: 0, top: 0 };

function columns(graph: LaneGraph): Record<string, number> {
    const layout = layoutLanes(graph, options);
    return Object.fromEntries(graph.nodes.map(n => [n.id, layout.grid.cellOf(n.id).column]));
}

describe('lane-grid layout', () => {
    test('a rework loop points backwards', () => {
        const graph: LaneGraph = { lanes: ['A'], nodes: ['A', 'B', 'C'].map(id => box(id)), edges: [edge('A', 'B'), edge('B', 'C'), edge('C', 'B')] };
        expect(columns(graph)).toEqual({ A: 0, B: 1, C: 2 });
        const route = layoutLanes(graph, options).edges.get('C->B')!;
        // Out of C to the right, back along a corridor, into B from its left.
        expect(route[0].x).toBeGreaterThan(route.at(-1)!.x);
    });

    test('an edge to an earlier declared step that closes no cycle points forwards', () => {
        // B -> C, or B -> D (an apology, declared last) -> C: D comes before C, not in C's column.
        const graph: LaneGraph = { lanes: ['A'], nodes: ['A', 'B', 'C', 'D'].map(id => box(id)), edges: [edge('A', 'B'), edge('B', 'C'), edge('B', 'D'), edge('D', 'C')] };
        expect(columns(graph)).toEqual({ A: 0, B: 1, D: 2, C: 3 });
    });

    test("a box's exits leave it top to bottom in the order of their targets' rows", () => {
        const graph: LaneGraph = {
            lanes: ['A', 'B'],
            nodes: [box('S'), box('Low', 'B'), box('High')],
            edges: [edge('S', 'Low'), edge('S', 'High')]
        };
        const layout = layoutLanes(graph, options);
        expect(layout.edges.get('S->High')![0].y).toBeLessThan(layout.edges.get('S->Low')![0].y);
    });

    test('10,000 steps in a chain with rework loops and exits, over three lanes, without a stack overflow', () => {
        const count = 10_000;
        const ids = Array.from({ length: count }, (_, i) => `S${i}`);
        const graph: LaneGraph = {
            lanes: ['A', 'B', 'C'],
            nodes: ids.map((id, i) => box(id, ['A', 'B', 'C'][Math.floor(i / 3) % 3])),
            edges: ids.flatMap((id, i) => [
                ...(i + 1 < count ? [edge(id, ids[i + 1])] : []),
                ...(i % 50 === 49 ? [edge(id, ids[i - 40])] : []),
                ...(i % 100 === 7 ? [edge(id, ids[count - 1])] : [])
            ])
        };
        const layout = layoutLanes(graph, options);
        expect(layout.nodes.size).toBe(count);
        expect(layout.grid.columns).toBe(count);
        expect(layout.edges.size).toBe(graph.edges.length);
        // Left to right in chain order, and every route orthogonal.
        for (let i = 1; i < count; i++) expect(layout.nodes.get(ids[i])!.x).toBeGreaterThan(layout.nodes.get(ids[i - 1])!.x);
        for (const route of layout.edges.values()) {
            for (let i = 1; i < route.length; i++) expect(route[i].x === route[i - 1].x || route[i].y === route[i - 1].y).toBe(true);
        }
    });

    test('the same graph gives the same coordinates', () => {
        const graph: LaneGraph = { lanes: ['A', 'B'], nodes: [box('A'), box('B', 'B'), box('C')], edges: [edge('A', 'B'), edge('B', 'C'), edge('C', 'A')] };
        expect(JSON.stringify([...layoutLanes(graph, options).edges])).toBe(JSON.stringify([...layoutLanes(graph, options).edges]));
    });
});
