/**
 * What the lane-grid layout lays out: lanes top to bottom, nodes in model order with their sizes,
 * and directed edges. Both drawings of a procedure (the BPMN target's diagram interchange and the
 * SVG diagram) describe their content this way; the sizes are theirs, the placement is shared.
 */

/** A node to place: its lane, its size, and how edges attach to it. */
export interface LaneNode {
    readonly id: string;
    readonly laneId: string;
    readonly width: number;
    readonly height: number;
    /** On the main flow: placed first in its cell, so the main flow stays on the top row of a lane. */
    readonly main: boolean;
    /**
     * A diamond (a BPMN gateway): a branch may leave from its top or bottom corner and a merge arrive
     * at any free corner. Any other node is a box: edges leave on its right and arrive on its left.
     */
    readonly gateway: boolean;
}

/** A directed edge between two nodes. */
export interface LaneEdge {
    readonly id: string;
    readonly source: string;
    readonly target: string;
}

/**
 * A graph to lay out. The order of `nodes` is the model order (the document order of the steps):
 * an edge pointing against it is a loop back, drawn right to left; ties are broken by it.
 */
export interface LaneGraph {
    /** Lane ids, top to bottom. */
    readonly lanes: readonly string[];
    readonly nodes: readonly LaneNode[];
    readonly edges: readonly LaneEdge[];
}
