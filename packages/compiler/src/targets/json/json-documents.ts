import type {
    CaseModel, ChannelModel, DocumentModel, DurationModel, FeeModel, FlowModel, FormModel, PartModel, PerformerModel, PositionModel,
    ProcedureModel, ProvinceBuild, StatutoryModel, StepModel, TimeRulesModel, TotalModel, UnitRef
} from '../../model/procedure-model.js';
import type { WorkingCalendar } from '@tthc/language';
import { relativeSource } from '../target.js';

/** The version of the JSON configuration format; raised on any incompatible change (docs/config-format.md). */
export const CONFIG_SCHEMA_VERSION = 2;

// Every builder below lists fields in a fixed order, so the JSON text is the same on every run.

function unitJson(unit: UnitRef) {
    return { id: unit.id, title: unit.title, level: unit.level, kind: unit.kind, agencyCode: unit.agencyCode ?? null, wardTitle: unit.wardTitle ?? null };
}

function formJson(form: FormModel) {
    return { id: form.id, title: form.title, code: form.code ?? null };
}

function durationJson(duration: DurationModel) {
    return {
        text: duration.text,
        unit: duration.unit,
        amount: duration.amount,
        workingMinutes: duration.workingMinutes ?? null,
        calendarDays: duration.calendarDays ?? null,
        from: duration.from ?? null,
        fromStep: duration.fromStep ?? null
    };
}

function roleJson(position: PositionModel) {
    return { id: position.id, title: position.title, leader: position.leader };
}

function performerJson(performer: PerformerModel) {
    return {
        kind: performer.kind,
        unit: performer.unit ? unitJson(performer.unit) : null,
        role: performer.position ? roleJson(performer.position) : null,
        body: performer.body ? { id: performer.body.id, title: performer.body.title } : null,
        assigned: performer.assigned
    };
}

function totalJson(total: TotalModel | undefined) {
    if (!total) return null;
    return {
        duration: total.duration ? durationJson(total.duration) : null,
        notRegulated: total.notRegulated,
        cut: total.cut ? { cut: durationJson(total.cut.cut), of: durationJson(total.cut.of), ratio: total.cut.ratioPercent ?? null } : null,
        note: total.note ?? null
    };
}

function statutoryJson(limit: StatutoryModel | undefined) {
    if (!limit) return null;
    return { duration: limit.duration ? durationJson(limit.duration) : null, notRegulated: limit.notRegulated, sameDayCutOff: limit.sameDayCutOff ?? null, note: limit.note ?? null };
}

function feeJson(fee: FeeModel) {
    return {
        kind: fee.kind,
        amount: fee.amountVnd,
        currency: 'VND',
        perPage: fee.perPage,
        per: fee.per ?? null,
        fromPage: fee.fromPage ?? null,
        fromUnit: fee.fromUnit ?? null,
        cap: fee.capVnd ?? null,
        when: fee.when ? { text: fee.when.text, case: fee.when.caseId ?? null } : null,
        discount: fee.discountPercent ?? null,
        over: fee.overVnd ?? null,
        upTo: fee.upToVnd ?? null,
        rate: fee.ratePercent ?? null,
        basis: fee.basis ?? null,
        note: fee.note ?? null
    };
}

function channelJson(channel: ChannelModel) {
    return {
        channel: channel.kind,
        // `null` when the law sets no limit (`notRegulated`).
        time: channel.statutoryTime ? { ...durationJson(channel.statutoryTime), note: channel.note ?? null } : null,
        notRegulated: channel.notRegulated,
        sameDayCutOff: channel.sameDayCutOff ?? null,
        note: channel.note ?? null,
        fees: channel.fees.map(feeJson),
        exemptions: [...channel.exemptions]
    };
}

function documentJson(document: DocumentModel) {
    return {
        title: document.title,
        paper: document.paper ?? null,
        quantity: document.quantity,
        required: document.required,
        form: document.form ? formJson(document.form) : null,
        media: [...document.media],
        byChannel: document.byChannel.map(on => ({ channel: on.channel, paper: on.paper ?? null, media: [...on.media] }))
    };
}

function stepJson(step: StepModel) {
    return {
        id: step.id,
        sequence: step.sequence,
        title: step.title,
        kind: step.kind ?? null,
        unit: unitJson(step.unit),
        role: step.position ? roleJson(step.position) : null,
        performers: {
            main: performerJson(step.performers.main),
            alternatives: step.performers.alternatives.map(performerJson),
            partners: step.performers.partners.map(performerJson)
        },
        duration: step.duration ? durationJson(step.duration) : null,
        counted: step.counted,
        uncounted: step.uncounted ? { reason: step.uncounted.reason, note: step.uncounted.note ?? null } : null,
        part: step.part ?? null,
        digitises: step.digitises,
        signsDigitally: step.signsDigitally,
        requestsPayment: step.requestsPayment,
        task: step.task ?? null,
        produces: step.produces.map(form => form.id),
        handover: step.handover
            ? {
                partner: unitJson(step.handover.partner),
                channel: step.handover.channel ?? null,
                deadline: durationJson(step.handover.deadline),
                notCounted: step.handover.notCounted,
                notCountedReason: step.handover.notCountedReason ?? null
            }
            : null,
        transitions: step.transitions.map(t => ({ outcome: t.outcome, case: t.caseId ?? null, to: [...t.targets], exception: t.exception, parallel: t.targets.length > 1 })),
        mainFlow: step.mainFlow,
        critical: step.critical,
        cumulative: step.cumulative ?? null,
        cumulativeByCase: step.cumulativeByCase.map(c => ({ case: c.caseId, time: c.time }))
    };
}

