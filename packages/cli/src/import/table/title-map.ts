import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { CatalogueTitles } from './catalogue-match.js';
import { foldTitle } from './fold-text.js';
import { limitApplies, readLimitEntry, type LimitMapEntry } from './limit-entries.js';

/**
 * One decision of a mapping file (`tthc import table --map`): the catalogue entry a responsibility's title means,
 * everywhere or only in the procedures whose heading holds `heading` or that are in table `table`, and why.
 */
export interface TitleMapEntry {
    /** The title as the tables write it. */
    readonly title: string;
    /** A reference as the language writes it: `Unit`, `Unit.Position`, `leaders of Unit`, `applicant`, `… assigned`. */
    readonly means: string;
    /** The decision's text that decides it. */
    readonly why: string;
    /** Only in the procedures whose title holds these words (compared without diacritics or case). */
    readonly heading?: string;
    /** Only in the procedure whose table (1-based, in document order) this is. */
    readonly table?: number;
    /** Where the entry is in the mapping file (1-based), for the report of an entry that matched nothing. */
    readonly line: number;
    readonly column: number;
}

/** Why a mapping file was refused: what, and where in it (1-based line and column). */
export interface TitleMapFault {
    readonly kind: 'syntax' | 'not-object' | 'unknown-key' | 'missing-key' | 'bad-value' | 'bad-reference' | 'duplicate';
    readonly line: number;
    readonly column: number;
    /** The JSON parser's error, the key, or the value concerned. */
    readonly detail: string;
}

/** A mapping file read: its entries, or the first fault. */
export type TitleMapRead = { readonly kind: 'ok'; readonly map: TitleMap } | { readonly kind: 'fault'; readonly fault: TitleMapFault };

const KEYS = new Set(['title', 'means', 'why', 'heading', 'table']);
const REFERENCE = /^(?:applicant|(leaders of )?([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?( assigned)?)$/;

function positionOf(text: string, offset: number): { line: number; column: number } {
    let line = 1;
    let start = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            start = i + 1;
        }
    }
    return { line, column: offset - start + 1 };
}

/**
 * Reads a mapping file's text against the catalogue: `{ "entries": [{ "title", "means", "why", "heading"?, "table"? }],
 * "limits": [{ "limit", "steps", "why", "heading"?, "table"? }] }` (schemas/tthc-table-map.schema.json), either list
 * optional but not both. A reference naming no unit or position of the catalogue, an unknown key, a
 * missing one or the same title twice in one scope is a fault with its line and column; nothing of such a map is used.
 */
export function readTitleMap(text: string, catalogue: CatalogueTitles): TitleMapRead {
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    const fault = (kind: TitleMapFault['kind'], offset: number, detail: string): TitleMapRead => ({ kind: 'fault', fault: { kind, ...positionOf(text, offset), detail } });
    if (errors.length > 0) return fault('syntax', errors[0].offset, printParseErrorCode(errors[0].error));
    if (!root || root.type !== 'object') return fault('not-object', root?.offset ?? 0, 'entries');
    let entriesNode: Node | undefined;
    let limitsNode: Node | undefined;
    for (const property of root.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key.value === '$schema') continue;
        if (key.value === 'entries') entriesNode = value;
        else if (key.value === 'limits') limitsNode = value;
        else return fault('unknown-key', key.offset, String(key.value));
    }
    if (!entriesNode && !limitsNode) return fault('missing-key', root.offset, 'entries');
    if (entriesNode && entriesNode.type !== 'array') return fault('bad-value', entriesNode.offset, 'entries');
    if (limitsNode && limitsNode.type !== 'array') return fault('bad-value', limitsNode.offset, 'limits');
    const limits: LimitMapEntry[] = [];
    const seenLimits = new Set<string>();
    for (const item of limitsNode?.children ?? []) {
        if (item.type !== 'object') return fault('not-object', item.offset, 'limit');
        const read = readLimitEntry(item, positionOf(text, item.offset));
        if ('kind' in read) return fault(read.kind, read.node.offset, read.detail);
        const scope = `${foldTitle(read.limit)}\u0000${read.heading ? foldTitle(read.heading) : ''}\u0000${read.table ?? ''}`;
        if (seenLimits.has(scope)) return fault('duplicate', item.offset, read.limit);
        seenLimits.add(scope);
        limits.push(read);
    }
    const entries: TitleMapEntry[] = [];
    const seen = new Set<string>();
    for (const item of entriesNode?.children ?? []) {
        if (item.type !== 'object') return fault('not-object', item.offset, 'entry');
        const values: Record<string, Node> = {};
        for (const property of item.children ?? []) {
            const [key, value] = property.children ?? [];
            if (!KEYS.has(String(key.value))) return fault('unknown-key', key.offset, String(key.value));
            values[String(key.value)] = value;
        }
        for (const required of ['title', 'means', 'why']) {
            if (!values[required]) return fault('missing-key', item.offset, required);
        }
        for (const key of ['title', 'means', 'why', 'heading']) {
            const value = values[key];
            if (value && (value.type !== 'string' || String(value.value).trim() === '')) return fault('bad-value', value.offset, key);
        }
        const table = values.table;
        if (table && (table.type !== 'number' || !Number.isInteger(table.value) || (table.value as number) < 1)) return fault('bad-value', table.offset, 'table');
        const means = String(values.means.value).trim();
        if (!namesCatalogueEntry(means, catalogue)) return fault('bad-reference', values.means.offset, means);
        const entry: TitleMapEntry = {
            title: String(values.title.value), means, why: String(values.why.value),
            ...(values.heading ? { heading: String(values.heading.value) } : {}),
            ...(table ? { table: table.value as number } : {}),
            ...positionOf(text, item.offset)
        };
        const scope = `${foldTitle(entry.title)}\u0000${entry.heading ? foldTitle(entry.heading) : ''}\u0000${entry.table ?? ''}`;
        if (seen.has(scope)) return fault('duplicate', values.title.offset, entry.title);
        seen.add(scope);
        entries.push(entry);
    }
    return { kind: 'ok', map: new TitleMap(entries, limits) };
}

