/**
 * Orthogonal edge routes on the grid. An edge leaves its source on the right and enters its target
 * on the left. To the next column it turns once in the channel between them; anywhere else (further
 * right, or back to an earlier column) it runs through the channel after its source, the gutter
 * above its target's row and the channel before its target. Channels and gutters hold no boxes, so
 * routes never cross a box; edges sharing a channel or gutter are spread a few units apart.
 */
import type { DiagramEdge } from '../graph/graph-model.js';
import type { EdgeLayout, Point } from './layout-model.js';
import type { Grid } from './grid-placement.js';
import { COLUMN_GAP, ROW_GAP } from './grid-placement.js';

const SPREAD = 8;
// Edges leaving one box leave it this far apart, so their first segments and labels do not coincide.
const EXIT_SPREAD = 16;

/** Routes every edge. */
export function routeEdges(edges: readonly DiagramEdge[], grid: Grid): Map<string, EdgeLayout> {
    // First pass: which channel and gutter each edge uses, to spread edges that share one.
    const plans = edges.map(e => {
        const sc = grid.columnOf.get(e.source) ?? 0;
        const tc = grid.columnOf.get(e.target) ?? 0;
        const adjacent = tc === sc + 1;
        return { edge: e, sc, tc, adjacent, out: `c${sc}`, into: adjacent ? `c${sc}` : `c${tc - 1}`, gutter: adjacent ? undefined : `g${grid.gutterAbove(e.target)}` };
    });
    const channelSlots = slots(plans.flatMap(p => (p.adjacent ? [[p.out, p.edge.id]] : [[p.out, p.edge.id], [p.into, p.edge.id]])) as Array<[string, string]>);
    const gutterSlots = slots(plans.filter(p => p.gutter !== undefined).map(p => [p.gutter as string, p.edge.id]));

    const exits = new Map<string, string[]>();
    for (const e of edges) exits.set(e.source, [...(exits.get(e.source) ?? []), e.id]);

    const routes = new Map<string, EdgeLayout>();
    for (const p of plans) {
        const s = grid.boxes.get(p.edge.source);
        const t = grid.boxes.get(p.edge.target);
        if (s === undefined || t === undefined) continue;
        const siblings = exits.get(p.edge.source) ?? [p.edge.id];
        const k = siblings.indexOf(p.edge.id) - (siblings.length - 1) / 2;
        const start = { x: s.x + s.width, y: s.y + s.height / 2 + clamp(k * EXIT_SPREAD, s.height / 2 - 6) };
        const end = { x: t.x, y: t.y + t.height / 2 };
        const offset = (key: string, table: Map<string, number>, limit: number) => clamp((table.get(`${key}\u0000${p.edge.id}`) ?? 0) * SPREAD, limit);
        let points: Point[];
        if (p.adjacent) {
            const cx = grid.channelAfter(p.sc) + offset(p.out, channelSlots, COLUMN_GAP / 2 - 10);
            // Nearly level (rounding, or a spread exit): a straight line at the target's height, if it still leaves the source.
            points = Math.abs(start.y - end.y) <= 3 && end.y > s.y + 4 && end.y < s.y + s.height - 4
                ? [{ x: start.x, y: end.y }, end]
                : [start, { x: cx, y: start.y }, { x: cx, y: end.y }, end];
        } else {
            const outX = grid.channelAfter(p.sc) + offset(p.out, channelSlots, COLUMN_GAP / 2 - 10);
            const inX = grid.channelAfter(p.tc - 1) + offset(p.into, channelSlots, COLUMN_GAP / 2 - 10);
            const gy = grid.gutterAbove(p.edge.target) + offset(p.gutter as string, gutterSlots, ROW_GAP / 2 - 6);
            points = [start, { x: outX, y: start.y }, { x: outX, y: gy }, { x: inX, y: gy }, { x: inX, y: end.y }, end];
        }
        points = points.map(q => ({ x: round(q.x), y: round(q.y) }));
        // Next column: the label starts just right of the source, on the edge's own exit segment.
        // Further: it sits in the middle of the gutter segment, which is the edge's own.
        const label: EdgeLayout['label'] = p.adjacent ? { x: points[0].x + 6, y: points[0].y, anchor: 'start' } : { ...labelPoint(points), anchor: 'middle' };
        routes.set(p.edge.id, { points, label });
    }
    return routes;
}

// Slot numbers centred on 0 (0, 1, -1, 2, -2, …) per shared channel or gutter, in edge order.
function slots(uses: ReadonlyArray<readonly [string, string]>): Map<string, number> {
    const count = new Map<string, number>();
    const result = new Map<string, number>();
    for (const [key, id] of uses) {
        const i = count.get(key) ?? 0;
        count.set(key, i + 1);
        result.set(`${key}\u0000${id}`, i % 2 === 0 ? i / 2 : -(i + 1) / 2);
    }
    return result;
}

// The label sits at the middle of the longest horizontal segment (the first segment on ties).
function labelPoint(points: readonly Point[]): Point {
    let best = { x: points[0].x, y: points[0].y };
    let length = -1;
    for (let i = 0; i + 1 < points.length; i++) {
        const a = points[i];
        const b = points[i + 1];
        if (a.y === b.y && Math.abs(b.x - a.x) > length) {
            length = Math.abs(b.x - a.x);
            best = { x: round((a.x + b.x) / 2), y: a.y };
        }
    }
    return best;
}

function clamp(value: number, limit: number): number {
    return Math.max(-limit, Math.min(limit, value));
}

function round(value: number): number {
    return Math.round(value * 10) / 10;
}
