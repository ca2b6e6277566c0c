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
 * Who signs, decided in one place (`missing-approval` and `signer-not-authority` both ask it). Whether a
 * performer may sign the results of `authority`: its leadership (`leaders of` it, a position marked
 * `leader` in it, or the authority itself as a People's Committee, which signs through its chairman:
 * "UBND tỉnh ban hành"), or one the catalogue lets sign for it (`signs-for` on a position, or on a unit
 * whose leadership, leader positions or, for a People's Committee, the unit itself then sign: "Lãnh đạo
 * Sở ký" for the provincial People's Committee). Without an authority (none stated, or not resolved):
 * whether it may sign for some unit, that is, it is the leadership of one or signs for one. A unit
 * that is not a People's Committee, an officer, a body and the applicant never sign; nor does a
 * performer that does not resolve (the linker reports it).
 */
export function maySign(ref: PerformerRef, authority?: Unit): boolean {
    const mayFor = (unit: Unit | undefined): boolean =>
        unit !== undefined && (authority === undefined || unit === authority || unit.signsFor.some(u => u.ref === authority));
    if (ref.leadersOf) return mayFor(ref.leadersOf.ref);
    const target = ref.performer?.ref;
    if (isUnit(target)) return target.kind === 'people-committee' && mayFor(target);
    if (!isPosition(target)) return false;
    const signsForAuthority = authority === undefined ? target.signsFor.length > 0 : target.signsFor.some(unit => unit.ref === authority);
    return (target.leader && mayFor(isUnit(target.$container) ? target.$container : undefined)) || signsForAuthority;
}

/**
 * The performers who sign at a step: whoever performs it (the main performer and its alternatives,
 * `or`: each may be the one who signs); or, when partners take part that may sign, those partners
 * ("the Office submits, the Chairman signs": `by VanPhong with UBNDTinh.ChuTich`).
 */
export function signersOf(step: Step, authority?: Unit): PerformerRef[] {
    const partners = (step.by?.partners ?? []).filter(ref => maySign(ref, authority));
    return partners.length > 0 ? partners : performerChoices(step);
}

/** The signers of a step (`signersOf`) that may not sign the results of `authority` (of any unit, without one). */
export function signersWhoMayNot(step: Step, authority?: Unit): PerformerRef[] {
    return signersOf(step, authority).filter(ref => !maySign(ref, authority));
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
