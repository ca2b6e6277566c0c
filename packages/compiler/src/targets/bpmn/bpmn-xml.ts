/**
 * Writes a process graph and its layout as a BPMN 2.0 XML document, with the compiler's XML builder: every text
 * goes in as an attribute value or a text node and is escaped by the library, never spliced into
 * markup. Element order follows the BPMN schema (documentation first, then incoming and outgoing),
 * and attribute order is fixed, so the text is a function of the graph alone.
 */
import { createXml, type XmlElement as XMLBuilder } from '../../xml/xml-builder.js';
import type { FlowNode, ProcessGraph } from './bpmn-graph.js';
import type { DiagramLayout, EdgeLayout } from './bpmn-layout.js';
import type { Bounds } from './shapes.js';

const BPMN = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const BPMNDI = 'http://www.omg.org/spec/BPMN/20100524/DI';
const DC = 'http://www.omg.org/spec/DD/20100524/DC';
const DI = 'http://www.omg.org/spec/DD/20100524/DI';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** The BPMN document of one procedure, ending with a line feed. */
export function writeBpmnXml(graph: ProcessGraph, layout: DiagramLayout, targetNamespace: string): string {
    const doc = createXml();
    const definitions = doc.ele(BPMN, 'bpmn:definitions', {
        'xmlns:bpmn': BPMN,
        'xmlns:bpmndi': BPMNDI,
        'xmlns:dc': DC,
        'xmlns:di': DI,
        'xmlns:xsi': XSI,
        id: graph.definitionsId,
        targetNamespace,
        exporter: 'tthc'
    });

    const collaboration = bpmn(definitions, 'collaboration', { id: graph.collaborationId });
    documentation(bpmn(collaboration, 'participant', { id: graph.participantId, name: graph.name, processRef: graph.processId }), graph.documentation);
    for (const partner of graph.partners) {
        documentation(bpmn(collaboration, 'participant', { id: partner.id, name: partner.name }), partner.documentation);
    }
    for (const message of graph.messages) {
        bpmn(collaboration, 'messageFlow', { id: message.id, name: message.name, sourceRef: message.source, targetRef: message.target });
    }

    const process = bpmn(definitions, 'process', { id: graph.processId, name: graph.name, isExecutable: 'false' });
    documentation(process, graph.documentation);
    const laneSet = bpmn(process, 'laneSet', { id: graph.laneSetId });
    for (const lane of graph.lanes) {
        const element = bpmn(laneSet, 'lane', { id: lane.id, name: lane.name });
        documentation(element, lane.documentation);
        for (const node of lane.nodes) {
            bpmn(element, 'flowNodeRef').txt(node);
        }
    }
    for (const node of graph.nodes) {
        writeFlowNode(process, node);
    }
    for (const flow of graph.flows) {
        const element = bpmn(process, 'sequenceFlow', { id: flow.id, ...(flow.name === undefined ? {} : { name: flow.name }), sourceRef: flow.source, targetRef: flow.target });
        if (flow.condition !== undefined) {
            bpmn(element, 'conditionExpression', { 'xsi:type': 'bpmn:tFormalExpression' }).txt(flow.condition);
        }
    }

    const diagram = definitions.ele(BPMNDI, 'bpmndi:BPMNDiagram', { id: `BPMNDiagram_${graph.collaborationId}` });
    const plane = diagram.ele(BPMNDI, 'bpmndi:BPMNPlane', { id: `BPMNPlane_${graph.collaborationId}`, bpmnElement: graph.collaborationId });
    shape(plane, graph.participantId, layout.participant, { isHorizontal: 'true' });
    for (const partner of graph.partners) {
        shape(plane, partner.id, layout.partners.get(partner.id) as Bounds, { isHorizontal: 'true' });
    }
    for (const lane of graph.lanes) {
        shape(plane, lane.id, layout.lanes.get(lane.id) as Bounds, { isHorizontal: 'true' });
    }
    for (const node of graph.nodes) {
        const placed = layout.nodes.get(node.id);
        if (placed === undefined) continue;
        shape(plane, node.id, placed.bounds, node.kind === 'exclusiveGateway' ? { isMarkerVisible: 'true' } : {}, placed.label);
    }
    for (const flow of graph.flows) {
        edge(plane, flow.id, layout.flows.get(flow.id));
    }
    for (const message of graph.messages) {
        edge(plane, message.id, layout.messages.get(message.id));
    }

    return `${doc.end()}\n`;
}

function writeFlowNode(process: XMLBuilder, node: FlowNode): void {
    const attributes: Record<string, string> = { id: node.id };
    if (node.name !== undefined) attributes.name = node.name;
    if (node.defaultFlow !== undefined) attributes.default = node.defaultFlow;
    const element = bpmn(process, node.kind, attributes);
    if (node.documentation !== undefined) documentation(element, node.documentation);
    for (const flow of node.incoming) bpmn(element, 'incoming').txt(flow);
    for (const flow of node.outgoing) bpmn(element, 'outgoing').txt(flow);
}

function bpmn(parent: XMLBuilder, name: string, attributes: Record<string, string> = {}): XMLBuilder {
    return parent.ele(BPMN, `bpmn:${name}`, attributes);
}

function documentation(parent: XMLBuilder, text: string): void {
    bpmn(parent, 'documentation').txt(text);
}

function shape(plane: XMLBuilder, element: string, box: Bounds, flags: Record<string, string>, label?: Bounds): void {
    const node = plane.ele(BPMNDI, 'bpmndi:BPMNShape', { id: `${element}_di`, bpmnElement: element, ...flags });
    bounds(node, box);
    if (label !== undefined) {
        bounds(node.ele(BPMNDI, 'bpmndi:BPMNLabel'), label);
    }
}

function edge(plane: XMLBuilder, element: string, layout: EdgeLayout | undefined): void {
    if (layout === undefined) return;
    const node = plane.ele(BPMNDI, 'bpmndi:BPMNEdge', { id: `${element}_di`, bpmnElement: element });
    for (const point of layout.waypoints) {
        node.ele(DI, 'di:waypoint', { x: num(point.x), y: num(point.y) });
    }
    if (layout.label !== undefined) {
        bounds(node.ele(BPMNDI, 'bpmndi:BPMNLabel'), layout.label);
    }
}

function bounds(parent: XMLBuilder, box: Bounds): void {
    parent.ele(DC, 'dc:Bounds', { x: num(box.x), y: num(box.y), width: num(box.width), height: num(box.height) });
}

// Whole units: the layout works in them, and `-0` or float noise would make output differ for nothing.
function num(value: number): string {
    const rounded = Math.round(value);
    return String(rounded === 0 ? 0 : rounded);
}
