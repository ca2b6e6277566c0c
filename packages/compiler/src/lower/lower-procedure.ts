import {
    flowCumulativeTimesOf, stepGraphOf, timingOf,
    type Case, type Channel, type FlowCumulativeTimes, type Member, type Part, type Procedure, type ProcedureTiming, type Step
} from '@tthc/language';
import type {
    CaseCumulativeModel, CaseModel, ChannelModel, FlowModel, GroupModel, LevelName, PartModel, ProcedureModel, TimeRulesModel, TimingModel
} from '../model/procedure-model.js';
import { lowerDuration as lowerDurationOf, lowerRuleDuration, lowerStatutoryModel, lowerTotal } from './lower-duration.js';
import { lowerForm, unitRef } from './lower-province.js';
import { lowerChannel, lowerDocument } from './lower-record.js';
import { lowerBody, lowerStep } from './lower-step.js';
import { sourceOf } from './source-ref.js';

function fail(what: string): never {
    throw new Error(`cannot lower ${what}: the workspace was not checked`);
}

/** What the National Portal records of a procedure: the procedure's own, or a member's merged over it. */
type PortalRecord = Pick<Procedure, 'code' | 'sector' | 'level' | 'authority' | 'online' | 'boundaryIndependent' | 'applicants'
    | 'requirements' | 'legal' | 'channels' | 'documents' | 'forms' | 'results'>;

/**
 * A member's record over its group's: what the member says wins, what it does not say it takes from
 * the procedure (a list it states replaces the procedure's; its own forms come before the procedure's).
 */
function memberRecord(procedure: Procedure, member: Member): PortalRecord {
    const list = <T>(own: readonly T[], shared: readonly T[]): T[] => [...(own.length > 0 ? own : shared)];
    return {
        code: member.code ?? procedure.code,
        sector: member.sector ?? procedure.sector,
        level: member.level ?? procedure.level,
        authority: member.authority ?? procedure.authority,
        online: member.online ?? procedure.online,
        boundaryIndependent: member.boundaryIndependent || procedure.boundaryIndependent,
        applicants: list(member.applicants, procedure.applicants),
        requirements: list(member.requirements, procedure.requirements),
        legal: list(member.legal, procedure.legal),
        channels: list(member.channels, procedure.channels),
        documents: list(member.documents, procedure.documents),
        forms: [...member.forms, ...procedure.forms],
        results: list(member.results, procedure.results)
    };
}

/**
 * A checked procedure as the model keeps it: one model, or for a group of procedures (`member`) one
 * model per member, each with the group's steps and its own record.
 */
export function lowerProcedures(procedure: Procedure): ProcedureModel[] {
    if (procedure.members.length === 0) return [lowerRecord(procedure, procedure, procedure.name, procedure.title, undefined)];
    const records = procedure.members.map(member => ({ member, record: memberRecord(procedure, member) }));
    const group: GroupModel = {
        id: procedure.name,
        title: procedure.title,
        members: records.map(({ member, record }) => ({ id: member.name, code: record.code ?? fail(`member '${member.name}' without a code`), title: member.title }))
    };
    return records.map(({ member, record }) => lowerRecord(procedure, record, member.name, member.title, group, member));
}

/**
 * A checked procedure as one model, for a view of the procedure itself (its diagram, its table in the
 * editor). A group of procedures is shown as the group: its name and title, its members' codes
 * (`2.000001, 2.000002`), its first member's record and the shared steps; the outputs per member code
 * come from `lowerProcedures`.
 */
export function lowerProcedure(procedure: Procedure): ProcedureModel {
    if (procedure.members.length === 0) return lowerRecord(procedure, procedure, procedure.name, procedure.title, undefined);
    const [first] = lowerProcedures(procedure);
    return { ...first, id: procedure.name, title: procedure.title, code: first.group!.members.map(m => m.code).join(', ') };
}

function lowerRecord(procedure: Procedure, record: PortalRecord, id: string, title: string, group: GroupModel | undefined, member?: Member): ProcedureModel {
    const name = member ? `member '${member.name}' of procedure '${procedure.name}'` : `procedure '${procedure.name}'`;
    if (record.code === undefined || record.sector === undefined) fail(`${name} without code or sector`);
    if (record.level !== 'province' && record.level !== 'commune') fail(`${name} at level '${record.level}'`);
    const timing = timingOf(procedure);
    const timingModel = lowerTiming(procedure, timing, record.channels);
    // Per flow, as the editor shows them: a join of two cases' paths does not wait for the other case.
    const flowTimes = flowCumulativeTimesOf(procedure);
    const own = flowTimes.find(flow => flow.case === undefined);
    const cases = flowTimes.filter(flow => flow.case !== undefined);
    const byCase = (step: Step): CaseCumulativeModel[] => cases.flatMap(flow => {
        const time = flow.times.get(step);
        return time === undefined ? [] : [{ caseId: flow.case!.name, time }];
    });
    const critical = new Set(timingModel.criticalPath);
    const graph = stepGraphOf(procedure);
    const authority = record.authority?.ref;
    return {
        id,
        code: record.code,
        title,
        sector: record.sector,
        level: record.level,
        ...(authority ? { authority: unitRef(authority) } : {}),
        ...(record.online ? { online: record.online } : {}),
        boundaryIndependent: record.boundaryIndependent,
        applicants: [...record.applicants],
        requirements: record.requirements.map(r => r.text),
        legalBasis: record.legal.map(l => ({ number: l.number, ...(l.title !== undefined ? { title: l.title } : {}) })),
        channels: record.channels.map(lowerChannel),
        documents: record.documents.map(lowerDocument),
        forms: record.forms.map(lowerForm),
        results: record.results.map(r => ({ title: r.title, ...(r.form?.ref ? { form: lowerForm(r.form.ref) } : {}) })),
        steps: procedure.steps.map((step, index) => lowerStep(step, {
            sequence: index + 1, mainFlow: graph.mainFlow.has(step), critical: critical.has(step.name),
            ...cumulativeOf(step, own, byCase(step))
        })),
        timing: timingModel,
        timeRules: lowerTimeRules(timing),
        ...(procedure.total ? { total: lowerTotal(procedure.total) } : {}),
        ...(procedure.clockStartsAfter?.ref ? { clockStartsAfter: procedure.clockStartsAfter.ref.name } : {}),
        cases: procedure.cases.map(lowerCase),
        parts: procedure.parts.map(part => lowerPart(procedure, part)),
        bodies: procedure.bodies.map(lowerBody),
        ...(group ? { group } : {}),
        // The procedure's, also for a member: its steps, and the findings on them, are the group's.
        source: sourceOf(procedure)
    };
}

