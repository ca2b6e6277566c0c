import { isTthcFile } from '@tthc/language';
import { lensTitles, lspTexts, procedureTimeSummary, type LspTexts } from '@tthc/language/lsp';
import { DocumentState, URI, type LangiumSharedCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { TimeSummary } from '../protocol.js';

/**
 * Answers `tthc/timeSummaries`: the planned-against-statutory summary of each procedure of a document
 * (the code lens's numbers), so the extension can mark the procedures that are over in red.
 */
export async function timeSummariesOf(shared: LangiumSharedCoreServices, params: { uri: string }, token: CancellationToken, texts: LspTexts = lspTexts('en')): Promise<TimeSummary[]> {
    const uri = URI.parse(params.uri);
    if (!shared.workspace.LangiumDocuments.hasDocument(uri)) return [];
    await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
    const root = shared.workspace.LangiumDocuments.getDocument(uri)?.parseResult.value;
    if (!isTthcFile(root)) return [];
    return root.procedures.flatMap(procedure => {
        const summary = procedureTimeSummary(procedure, texts);
        if (summary.line === undefined) return [];
        const over = lensTitles(summary, texts).filter(title => title.startsWith('⚠'));
        return [{ procedure: procedure.name, line: summary.line, over: summary.over, text: over.join('; ').replace(/^⚠ /, '') }];
    });
}
