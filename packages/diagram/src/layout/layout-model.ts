/** The geometry of a laid-out diagram, in SVG user units (origin top left). */
import type { LaneGroup } from '../graph/graph-model.js';
import type { NodeContent } from './node-content.js';

export interface Point {
    readonly x: number;
    readonly y: number;
}

export interface Box {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
}

/** A lane's band, spanning the diagram's width. */
export interface LaneLayout extends Box {
    readonly id: string;
}

/** A lane group's band (one or more lanes). */
export interface GroupLayout extends Box {
    readonly group: LaneGroup;
}

/** A node's box and content. */
export interface NodeLayout extends Box {
    readonly content: NodeContent;
}

/** An edge's orthogonal route and where its label goes. */
export interface EdgeLayout {
    readonly points: readonly Point[];
    readonly label: Point & { readonly anchor: 'start' | 'middle' };
}

/** The whole diagram's geometry. */
export interface DiagramLayout {
    readonly width: number;
    readonly height: number;
    /** Height of the header band above the lanes. */
    readonly headerHeight: number;
    readonly lanes: ReadonlyMap<string, LaneLayout>;
    readonly groups: readonly GroupLayout[];
    readonly nodes: ReadonlyMap<string, NodeLayout>;
    readonly edges: ReadonlyMap<string, EdgeLayout>;
}
