/**
 * The grid the diagram is drawn on: columns left to right, lanes top to bottom (each with its rows),
 * and the free channels between them: a vertical *gap* before each column and a horizontal
 * *corridor* above each row. No shape lies in a gap or a corridor, so an edge drawn along them
 * never crosses a shape; edges sharing a channel are spread a few units apart.
 */
import type { Cell, Placement } from './placement.js';
import type { ProcessGraph } from './bpmn-graph.js';
import type { Bounds } from './shapes.js';

/** Where the process pool starts. */
export const ORIGIN = { x: 20, y: 20 } as const;
/** The band on a pool's left holding its name. */
export const POOL_HEADER = 30;
const LEFT_PAD = 50;
const RIGHT_PAD = 60;
const COLUMN_GAP = 80;
const ROW_HEIGHT = 80;
const ROW_GAP = 50;
const LANE_PAD = 30;

// Offsets from a channel's centre line for the 1st, 2nd, … edge using it.
const SPREAD = [0, 8, -8, 16, -16, 24, -24, 32, -32];

/** A node's cell in global rows (rows counted from the top of the pool across lanes). */
export interface GridCell {
    readonly column: number;
    readonly row: number;
}

/** Geometry of the grid, and bookkeeping of which channels are in use. */
export class DiagramGrid {
    /** Left and right edge of each column. */
    private readonly columnX: Array<{ left: number; right: number }> = [];
    /** Top of each global row. */
    private readonly rowTop: number[] = [];
    private readonly occupied = new Set<string>();
    private readonly gapUse = new Map<number, number>();
    private readonly corridorUse = new Map<number, number>();
    private readonly cells = new Map<string, GridCell>();
    /** Bounds of the process pool, and of each lane. */
    readonly pool: Bounds;
    readonly lanes: ReadonlyMap<string, Bounds>;

    constructor(graph: ProcessGraph, placement: Placement, columnWidths: readonly number[]) {
        let x = ORIGIN.x + POOL_HEADER + LEFT_PAD;
        for (let c = 0; c < placement.columns; c++) {
            const width = columnWidths[c] ?? 0;
            this.columnX.push({ left: x, right: x + width });
            x += width + COLUMN_GAP;
        }
        const right = (this.columnX.at(-1)?.right ?? x) + RIGHT_PAD;

        const lanes = new Map<string, Bounds>();
        let y = ORIGIN.y;
        const firstRow = new Map<string, number>();
        for (const lane of graph.lanes) {
            const rows = placement.laneRows.get(lane.id) ?? 1;
            firstRow.set(lane.id, this.rowTop.length);
            for (let r = 0; r < rows; r++) {
                this.rowTop.push(y + LANE_PAD + r * (ROW_HEIGHT + ROW_GAP));
            }
            const height = 2 * LANE_PAD + rows * ROW_HEIGHT + (rows - 1) * ROW_GAP;
            lanes.set(lane.id, { x: ORIGIN.x + POOL_HEADER, y, width: right - ORIGIN.x - POOL_HEADER, height });
            y += height;
        }
        this.lanes = lanes;
        this.pool = { x: ORIGIN.x, y: ORIGIN.y, width: right - ORIGIN.x, height: y - ORIGIN.y };

        for (const node of graph.nodes) {
            const cell = placement.cells.get(node.id) as Cell;
            const global = { column: cell.column, row: (firstRow.get(node.laneId) ?? 0) + cell.row };
            this.cells.set(node.id, global);
            this.occupied.add(`${global.column}:${global.row}`);
        }
    }

    /** The global cell of a flow node. */
    cellOf(id: string): GridCell {
        return this.cells.get(id) as GridCell;
    }

    /** Bounds of a shape of the given size centred in a node's cell. */
    boundsIn(cell: GridCell, size: { width: number; height: number }): Bounds {
        const column = this.columnX[cell.column];
        const top = this.rowTop[cell.row];
        return {
            x: Math.round(column.left + (column.right - column.left - size.width) / 2),
            y: Math.round(top + (ROW_HEIGHT - size.height) / 2),
            width: size.width,
            height: size.height
        };
    }

    /** Whether no node lies in the row between two columns (both included). */
    rowClear(row: number, fromColumn: number, toColumn: number): boolean {
        for (let c = Math.min(fromColumn, toColumn); c <= Math.max(fromColumn, toColumn); c++) {
            if (this.occupied.has(`${c}:${row}`)) return false;
        }
        return true;
    }

    /** Whether no node lies in the column between two rows (both included). */
    columnClear(column: number, fromRow: number, toRow: number): boolean {
        for (let r = Math.min(fromRow, toRow); r <= Math.max(fromRow, toRow); r++) {
            if (this.occupied.has(`${column}:${r}`)) return false;
        }
        return true;
    }

    /**
     * The x of a line in the gap before `column` (`column` = number of columns: the right margin),
     * a little apart from the lines already drawn there.
     */
    gapX(column: number): number {
        const left = column === 0 ? ORIGIN.x + POOL_HEADER : this.columnX[column - 1].right;
        const right = column < this.columnX.length ? this.columnX[column].left : this.pool.x + this.pool.width;
        return spread(left, right, this.gapUse, column);
    }

    /** The x of the middle of the gap before `column`, not counted as a use. */
    gapMiddle(column: number): number {
        const left = column === 0 ? ORIGIN.x + POOL_HEADER : this.columnX[column - 1].right;
        const right = column < this.columnX.length ? this.columnX[column].left : this.pool.x + this.pool.width;
        return Math.round((left + right) / 2);
    }

    /** The y of a line in the corridor above global `row` (`row` = number of rows: below the last). */
    corridorY(row: number): number {
        const top = row === 0 ? this.pool.y : this.rowTop[row - 1] + ROW_HEIGHT;
        const bottom = row < this.rowTop.length ? this.rowTop[row] : this.pool.y + this.pool.height;
        return spread(top, bottom, this.corridorUse, row);
    }

    /** The y of the middle of the corridor above global `row`, not counted as a use. */
    corridorMiddle(row: number): number {
        const top = row === 0 ? this.pool.y : this.rowTop[row - 1] + ROW_HEIGHT;
        const bottom = row < this.rowTop.length ? this.rowTop[row] : this.pool.y + this.pool.height;
        return Math.round((top + bottom) / 2);
    }
}

// The next free line in a channel between `low` and `high`, kept clear of both sides.
function spread(low: number, high: number, use: Map<number, number>, key: number): number {
    const n = use.get(key) ?? 0;
    use.set(key, n + 1);
    const half = Math.max(0, (high - low) / 2 - 4);
    const offset = Math.max(-half, Math.min(half, SPREAD[n % SPREAD.length]));
    return Math.round((low + high) / 2 + offset);
}
