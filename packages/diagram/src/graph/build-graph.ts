/**
 * Intermediate model → graph model: a start node, a node per step, a node per hand-over partner,
 * an end for the main flow and an exit for exception paths; an edge per transition target, labelled
 * with its outcome and flagged as exception or critical.
 */
import { NOT_COUNTED, formatAmount, formatDuration, performerText, performersText, type OutcomeName, type ProcedureModel, type StepModel } from '@tthc/compiler';
import type { DiagramChannelTotal, DiagramDiagnostic, DiagramEdge, DiagramGraph, DiagramNode } from './graph-model.js';
import { buildLanes, partnerLaneId, stepLaneId } from './lanes.js';

// Reviewers read Vietnamese: the labels are the words of the published tables and forms.
const OUTCOME_LABELS: Readonly<Record<OutcomeName, string>> = {
    default: '',
    approved: 'Đạt',
    rejected: 'Từ chối',
    incomplete: 'Bổ sung hồ sơ',
    late: 'Quá hạn (xin lỗi)'
};

const CHANNEL_LABELS: Readonly<Record<DiagramChannelTotal['kind'], string>> = {
    'in-person': 'Trực tiếp',
    online: 'Trực tuyến',
    postal: 'Bưu chính công ích'
};

const HANDOVER_CHANNELS: Readonly<Record<string, string>> = {
    'document-system': 'Hệ thống văn bản',
    LGSP: 'LGSP',
    NDXP: 'NDXP',
    postal: 'Bưu chính'
};

/** The id of a step's node (prefixed so that no step id can clash with start, end or partner nodes). */
export function stepNodeId(stepId: string): string {
    return `step:${stepId}`;
}

