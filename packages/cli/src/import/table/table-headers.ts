import { foldText } from './fold-text.js';
import type { GridRow } from './table-model.js';

/** What a column of a step table holds, from its header. */
export type ColumnRole = 'label' | 'task' | 'performer' | 'time' | 'product';

/** The columns a step table must have to be imported. */
export const REQUIRED_ROLES: readonly ColumnRole[] = ['label', 'task', 'performer', 'time'];

/** The role a header names, diacritics- and case-insensitive, or undefined for a column the import does not use. */
export function headerRole(header: string): ColumnRole | undefined {
    const h = foldText(header);
    if (/^(buoc|cac buoc|buoc thuc hien|tt|stt|so tt|thu tu|thu tu cong viec)$/.test(h)) return 'label';
    if (/thoi gian|thoi han/.test(h)) return 'time';
    if (/bieu mau|ket qua|san pham|ho so/.test(h)) return 'product';
    if (/trach nhiem|don vi|nguoi thuc hien|co quan|can bo|phan cong|bo phan|chu tri/.test(h)) return 'performer';
    if (/noi dung|cong viec|trinh tu|mo ta/.test(h)) return 'task';
    return undefined;
}

/** The header row of a table: the columns of each role (the first column of a role wins) and the headers as written. */
export interface TableHeader {
    /** Index into the table's rows. */
    readonly at: number;
    readonly columns: ReadonlyMap<ColumnRole, number>;
    /** The header text of each column, as written (for places: `cột "Trách nhiệm"`). */
    readonly names: ReadonlyMap<number, string>;
    readonly missing: readonly ColumnRole[];
}

/**
 * Finds the header of a step table: the first row whose first column is a step column ("Bước", "TT", "Thứ tự
 * công việc") and that names a task or a time. A table without one is not a step table (a list of procedures, a
 * signature block). `missing` lists the required roles it lacks.
 */
export function findHeader(rows: readonly GridRow[]): TableHeader | undefined {
    for (let at = 0; at < rows.length; at++) {
        const cells = rows[at].cells.filter(c => c.merged !== 'left');
        const first = cells.find(c => c.text !== '');
        if (!first || headerRole(first.text) !== 'label') continue;
        const columns = new Map<ColumnRole, number>();
        const names = new Map<number, string>();
        for (const cell of cells) {
            const role = headerRole(cell.text);
            names.set(cell.column, cell.text.replace(/\s+/g, ' '));
            if (role && !columns.has(role)) columns.set(role, cell.column);
        }
        if (!columns.has('time') && !columns.has('task')) continue;
        return { at, columns, names, missing: REQUIRED_ROLES.filter(role => !columns.has(role)) };
    }
    return undefined;
}
