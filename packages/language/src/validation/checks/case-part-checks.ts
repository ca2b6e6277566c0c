import type { ValidationAcceptor } from 'langium';
import type { Procedure } from '../../generated/ast.js';
import { report } from '../report.js';

/**
 * Parts and cases are declared for steps to use: a part no step joins (a subtotal with nothing
 * under it), a step with its own time in a part whose one time covers its steps, a case with no limit
 * to check its path against, a case no transition leads into.
 */
export function checkPartsAndCases(procedure: Procedure, accept: ValidationAcceptor): void {
    const joined = new Set(procedure.steps.map(step => step.part?.ref).filter(part => part !== undefined));
    for (const part of procedure.parts) {
        if (!joined.has(part)) {
            report(accept, 'part-without-steps', { part: part.name }, { node: part, property: 'name' });
        }
    }
    for (const step of procedure.steps) {
        const part = step.part?.ref;
        if (part?.time && step.time) {
            report(accept, 'part-time-and-step-time', { step: step.name, part: part.name }, { node: step, property: 'time' });
        }
    }
    const used = new Set(procedure.steps.flatMap(step => step.transitions.map(t => t.case?.ref)).filter(c => c !== undefined));
    for (const c of procedure.cases) {
        if (!c.time && !c.total) {
            report(accept, 'case-without-limit', { case: c.name }, { node: c, property: 'name' });
        }
        if (!c.start && !used.has(c)) {
            report(accept, 'case-unused', { case: c.name }, { node: c, property: 'name' });
        }
    }
}
