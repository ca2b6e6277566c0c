import type {
    ChannelModel, DocumentModel, DurationModel, FeeModel, FormModel, ProcedureModel, ProvinceBuild, StepModel, UnitRef
} from '../../model/procedure-model.js';
import { relativeSource } from '../target.js';

/** The version of the JSON configuration format; raised on any incompatible change (docs/config-format.md). */
export const CONFIG_SCHEMA_VERSION = 1;

// Every builder below lists fields in a fixed order, so the JSON text is the same on every run.

function unitJson(unit: UnitRef) {
    return { id: unit.id, title: unit.title, level: unit.level, kind: unit.kind, agencyCode: unit.agencyCode ?? null };
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
        calendarDays: duration.calendarDays ?? null
    };
}

function feeJson(fee: FeeModel) {
    return { amount: fee.amountVnd, currency: 'VND', perPage: fee.perPage, fromPage: fee.fromPage ?? null, cap: fee.capVnd ?? null, note: fee.note ?? null };
}

function channelJson(channel: ChannelModel) {
    return {
        channel: channel.kind,
        time: { ...durationJson(channel.statutoryTime), note: channel.note ?? null },
        fees: channel.fees.map(feeJson),
        exemptions: [...channel.exemptions]
    };
}

function documentJson(document: DocumentModel) {
    return { title: document.title, paper: document.paper ?? null, quantity: document.quantity, required: document.required, form: document.form ? formJson(document.form) : null };
}

function stepJson(step: StepModel) {
    return {
        id: step.id,
        sequence: step.sequence,
        title: step.title,
        kind: step.kind ?? null,
        unit: unitJson(step.unit),
        role: step.position ? { id: step.position.id, title: step.position.title, leader: step.position.leader } : null,
        duration: step.duration ? durationJson(step.duration) : null,
        task: step.task ?? null,
        produces: step.produces.map(form => form.id),
        handover: step.handover
            ? { partner: unitJson(step.handover.partner), channel: step.handover.channel ?? null, deadline: durationJson(step.handover.deadline) }
            : null,
        transitions: step.transitions.map(t => ({ outcome: t.outcome, to: [...t.targets], exception: t.exception, parallel: t.targets.length > 1 })),
        mainFlow: step.mainFlow,
        critical: step.critical,
        cumulative: step.cumulative ?? null
    };
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
        workflow: {
            firstStep: procedure.steps[0]?.id ?? null,
            steps: procedure.steps.map(stepJson),
            timing: {
                unit: timing.unit,
                planned: timing.planned,
                criticalPath: [...timing.criticalPath],
                channels: timing.channels.map(c => ({ channel: c.kind, statutory: c.statutory, margin: c.statutory - timing.planned }))
            }
        },
        source: relativeSource(build, procedure.source)
    };
}

/** The province's catalogue document: the province, its units with positions, its shared forms, and an index of the procedures. */
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
        source: relativeSource(build, province.source)
    };
}
