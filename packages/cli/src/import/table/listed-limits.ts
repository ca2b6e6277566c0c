import { foldText } from './fold-text.js';
import type { LimitMapEntry, StepRange } from './limit-entries.js';
import { listItems } from './listed-total.js';
import type { CellRef, PublishedPart, PublishedProcedure, PublishedStep } from './recognise-tables.js';
import { totalTime } from './table-durations.js';

/** What applying a mapping file's limits to a procedure did: the cell it read them from, and the entries used. */
export interface ListedLimits {
    readonly cell: CellRef;
    readonly used: readonly LimitMapEntry[];
}

// A duration literal alone (`5wd`, `0.5d`, `1/4d`): what `limit` takes.
const DURATION = /^\d+(?:[./]\d+)?[a-z]+$/;

// The cells that may state the procedure's time: its total, the total at its foot, each part's subtotal.
function timeCells(procedure: PublishedProcedure): CellRef[] {
    return [procedure.total, procedure.footTotal, ...procedure.parts.map(p => p.subtotal)].filter((c): c is CellRef => c !== undefined);
}

// The block numeral of a part's title ("II. Trình tự thẩm định …" → "II").
function blockOf(part: PublishedPart | undefined): string | undefined {
    return part ? /^\s*([IVXLC]+)\s*[.:]/u.exec(part.title)?.[1] : undefined;
}

// The steps a range names, in table order; undefined when a bound names no step or, without a block, several.
function stepsOf(range: StepRange, steps: readonly PublishedStep[], parts: readonly PublishedPart[]): PublishedStep[] | undefined {
    const inBlock = steps.filter(s => range.block === undefined || blockOf(parts[s.part ?? -1]) === range.block);
    const at = (label: string): number | undefined => {
        const found = inBlock.flatMap((s, i) => (s.label.toLowerCase() === label.toLowerCase() ? [i] : []));
        return found.length === 1 ? found[0] : undefined;
    };
    const from = at(range.from);
    const to = at(range.to);
    if (from === undefined || to === undefined || to < from) return undefined;
    return inBlock.slice(from, to + 1);
}

// "Thời hạn thẩm định báo cáo nghiên cứu khả thi" → "Thẩm định báo cáo nghiên cứu khả thi": the part's title.
function partTitle(label: string): string {
    const bare = label.replace(/^\s*thời hạn\s+/iu, '').trim();
    return bare.charAt(0).toLocaleUpperCase('vi') + bare.slice(1);
}

/**
 * Applies a mapping file's decisions about a cell that lists several limits and no total (Bắc Ninh 1490: "- Thời hạn
 * trả lời …: Trong thời hạn 05 ngày làm việc … - Thời hạn thẩm định …: Không quá 15 ngày. - Thời hạn phê duyệt …:
 * Không quá 05 ngày làm việc."): each limit becomes a part with that `limit` over the steps its entry names (the part
 * whose steps they exactly are, keeping its title, or a new part after the others), and the cell is no longer the
 * procedure's total. Only when every item of the cell is decided, each item's time reads as a duration, and every
 * range names steps of the procedure, no step twice; else nothing changes and the cell is reported as before.
 */
export function applyListedLimits(procedure: PublishedProcedure, entries: readonly LimitMapEntry[]): ListedLimits | undefined {
    if (entries.length === 0) return undefined;
    const steps = procedure.cases.flatMap(c => c.steps);
    for (const cell of timeCells(procedure)) {
        const items = listItems(cell.text);
        if (items.length < 2) continue;
        const decided = items.map(item => {
            const colon = item.indexOf(':');
            const label = colon >= 0 ? item.slice(0, colon) : item;
            const entry = entries.find(e => foldText(label).startsWith(foldText(e.limit)));
            const literal = colon >= 0 ? totalTime(item.slice(colon + 1), text => JSON.stringify(text))?.split(' ')[0] : undefined;
            return { label, entry, literal };
        });
        if (!decided.some(d => d.entry)) continue;
        if (decided.some(d => !d.entry || !d.literal || !DURATION.test(d.literal))) return undefined;
        const covered = new Map<PublishedStep, number>();
        for (const [i, d] of decided.entries()) {
            for (const range of d.entry!.steps) {
                const named = stepsOf(range, steps, procedure.parts);
                if (!named) return undefined;
                for (const step of named) {
                    if (covered.has(step)) return undefined;
                    covered.set(step, i);
                }
            }
        }
        reassignParts(procedure, steps, covered, decided.map(d => ({ title: partTitle(d.label), limit: d.literal! })));
        if (procedure.total === cell) procedure.total = undefined;
        if (procedure.footTotal === cell) procedure.footTotal = undefined;
        for (const part of procedure.parts) if (part.subtotal === cell) delete part.subtotal;
        return { cell, used: decided.map(d => d.entry!) };
    }
    return undefined;
}

// The parts after the limits: each former part that keeps a step of its own (or never had one), in order; a limit
// covering exactly a former part's steps goes on that part, the others are new parts after them, in the cell's order.
function reassignParts(procedure: PublishedProcedure, steps: readonly PublishedStep[], covered: ReadonlyMap<PublishedStep, number>, limits: ReadonlyArray<{ title: string; limit: string }>): void {
    const former = procedure.parts;
    const stepsOfPart = (i: number): PublishedStep[] => steps.filter(s => s.part === i);
    const coveredBy = (i: number): Set<number | undefined> => new Set(stepsOfPart(i).map(s => covered.get(s)));
    const parts: PublishedPart[] = [];
    const newIndex = new Map<number, number>();
    const limitPart = new Map<number, number>();
    former.forEach((part, i) => {
        const by = coveredBy(i);
        const exact = stepsOfPart(i).length > 0 && by.size === 1 && [...by][0] !== undefined && steps.filter(s => covered.get(s) === [...by][0]).every(s => s.part === i);
        if (exact) {
            const limit = [...by][0]!;
            limitPart.set(limit, parts.length);
            parts.push({ ...part, limit: limits[limit].limit });
            newIndex.set(i, parts.length - 1);
        } else if (stepsOfPart(i).length === 0 || by.has(undefined)) {
            newIndex.set(i, parts.length);
            parts.push(part);
        }
    });
    limits.forEach((limit, i) => {
        if (limitPart.has(i)) return;
        limitPart.set(i, parts.length);
        parts.push({ title: limit.title, limit: limit.limit });
    });
    for (const step of steps) {
        const limit = covered.get(step);
        if (limit !== undefined) step.part = limitPart.get(limit);
        else if (step.part !== undefined) step.part = newIndex.get(step.part);
    }
    procedure.parts.splice(0, procedure.parts.length, ...parts);
}
