import type { ValidationAcceptor } from 'langium';
import type { Procedure } from '../../generated/ast.js';
import { hasUnresolvedCase, isCaseTaken, stepGraphOf } from '../../semantics/procedure-graph.js';
import { report } from '../report.js';

/**
 * Parts and cases are declared for steps to use: a part no step joins (a subtotal with nothing
 * under it), a step with its own time in a part whose one time covers its steps, a case with no limit
 * to check its path against, a case that nothing leads into (see `isCaseTaken`).
 */
export function checkPartsAndCases(procedure: Procedure, accept: ValidationAcceptor): void {
    const joined = new Set(procedure.steps.map(step => step.part?.ref).filter(part => part !== undefined));
    // A step naming an unknown part may mean one of these: reported once, by the linker.
    const unresolvedPart = procedure.steps.some(step => step.part !== undefined && step.part.ref === undefined);
    for (const part of procedure.parts) {
        if (!unresolvedPart && !joined.has(part)) {
            report(accept, 'part-without-steps', { part: part.name }, { node: part, property: 'name' });
        }
    }
    for (const step of procedure.steps) {
        const part = step.part?.ref;
        if (part?.time && step.time) {
            report(accept, 'part-time-and-step-time', { step: step.name, part: part.name }, { node: step, property: 'time' });
        }
    }
    const graph = stepGraphOf(procedure);
    // A `when` naming an unknown case may be the one meant: reported once, by the linker.
    const unresolved = hasUnresolvedCase(graph);
    for (const c of procedure.cases) {
        if (!c.time && !c.total) {
            report(accept, 'case-without-limit', { case: c.name }, { node: c, property: 'name' });
        }
        if (!unresolved && !isCaseTaken(graph, c)) {
            report(accept, 'case-unused', { case: c.name }, { node: c, property: 'name' });
        }
    }
}
