/**
 * Model → BPMN elements: one procedure becomes a process (a pool with one lane per responsible unit)
 * of tasks, gateways and events joined by sequence flows, plus a black-box pool per hand-over partner
 * with message flows. No geometry here (see bpmn-layout.ts) and no XML (see bpmn-xml.ts).
 *
 * The shape of the flow is chosen so that bpmnlint's `recommended` rules hold by construction:
 * every task has exactly one incoming and one outgoing flow (branches go through gateways, several
 * arrivals through a merging gateway: `fake-join`, `no-implicit-split`), no gateway both forks and
 * joins or has a single way in and out (`no-gateway-join-fork`, `superfluous-gateway`), and every
 * path ends in an end event (`no-implicit-end`).
 */
import type { LevelName, OutcomeName, ProcedureModel, ProvinceBuild, StepModel, TransitionModel, UnitRef } from '../../model/procedure-model.js';
import { NOT_COUNTED } from '../table/published-text.js';
import { procedureDocumentation, stepDocumentation, unitDocumentation } from './bpmn-documentation.js';
import { IdRegistry, idPart } from './bpmn-ids.js';
import { CASE_CHOICE_LABEL, caseCondition, cleanName, DECISION_LABEL, endLabel, outcomeCondition, outcomeLabel, START_LABEL } from './bpmn-text.js';
import { forkJoins, type ForkJoin } from './fork-joins.js';
import { formatDuration } from '../table/vietnamese-time.js';

/** The BPMN element types the output uses for flow nodes. */
export type FlowNodeKind = 'startEvent' | 'endEvent' | 'userTask' | 'exclusiveGateway' | 'parallelGateway';

/** A flow node: an event, a task (one per step) or a gateway. */
export interface FlowNode {
    readonly id: string;
    readonly kind: FlowNodeKind;
    readonly name?: string;
    readonly documentation?: string;
    readonly laneId: string;
    /** The step a task stands for. */
    readonly stepId?: string;
    /** On the main flow (the task of a main-flow step, or an event or gateway next to one): laid out first. */
    readonly main: boolean;
    /** For an exclusive gateway that branches: the flow taken when no condition holds. */
    readonly defaultFlow?: string;
    /** Sequence flow ids, in flow order: bpmnlint reads these, not only the flows' refs. */
    readonly incoming: readonly string[];
    readonly outgoing: readonly string[];
}

/** A sequence flow; `condition` is set on every flow out of a branching gateway but its default. */
export interface SequenceFlow {
    readonly id: string;
    readonly source: string;
    readonly target: string;
    readonly name?: string;
    readonly condition?: string;
}

/** A lane: one responsible unit, with the flow nodes drawn in it. */
export interface Lane {
    readonly id: string;
    readonly name: string;
    readonly documentation: string;
    readonly unit: UnitRef;
    readonly nodes: readonly string[];
}

/** A hand-over partner agency: a black-box pool (a participant without a process). */
export interface Partner {
    readonly id: string;
    readonly name: string;
    readonly documentation: string;
    readonly unit: UnitRef;
}

/** A message flow between a hand-over task and its partner's pool: the dossier out, the result back. */
export interface MessageFlow {
    readonly id: string;
    readonly name: string;
    readonly source: string;
    readonly target: string;
    readonly task: string;
    readonly partner: string;
    readonly direction: 'send' | 'reply';
}

/** One procedure as BPMN elements, in a stable order. */
export interface ProcessGraph {
    readonly definitionsId: string;
    readonly collaborationId: string;
    readonly participantId: string;
    readonly processId: string;
    readonly laneSetId: string;
    readonly name: string;
    readonly documentation: string;
    /** Ordered by level (province, commune, then any other), then by first step. */
    readonly lanes: readonly Lane[];
    /** In step order, each step's gateways and end event next to its task. */
    readonly nodes: readonly FlowNode[];
    readonly flows: readonly SequenceFlow[];
    /** In order of their first hand-over. */
    readonly partners: readonly Partner[];
    readonly messages: readonly MessageFlow[];
}

const LEVEL_ORDER: Readonly<Record<LevelName, number>> = { province: 0, commune: 1, central: 2 };

interface MutableNode {
    id: string;
    kind: FlowNodeKind;
    name?: string;
    documentation?: string;
    laneId: string;
    stepId?: string;
    main: boolean;
    defaultFlow?: string;
    // Where the node goes in the document: the step it belongs to, and its place around that step.
    order: [number, number];
}

interface MutableFlow {
    id: string;
    source: string;
    target: string;
    name?: string;
    condition?: string;
}

// A flow into a step, whose final target (the step, or a merging or joining gateway in front of it)
// is known only once all flows into the step are.
interface Arrival {
    flow: MutableFlow;
    fromStep?: string;
    fromFork?: ForkJoin;
    exception: boolean;
}

