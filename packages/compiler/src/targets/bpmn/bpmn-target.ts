/**
 * The `bpmn` target: one BPMN 2.0 file per procedure, `processes/<code>.bpmn`, with a collaboration
 * (the procedure's pool with a lane per responsible unit, a black-box pool per hand-over partner),
 * and a laid-out diagram, for bpmn.io viewers, the Camunda Modeler and workflow engines. See
 * docs/bpmn-target.md for the mapping.
 */
import type { ProvinceBuild } from '../../model/procedure-model.js';
import { safeFileName } from '../safe-file-name.js';
import type { OutputFile, Target } from '../target.js';
import { buildProcessGraph } from './bpmn-graph.js';
import { idPart } from './bpmn-ids.js';
import { layoutDiagram } from './bpmn-layout.js';
import { writeBpmnXml } from './bpmn-xml.js';

/** The `bpmn` target. */
export const bpmnTarget: Target = {
    name: 'bpmn',
    description: 'BPMN 2.0 XML per procedure, with lanes per unit and a laid-out diagram (bpmn.io, Camunda Modeler)',
    compile: compileBpmn
};

/** Compiles every procedure of the build, in the build's order (by code). */
export function compileBpmn(build: ProvinceBuild): OutputFile[] {
    const files: OutputFile[] = [];
    const used = new Set<string>();
    const targetNamespace = `urn:tthc:${idPart(build.province.id)}`;
    for (const procedure of build.procedures) {
        const graph = buildProcessGraph(build, procedure);
        const layout = layoutDiagram(graph);
        files.push({ path: uniquePath(used, procedure.code, procedure.id), content: writeBpmnXml(graph, layout, targetNamespace) });
    }
    return files;
}

// Codes are unique in a checked build; should two still share a file name, the second one gets its
// procedure name added rather than overwriting the first.
function uniquePath(used: Set<string>, code: string, name: string): string {
    let base = safeFileName(code);
    if (used.has(base)) {
        base = safeFileName(`${code}-${name}`);
    }
    for (let n = 2; used.has(base); n++) {
        base = safeFileName(`${code}-${name}-${n}`);
    }
    used.add(base);
    return `processes/${base}.bpmn`;
}