function timeRulesJson(rules: TimeRulesModel) {
    return {
        dayKind: rules.dayKind ?? null,
        minutesPerDay: rules.minutesPerDay,
        cutOff: rules.cutOff ?? null,
        forwardPaperWithin: rules.forwardPaperWithin ? durationJson(rules.forwardPaperWithin) : null,
        cutTarget: rules.cutTargetPercent ?? null
    };
}

function flowJson(flow: FlowModel) {
    return {
        case: flow.caseId ?? null,
        start: flow.start,
        planned: flow.planned,
        uncounted: flow.uncounted,
        criticalPath: [...flow.criticalPath],
        steps: [...flow.steps]
    };
}

function caseJson(c: CaseModel) {
    return { id: c.id, title: c.title, limit: statutoryJson(c.limit), total: totalJson(c.total), start: c.start ?? null, clockStartsAfter: c.clockStartsAfter ?? null };
}

function partJson(part: PartModel) {
    return { id: part.id, title: part.title, subtotal: totalJson(part.subtotal), time: part.time ? durationJson(part.time) : null, steps: [...part.steps] };
}

/**
 * A procedure's configuration document: the record in the National Portal's terms (the Portal's
 * field names in the comments of docs/config-format.md) and the workflow.
 */
export function procedureDocument(build: ProvinceBuild, procedure: ProcedureModel) {
    const timing = procedure.timing;
    return {
        schemaVersion: CONFIG_SCHEMA_VERSION,
        kind: 'procedure',
        province: build.province.id,
        code: procedure.code,
        id: procedure.id,
        name: procedure.title,
        sector: procedure.sector,
        level: procedure.level,
        agency: procedure.authority ? unitJson(procedure.authority) : null,
        onlineLevel: procedure.online ?? null,
        boundaryIndependent: procedure.boundaryIndependent,
        applicants: [...procedure.applicants],
        requirements: [...procedure.requirements],
        legalBasis: procedure.legalBasis.map(l => ({ number: l.number, title: l.title ?? null })),
        channels: procedure.channels.map(channelJson),
        dossier: procedure.documents.map(documentJson),
        results: procedure.results.map(r => ({ title: r.title, form: r.form ? formJson(r.form) : null })),
        forms: procedure.forms.map(formJson),
        group: procedure.group
            ? { id: procedure.group.id, title: procedure.group.title, members: procedure.group.members.map(m => ({ id: m.id, code: m.code, title: m.title })) }
            : null,
        timeRules: timeRulesJson(procedure.timeRules),
        total: totalJson(procedure.total),
        clockStartsAfter: procedure.clockStartsAfter ?? null,
        cases: procedure.cases.map(caseJson),
        parts: procedure.parts.map(partJson),
        bodies: procedure.bodies.map(b => ({ id: b.id, title: b.title })),
        workflow: {
            firstStep: procedure.steps[0]?.id ?? null,
            steps: procedure.steps.map(stepJson),
            timing: {
                unit: timing.unit,
                planned: timing.planned,
                uncounted: timing.uncounted,
                criticalPath: [...timing.criticalPath],
                channels: timing.channels.map(c => ({ channel: c.kind, statutory: c.statutory, margin: c.statutory - timing.planned })),
                ownFlowComplete: timing.ownFlowComplete,
                flows: timing.flows.map(flowJson)
            }
        },
        source: relativeSource(build, procedure.source)
    };
}

// Weekdays as an array, Monday first, so that the order never depends on how an object's keys come out.
function calendarJson(calendar: WorkingCalendar) {
    const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
    return {
        workingWeek: weekdays.filter(day => (calendar.sessions[day]?.length ?? 0) > 0)
            .map(day => ({ weekday: day, sessions: calendar.sessions[day]!.map(s => ({ start: s.start, end: s.end })) })),
        cutOff: calendar.cutOff ?? null,
        daysOff: calendar.daysOff.map(d => ({ date: d.date, name: d.name, kind: d.kind, source: d.source })),
        makeUpDays: calendar.makeUpDays.map(d => ({ date: d.date, name: d.name, worksLike: d.worksLike, source: d.source })),
        yearsCovered: [...calendar.yearsCovered]
    };
}

/**
 * The province's catalogue document: the province, its units with positions, its shared forms, an index of the
 * procedures, and its working calendar when it declares one.
 */
export function catalogueDocument(build: ProvinceBuild) {
    const province = build.province;
    return {
        schemaVersion: CONFIG_SCHEMA_VERSION,
        kind: 'catalogue',
        province: { id: province.id, title: province.title, adminCode: province.adminCode ?? null, agencyCode: province.agencyCode ?? null },
        units: province.units.map(unit => ({
            ...unitJson(unit),
            positions: unit.positions.map(p => ({ id: p.id, title: p.title, leader: p.leader }))
        })),
        forms: province.forms.map(formJson),
        procedures: build.procedures.map(p => ({ code: p.code, id: p.id, name: p.title, level: p.level, sector: p.sector })),
        ...(province.calendar ? { calendar: calendarJson(province.calendar) } : {}),
        source: relativeSource(build, province.source)
    };
}