// `Unit`, `Unit.Position`, `leaders of Unit` (never of a position), `applicant`, each maybe `assigned`: of the catalogue.
function namesCatalogueEntry(reference: string, catalogue: CatalogueTitles): boolean {
    const m = REFERENCE.exec(reference);
    if (!m) return false;
    if (reference === 'applicant') return true;
    const unit = catalogue.units.find(u => u.name === m[2]);
    if (!unit) return false;
    if (m[3] === undefined) return true;
    return m[1] === undefined && unit.positions.some(p => p.name === m[3]);
}

/** The decisions of a mapping file, and which of them the import used. */
export class TitleMap {
    private readonly used = new Set<TitleMapEntry | LimitMapEntry>();

    constructor(readonly entries: readonly TitleMapEntry[], readonly limits: readonly LimitMapEntry[] = []) {}

    /**
     * The limit entries for one procedure (its title, the tables it is read from): for the same limit words, an entry
     * for its table wins over one for its heading, which wins over a global one. `use` records that one was applied.
     */
    limitsFor(title: string, tables: ReadonlySet<number>): { readonly entries: LimitMapEntry[]; use(entry: LimitMapEntry): void } {
        const folded = foldTitle(title);
        const rank = (e: LimitMapEntry): number => (e.table !== undefined ? 0 : e.heading !== undefined ? 1 : 2);
        const chosen = new Map<string, LimitMapEntry>();
        for (const entry of this.limits.filter(e => limitApplies(e, folded, tables)).sort((a, b) => rank(a) - rank(b))) {
            const key = foldTitle(entry.limit);
            if (!chosen.has(key)) chosen.set(key, entry);
        }
        return { entries: [...chosen.values()], use: entry => this.used.add(entry) };
    }

    /** The limit entries the import did not apply, in file order. */
    unusedLimits(): LimitMapEntry[] {
        return this.limits.filter(e => !this.used.has(e));
    }

    /**
     * The titles the map decides for one procedure (its title, the tables it is read from), folded: an entry for
     * its table first, then one for its heading, then a global one.
     */
    scope(title: string, tables: ReadonlySet<number>): TitleOverrides {
        const folded = foldTitle(title);
        const rank = (e: TitleMapEntry): number => (e.table !== undefined ? 0 : e.heading !== undefined ? 1 : 2);
        const applies = (e: TitleMapEntry): boolean => (e.table === undefined || tables.has(e.table)) && (e.heading === undefined || folded.includes(foldTitle(e.heading)));
        const chosen = new Map<string, TitleMapEntry>();
        for (const entry of [...this.entries].filter(applies).sort((a, b) => rank(a) - rank(b))) {
            const key = foldTitle(entry.title);
            if (!chosen.has(key)) chosen.set(key, entry);
        }
        return {
            reference: (text: string) => {
                const entry = chosen.get(foldTitle(text));
                if (!entry) return undefined;
                this.used.add(entry);
                return entry.means;
            }
        };
    }

    /** The entries no responsibility matched, in file order: a stale map shows. */
    unused(): TitleMapEntry[] {
        return this.entries.filter(e => !this.used.has(e));
    }
}

/** What a map decides within one procedure: the reference a title means, if the map says. */
export interface TitleOverrides {
    reference(text: string): string | undefined;
}
