/**
 * The lane-grid layout: one engine for every drawing of a procedure (the BPMN target's diagram
 * interchange here, the SVG of `@tthc/diagram`). Exported from the package as `@tthc/compiler`.
 */
export * from './geometry.js';
export type { LaneEdge, LaneGraph, LaneNode } from './lane-graph.js';
export { COLUMN_GAP, EDGE_MARGIN, LANE_PAD, LINE_STEP, ROW_GAP, LaneGrid, type GridCell, type LaneGridOptions } from './lane-grid.js';
export { EXIT_SPREAD, layoutLanes, type LaneLayout } from './layout-lanes.js';
export { placeNodes, type Cell, type Placement } from './placement.js';
