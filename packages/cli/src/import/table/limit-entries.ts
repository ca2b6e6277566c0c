import type { Node } from 'jsonc-parser';
import { foldTitle } from './fold-text.js';

/** Steps of a table as its step column numbers them: `3`, `3-5`, `II.1-9` (steps 1 to 9 of block II). */
export interface StepRange {
    /** The Roman numeral of the block ("I.", "II." rows above its steps), when the table has blocks. */
    readonly block?: string;
    readonly from: string;
    readonly to: string;
}

/**
 * One decision of a mapping file about a total cell that lists several limits and no total ("- Thời hạn thẩm định
 * …: Không quá 15 ngày. - Thời hạn phê duyệt …: Không quá 05 ngày làm việc."): which steps the limit whose words
 * begin with `limit` covers, and why. The table says the limits, not which rows each covers.
 */
export interface LimitMapEntry {
    /** The first words of the limit's item in the cell ("Thời hạn thẩm định báo cáo nghiên cứu khả thi"). */
    readonly limit: string;
    readonly steps: readonly StepRange[];
    readonly why: string;
    readonly heading?: string;
    readonly table?: number;
    readonly line: number;
    readonly column: number;
}

const STEP_RANGE = /^(?:([IVXLC]+)\.)?\s*(\d+[a-z]?)(?:\s*[-–]\s*(\d+[a-z]?))?$/u;

/** A step range as a mapping file writes it, or undefined. */
export function readStepRange(text: string): StepRange | undefined {
    const m = STEP_RANGE.exec(text.trim());
    if (!m) return undefined;
    return { ...(m[1] ? { block: m[1] } : {}), from: m[2], to: m[3] ?? m[2] };
}

/** What is wrong with a limit entry: the key concerned and where, or undefined. */
export type LimitEntryFault = { readonly kind: 'unknown-key' | 'missing-key' | 'bad-value'; readonly node: Node; readonly detail: string };

const KEYS = new Set(['limit', 'steps', 'why', 'heading', 'table']);

/** Reads one item of `limits` (an object node), or says what is wrong with it. */
export function readLimitEntry(item: Node, position: { line: number; column: number }): LimitMapEntry | LimitEntryFault {
    const values: Record<string, Node> = {};
    for (const property of item.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!KEYS.has(String(key.value))) return { kind: 'unknown-key', node: key, detail: String(key.value) };
        values[String(key.value)] = value;
    }
    for (const required of ['limit', 'steps', 'why']) {
        if (!values[required]) return { kind: 'missing-key', node: item, detail: required };
    }
    for (const key of ['limit', 'why', 'heading']) {
        const value = values[key];
        if (value && (value.type !== 'string' || String(value.value).trim() === '')) return { kind: 'bad-value', node: value, detail: key };
    }
    const table = values.table;
    if (table && (table.type !== 'number' || !Number.isInteger(table.value) || (table.value as number) < 1)) return { kind: 'bad-value', node: table, detail: 'table' };
    const stepsNode = values.steps;
    if (stepsNode.type !== 'array' || (stepsNode.children ?? []).length === 0) return { kind: 'bad-value', node: stepsNode, detail: 'steps' };
    const steps: StepRange[] = [];
    for (const step of stepsNode.children ?? []) {
        const range = step.type === 'string' ? readStepRange(String(step.value)) : undefined;
        if (!range) return { kind: 'bad-value', node: step, detail: 'steps' };
        steps.push(range);
    }
    return {
        limit: String(values.limit.value), steps, why: String(values.why.value),
        ...(values.heading ? { heading: String(values.heading.value) } : {}),
        ...(table ? { table: table.value as number } : {}),
        ...position
    };
}

/** Whether a limit entry applies to a procedure with this (folded) title, read from these tables. */
export function limitApplies(entry: LimitMapEntry, foldedTitle: string, tables: ReadonlySet<number>): boolean {
    return (entry.table === undefined || tables.has(entry.table)) && (entry.heading === undefined || foldedTitle.includes(foldTitle(entry.heading)));
}
