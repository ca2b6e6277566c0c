/**
 * The graph model of one procedure's diagram: lanes, nodes and edges with everything the drawing
 * needs and nothing of the source syntax. Built from the compiler's intermediate model by
 * build-graph.ts; laid out by ../layout; drawn by ../svg.
 */
import type { OutcomeName } from '@tthc/compiler';

/** The lane groups, top to bottom: the two levels, the partners, and the applicant's own steps. */
export type LaneGroup = 'province' | 'commune' | 'partner' | 'applicant';

/** A swimlane: one responsible unit within its group. */
export interface DiagramLane {
    readonly id: string;
    readonly group: LaneGroup;
    readonly title: string;
}

/** A diagnostic attached to the diagram (a step's, or the procedure's when `stepId` is absent). */
export interface DiagramDiagnostic {
    readonly stepId?: string;
    readonly severity: 'error' | 'warning' | 'info' | 'hint';
    readonly message: string;
}

/** A node: the start, a step, an end, or a partner's hand-over. */
export interface DiagramNode {
    readonly id: string;
    readonly kind: 'start' | 'step' | 'end' | 'exit' | 'partner';
    readonly laneId: string;
    readonly title: string;
    /** For steps: `Unit – Position`; for partners: the channel. */
    readonly subtitle?: string;
    /** For steps: the time limit, in Vietnamese words (`formatDuration`); for partners: the hand-over deadline. */
    readonly limit?: string;
    /** For steps on the main flow: the cumulative time at the step's end, formatted. */
    readonly cumulative?: string;
    readonly mainFlow: boolean;
    readonly critical: boolean;
    readonly diagnostics: readonly DiagramDiagnostic[];
}

/** An edge: a transition to one target, a start/end connector, or a hand-over message. */
export interface DiagramEdge {
    readonly id: string;
    readonly source: string;
    readonly target: string;
    readonly kind: 'flow' | 'handover';
    readonly outcome?: OutcomeName;
    /** The label drawn on the edge (empty for the default flow). */
    readonly label: string;
    /** On an exception path: an exception branch, or any edge leaving a step off the main flow. Drawn dashed. */
    readonly exception: boolean;
    readonly critical: boolean;
}

/** A header line: the planned total against one channel's statutory time. */
export interface DiagramChannelTotal {
    readonly kind: 'in-person' | 'online' | 'postal';
    readonly label: string;
    readonly statutory: string;
    readonly over: boolean;
}

/** Everything the diagram shows. */
export interface DiagramGraph {
    readonly id: string;
    readonly code: string;
    readonly title: string;
    readonly total: string;
    readonly channels: readonly DiagramChannelTotal[];
    readonly lanes: readonly DiagramLane[];
    /** In model order: start, steps in declaration order, partners, ends. */
    readonly nodes: readonly DiagramNode[];
    readonly edges: readonly DiagramEdge[];
    /** Diagnostics without a step (or with an unknown step). */
    readonly diagnostics: readonly DiagramDiagnostic[];
}
