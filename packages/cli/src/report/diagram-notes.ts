import type { ProcedureModel } from '@tthc/compiler';
import { DIAGRAM_STEP_LIMIT, tooLargeToDraw } from '@tthc/diagram';
import { showControls } from '@tthc/language';
import { fileURLToPath } from 'node:url';
import { cliMessages } from '../cli-messages.js';
import { displayPath } from '../commands/check.js';

/**
 * Info lines for the procedures whose diagram only says they are too large to draw
 * (`DIAGRAM_STEP_LIMIT`), in the findings' format: `file:line:column info message`. Empty when
 * every procedure can be drawn.
 */
export function tooLargeNotes(procedures: readonly ProcedureModel[]): string {
    return procedures.filter(tooLargeToDraw).map(p => {
        const where = p.source.uri.startsWith('file:') ? displayPath(fileURLToPath(p.source.uri)) : p.source.uri;
        return `${showControls(where)}:${p.source.line}:${p.source.column} info ${cliMessages.tooLargeToDraw(p.id, p.steps.length, DIAGRAM_STEP_LIMIT)}\n`;
    }).join('');
}
