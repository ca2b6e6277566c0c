/**
 * Where an edge's label goes on its route: to the next column, just right of where the edge leaves
 * its source, on its own exit segment (edges leaving one box leave it apart); further, in the middle
 * of the route's longest horizontal segment, which runs in a corridor or along an empty row.
 */
import type { EdgeLayout, Point } from './layout-model.js';

/** The label's anchor point for a route; `adjacent`: the edge goes to the next column. */
export function edgeLabel(points: readonly Point[], adjacent: boolean): EdgeLayout['label'] {
    if (adjacent) return { x: points[0].x + 6, y: points[0].y, anchor: 'start' };
    let best = { x: points[0].x, y: points[0].y };
    let length = -1;
    for (let i = 0; i + 1 < points.length; i++) {
        const a = points[i];
        const b = points[i + 1];
        if (a.y === b.y && Math.abs(b.x - a.x) > length) {
            length = Math.abs(b.x - a.x);
            best = { x: Math.round((a.x + b.x) / 2), y: a.y };
        }
    }
    return { ...best, anchor: 'middle' };
}
