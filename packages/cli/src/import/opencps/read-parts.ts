import { PART_LEVELS, PART_WORDS } from '@tthc/compiler';
import type { SequenceDoc, ServiceProcessDoc, StepDoc } from './bundle-documents.js';
import { CUT } from './mapped-procedure.js';
import { durationLiteral, totalLiteral } from './parse-texts.js';
import { literalHours } from './parse-step-texts.js';
import { nameOf, str } from './tthc-text.js';

// The parts of the table as the target writes them (packages/compiler/src/targets/opencps/sequences.ts): the
// steps of a part share one ProcessSequence, whose `sequenceRole` is the part's name and whose `sequenceName` is
// its title, then what it says (`: thực hiện tại cấp xã; tổng thời gian 40 giờ làm việc`).

/** A part read from a ProcessSequence. */
export interface ImportedPart {
    readonly name: string;
    readonly title: string;
    /** What the part says after its title, as the language writes it (`at commune`, `subtotal 40h`, `time 3d`). */
    readonly words: readonly string[];
    /** The shared time's literal (`time …`), whose hours the target put on the part's first step. */
    readonly time?: string;
    /** The codes of its steps, in the order of the process. */
    readonly steps: readonly string[];
    readonly sequence: SequenceDoc;
}

const LEVELS = new Map(Object.entries(PART_LEVELS).map(([level, text]) => [text, level]));
const WORDS = [PART_WORDS.level, PART_WORDS.subtotal, PART_WORDS.time, PART_WORDS.limit];
const ITEM_START = new RegExp(`^(?:${WORDS.join('|')}) `, 'u');
const ITEM_SPLIT = new RegExp(`; (?=(?:${WORDS.join('|')}) )`, 'u');

// One item of what a part says, as the language's clause; undefined when it does not read exactly so.
function clause(item: string): { keyword: string; text: string } | undefined {
    const after = (words: string): string | undefined => (item.startsWith(`${words} `) ? item.slice(words.length + 1) : undefined);
    const level = after(PART_WORDS.level);
    if (level !== undefined) return LEVELS.has(level) ? { keyword: 'at', text: `at ${LEVELS.get(level)}` } : undefined;
    const subtotal = after(PART_WORDS.subtotal);
    if (subtotal !== undefined) {
        const literal = totalLiteral(subtotal, str);
        return literal === undefined ? undefined : { keyword: 'subtotal', text: `subtotal ${literal}` };
    }
    const time = after(PART_WORDS.time);
    if (time !== undefined) {
        const literal = durationLiteral(time);
        return literal === undefined ? undefined : { keyword: 'time', text: `time ${literal}` };
    }
    const limit = after(PART_WORDS.limit);
    if (limit !== undefined) {
        const literal = durationLiteral(limit);
        return literal === undefined ? undefined : { keyword: 'limit', text: `limit ${literal}` };
    }
    return undefined;
}

/**
 * A part's `sequenceName` as its title and clauses: the title is what comes before the first `: ` that is followed
 * by the words of a clause (`thực hiện tại`, `tổng thời gian`, `thời gian chung`, `không quá`); undefined when what
 * follows does not read exactly as the target writes it (each clause at most once).
 */
export function readPartName(text: string): { title: string; words: string[] } | undefined {
    for (let i = text.indexOf(': '); i >= 0; i = text.indexOf(': ', i + 1)) {
        const tail = text.slice(i + 2);
        if (!ITEM_START.test(tail)) continue;
        const clauses = tail.split(ITEM_SPLIT).map(clause);
        if (clauses.some(c => c === undefined)) return undefined;
        const keywords = clauses.map(c => c!.keyword);
        if (new Set(keywords).size !== keywords.length) return undefined;
        return { title: text.slice(0, i), words: clauses.map(c => c!.text) };
    }
    return { title: text, words: [] };
}

/**
 * The parts of a process: every ProcessSequence that is not a step's own (one step names it, with the step's
 * name and role) and that steps name. A sequence whose name does not read, or whose role is empty, is reported
 * through `bad` and left out (its steps then join no part).
 */
export function partsOf(process: ServiceProcessDoc, steps: readonly StepDoc[], bad: (sequence: SequenceDoc) => void): ImportedPart[] {
    const parts: ImportedPart[] = [];
    for (const sequence of process.sequences) {
        const members = steps.filter(step => step.sequenceNo === sequence.sequenceNo);
        if (members.length === 0) continue;
        const own = members.length === 1 && members[0]!.name === sequence.name && members[0]!.roleCode === sequence.role;
        if (own) continue;
        const read = sequence.name.endsWith(CUT) && sequence.name.length >= 230 ? undefined : readPartName(sequence.name);
        if (read === undefined || sequence.role === '') {
            bad(sequence);
            continue;
        }
        const time = read.words.find(w => w.startsWith('time '))?.slice('time '.length);
        parts.push({ name: nameOf(sequence.role), title: read.title, words: read.words, ...(time !== undefined ? { time } : {}), steps: members.map(s => s.code), sequence });
    }
    return parts;
}

/** The hours of a part's shared time, which the target counts at the part's first step. */
export function sharedHours(part: ImportedPart): number {
    return part.time !== undefined ? literalHours(part.time) : 0;
}
