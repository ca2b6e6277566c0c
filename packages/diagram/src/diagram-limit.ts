/**
 * How large a procedure can be and still be drawn. Past a couple of hundred steps a diagram is
 * thousands of units wide and no one reads it: above the limit the SVG says so instead of drawing
 * (too-large-svg.ts), and the CLI reports it as an info line (the sentence is here, the package's
 * one place for English text a user reads).
 */
import type { ProcedureModel } from '@tthc/compiler';

/** The most steps a procedure may have to be drawn as a diagram (docs/diagram.md). */
export const DIAGRAM_STEP_LIMIT = 200;

/** Whether a procedure has more steps than a diagram can show. */
export function tooLargeToDraw(procedure: ProcedureModel): boolean {
    return procedure.steps.length > DIAGRAM_STEP_LIMIT;
}

/** The info line for a procedure too large to draw: what happened and where to read it instead. */
export function tooLargeToDrawMessage(procedure: ProcedureModel): string {
    return `Procedure '${procedure.id}' has ${procedure.steps.length} steps, more than the ${DIAGRAM_STEP_LIMIT} a diagram can show: `
        + 'its diagram only says so; read its steps in the table target (tthc build --target table), or split it into smaller procedures.';
}
