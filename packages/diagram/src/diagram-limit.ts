/**
 * How large a procedure can be and still be drawn. Past a couple of hundred steps a diagram is
 * thousands of units wide and no one reads it: above the limit the SVG says so instead of drawing
 * (too-large-svg.ts), and the CLI reports it as an info line (its sentence is in the CLI's messages,
 * in the run's language).
 */
import type { ProcedureModel } from '@tthc/compiler';

/** The most steps a procedure may have to be drawn as a diagram (docs/diagram.md). */
export const DIAGRAM_STEP_LIMIT = 200;

/** Whether a procedure has more steps than a diagram can show. */
export function tooLargeToDraw(procedure: ProcedureModel): boolean {
    return procedure.steps.length > DIAGRAM_STEP_LIMIT;
}
