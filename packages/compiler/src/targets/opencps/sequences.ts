import type { PartModel, ProcedureModel } from '../../model/procedure-model.js';
import { uniqueCodes } from './codes.js';
import { durationCount, durationText, workingHours } from './durations.js';
import { totalText } from './texts.js';

// OpenCPS v2's ProcessSequence is a stage of the process ("giai đoạn"): its steps name it by `sequenceNo`, and
// OpenCPS shows its name, role and time on the dossier's progress (CPSDossierBusinessLocalServiceImpl,
// processMergeDossierProcessRole: `sequenceRole`, `processSequenceArr`). A part of the table ("Tại UBND cấp xã:
// 40 giờ làm việc") is such a stage: its steps share one sequence, which says what the part says.

/** The words that introduce what a part says after its title in `sequenceName` (`Tại …: thực hiện tại cấp xã; tổng thời gian 40 giờ làm việc`). */
export const PART_WORDS = {
    level: 'thực hiện tại',
    subtotal: 'tổng thời gian',
    time: 'thời gian chung',
    limit: 'không quá'
} as const;

/** A level as a part's sequence names it. */
export const PART_LEVELS: Readonly<Record<NonNullable<PartModel['level']>, string>> = {
    commune: 'cấp xã', province: 'cấp tỉnh', district: 'cấp huyện', central: 'trung ương'
};

/**
 * A part's `sequenceName`: its title, then what it says, in this order, after `: ` and joined with `; `: its
 * level (`thực hiện tại cấp xã`), its subtotal (`tổng thời gian 40 giờ làm việc (…)`), its shared time (`thời gian
 * chung 3 ngày làm việc`) and its limit (`không quá 5 ngày làm việc`). A part that says none of these is its title.
 */
export function partSequenceName(part: PartModel): string {
    const items: string[] = [];
    if (part.level !== undefined) items.push(`${PART_WORDS.level} ${PART_LEVELS[part.level]}`);
    if (part.subtotal) items.push(`${PART_WORDS.subtotal} ${totalText(part.subtotal)}`);
    if (part.time) items.push(`${PART_WORDS.time} ${durationText(part.time).toLowerCase()}`);
    if (part.limit) items.push(`${PART_WORDS.limit} ${durationText(part.limit).toLowerCase()}`);
    return items.length === 0 ? part.title : `${part.title}: ${items.join('; ')}`;
}

/** A ProcessSequence before it is written. */
export interface SequenceSpec {
    readonly sequenceNo: string;
    readonly name: string;
    readonly role: string;
    readonly durationCount: string;
}

/**
 * The sequence each step belongs to and the sequences in order: a step in a part shares the part's sequence,
 * numbered as the part's first step; every other step has its own, under its own number, named by its title
 * with its performer's role, as before parts were carried. A part's `sequenceRole` is its name folded like a
 * role code (`TaiXa`) and its `durationCount` its subtotal, shared time or limit in working hours (else the sum
 * of its steps').
 */
export function processSequences(
    procedure: ProcedureModel,
    steps: ReadonlyArray<{ readonly id?: string; readonly sequenceNo: string; readonly name: string; readonly roleCode: string; readonly hours: number }>
): { sequenceOf: ReadonlyMap<string, string>; sequences: readonly SequenceSpec[] } {
    const partOf = new Map<string, PartModel>();
    for (const part of procedure.parts) for (const id of part.steps) partOf.set(id, part);
    const partCodes = uniqueCodes(procedure.parts.map(part => part.id));
    const numberOfPart = new Map<string, string>();
    const sequenceOf = new Map<string, string>();
    const sequences: SequenceSpec[] = [];
    for (const step of steps) {
        const part = step.id !== undefined ? partOf.get(step.id) : undefined;
        if (!part) {
            sequences.push({ sequenceNo: step.sequenceNo, name: step.name, role: step.roleCode, durationCount: durationCount(step.hours) });
            continue;
        }
        const known = numberOfPart.get(part.id);
        if (known !== undefined) {
            sequenceOf.set(step.id!, known);
            continue;
        }
        numberOfPart.set(part.id, step.sequenceNo);
        sequenceOf.set(step.id!, step.sequenceNo);
        const own = part.subtotal?.duration ?? part.time ?? part.limit;
        const hours = own ? workingHours(own) : steps.filter(s => s.id !== undefined && partOf.get(s.id) === part).reduce((sum, s) => sum + s.hours, 0);
        sequences.push({ sequenceNo: step.sequenceNo, name: partSequenceName(part), role: partCodes.get(part.id)!, durationCount: durationCount(hours) });
    }
    return { sequenceOf, sequences };
}
