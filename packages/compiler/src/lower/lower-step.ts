import {
    isBody, isPosition, isUnit, targetOf, timingOf, unitOf, type Body, type PerformerRef, type Step, type Transition
} from '@tthc/language';
import type {
    BodyModel, CaseCumulativeModel, HandoverModel, OutcomeName, PerformerModel, PerformersModel, StepModel, TransitionModel, UnitRef
} from '../model/procedure-model.js';
import { lowerDuration } from './lower-duration.js';
import { lowerForm, lowerPosition, unitRef } from './lower-province.js';
import { sourceOf } from './source-ref.js';

function fail(what: string): never {
    throw new Error(`cannot lower ${what}: the workspace was not checked`);
}

/** What the lowering of a step needs from its procedure's graph and time model. */
export interface StepContext {
    readonly sequence: number;
    readonly mainFlow: boolean;
    readonly critical: boolean;
    /** The counted time at the end of the step on the procedure's own flow. */
    readonly cumulative: number | undefined;
    /** The same on each case's flow that times the step, in case order. */
    readonly cumulativeByCase: readonly CaseCumulativeModel[];
}

/** A body set up during the procedure. */
export function lowerBody(body: Body): BodyModel {
    return { id: body.name, title: body.title, source: sourceOf(body) };
}

/** One performer as written (`Unit.Position`, `Unit`, `leaders of Unit`, a body, `applicant`). */
export function lowerPerformer(ref: PerformerRef, step: Step): PerformerModel {
    const assigned = ref.assigned;
    if (ref.applicant) return { kind: 'applicant', assigned };
    const target = targetOf(ref);
    if (ref.leadersOf) {
        const unit = ref.leadersOf.ref ?? fail(`the performer 'leaders of ${ref.leadersOf.$refText}' of step '${step.name}'`);
        return { kind: 'leaders', unit: unitRef(unit), assigned };
    }
    if (isBody(target)) return { kind: 'body', body: lowerBody(target), assigned };
    if (isPosition(target)) {
        const unit = unitOf(target) ?? fail(`the unit of a position of step '${step.name}'`);
        return { kind: 'position', unit: unitRef(unit), position: lowerPosition(target, unit), assigned };
    }
    if (isUnit(target)) return { kind: 'unit', unit: unitRef(target), assigned };
    return fail(`a performer of step '${step.name}'`);
}

function lowerPerformers(step: Step): PerformersModel {
    const by = step.by ?? fail(`step '${step.name}' without a performer`);
    return {
        main: lowerPerformer(by.main, step),
        alternatives: by.alternatives.map(ref => lowerPerformer(ref, step)),
        partners: by.partners.map(ref => lowerPerformer(ref, step))
    };
}

/**
 * The lane a step is drawn in: its main performer's unit; a body set up during the procedure, or the
 * applicant, has no unit in the catalogue, so it gets a lane of its own (kind `body` or `applicant`).
 */
function laneOf(main: PerformerModel, level: 'province' | 'commune'): UnitRef {
    if (main.unit) return main.unit;
    if (main.body) return { id: main.body.id, title: main.body.title, level, kind: 'body' };
    return { id: 'applicant', title: 'Tổ chức, cá nhân', level, kind: 'applicant' };
}

/** A checked step as the model keeps it. */
export function lowerStep(step: Step, context: StepContext): StepModel {
    const procedure = step.$container;
    const performers = lowerPerformers(step);
    const uncounted = timingOf(procedure).uncounted(step);
    // A not-counted hand-over alone leaves the step's own time counted: only the step's reason makes it uncounted.
    const stepReason = uncounted && !(uncounted.reason === 'not-counted' && !step.notCounted) ? uncounted.reason : undefined;
    const note = stepReason === 'not-counted' ? step.notCounted?.reason : undefined;
    return {
        id: step.name,
        sequence: context.sequence,
        title: step.title,
        ...(step.kind ? { kind: step.kind } : {}),
        unit: laneOf(performers.main, procedure.level === 'commune' ? 'commune' : 'province'),
        ...(performers.main.position ? { position: performers.main.position } : {}),
        performers,
        ...(step.time ? { duration: lowerDuration(step.time) } : {}),
        counted: stepReason === undefined,
        ...(stepReason ? { uncounted: { reason: stepReason, ...(note !== undefined ? { note } : {}) } } : {}),
        ...(step.part?.ref ? { part: step.part.ref.name } : {}),
        digitises: step.digitises,
        signsDigitally: step.signsDigitally,
        requestsPayment: step.requestsPayment,
        ...(step.task !== undefined ? { task: step.task } : {}),
        produces: step.produces.map(ref => lowerForm(ref.ref ?? fail(`a form produced by step '${step.name}'`))),
        ...(step.handover ? { handover: lowerHandover(step) } : {}),
        transitions: step.transitions.map(lowerTransition),
        mainFlow: context.mainFlow,
        critical: context.critical,
        ...(context.cumulative !== undefined ? { cumulative: context.cumulative } : {}),
        cumulativeByCase: context.cumulativeByCase,
        source: sourceOf(step)
    };
}

function lowerHandover(step: Step): HandoverModel {
    const handover = step.handover!;
    const partner = handover.partner?.ref ?? fail(`the hand-over of step '${step.name}'`);
    const reason = handover.notCounted?.reason;
    return {
        partner: unitRef(partner),
        ...(handover.channel ? { channel: handover.channel as HandoverModel['channel'] } : {}),
        deadline: lowerDuration(handover.deadline ?? fail(`the hand-over deadline of step '${step.name}'`)),
        notCounted: handover.notCounted !== undefined,
        ...(reason !== undefined ? { notCountedReason: reason } : {})
    };
}

function lowerTransition(transition: Transition): TransitionModel {
    const outcome: OutcomeName = (transition.outcome ?? 'default') as OutcomeName;
    const caseNode = transition.case ? transition.case.ref ?? fail(`the case '${transition.case.$refText}' of a transition`) : undefined;
    return {
        outcome,
        ...(caseNode ? { caseId: caseNode.name } : {}),
        targets: transition.targets.map(t => t.ref?.name ?? fail(`a transition to '${t.$refText}'`)),
        exception: outcome === 'rejected' || outcome === 'incomplete' || outcome === 'late',
        source: sourceOf(transition)
    };
}