function lowerTimeRules(timing: ProcedureTiming): TimeRulesModel {
    const rules = timing.rules;
    const forward = rules.forwardPaperWithin !== undefined ? lowerRuleDuration(rules.forwardPaperWithin, rules) : undefined;
    return {
        ...(rules.dayKind ? { dayKind: rules.dayKind } : {}),
        minutesPerDay: rules.minutesPerDay,
        ...(rules.cutOff !== undefined ? { cutOff: rules.cutOff } : {}),
        ...(forward ? { forwardPaperWithin: forward } : {}),
        ...(rules.cutTarget !== undefined ? { cutTargetPercent: rules.cutTarget } : {})
    };
}

// A channel's statutory time in the procedure's unit; a member's own channel is measured like the procedure's.
function statutoryOf(procedure: Procedure, timing: ProcedureTiming, channel: Channel): number | undefined {
    if (channel.time.notRegulated) return undefined;
    if (procedure.channels.includes(channel)) return timing.statutory(channel);
    if (channel.time.sameDay) return timing.mode === 'working' ? timing.rules.minutesPerDay : undefined;
    return timing.amountOf(channel.time.duration);
}

function lowerTiming(procedure: Procedure, timing: ProcedureTiming, channels: readonly Channel[]): TimingModel {
    if (timing.mode === 'mixed') fail(`the time of procedure '${procedure.name}'`);
    const flows: FlowModel[] = timing.flows.flatMap(flow => {
        if (!flow.critical || !flow.flow.start) return [];
        const reached = flow.flow.steps;
        return [{
            ...(flow.case ? { caseId: flow.case.name } : {}),
            start: flow.flow.start.name,
            planned: flow.critical.cost,
            uncounted: flow.uncounted,
            criticalPath: flow.critical.steps.map(s => s.name),
            steps: procedure.steps.filter(s => reached.has(s)).map(s => s.name)
        }];
    });
    const ownFlowComplete = stepGraphOf(procedure).flows[0].complete;
    // The procedure's own flow, or where it splits into cases (or is the same path as a case's table from
    // the first step, checked as the case's), the first case's.
    const primary = (ownFlowComplete ? flows.find(f => f.caseId === undefined) : undefined) ?? flows[0] ?? fail(`the time of procedure '${procedure.name}'`);
    return {
        unit: timing.mode === 'calendar' ? 'calendar-days' : 'working-minutes',
        planned: primary.planned,
        uncounted: primary.uncounted,
        criticalPath: [...primary.criticalPath],
        channels: channels.filter(channel => !channel.time.notRegulated).map(channel => ({
            kind: channel.kind as ChannelModel['kind'],
            statutory: statutoryOf(procedure, timing, channel) ?? fail(`the statutory time of channel '${channel.kind}'`)
        })),
        ownFlowComplete,
        flows
    };
}

function lowerCase(node: Case): CaseModel {
    return {
        id: node.name,
        title: node.title,
        ...(node.time ? { limit: lowerStatutoryModel(node.time) } : {}),
        ...(node.total ? { total: lowerTotal(node.total) } : {}),
        ...(node.start?.ref ? { start: node.start.ref.name } : {}),
        ...(node.clockStartsAfter?.ref ? { clockStartsAfter: node.clockStartsAfter.ref.name } : {}),
        source: sourceOf(node)
    };
}

function lowerPart(procedure: Procedure, part: Part): PartModel {
    const time = part.time;
    return {
        id: part.name,
        title: part.title,
        ...(part.subtotal ? { subtotal: lowerTotal(part.subtotal) } : {}),
        ...(time ? { time: lowerDurationOf(time) } : {}),
        ...(part.limit ? { limit: lowerDurationOf(part.limit) } : {}),
        ...(part.level ? { level: part.level as LevelName | 'district' } : {}),
        steps: procedure.steps.filter(step => step.part?.ref === part).map(step => step.name),
        source: sourceOf(part)
    };
}

/**
 * A step's cumulative times: on the procedure's own flow when it reaches the step; else (a step of the
 * cases only) the cases' time when every case that times the step agrees, none when they differ. Each
 * case's own time is listed apart.
 */
function cumulativeOf(step: Step, own: FlowCumulativeTimes | undefined, byCase: CaseCumulativeModel[]): { cumulative: number | undefined; cumulativeByCase: CaseCumulativeModel[] } {
    if (own?.flow.steps.has(step)) return { cumulative: own.times.get(step), cumulativeByCase: byCase };
    const agreed = byCase.length > 0 && byCase.every(c => c.time === byCase[0].time) ? byCase[0].time : undefined;
    return { cumulative: agreed, cumulativeByCase: byCase };
}
