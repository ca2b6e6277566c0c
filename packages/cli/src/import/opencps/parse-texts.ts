/**
 * Inverses of the texts the `opencps` target writes (packages/compiler/src/targets/opencps/texts.ts,
 * table/published-text.ts): each returns what the language writes, or undefined when the text is not in
 * that form (then the caller reports it as unresolved rather than guess).
 */

import { CASE_TIME, CASE_TOTAL, FEE_NOTE, PROCEDURE_TOTAL, TIME_RULE_WORDS } from '@tthc/compiler';

/** The channels as OpenCPS's texts name them, and the language's keyword of each. */
export const CHANNELS: ReadonlyArray<readonly [string, 'in-person' | 'online' | 'postal']> = [
    ['Trực tiếp', 'in-person'], ['Trực tuyến', 'online'], ['Qua dịch vụ bưu chính công ích', 'postal']
];

const CHANNEL_LABEL = CHANNELS.map(([label]) => label).join('|');

/** Splits a text of per-channel items (`Trực tiếp: …; Trực tuyến: …`) on `separator` before a channel label. */
export function channelItems(text: string, separator: string): Array<{ channel: 'in-person' | 'online' | 'postal'; text: string }> {
    if (text.trim() === '') return [];
    const escaped = separator.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const items = text.split(new RegExp(`${escaped}(?=(?:${CHANNEL_LABEL}): )`, 'u'));
    const out: Array<{ channel: 'in-person' | 'online' | 'postal'; text: string }> = [];
    for (const item of items) {
        const found = CHANNELS.find(([label]) => item.startsWith(`${label}: `));
        if (!found) return [];
        out.push({ channel: found[1], text: item.slice(found[0].length + 2) });
    }
    return out;
}

/** `3,5` → 3.5; `2.000.000` → 2000000 (thousands grouped with `.`, decimals after `,`). */
export function vietnameseNumber(text: string): number | undefined {
    if (!/^[0-9]+(\.[0-9]{3})*(,[0-9]+)?$/.test(text)) return undefined;
    return Number(text.replace(/\./g, '').replace(',', '.'));
}

function plain(value: number): string {
    return String(Math.round(value * 10000) / 10000);
}

/**
 * A duration as the target writes it (`durationText`: `2 giờ làm việc`, `0,5 ngày làm việc`, `15 ngày`,
 * `15 ngày (tính là 11 ngày làm việc)`, `30 phút làm việc`, `Trong ngày làm việc`) as the language writes it
 * (`2h`, `0.5wd`, `15cd`, `15cd as 11wd`, `30min`, `same-day`).
 */
export function durationLiteral(text: string): string | undefined {
    const t = text.trim();
    if (/^trong ngày làm việc$/iu.test(t)) return 'same-day';
    const converted = /^([0-9.,]+) ngày \(tính là ([0-9.,]+) ngày làm việc\)$/u.exec(t);
    if (converted) {
        const a = vietnameseNumber(converted[1]!);
        const b = vietnameseNumber(converted[2]!);
        return a === undefined || b === undefined ? undefined : `${plain(a)}cd as ${plain(b)}d`;
    }
    const simple = /^([0-9.,]+) (giờ làm việc|ngày làm việc|phút làm việc|ngày)$/iu.exec(t);
    if (!simple) return undefined;
    const amount = vietnameseNumber(simple[1]!);
    if (amount === undefined) return undefined;
    const unit = simple[2]!.toLowerCase();
    return `${plain(amount)}${unit === 'giờ làm việc' ? 'h' : unit === 'ngày làm việc' ? 'd' : unit === 'phút làm việc' ? 'min' : 'cd'}`;
}

/** Trailing parenthesised groups of a text, balanced, outermost last: `A (b) (c (d))` → { head: 'A', groups: ['b', 'c (d)'] }. */
export function trailingGroups(text: string): { head: string; groups: string[] } {
    const groups: string[] = [];
    let rest = text.trimEnd();
    while (rest.endsWith(')')) {
        let depth = 0;
        let start = -1;
        for (let i = rest.length - 1; i >= 0; i--) {
            if (rest[i] === ')') depth++;
            else if (rest[i] === '(' && --depth === 0) { start = i; break; }
        }
        if (start <= 0 || rest[start - 1] !== ' ') break;
        groups.unshift(rest.slice(start + 1, -1));
        rest = rest.slice(0, start - 1).trimEnd();
    }
    return { head: rest, groups };
}

