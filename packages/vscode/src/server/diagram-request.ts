import { lowerProcedure, type ProcedureModel } from '@tthc/compiler';
import { procedureSvg, stepNodeId, type DiagramDiagnostic } from '@tthc/diagram';
import { lspTexts, type LspTexts } from '@tthc/language/lsp';
import type { LangiumSharedCoreServices } from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import type { DiagramResult, ProcedureAtParams, Range } from '../protocol.js';
import { errorsWithin, procedureAt, type FoundProcedure } from './procedure-at.js';

const severities = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

/**
 * Answers `tthc/diagram`: lowers the procedure at the cursor as the compiler does and draws it with
 * the diagram package, its current diagnostics marked on the boxes. A procedure that cannot be
 * lowered yet (typing in progress, a reference not resolved) gets a reason instead; the view then
 * keeps its last good drawing.
 */
export async function diagramOf(shared: LangiumSharedCoreServices, params: ProcedureAtParams, token: CancellationToken, texts: LspTexts = lspTexts('en')): Promise<DiagramResult> {
    const found = await procedureAt(shared, params, token);
    if (!found) {
        return { kind: 'unavailable', reason: texts.text('request.noProcedure') };
    }
    const model = lowered(found, texts);
    if (typeof model === 'string') {
        return { kind: 'unavailable', procedure: found.procedure.name, reason: model };
    }
    const diagnostics = (found.document.diagnostics ?? []).map(d => diagramDiagnostic(d, model)).filter((d): d is DiagramDiagnostic => d !== undefined);
    const svg = await procedureSvg(model, { diagnostics });
    const nodes: Record<string, Range> = {};
    for (const step of model.steps) {
        nodes[stepNodeId(step.id)] = {
            start: { line: step.source.line - 1, character: step.source.column - 1 },
            end: { line: step.source.endLine - 1, character: step.source.endColumn - 1 }
        };
    }
    return { kind: 'diagram', procedure: model.id, svg, nodes, errors: errorsWithin(found).length };
}

/** The procedure's model, or why it cannot be drawn. */
function lowered(found: FoundProcedure, texts: LspTexts): ProcedureModel | string {
    try {
        return lowerProcedure(found.procedure);
    } catch {
        // Lowering expects a checked procedure: explain with the first error instead of the lowering's own words.
        const first = errorsWithin(found)[0] ?? (found.document.diagnostics ?? []).find(d => d.severity === 1);
        const name = `'${found.procedure.name}'`;
        return first
            ? texts.text('request.cannotDraw', { name, error: `${first.range.start.line + 1}:${first.range.start.character + 1} ${String(first.code ?? '')} ${first.message}` })
            : texts.text('request.notDrawable', { name });
    }
}

/** A diagnostic inside the procedure as the diagram marks it: on the step whose lines hold it. */
function diagramDiagnostic(diagnostic: Diagnostic, model: ProcedureModel): DiagramDiagnostic | undefined {
    const line = diagnostic.range.start.line + 1;
    const source = model.source;
    if (line < source.line || line > source.endLine) return undefined;
    const step = model.steps.find(s => line >= s.source.line && line <= s.source.endLine);
    const severity = severities[(diagnostic.severity ?? 1) as 1 | 2 | 3 | 4];
    return { ...(step ? { stepId: step.id } : {}), severity, message: `${String(diagnostic.code ?? '')}: ${diagnostic.message}` };
}
