export { procedureMermaid } from './mermaid/procedure-mermaid.js';
export { procedureSvg, type ProcedureSvgOptions } from './svg/procedure-svg.js';
export type { DiagramDiagnostic } from './graph/graph-model.js';
export { svgTarget, mermaidTarget } from './targets/diagram-targets.js';
export { buildGraph, stepNodeId } from './graph/build-graph.js';
export { layoutDiagram } from './layout/layout-diagram.js';
export { DIAGRAM_STEP_LIMIT, tooLargeToDraw } from './diagram-limit.js';