/** A channel's statutory time as written in `durationText`, as the language's `time …` of the channel. */
export function statutoryLiteral(text: string, str: (s: string) => string): string | undefined {
    if (text.startsWith('Không quy định')) {
        const { groups } = trailingGroups(text);
        return `not-regulated${groups.length > 0 ? ` ${str(groups[groups.length - 1]!)}` : ''}`;
    }
    const read = trailingGroups(text);
    const groups = read.groups;
    let head = read.head;
    // `15 ngày (tính là 11 ngày làm việc)` is one duration.
    if (groups.length > 0 && groups[0]!.startsWith('tính là ')) head = `${head} (${groups.shift()!})`;
    const literal = durationLiteral(head);
    if (literal === undefined) return undefined;
    let cutOff = '';
    const rest = [...groups];
    const cut = rest.length > 0 ? /^tiếp nhận sau (\d{1,2}) giờ(?: (\d{2}))? thì trả trong ngày làm việc tiếp theo$/u.exec(rest[0]!) : null;
    if (cut && literal === 'same-day') {
        cutOff = ` cut-off ${cut[1]!.padStart(2, '0')}:${cut[2] ?? '00'}`;
        rest.shift();
    }
    if (rest.length > 1) return undefined;
    return `${literal}${cutOff}${rest.length === 1 ? ` ${str(rest[0]!)}` : ''}`;
}

const FEE_UNITS: Readonly<Record<string, readonly [string, string]>> = {
    'trang': ['per page', 'trang'],
    'bản': ['per copy', 'bản'],
    'thửa': ['per parcel', 'thửa đất'],
    'hồ sơ': ['per dossier', 'hồ sơ'],
    'trường hợp': ['per item', 'trường hợp'],
    'giấy chứng nhận': ['per certificate', 'giấy chứng nhận']
};

function vnd(text: string): number | undefined {
    const m = /^([0-9.,]+) đồng$/u.exec(text.trim());
    return m ? vietnameseNumber(m[1]!) : undefined;
}

function percent(text: string): string | undefined {
    const n = vietnameseNumber(text);
    return n === undefined ? undefined : `${plain(n)}%`;
}

/**
 * A fee as published (`feeText`): `Lệ phí (when): trên A đồng đến B đồng: C đồng/trang + R% phần vượt trên A đồng,
 * từ trang thứ 3, tối đa D đồng, giảm 50%, tính trên: … (note)`, as the language's `fee …`/`charge …`.
 */
export function feeLiteral(text: string, str: (s: string) => string): string | undefined {
    const head = /^(Lệ phí|Phí)(?: \((.+?)\))?: (.*)$/u.exec(text);
    if (!head) return undefined;
    const kind = head[1] === 'Phí' ? 'charge' : 'fee';
    const when = head[2];
    let body = head[3]!;
    let note: string | undefined;
    const { head: withoutNote, groups } = trailingGroups(body);
    if (body.includes(', tính trên: ') || body.startsWith('tính trên: ')) {
        // A fee with a basis: its note is introduced by `ghi chú:` (texts.ts, openCpsFeeText); other parentheses
        // at the end are the basis's own.
        const last = groups[groups.length - 1];
        if (last !== undefined && last.startsWith(`${FEE_NOTE} `)) {
            note = last.slice(FEE_NOTE.length + 1);
            body = groups.length > 1 ? `${withoutNote} (${groups.slice(0, -1).join(') (')})` : withoutNote;
        }
    } else if (groups.length > 0) {
        note = groups.join(') (');
        body = withoutNote;
    }
    const parts = body.split(', ');
    const words: string[] = [kind];
    let first = parts.shift()!;
    const bracket = /^(?:trên ([0-9.,]+ đồng))?(?: ?đến ([0-9.,]+ đồng))?: (.*)$/u.exec(first);
    let over: number | undefined;
    let upTo: number | undefined;
    if (bracket && (bracket[1] || bracket[2])) {
        over = bracket[1] ? vnd(bracket[1]) : undefined;
        upTo = bracket[2] ? vnd(bracket[2]) : undefined;
        first = bracket[3]!;
    }
    const amount = /^([0-9.,]+) đồng(?:\/([^+]+?))?(?: \+ ([0-9.,]+)% phần vượt trên ([0-9.,]+ đồng))?$/u.exec(first);
    if (!amount) return undefined;
    const value = vietnameseNumber(amount[1]!);
    if (value === undefined) return undefined;
    words.push(`${plain(value)} VND`);
    const unit = amount[2] !== undefined ? FEE_UNITS[amount[2]] : undefined;
    if (amount[2] !== undefined && !unit) return undefined;
    if (amount[3] !== undefined) {
        const rate = percent(amount[3]);
        over ??= vnd(amount[4]!);
        if (rate === undefined) return undefined;
        words.push(`+ ${rate}`);
    }
    if (over !== undefined) words.push(`over ${plain(over)} VND`);
    if (upTo !== undefined) words.push(`up-to ${plain(upTo)} VND`);
    let per = unit ? unit[0] : undefined;
    for (const part of parts) {
        const from = /^từ (.+) thứ (\d+)$/u.exec(part);
        const cap = /^tối đa (.+)$/u.exec(part);
        const discount = /^giảm ([0-9.,]+)%$/u.exec(part);
        const basis = /^tính trên: (.+)$/u.exec(part);
        if (from && unit && from[1] === unit[1] && per !== undefined) per = `${per} from ${from[2]}`;
        else if (cap && vnd(cap[1]!) !== undefined) words.push(`max ${plain(vnd(cap[1]!)!)} VND`);
        else if (discount && percent(discount[1]!) !== undefined) words.push(`discount ${percent(discount[1]!)}`);
        else if (basis) words.push(`basis ${str(basis[1]!)}`);
        else return undefined;
    }
    if (per !== undefined) words.splice(2, 0, per);
    if (when !== undefined) words.push(`when ${str(when)}`);
    if (note !== undefined) words.push(str(note));
    return words.join(' ');
}

