/**
 * Orthogonal waypoints for edges on the lane grid. An edge leaves a shape on its right (a gateway
 * also from its top or bottom corner, the usual way to draw a branch; several edges leaving one box
 * leave it a little apart) and enters on the left (a merging gateway also from above or below).
 * Between the two it runs straight along an empty row, or along the free gaps and corridors of the
 * grid, so it never crosses a shape.
 */
import { bottomMiddle, leftMiddle, rightMiddle, simplify, topMiddle, type Bounds, type Point } from './geometry.js';
import type { GridCell, LaneGrid } from './lane-grid.js';

/** What routing needs to know of each end of an edge. */
export interface FlowEnd {
    readonly cell: GridCell;
    readonly bounds: Bounds;
    readonly gateway: boolean;
    /** For a source box: how far below its right side's middle the edge leaves (0: the middle). */
    readonly exitOffset?: number;
}

/** The side of its target a flow arrives at. */
export type Side = 'left' | 'top' | 'bottom';

/**
 * The waypoints of a sequence flow from `source` to `target`. A merging gateway takes each arriving
 * flow at a different corner when it can (`taken`: the corners already in use), so that flows and
 * their labels do not lie on top of each other.
 */
export function routeFlow(grid: LaneGrid, source: FlowEnd, target: FlowEnd, taken: ReadonlySet<Side> = new Set()): Point[] {
    const preferred = preferredRoute(grid, source, target);
    const side = arrivalSide(preferred, target.bounds);
    if (!target.gateway || !taken.has(side)) {
        return preferred;
    }
    // Another corner: the one facing the source first, then the left, then the last one.
    const facing: Side = source.cell.row > target.cell.row ? 'bottom' : 'top';
    const order: Side[] = source.cell.row === target.cell.row ? ['left', 'top', 'bottom'] : [facing, 'left', facing === 'top' ? 'bottom' : 'top'];
    const forward = target.cell.column > source.cell.column;
    const corner = order.find(s => !taken.has(s) && (s !== 'left' || forward));
    if (corner === undefined) {
        return preferred;
    }
    const from = exitPoint(source);
    const x1 = grid.gapX(source.cell.column + 1);
    if (corner === 'left') {
        const to = leftMiddle(target.bounds);
        if (target.cell.column === source.cell.column + 1) {
            return simplify([from, { x: x1, y: from.y }, { x: x1, y: to.y }, to]);
        }
        const y = grid.corridorY(source.cell.row < target.cell.row ? target.cell.row : target.cell.row + 1);
        const x2 = grid.gapX(target.cell.column);
        return simplify([from, { x: x1, y: from.y }, { x: x1, y }, { x: x2, y }, { x: x2, y: to.y }, to]);
    }
    const y = grid.corridorY(corner === 'top' ? target.cell.row : target.cell.row + 1);
    const end = corner === 'top' ? topMiddle(target.bounds) : bottomMiddle(target.bounds);
    return simplify([from, { x: x1, y: from.y }, { x: x1, y }, { x: end.x, y }, end]);
}

/** Which side of `target` a route ends on. */
export function arrivalSide(points: readonly Point[], target: Bounds): Side {
    const last = points[points.length - 1];
    if (last.y === target.y) return 'top';
    if (last.y === target.y + target.height) return 'bottom';
    return 'left';
}

// The route a flow takes when nothing else arrives at its target.
function preferredRoute(grid: LaneGrid, source: FlowEnd, target: FlowEnd): Point[] {
    const s = source.cell;
    const t = target.cell;
    const from = exitPoint(source);
    const to = leftMiddle(target.bounds);
    if (t.column > s.column) {
        const between = [s.column + 1, t.column - 1] as const;
        const sourceRowClear = t.column === s.column + 1 || grid.rowClear(s.row, ...between);
        const targetRowClear = t.column === s.column + 1 || grid.rowClear(t.row, ...between);
        if (s.row === t.row && sourceRowClear) {
            if (from.y === to.y) return [from, to];
            // A box's second or third exit: it steps to the target's height in the gap before it.
            const x = grid.gapX(t.column);
            return [from, { x, y: from.y }, { x, y: to.y }, to];
        }
        // A branch: down (or up) out of the gateway's corner, then along the target's row.
        if (source.gateway && s.row !== t.row && targetRowClear && grid.columnClear(s.column, towards(s.row, t.row), t.row)) {
            const corner = s.row < t.row ? bottomMiddle(source.bounds) : topMiddle(source.bounds);
            return [corner, { x: corner.x, y: to.y }, to];
        }
        // A merge: along the source's row, then down (or up) into the gateway's corner.
        if (target.gateway && s.row !== t.row && sourceRowClear && grid.columnClear(t.column, s.row, towards(t.row, s.row))) {
            const corner = s.row < t.row ? topMiddle(target.bounds) : bottomMiddle(target.bounds);
            return [from, { x: corner.x, y: from.y }, corner];
        }
        if (sourceRowClear) {
            const x = grid.gapX(t.column);
            return simplify([from, { x, y: from.y }, { x, y: to.y }, to]);
        }
        if (targetRowClear) {
            const x = grid.gapX(s.column + 1);
            return simplify([from, { x, y: from.y }, { x, y: to.y }, to]);
        }
        // Out into the gap after the source, along the corridor next to the target's row (on the
        // source's side), and into the gap before the target.
        const x1 = grid.gapX(s.column + 1);
        const y = grid.corridorY(s.row < t.row ? t.row : t.row + 1);
        const x2 = grid.gapX(t.column);
        return simplify([from, { x: x1, y: from.y }, { x: x1, y }, { x: x2, y }, { x: x2, y: to.y }, to]);
    }
    // Backwards (a loop back for rework): out to the right, below both rows, back to the target.
    const x1 = grid.gapX(s.column + 1);
    if (target.gateway) {
        // Into the merging gateway from below, along the corridor under its row.
        const y = grid.corridorY(t.row + 1);
        const corner = bottomMiddle(target.bounds);
        return simplify([from, { x: x1, y: from.y }, { x: x1, y }, { x: corner.x, y }, corner]);
    }
    const y = grid.corridorY(Math.max(s.row, t.row) + 1);
    const x2 = grid.gapX(t.column);
    return simplify([from, { x: x1, y: from.y }, { x: x1, y }, { x: x2, y }, { x: x2, y: to.y }, to]);
}

// The row next to `from` on the way to `to` (the rows strictly between, then `to` itself).
function towards(from: number, to: number): number {
    return from < to ? from + 1 : from - 1;
}

// Where an edge leaves its source: the middle of its right side, moved down or up for a box's
// further exits.
function exitPoint(source: FlowEnd): Point {
    const p = rightMiddle(source.bounds);
    return source.exitOffset === undefined || source.exitOffset === 0 ? p : { x: p.x, y: p.y + source.exitOffset };
}