/** Builds the BPMN elements of one procedure. */
export function buildProcessGraph(build: ProvinceBuild, procedure: ProcedureModel): ProcessGraph {
    const ids = new IdRegistry();
    // `when Case ->`: the branch is labelled with the case's title ("Trường hợp …").
    const branchLabel = (transition: TransitionModel): string | undefined =>
        transition.caseId === undefined ? undefined : cleanName(procedure.cases.find(c => c.id === transition.caseId)?.title ?? transition.caseId);
    const code = idPart(procedure.code);
    const definitionsId = ids.id('Definitions', code);
    const collaborationId = ids.id('Collaboration', code);
    const participantId = ids.id('Participant', code);
    const processId = ids.id('Process', code);
    const laneSetId = ids.id('LaneSet', code);

    const steps = procedure.steps;
    const stepById = new Map(steps.map(s => [s.id, s]));
    // Tasks first, so that step ids keep their plain form whatever else is named after them.
    const taskIds = new Map(steps.map(s => [s.id, ids.id('Step', idPart(s.id))]));

    // Lanes: one per unit performing a step.
    const laneUnits: Array<{ unit: UnitRef; first: number }> = [];
    const seenUnits = new Set<string>();
    for (const step of steps) {
        if (!seenUnits.has(step.unit.id)) {
            seenUnits.add(step.unit.id);
            laneUnits.push({ unit: step.unit, first: step.sequence });
        }
    }
    laneUnits.sort((a, b) => (LEVEL_ORDER[a.unit.level] ?? 9) - (LEVEL_ORDER[b.unit.level] ?? 9) || a.first - b.first);
    const laneIds = new Map(laneUnits.map(l => [l.unit.id, ids.id('Lane', idPart(l.unit.id))]));
    const laneOf = (step: StepModel): string => laneIds.get(step.unit.id) as string;

    const nodes = new Map<string, MutableNode>();
    const flows: MutableFlow[] = [];
    const arrivals = new Map<string, Arrival[]>();
    const addNode = (node: MutableNode): string => {
        nodes.set(node.id, node);
        return node.id;
    };
    const addFlow = (flow: MutableFlow): MutableFlow => {
        flows.push(flow);
        return flow;
    };
    const arrive = (stepId: string, arrival: Arrival): void => {
        const list = arrivals.get(stepId) ?? [];
        list.push(arrival);
        arrivals.set(stepId, list);
    };

    const forks = forkJoins(procedure);
    // Looked up by step and transition, and by join: scanning every fork for each made many forks quadratic.
    const forkAt = new Map<StepModel, Map<number, ForkJoin>>();
    const forksJoiningAt = new Map<string, ForkJoin[]>();
    for (const fork of forks) {
        const byTransition = forkAt.get(fork.step) ?? new Map<number, ForkJoin>();
        if (!byTransition.has(fork.transition)) byTransition.set(fork.transition, fork);
        forkAt.set(fork.step, byTransition);
        if (fork.join !== undefined) {
            const list = forksJoiningAt.get(fork.join) ?? [];
            list.push(fork);
            forksJoiningAt.set(fork.join, list);
        }
    }
    const forkOf = (step: StepModel, transition: number): ForkJoin | undefined => forkAt.get(step)?.get(transition);

    if (steps.length > 0) {
        const first = steps[0];
        const start = addNode({ id: ids.id('StartEvent', code), kind: 'startEvent', name: START_LABEL, laneId: laneOf(first), main: true, order: [0, 0] });
        // Cases with a table of their own (`start Step`) begin elsewhere: the start leads to a choice of case.
        const caseStarts = procedure.cases.filter(c => c.start !== undefined && c.start !== first.id && stepById.has(c.start));
        if (caseStarts.length === 0) {
            arrive(first.id, { flow: addFlow({ id: ids.id('Flow', 'Start'), source: start, target: '' }), exception: false });
        } else {
            const choice = addNode({ id: ids.id('Gateway', 'Start', 'case'), kind: 'exclusiveGateway', name: CASE_CHOICE_LABEL, laneId: laneOf(first), main: true, order: [0, 1] });
            addFlow({ id: ids.id('Flow', 'Start'), source: start, target: choice });
            const ownTitle = procedure.timing.ownFlowComplete ? undefined : procedure.cases.find(c => c.start === undefined || c.start === first.id)?.title;
            const own = addFlow({ id: ids.id('Flow', 'Start', 'own'), source: choice, target: '', name: ownTitle === undefined ? undefined : cleanName(ownTitle) });
            (nodes.get(choice) as MutableNode).defaultFlow = own.id;
            arrive(first.id, { flow: own, exception: false });
            for (const c of caseStarts) {
                const branch = addFlow({ id: ids.id('Flow', 'Start', 'case', idPart(c.id)), source: choice, target: '', name: cleanName(c.title), condition: caseCondition(c.id) });
                arrive(c.start!, { flow: branch, exception: false });
            }
        }
    }

    for (const step of steps) {
        const sid = idPart(step.id);
        const task = addNode({
            id: taskIds.get(step.id) as string,
            kind: 'userTask',
            // A step whose time does not count is marked in its name, as the tables mark it.
            name: step.counted ? cleanName(step.title) : `${cleanName(step.title)} (${NOT_COUNTED.toLowerCase()})`,
            documentation: stepDocumentation(build, procedure, step),
            laneId: laneOf(step),
            stepId: step.id,
            main: step.mainFlow,
            order: [step.sequence, 2]
        });
        // Transitions to steps the checker would have rejected are left out rather than drawn dangling.
        const transitions = step.transitions
            .map((transition, index) => ({ transition, index, targets: [...new Set(transition.targets)].filter(t => stepById.has(t)) }))
            .filter(t => t.targets.length > 0);

        if (transitions.length === 0) {
            const end = addNode({ id: ids.id('EndEvent', sid), kind: 'endEvent', name: endLabel(step), laneId: laneOf(step), main: step.mainFlow, order: [step.sequence, 9] });
            addFlow({ id: ids.id('Flow', sid, 'out'), source: task, target: end });
            continue;
        }

        const forking = transitions.filter(t => t.targets.length > 1).length;
        // Where a transition leads: straight to its step, or to a parallel gateway that forks.
        const leadTo = (from: MutableFlow, entry: typeof transitions[number]): void => {
            if (entry.targets.length === 1) {
                arrive(entry.targets[0], { flow: from, fromStep: step.id, exception: entry.transition.exception });
                return;
            }
            const fork = forkOf(step, entry.index);
            const gateway = addNode({
                id: forking > 1 ? ids.id('Gateway', sid, entry.transition.outcome, 'fork') : ids.id('Gateway', sid, 'fork'),
                kind: 'parallelGateway',
                laneId: laneOf(step),
                main: step.mainFlow,
                order: [step.sequence, 4 + entry.index]
            });
            from.target = gateway;
            for (const target of entry.targets) {
                const branch = addFlow({ id: ids.id('Flow', sid, 'fork', idPart(target)), source: gateway, target: '' });
                arrive(target, { flow: branch, fromStep: step.id, fromFork: fork, exception: entry.transition.exception });
            }
        };

        if (transitions.length === 1) {
            const only = transitions[0];
            const outcome = only.transition.outcome;
            // A single case branch is not labelled (a lone flow's label is superfluous): the step's documentation says it.
            const label = only.transition.caseId !== undefined || outcome === 'default' ? undefined : outcomeLabel(outcome);
            leadTo(addFlow({ id: ids.id('Flow', sid, 'out'), source: task, target: '', name: label }), only);
            continue;
        }

        const split = addNode({ id: ids.id('Gateway', sid, 'split'), kind: 'exclusiveGateway', name: DECISION_LABEL, laneId: laneOf(step), main: step.mainFlow, order: [step.sequence, 3] });
        addFlow({ id: ids.id('Flow', sid, 'out'), source: task, target: split });
        // A case's branch is never the default: it is taken in its case only.
        const defaultPosition = chooseDefault(transitions.map(t => (t.transition.caseId === undefined ? t.transition.outcome : 'case')));
        for (const [position, entry] of transitions.entries()) {
            const outcome = entry.transition.outcome;
            const caseId = entry.transition.caseId;
            const isDefault = position === defaultPosition;
            const flow = addFlow({
                id: caseId === undefined ? ids.id('Flow', sid, outcome) : ids.id('Flow', sid, 'case', idPart(caseId)),
                source: split,
                target: '',
                name: branchLabel(entry.transition) ?? outcomeLabel(outcome),
                condition: isDefault ? undefined : caseId === undefined ? outcomeCondition(outcome) : caseCondition(caseId)
            });
            if (isDefault) {
                (nodes.get(split) as MutableNode).defaultFlow = flow.id;
            }
            leadTo(flow, entry);
        }
    }

    // Arrivals: one flow into a step goes straight in; branches of a fork meet in a joining parallel
    // gateway; whatever else arrives more than once meets in a merging exclusive gateway.
    for (const step of steps) {
        const list = arrivals.get(step.id) ?? [];
        const tid = idPart(step.id);
        let pending = [...list];
        for (const fork of forksJoiningAt.get(step.id) ?? []) {
            const joined = pending.filter(a => !a.exception && (a.fromFork === fork || (a.fromStep !== undefined && fork.region.has(a.fromStep))));
            if (joined.length < 2) continue;
            const join = addNode({ id: ids.id('Gateway', tid, 'join'), kind: 'parallelGateway', laneId: laneOf(step), main: step.mainFlow, order: [step.sequence, 0] });
            for (const arrival of joined) {
                arrival.flow.target = join;
            }
            // The joined flow counts as coming from the fork's step, so an outer fork can join it in turn.
            const out = addFlow({ id: ids.id('Flow', tid, 'join'), source: join, target: '' });
            pending = [...pending.filter(a => !joined.includes(a)), { flow: out, fromStep: fork.step.id, exception: false }];
        }
        if (pending.length > 1) {
            const merge = addNode({ id: ids.id('Gateway', tid, 'merge'), kind: 'exclusiveGateway', laneId: laneOf(step), main: step.mainFlow, order: [step.sequence, 1] });
            for (const arrival of pending) {
                arrival.flow.target = merge;
            }
            addFlow({ id: ids.id('Flow', tid, 'merge'), source: merge, target: taskIds.get(step.id) as string });
        } else if (pending.length === 1) {
            pending[0].flow.target = taskIds.get(step.id) as string;
        }
    }

    // Hand-overs: a black-box pool per partner, the dossier sent from the task and the result
    // received back into it (the step's time includes the partner's sub-deadline).
    const partners: Partner[] = [];
    const partnerOf = new Map<string, Partner>();
    const messages: MessageFlow[] = [];
    for (const step of steps) {
        const handover = step.handover;
        if (handover === undefined) continue;
        let partner = partnerOf.get(handover.partner.id);
        if (partner === undefined) {
            partner = {
                id: ids.id('Participant', 'Partner', idPart(handover.partner.id)),
                name: cleanName(handover.partner.title),
                documentation: unitDocumentation(handover.partner, true),
                unit: handover.partner
            };
            partners.push(partner);
            partnerOf.set(handover.partner.id, partner);
        }
        const task = taskIds.get(step.id) as string;
        const sid = idPart(step.id);
        const via = handover.channel === undefined ? '' : ` qua ${handover.channel}`;
        messages.push({ id: ids.id('MessageFlow', sid, 'send'), name: `Chuyển hồ sơ${via}`, source: task, target: partner.id, task, partner: partner.id, direction: 'send' });
        messages.push({ id: ids.id('MessageFlow', sid, 'reply'), name: `Trả kết quả trong ${formatDuration(handover.deadline, procedure.timeRules.minutesPerDay)}`, source: partner.id, target: task, task, partner: partner.id, direction: 'reply' });
    }

    const orderedNodes = [...nodes.values()].sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
    const nodeRank = new Map(orderedNodes.map((n, i) => [n.id, i]));
    // Flows follow their source, so that a node's outgoing flows sit together in the document.
    const orderedFlows = flows
        .map((flow, created) => ({ flow, created }))
        .sort((a, b) => (nodeRank.get(a.flow.source) as number) - (nodeRank.get(b.flow.source) as number) || a.created - b.created)
        .map(x => x.flow);

    // Grouped once, in document order: filtering every node for each lane, and every flow for each
    // node, made a long procedure quadratic.
    const nodesOfLane = groupBy(orderedNodes, n => n.laneId);
    const flowsInto = groupBy(orderedFlows, f => f.target);
    const flowsOutOf = groupBy(orderedFlows, f => f.source);
    const lanes: Lane[] = laneUnits.map(({ unit }) => ({
        id: laneIds.get(unit.id) as string,
        name: cleanName(unit.title),
        documentation: unitDocumentation(unit, false),
        unit,
        nodes: (nodesOfLane.get(laneIds.get(unit.id) as string) ?? []).map(n => n.id)
    }));

    return {
        definitionsId,
        collaborationId,
        participantId,
        processId,
        laneSetId,
        name: cleanName(procedure.title),
        documentation: procedureDocumentation(build, procedure),
        lanes,
        nodes: orderedNodes.map(n => ({
            id: n.id,
            kind: n.kind,
            name: n.name,
            documentation: n.documentation,
            laneId: n.laneId,
            stepId: n.stepId,
            main: n.main,
            defaultFlow: n.defaultFlow,
            incoming: (flowsInto.get(n.id) ?? []).map(f => f.id),
            outgoing: (flowsOutOf.get(n.id) ?? []).map(f => f.id)
        })),
        flows: orderedFlows.map(f => ({ ...f })),
        partners,
        messages
    };
}

// The default flow of a branching step: the plain `->`, else `on approved`; its position among the
// outcomes, or -1 when every branch is conditional.
function chooseDefault(outcomes: ReadonlyArray<OutcomeName | 'case'>): number {
    const plain = outcomes.indexOf('default');
    return plain >= 0 ? plain : outcomes.indexOf('approved');
}

// The items by key, each list in the items' order.
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
    const groups = new Map<string, T[]>();
    for (const item of items) {
        const list = groups.get(key(item));
        if (list) list.push(item);
        else groups.set(key(item), [item]);
    }
    return groups;
}
