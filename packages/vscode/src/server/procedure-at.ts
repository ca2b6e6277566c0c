import { isTthcFile, type Procedure } from '@tthc/language';
import { DocumentState, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import type { ProcedureAtParams } from '../protocol.js';

/** A procedure with the document that holds it. */
export interface FoundProcedure {
    readonly document: LangiumDocument;
    readonly procedure: Procedure;
}

/**
 * The procedure of a document that `params` names or points at (see `ProcedureAtParams`); waits until
 * the document is validated so that the answer matches the diagnostics the editor shows.
 * `undefined` when the document is unknown or declares no procedure.
 */
export async function procedureAt(shared: LangiumSharedCoreServices, params: ProcedureAtParams, token: CancellationToken): Promise<FoundProcedure | undefined> {
    const uri = URI.parse(params.uri);
    const documents = shared.workspace.LangiumDocuments;
    if (!documents.hasDocument(uri)) return undefined;
    await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
    const document = documents.getDocument(uri);
    const root = document?.parseResult.value;
    if (!document || !isTthcFile(root) || root.procedures.length === 0) return undefined;
    const named = params.procedure === undefined ? undefined : root.procedures.find(p => p.name === params.procedure);
    const offset = params.position ? document.textDocument.offsetAt(params.position) : undefined;
    const atCursor = offset === undefined ? undefined : root.procedures.find(p => p.$cstNode && p.$cstNode.offset <= offset && offset <= p.$cstNode.end);
    return { document, procedure: named ?? atCursor ?? root.procedures[0] };
}

/** The error diagnostics of the document that start within the procedure's lines. */
export function errorsWithin(found: FoundProcedure): Diagnostic[] {
    const range = found.procedure.$cstNode?.range;
    if (!range) return [];
    return (found.document.diagnostics ?? []).filter(d => d.severity === 1 && d.range.start.line >= range.start.line && d.range.start.line <= range.end.line);
}