/** Builds the graph model of one procedure of a build. */
export function buildGraph(procedure: ProcedureModel, diagnostics: readonly DiagramDiagnostic[] = []): DiagramGraph {

    const { timing } = procedure;
    // The procedure's working day (`working-day`), for durations shown in days.
    const perDay = procedure.timeRules.minutesPerDay;
    const steps = procedure.steps;
    const stepIds = new Set(steps.map(s => s.id));
    const byStep = new Map<string, DiagramDiagnostic[]>();
    const general: DiagramDiagnostic[] = [];
    for (const d of diagnostics) {
        if (d.stepId !== undefined && stepIds.has(d.stepId)) {
            byStep.set(d.stepId, [...(byStep.get(d.stepId) ?? []), d]);
        } else {
            general.push(d);
        }
    }
    const criticalPairs = new Set<string>();
    for (let i = 0; i + 1 < timing.criticalPath.length; i++) {
        criticalPairs.add(`${timing.criticalPath[i]}\u0000${timing.criticalPath[i + 1]}`);
    }

    const nodes: DiagramNode[] = [];
    const edges: DiagramEdge[] = [];
    const first = steps[0];
    if (first !== undefined) {
        nodes.push(terminal('start', 'Bắt đầu', stepLaneId(first.unit), true));
        edges.push(flow('start', stepNodeId(first.id), undefined, false, first.critical));
        // A case with a table of its own starts at its own first step. Unlabelled: the start's edges leave
        // from one point, where a label would sit on the other edges (the case's title is in its table).
        for (const c of procedure.cases) {
            if (c.start === undefined || c.start === first.id || !stepIds.has(c.start)) continue;
            const start = steps.find(s => s.id === c.start)!;
            edges.push({ ...flow('start', stepNodeId(c.start), undefined, false, start.critical), id: `start->${stepNodeId(c.start)}:case:${c.id}` });
        }
    }
    for (const step of steps) {
        nodes.push(stepNode(step));
    }
    for (const step of steps) {
        step.transitions.forEach(t => {
            for (const target of t.targets) {
                if (!stepIds.has(target)) continue;
                // An edge is on an exception path when it is an exception branch or leaves a step off the main flow.
                const exception = t.exception || !step.mainFlow;
                const critical = !exception && criticalPairs.has(`${step.id}\u0000${target}`);
                const edge = flow(stepNodeId(step.id), stepNodeId(target), t.outcome, exception, critical);
                // `when Case ->`: the branch of a case, labelled with its title ("Trường hợp …").
                const caseTitle = t.caseId === undefined ? undefined : procedure.cases.find(c => c.id === t.caseId)?.title ?? t.caseId;
                edges.push(caseTitle === undefined ? edge : { ...edge, id: `${edge.id}:case:${t.caseId}`, label: caseTitle });
            }
        });
    }
    // Hand-overs: a partner node in the partner's lane, reached by a message from the step.
    for (const step of steps) {
        const h = step.handover;
        if (h === undefined) continue;
        const id = `partner:${step.id}`;
        nodes.push({
            id, kind: 'partner', laneId: partnerLaneId(h.partner), title: h.partner.title,
            subtitle: h.channel === undefined ? undefined : `Qua ${HANDOVER_CHANNELS[h.channel] ?? h.channel}`,
            // The partner's time the law excludes is marked as the tables mark it.
            limit: h.notCounted ? `${formatDuration(h.deadline, perDay)} (${NOT_COUNTED.toLowerCase()})` : formatDuration(h.deadline, perDay),
            mainFlow: step.mainFlow, critical: false, diagnostics: []
        });
        edges.push({ id: `handover:${step.id}`, source: stepNodeId(step.id), target: id, kind: 'handover', label: 'Liên thông', exception: false, critical: false });
    }
    // Ends: main-flow steps without transitions finish the procedure; exception steps leave it.
    const finals = steps.filter(s => s.transitions.length === 0);
    const mainFinals = finals.filter(s => s.mainFlow);
    const exitFinals = finals.filter(s => !s.mainFlow);
    if (mainFinals.length > 0) {
        nodes.push(terminal('end', 'Kết thúc', stepLaneId(mainFinals[0].unit), true));
        for (const s of mainFinals) edges.push(flow(stepNodeId(s.id), 'end', undefined, false, s.critical));
    }
    if (exitFinals.length > 0) {
        nodes.push(terminal('exit', 'Dừng xử lý', stepLaneId(exitFinals[0].unit), false));
        for (const s of exitFinals) edges.push(flow(stepNodeId(s.id), 'exit', undefined, true, false));
    }

    const channels: DiagramChannelTotal[] = timing.channels.map(c => ({
        kind: c.kind, label: CHANNEL_LABELS[c.kind], statutory: formatAmount(c.statutory, timing.unit, perDay), over: timing.planned > c.statutory
    }));
    return {
        id: procedure.id, code: procedure.code, title: procedure.title, total: formatAmount(timing.planned, timing.unit, perDay),
        channels, lanes: buildLanes(procedure), nodes, edges, diagnostics: general
    };

    function stepNode(step: StepModel): DiagramNode {
        // Who performs it as the table writes it ("A hoặc B; phối hợp: C"); a step whose time does not
        // count says so in place of its limit.
        const { main, alternatives, partners } = step.performers;
        const single = alternatives.length === 0 && partners.length === 0;
        const who = single && (main.kind === 'position' || main.kind === 'unit')
            ? (step.position === undefined ? step.unit.title : `${step.unit.title} – ${step.position.title}`)
            : single ? performerText(main) : performersText(step.performers, false);
        const limit = !step.counted ? NOT_COUNTED : step.duration === undefined ? undefined : formatDuration(step.duration, perDay);
        return {
            id: stepNodeId(step.id), kind: 'step', laneId: stepLaneId(step.unit), title: step.title, subtitle: who,
            limit, cumulative: step.cumulative === undefined ? undefined : formatAmount(step.cumulative, timing.unit, perDay),
            mainFlow: step.mainFlow, critical: step.critical, diagnostics: byStep.get(step.id) ?? []
        };
    }
}

function terminal(id: 'start' | 'end' | 'exit', title: string, laneId: string, mainFlow: boolean): DiagramNode {
    return { id, kind: id, laneId, title, mainFlow, critical: false, diagnostics: [] };
}

function flow(source: string, target: string, outcome: OutcomeName | undefined, exception: boolean, critical: boolean): DiagramEdge {
    const id = `${source}->${target}${outcome === undefined ? '' : `:${outcome}`}`;
    return { id, source, target, kind: 'flow', outcome, label: outcome === undefined ? '' : OUTCOME_LABELS[outcome], exception, critical };
}
