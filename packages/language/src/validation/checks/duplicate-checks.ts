import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import type { Procedure, TthcFile } from '../../generated/ast.js';
import { globalDeclarationsOf, normaliseCode, type TthcDeclarations } from '../../workspace/declarations.js';
import type { TthcProjects } from '../../workspace/projects.js';
import { report } from '../report.js';

/**
 * Names and procedure codes that must be unique across a project's files. Each document reports
 * its own copies; the document builder revalidates the other copies' documents when one changes.
 */
export function workspaceDuplicateChecks(projects: TthcProjects, declarations: TthcDeclarations) {
    return (file: TthcFile, accept: ValidationAcceptor): void => {
        const document = AstUtils.getDocument(file);
        const project = projects.projectOf(document.uri);
        for (const { name, node } of globalDeclarationsOf(document)) {
            const count = declarations.withName(project, name).length;
            if (count > 1) {
                report(accept, 'duplicate-name', { name, count }, { node, property: 'name' });
            }
        }
        // A member of a group of procedures has its own record and code, counted with the procedures'.
        for (const record of file.procedures.flatMap(procedure => [procedure, ...procedure.members])) {
            if (record.code === undefined) continue;
            const count = declarations.withCode(project, normaliseCode(record.code)).length;
            if (count > 1) {
                report(accept, 'duplicate-code', { code: record.code, count }, { node: record, property: 'code' });
            }
        }
    };
}

/** Steps, a procedure's own forms, its cases, parts, bodies and members are unique within the procedure (each kind apart). */
export function checkLocalDuplicates(procedure: Procedure, accept: ValidationAcceptor): void {
    reportRepeats(procedure.steps, accept);
    reportRepeats(procedure.forms, accept);
    // A second case, part or body of one name would never be referred to: the first one takes every reference.
    reportRepeats(procedure.cases, accept);
    reportRepeats(procedure.parts, accept);
    reportRepeats(procedure.bodies, accept);
    reportRepeats(procedure.members, accept);
}

function reportRepeats(nodes: ReadonlyArray<AstNode & { name: string }>, accept: ValidationAcceptor): void {
    const counts = new Map<string, number>();
    nodes.forEach(node => counts.set(node.name, (counts.get(node.name) ?? 0) + 1));
    for (const node of nodes) {
        const count = counts.get(node.name)!;
        if (count > 1) {
            report(accept, 'duplicate-name', { name: node.name, count }, { node, property: 'name' });
        }
    }
}