/** Splits `A; B; C` where an item is known to start like `start` (the rest belong to the item before). */
export function splitItems(text: string, start: RegExp): string[] {
    if (text.trim() === '') return [];
    const out: string[] = [];
    for (const piece of text.split('; ')) {
        if (out.length > 0 && !start.test(piece)) out[out.length - 1] += `; ${piece}`;
        else out.push(piece);
    }
    return out;
}

/** A case's statutory time or published total as `durationText` gives it after the channels' times. */
export interface CaseTimeItem {
    readonly title: string;
    readonly kind: 'time' | 'total';
    /** The text after the introducing words, to read with `statutoryLiteral` or `totalLiteral`. */
    readonly text: string;
}

const CASE_ITEM = new RegExp(`^([^;]+?): (${CASE_TIME}|${CASE_TOTAL}) (.+)$`, 'u');
const PROCEDURE_TOTAL_ITEM = `${PROCEDURE_TOTAL}: `;
const RULE_STARTS = [`${TIME_RULE_WORDS.cutOff[0]} `, `${TIME_RULE_WORDS.forwardPaper[0]} `];

/** What `durationText` says after the channels' times: the procedure's total, its time rules and the cases' items. */
export interface DurationItems {
    readonly channels: string;
    /** The published total's text (`96 giờ làm việc (…)`), to read with `totalLiteral`. */
    readonly total?: string;
    /** The time rules as texts (`Hồ sơ tiếp nhận sau 15 giờ …`), to read with `timeRuleLiteral`. */
    readonly rules: readonly string[];
    readonly cases: CaseTimeItem[];
}

/**
 * Splits `durationText` into the channels' part, the procedure's published total, its time rules and the cases'
 * items the target writes after it (`…; Tổng thời gian giải quyết theo quy trình nội bộ: 96 giờ làm việc; Hồ sơ tiếp
 * nhận sau 15 giờ được chuyển vào đầu giờ ngày làm việc tiếp theo; Trường hợp …: thời hạn giải quyết 30 ngày làm
 * việc; Trường hợp …: tổng thời gian giải quyết theo quy trình nội bộ 27 ngày làm việc`). An item starts at `; `
 * followed by the total's words and `: `, a rule's words, or a title and a case's words; the channels' part is what
 * comes before the first.
 */
