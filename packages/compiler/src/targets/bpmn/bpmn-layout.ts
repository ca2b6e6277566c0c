/**
 * Diagram interchange (BPMNDI) geometry for a process graph: bounds for every pool, lane and flow
 * node, waypoints for every sequence and message flow, and label bounds where a name is drawn
 * outside its shape (events, gateways, flows). The shared lane-grid layout (../../layout, also the SVG
 * diagram's) places the flow nodes and routes the sequence flows; this file adds the pool, the
 * partners' pools and message flows (message-routing.ts) and the labels.
 */
import { layoutLanes } from '../../layout/layout-lanes.js';
import type { ProcessGraph } from './bpmn-graph.js';
import { routeMessages } from './message-routing.js';
import { isGateway, labelSize, nodeSize, type Bounds, type Point } from './shapes.js';

/** A shape's bounds and, for names drawn outside it, its label's. */
export interface ShapeLayout {
    readonly bounds: Bounds;
    readonly label?: Bounds;
}

/** An edge's waypoints and, for a named flow, its label's bounds. */
export interface EdgeLayout {
    readonly waypoints: readonly Point[];
    readonly label?: Bounds;
}

/** Everything the BPMNDI section needs, by element id. */
export interface DiagramLayout {
    readonly participant: Bounds;
    readonly lanes: ReadonlyMap<string, Bounds>;
    readonly partners: ReadonlyMap<string, Bounds>;
    readonly nodes: ReadonlyMap<string, ShapeLayout>;
    readonly flows: ReadonlyMap<string, EdgeLayout>;
    readonly messages: ReadonlyMap<string, EdgeLayout>;
}

/** Where the process pool starts. */
const ORIGIN = { x: 20, y: 20 } as const;
/** The band on a pool's left holding its name. */
const POOL_HEADER = 30;
// Rows a task high, whatever they hold: the flow lines up along the rows.
const ROW_HEIGHT = nodeSize('userTask').height;
// Widest box a label outside a shape gets (flow labels sit in the gap between columns, 120 wide).
const EVENT_LABEL_WIDTH = 90;
const FLOW_LABEL_WIDTH = 72;
const MESSAGE_LABEL_WIDTH = 100;

/** Lays out one process graph. */
export function layoutDiagram(graph: ProcessGraph): DiagramLayout {
    const lanes = layoutLanes({
        lanes: graph.lanes.map(l => l.id),
        nodes: graph.nodes.map(n => ({ id: n.id, laneId: n.laneId, main: n.main, gateway: isGateway(n.kind), ...nodeSize(n.kind) })),
        edges: graph.flows
    }, { left: ORIGIN.x + POOL_HEADER, top: ORIGIN.y, minRowHeight: ROW_HEIGHT });
    const { grid } = lanes;
    const pool: Bounds = { x: ORIGIN.x, y: ORIGIN.y, width: grid.area.width + POOL_HEADER, height: grid.area.height };
    const bounds = lanes.nodes;
    const flows = new Map<string, EdgeLayout>();
    for (const flow of graph.flows) {
        const waypoints = lanes.edges.get(flow.id) as readonly Point[];
        flows.set(flow.id, { waypoints, label: flow.name === undefined ? undefined : flowLabel(flow.name, waypoints) });
    }

    const nodes = new Map<string, ShapeLayout>();
    for (const node of graph.nodes) {
        const box = bounds.get(node.id) as Bounds;
        let label: Bounds | undefined;
        if (node.name !== undefined && node.kind !== 'userTask') {
            const size = labelSize(node.name, EVENT_LABEL_WIDTH);
            const centre = box.x + box.width / 2;
            label = { x: Math.round(centre - size.width / 2), y: box.y + box.height + 4, ...size };
            if (isGateway(node.kind)) {
                // A branching gateway's label goes where no flow leaves it: above, else below, else
                // to the upper left (flows enter at the left corner, below that label).
                const exits = node.outgoing.map(id => flows.get(id)?.waypoints[0]);
                const up = exits.some(p => p !== undefined && p.y === box.y);
                const down = exits.some(p => p !== undefined && p.y === box.y + box.height);
                if (!up) {
                    label = { ...label, y: box.y - 4 - size.height };
                } else if (down) {
                    label = { x: box.x - 4 - size.width, y: box.y - size.height, ...size };
                }
            }
        }
        nodes.set(node.id, { bounds: box, label });
    }

    const routed = routeMessages(grid, pool, graph.partners, graph.messages, id => bounds.get(id) as Bounds);
    const messages = new Map<string, EdgeLayout>();
    for (const message of graph.messages) {
        const route = routed.messages.get(message.id);
        if (route === undefined) continue;
        const size = labelSize(message.name, MESSAGE_LABEL_WIDTH);
        const x = route.labelSide === 'left' ? route.labelAnchor.x - 4 - size.width : route.labelAnchor.x + 4;
        messages.set(message.id, { waypoints: route.waypoints, label: { x, y: route.labelAnchor.y - 4 - size.height, ...size } });
    }

    return { participant: pool, lanes: grid.lanes, partners: routed.partners, nodes, flows, messages };
}

// A flow's label beside its last segment, just before it reaches its target: a gateway's branches
// often leave by the same corner, but each arrives at a different place, so labels there never
// pile up, and each sits next to the step it leads to.
function flowLabel(name: string, waypoints: readonly Point[]): Bounds {
    const size = labelSize(name, FLOW_LABEL_WIDTH);
    const a = waypoints[waypoints.length - 2];
    const b = waypoints[waypoints.length - 1];
    if (a.x === b.x) {
        // Vertical: right of the line, above a downward arrival or below an upward one.
        return { x: b.x + 6, y: b.y > a.y ? b.y - 6 - size.height : b.y + 6, ...size };
    }
    return { x: b.x - 4 - size.width, y: b.y - 4 - size.height, ...size };
}
