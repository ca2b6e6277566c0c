import { isBody, isPosition, isUnit, type Body, type Performer, type PerformerRef, type Step, type Unit } from '../generated/ast.js';
import { unitOf } from './units.js';

/**
 * Who performs steps, as published tables write it: a position (`Unit.Position`), a unit, the
 * leadership of a unit without a named position (`leaders of Unit`, "Lãnh đạo Sở"), a body set up
 * during the procedure (`body HoiDong`), or the applicant. One place reads `by …` so that checks,
 * editor features and the compiler agree on it.
 */

/** The performer named first in a step's `by` (the one who leads the step), if any. */
export function mainPerformerRef(step: Step): PerformerRef | undefined {
    return step.by?.main;
}

/** Every performer a step names: the main one, its alternatives (`or`) and its partners (`with`). */
export function allPerformerRefs(step: Step): PerformerRef[] {
    const by = step.by;
    return by ? [by.main, ...by.alternatives, ...by.partners] : [];
}

/** Who may perform a step: the main performer and its alternatives (`or`), not the partners (`with`). */
export function performerChoices(step: Step): PerformerRef[] {
    const by = step.by;
    return by ? [by.main, ...by.alternatives] : [];
}

/** The unit, position or body a performer reference resolves to (`leaders of Unit` is the unit). */
export function targetOf(ref: PerformerRef | undefined): Performer | undefined {
    return ref?.performer?.ref ?? ref?.leadersOf?.ref;
}

/** The unit, position or body that performs a step. */
export function stepPerformer(step: Step): Performer | undefined {
    return targetOf(mainPerformerRef(step));
}

/** The unit that performs a step; none for a body or the applicant. */
export function stepUnit(step: Step): Unit | undefined {
    return unitOf(stepPerformer(step));
}

/** The body that performs a step, if it is one. */
export function stepBody(step: Step): Body | undefined {
    const target = stepPerformer(step);
    return isBody(target) ? target : undefined;
}

/** Whether the step is the applicant's own (completing the dossier, replying): never counted. */
export function isApplicantStep(step: Step): boolean {
    return mainPerformerRef(step)?.applicant === true;
}

/** Whether a step names a performer that did not resolve (an unknown name: reported once, by the linker). */
export function hasUnresolvedPerformer(step: Step): boolean {
    return allPerformerRefs(step).some(ref =>
        (ref.performer !== undefined && ref.performer.ref === undefined) || (ref.leadersOf !== undefined && ref.leadersOf.ref === undefined)
    );
}

/**
 * Whether a leader signs at the step: a position marked `leader`, `leaders of Unit`, or a People's
 * Committee as a body ("UBND tỉnh ban hành": it signs through its chairman), as the performer or taking
 * part ("the Office submits, the Chairman signs": `by VanPhong with UBNDTinh.ChuTich`).
 */
export function performedByLeader(step: Step): boolean {
    return allPerformerRefs(step).some(isLeaderRef);
}

function isLeaderRef(ref: PerformerRef): boolean {
    if (ref.leadersOf) return ref.leadersOf.ref !== undefined;
    const target = ref.performer?.ref;
    return (isPosition(target) && target.leader) || (isUnit(target) && target.kind === 'people-committee');
}

/** The property of a performer reference that names what it refers to, for diagnostics and fixes. */
export function referenceProperty(ref: PerformerRef): 'performer' | 'leadersOf' | 'applicant' {
    return ref.performer ? 'performer' : ref.leadersOf ? 'leadersOf' : 'applicant';
}

/**
 * How a performer reference is written in a procedure: `Unit.Position`, `Unit`, `leaders of Unit`,
 * `applicant`, with ` assigned` when the text says "được phân công".
 */
export function performerRefText(ref: PerformerRef | undefined): string {
    if (!ref) return '?';
    const base = ref.applicant ? 'applicant'
        : ref.leadersOf ? `leaders of ${ref.leadersOf.$refText}`
            : ref.performer?.$refText ?? '?';
    return ref.assigned ? `${base} assigned` : base;
}
