/**
 * The grid a procedure is drawn on: columns left to right, lanes top to bottom (each with its rows),
 * and the free channels between them: a vertical *gap* before each column and a horizontal
 * *corridor* above each row. No shape lies in a gap or a corridor, so an edge drawn along them never
 * crosses a shape; edges sharing a channel are spread a few units apart.
 *
 * The spacing is the same in every drawing (one set of constants): what differs per drawing is the
 * size of its shapes and the band on the left holding the lane titles (options).
 */
import type { Bounds } from './geometry.js';
import type { LaneGraph } from './lane-graph.js';
import type { Cell, Placement } from './placement.js';

/** Room between two columns: a flow's label sits in it (the SVG's longest outcome label is about 112 wide). */
export const COLUMN_GAP = 120;
/** Room between two rows of a lane: the corridor flows run along. */
export const ROW_GAP = 50;
/** Room above a lane's first row and below its last (two lanes' pads make a corridor between them). */
export const LANE_PAD = 30;
/** Room left of the first column and right of the last: half a gap, a channel like the others. */
export const EDGE_MARGIN = COLUMN_GAP / 2;
/** How far apart edges sharing a channel run. */
export const LINE_STEP = 8;

// Offsets from a channel's centre line for the 1st, 2nd, … edge using it.
const SPREAD = [0, 1, -1, 2, -2, 3, -3, 4, -4].map(k => k * LINE_STEP);

/** Where the grid starts and what its rows must hold. */
export interface LaneGridOptions {
    /** x of the lanes' drawing area (right of any title band). */
    readonly left: number;
    /** y of the first lane's top. */
    readonly top: number;
    /** Least height of a row (the BPMN diagram keeps its rows a task high). */
    readonly minRowHeight?: number;
}

/** A node's cell in global rows (rows counted from the top of the first lane across lanes). */
export interface GridCell {
    readonly column: number;
    readonly row: number;
}

/** Geometry of the grid, and bookkeeping of which channels are in use. */
export class LaneGrid {
    /** Left and right edge of each column. */
    private readonly columnX: Array<{ left: number; right: number }> = [];
    /** Top and height of each global row. */
    private readonly rowTop: number[] = [];
    private readonly rowHeight: number[] = [];
    /** Per global row, the columns holding a node, ascending; per column, the rows. */
    private readonly columnsInRow = new Map<number, number[]>();
    private readonly rowsInColumn = new Map<number, number[]>();
    private readonly gapUse = new Map<number, number>();
    private readonly corridorUse = new Map<number, number>();
    private readonly cells = new Map<string, GridCell>();
    /** Global rows that start a lane (but the first): their corridor's middle is the line between two lanes. */
    private readonly laneStarts = new Set<number>();
    private readonly sizes = new Map<string, { width: number; height: number }>();
    /** The lanes' drawing area: from `left` to the right margin, from the first lane's top to the last one's bottom. */
    readonly area: Bounds;
    /** Each lane's band (the area's width). */
    readonly lanes: ReadonlyMap<string, Bounds>;

    constructor(graph: LaneGraph, placement: Placement, options: LaneGridOptions) {
        const widths = new Array<number>(placement.columns).fill(0);
        const firstRow = new Map<string, number>();
        let rows = 0;
        for (const lane of graph.lanes) {
            firstRow.set(lane, rows);
            rows += placement.laneRows.get(lane) ?? 1;
        }
        const heights = new Array<number>(rows).fill(options.minRowHeight ?? 0);
        for (const node of graph.nodes) {
            const cell = placement.cells.get(node.id) as Cell;
            const global = { column: cell.column, row: (firstRow.get(node.laneId) ?? 0) + cell.row };
            this.cells.set(node.id, global);
            this.sizes.set(node.id, { width: node.width, height: node.height });
            push(this.columnsInRow, global.row, global.column);
            push(this.rowsInColumn, global.column, global.row);
            widths[global.column] = Math.max(widths[global.column], node.width);
            heights[global.row] = Math.max(heights[global.row], node.height);
        }

        for (const list of [...this.columnsInRow.values(), ...this.rowsInColumn.values()]) list.sort((a, b) => a - b);

        let x = options.left + EDGE_MARGIN;
        for (const width of widths) {
            this.columnX.push({ left: x, right: x + width });
            x += width + COLUMN_GAP;
        }
        const right = (this.columnX.at(-1)?.right ?? x) + EDGE_MARGIN;

        const lanes = new Map<string, Bounds>();
        let y = options.top;
        for (const lane of graph.lanes) {
            const first = firstRow.get(lane) as number;
            const count = placement.laneRows.get(lane) ?? 1;
            if (first > 0) this.laneStarts.add(first);
            let rowY = y + LANE_PAD;
            for (let r = first; r < first + count; r++) {
                this.rowTop.push(rowY);
                this.rowHeight.push(heights[r]);
                rowY += heights[r] + ROW_GAP;
            }
            const height = rowY - ROW_GAP + LANE_PAD - y;
            lanes.set(lane, { x: options.left, y, width: right - options.left, height });
            y += height;
        }
        this.lanes = lanes;
        this.area = { x: options.left, y: options.top, width: right - options.left, height: y - options.top };
    }