export function caseTimeItems(text: string): DurationItems {
    const starts = [PROCEDURE_TOTAL_ITEM, ...RULE_STARTS].join('|');
    const pieces = text.split(new RegExp(`; (?=${starts}|[^;]+?: (?:${CASE_TIME}|${CASE_TOTAL}) )`, 'u'));
    const isRule = (piece: string): boolean => RULE_STARTS.some(start => piece.startsWith(start));
    const isItem = (piece: string): boolean => piece.startsWith(PROCEDURE_TOTAL_ITEM) || isRule(piece) || CASE_ITEM.test(piece);
    const first = pieces.findIndex((piece, i) => i > 0 && isItem(piece));
    if (first < 0) return { channels: text, rules: [], cases: [] };
    let total: string | undefined;
    const rules: string[] = [];
    const cases: CaseTimeItem[] = [];
    for (const piece of pieces.slice(first)) {
        if (piece.startsWith(PROCEDURE_TOTAL_ITEM) && total === undefined && rules.length === 0 && cases.length === 0) {
            total = piece.slice(PROCEDURE_TOTAL_ITEM.length);
            continue;
        }
        if (isRule(piece) && cases.length === 0) {
            rules.push(piece);
            continue;
        }
        const m = CASE_ITEM.exec(piece);
        // A piece that is none of these (a second total, a rule after the cases) belongs to the item before it.
        if (!m) {
            if (cases.length > 0) cases[cases.length - 1] = { ...cases[cases.length - 1]!, text: `${cases[cases.length - 1]!.text}; ${piece}` };
            else if (rules.length > 0) rules[rules.length - 1] = `${rules[rules.length - 1]}; ${piece}`;
            else total = `${total}; ${piece}`;
            continue;
        }
        cases.push({ title: m[1]!, kind: m[2] === CASE_TIME ? 'time' as const : 'total' as const, text: m[3]! });
    }
    return { channels: pieces.slice(0, first).join('; '), ...(total !== undefined ? { total } : {}), rules, cases };
}

/**
 * A time rule as `durationText` writes it (`Hồ sơ tiếp nhận sau 15 giờ 30 được chuyển vào đầu giờ ngày làm việc tiếp
 * theo`, `Hồ sơ giấy được chuyển đến cơ quan giải quyết trong thời hạn 1 ngày làm việc`) as the language's `cut-off
 * 15:30` or `forward paper within 1d`; undefined when it does not read exactly so.
 */
export function timeRuleLiteral(text: string): string | undefined {
    const [cutBefore, cutAfter] = TIME_RULE_WORDS.cutOff;
    if (text.startsWith(`${cutBefore} `) && text.endsWith(` ${cutAfter}`)) {
        const clock = /^(\d{1,2}) giờ(?: (\d{2}))?$/u.exec(text.slice(cutBefore.length + 1, text.length - cutAfter.length - 1));
        if (!clock || Number(clock[1]) > 23 || Number(clock[2] ?? 0) > 59) return undefined;
        return `cut-off ${clock[1]!.padStart(2, '0')}:${clock[2] ?? '00'}`;
    }
    const forward = TIME_RULE_WORDS.forwardPaper[0];
    if (text.startsWith(`${forward} `)) {
        const literal = durationLiteral(text.slice(forward.length + 1));
        return literal === undefined || literal === 'same-day' ? undefined : `forward paper within ${literal}`;
    }
    return undefined;
}

/**
 * A published total as a case's item writes it (`27 ngày làm việc (cắt giảm 3 ngày làm việc so với 30 ngày làm việc,
 * tỷ lệ 10%) (kể từ …)`, `Không quy định`) as the language's `total …`; undefined when it does not read exactly so.
 */
export function totalLiteral(text: string, str: (s: string) => string): string | undefined {
    const { head, groups } = trailingGroups(text);
    let literal: string | undefined;
    if (head === 'Không quy định') literal = 'not-regulated';
    else {
        // `15 ngày (tính là 11 ngày làm việc)` is one duration.
        const converted = groups.length > 0 && groups[0]!.startsWith('tính là ') ? `${head} (${groups.shift()!})` : head;
        literal = durationLiteral(converted);
    }
    if (literal === undefined) return undefined;
    const rest = [...groups];
    let cut = '';
    const m = rest.length > 0 ? /^cắt giảm (.+?) so với (.+?)(?:, tỷ lệ ([0-9.,]+)%)?$/u.exec(rest[0]!) : null;
    if (m) {
        const amount = durationLiteral(m[1]!);
        const of = durationLiteral(m[2]!);
        const ratio = m[3] !== undefined ? vietnameseNumber(m[3]) : undefined;
        if (amount === undefined || of === undefined || (m[3] !== undefined && ratio === undefined)) return undefined;
        cut = ` cut ${amount} of ${of}${ratio !== undefined ? ` ${plain(ratio)}%` : ''}`;
        rest.shift();
    }
    if (rest.length > 1) return undefined;
    return `${literal}${cut}${rest.length === 1 ? ` ${str(rest[0]!)}` : ''}`;
}
