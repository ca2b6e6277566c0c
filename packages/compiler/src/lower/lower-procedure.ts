import {
    cumulativeTimesOf, parseAmount, positionOf, stepBody, stepGraphOf, stepPerformer, timingOf, unitOf,
    type Channel, type DossierComponent, type Fee, type Procedure, type Step, type Transition
} from '@tthc/language';
import type {
    ChannelModel, DocumentModel, FeeModel, HandoverModel, OutcomeName, ProcedureModel, StepModel, TimingModel, TransitionModel
} from '../model/procedure-model.js';
import { lowerDuration, lowerStatutory } from './lower-duration.js';
import { lowerForm, lowerPosition, unitRef } from './lower-province.js';
import { sourceOf } from './source-ref.js';

function fail(what: string): never {
    throw new Error(`cannot lower ${what}: the workspace was not checked`);
}

/** A checked procedure as the model keeps it. */
export function lowerProcedure(procedure: Procedure): ProcedureModel {
    if (procedure.code === undefined || procedure.sector === undefined) fail(`procedure '${procedure.name}' without code or sector`);
    if (procedure.level !== 'province' && procedure.level !== 'commune') fail(`procedure '${procedure.name}' at level '${procedure.level}'`);
    const timing = lowerTiming(procedure);
    const cumulative = cumulativeTimesOf(procedure);
    const critical = new Set(timing.criticalPath);
    const graph = stepGraphOf(procedure);
    const authority = procedure.authority?.ref;
    return {
        id: procedure.name,
        code: procedure.code,
        title: procedure.title,
        sector: procedure.sector,
        level: procedure.level,
        ...(authority ? { authority: unitRef(authority) } : {}),
        ...(procedure.online ? { online: procedure.online } : {}),
        boundaryIndependent: procedure.boundaryIndependent,
        applicants: [...procedure.applicants],
        requirements: procedure.requirements.map(r => r.text),
        legalBasis: procedure.legal.map(l => ({ number: l.number, ...(l.title !== undefined ? { title: l.title } : {}) })),
        channels: procedure.channels.map(lowerChannel),
        documents: procedure.documents.map(lowerDocument),
        forms: procedure.forms.map(lowerForm),
        results: procedure.results.map(r => ({ title: r.title, ...(r.form?.ref ? { form: lowerForm(r.form.ref) } : {}) })),
        steps: procedure.steps.map((step, index) => lowerStep(step, index + 1, graph.mainFlow.has(step), critical.has(step.name), cumulative.get(step))),
        timing,
        source: sourceOf(procedure)
    };
}

function lowerTiming(procedure: Procedure): TimingModel {
    const timing = timingOf(procedure);
    if (timing.mode === 'mixed' || !timing.critical) fail(`the time of procedure '${procedure.name}'`);
    return {
        unit: timing.mode === 'calendar' ? 'calendar-days' : 'working-minutes',
        planned: timing.critical.cost,
        criticalPath: timing.critical.steps.map(s => s.name),
        channels: procedure.channels.map(channel => ({ kind: channel.kind as ChannelModel['kind'], statutory: timing.statutory(channel) ?? fail(`the statutory time of channel '${channel.kind}'`) }))
    };
}

function lowerChannel(channel: Channel): ChannelModel {
    return {
        kind: channel.kind as ChannelModel['kind'],
        statutoryTime: lowerStatutory(channel.time),
        ...(channel.time.note !== undefined ? { note: channel.time.note } : {}),
        fees: channel.fees.map(lowerFee),
        exemptions: channel.exemptions.map(e => e.reason),
        source: sourceOf(channel)
    };
}

function lowerFee(fee: Fee): FeeModel {
    const amount = parseAmount(fee.amount);
    return {
        amountVnd: amount.value,
        perPage: fee.perPage,
        ...(fee.fromPage !== undefined ? { fromPage: fee.fromPage } : {}),
        ...(fee.cap !== undefined ? { capVnd: parseAmount(fee.cap).value } : {}),
        ...(fee.note !== undefined ? { note: fee.note } : {})
    };
}

function lowerDocument(document: DossierComponent): DocumentModel {
    const form = document.form?.ref;
    return {
        title: document.title,
        ...(document.paper ? { paper: document.paper as DocumentModel['paper'] } : {}),
        quantity: document.quantity ?? 1,
        // A component is required unless it says `optional`.
        required: !document.optional,
        ...(form ? { form: lowerForm(form) } : {}),
        source: sourceOf(document)
    };
}

function lowerStep(step: Step, sequence: number, mainFlow: boolean, critical: boolean, cumulative: number | undefined): StepModel {
    const performer = stepPerformer(step);
    const body = stepBody(step);
    const position = positionOf(performer);
    const unitNode = unitOf(performer);
    // A body set up during the procedure, or the applicant, has no unit in the catalogue: its lane is its own.
    const unit = unitNode ? unitRef(unitNode)
        : body ? { id: body.name, title: body.title, level: procedureLevel(step), kind: 'body' }
            : step.by?.main.applicant ? { id: 'applicant', title: 'Tổ chức, cá nhân', level: procedureLevel(step), kind: 'applicant' }
                : fail(`step '${step.name}' without a performer`);
    return {
        id: step.name,
        sequence,
        title: step.title,
        ...(step.kind ? { kind: step.kind } : {}),
        unit,
        ...(position && unitNode ? { position: lowerPosition(position, unitNode) } : {}),
        ...(step.time ? { duration: lowerDuration(step.time) } : {}),
        ...(step.task !== undefined ? { task: step.task } : {}),
        produces: step.produces.map(ref => lowerForm(ref.ref ?? fail(`a form produced by step '${step.name}'`))),
        ...(step.handover ? { handover: lowerHandover(step) } : {}),
        transitions: step.transitions.map(lowerTransition),
        mainFlow,
        critical,
        ...(cumulative !== undefined ? { cumulative } : {}),
        source: sourceOf(step)
    };
}

function procedureLevel(step: Step): 'province' | 'commune' {
    return step.$container.level === 'commune' ? 'commune' : 'province';
}

function lowerHandover(step: Step): HandoverModel {
    const handover = step.handover!;
    const partner = handover.partner?.ref ?? fail(`the hand-over of step '${step.name}'`);
    return {
        partner: unitRef(partner),
        ...(handover.channel ? { channel: handover.channel as HandoverModel['channel'] } : {}),
        deadline: lowerDuration(handover.deadline ?? fail(`the hand-over deadline of step '${step.name}'`))
    };
}

function lowerTransition(transition: Transition): TransitionModel {
    const outcome: OutcomeName = (transition.outcome ?? 'default') as OutcomeName;
    return {
        outcome,
        targets: transition.targets.map(t => t.ref?.name ?? fail(`a transition to '${t.$refText}'`)),
        exception: outcome === 'rejected' || outcome === 'incomplete' || outcome === 'late',
        source: sourceOf(transition)
    };
}