    /** How many columns the grid has. */
    get columns(): number {
        return this.columnX.length;
    }

    /** The global cell of a node. */
    cellOf(id: string): GridCell {
        return this.cells.get(id) as GridCell;
    }

    /** Bounds of a node: its size, centred in its cell. */
    boundsOf(id: string): Bounds {
        const cell = this.cellOf(id);
        const size = this.sizes.get(id) as { width: number; height: number };
        const column = this.columnX[cell.column];
        return {
            x: Math.round(column.left + (column.right - column.left - size.width) / 2),
            y: Math.round(this.rowTop[cell.row] + (this.rowHeight[cell.row] - size.height) / 2),
            width: size.width,
            height: size.height
        };
    }

    /** Whether no node lies in the row between two columns (both included). */
    rowClear(row: number, fromColumn: number, toColumn: number): boolean {
        return !anyBetween(this.columnsInRow.get(row), Math.min(fromColumn, toColumn), Math.max(fromColumn, toColumn));
    }

    /** Whether no node lies in the column between two rows (both included). */
    columnClear(column: number, fromRow: number, toRow: number): boolean {
        return !anyBetween(this.rowsInColumn.get(column), Math.min(fromRow, toRow), Math.max(fromRow, toRow));
    }

    /**
     * The x of a line in the gap before `column` (`column` = number of columns: the right margin),
     * a little apart from the lines already drawn there.
     */
    gapX(column: number): number {
        const [left, right] = this.gap(column);
        return spread(left, right, this.gapUse, column);
    }

    /** The x of the middle of the gap before `column`, not counted as a use. */
    gapMiddle(column: number): number {
        const [left, right] = this.gap(column);
        return Math.round((left + right) / 2);
    }

    /** The y of a line in the corridor above global `row` (`row` = number of rows: below the last). */
    corridorY(row: number): number {
        const [top, bottom] = this.corridor(row);
        // Between two lanes the middle line is the lanes' border: an edge there would hide in it.
        if (this.laneStarts.has(row) && !this.corridorUse.has(row)) this.corridorUse.set(row, 1);
        return spread(top, bottom, this.corridorUse, row);
    }

    /** The y of the middle of the corridor above global `row`, not counted as a use. */
    corridorMiddle(row: number): number {
        const [top, bottom] = this.corridor(row);
        return Math.round((top + bottom) / 2);
    }

    private gap(column: number): [number, number] {
        const left = column === 0 ? this.area.x : this.columnX[column - 1].right;
        const right = column < this.columnX.length ? this.columnX[column].left : this.area.x + this.area.width;
        return [left, right];
    }

    private corridor(row: number): [number, number] {
        const top = row === 0 ? this.area.y : this.rowTop[row - 1] + this.rowHeight[row - 1];
        const bottom = row < this.rowTop.length ? this.rowTop[row] : this.area.y + this.area.height;
        return [top, bottom];
    }
}

function push(map: Map<number, number[]>, key: number, value: number): void {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else list.push(value);
}

// Whether an ascending list holds a value in [low, high]: a binary search, so that a long edge's
// check costs log n, not the length of the row it looks along.
function anyBetween(sorted: readonly number[] | undefined, low: number, high: number): boolean {
    if (sorted === undefined) return false;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] < low) lo = mid + 1;
        else hi = mid;
    }
    return lo < sorted.length && sorted[lo] <= high;
}

// The next free line in a channel between `low` and `high`, kept clear of both sides.
function spread(low: number, high: number, use: Map<number, number>, key: number): number {
    const n = use.get(key) ?? 0;
    use.set(key, n + 1);
    const half = Math.max(0, (high - low) / 2 - 4);
    const offset = Math.max(-half, Math.min(half, SPREAD[n % SPREAD.length]));
    return Math.round((low + high) / 2 + offset);
}
