import { DefaultLangiumDocuments, isOperationCancelled, type LangiumDocument, type URI } from 'langium';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { fileNotReadable } from './file-messages.js';
import { FileAccessRefused } from './workspace-file-system.js';

/**
 * Langium's documents, answering a request about a document the server does not hold and cannot load
 * with an LSP error that says why, instead of the file system's own error (which Langium's request
 * handlers pass on as an internal error with its raw text, such as `ENOENT: no such file …`).
 */
export class WorkspaceDocuments extends DefaultLangiumDocuments {
    override async getOrCreateDocument(uri: URI, cancellationToken?: CancellationToken): Promise<LangiumDocument> {
        const known = this.getDocument(uri);
        if (known) return known;
        try {
            return await super.getOrCreateDocument(uri, cancellationToken);
        } catch (error) {
            if (isOperationCancelled(error) || error instanceof ResponseError) throw error;
            const message = error instanceof FileAccessRefused ? error.message : fileNotReadable(uri);
            throw new ResponseError(LSPErrorCodes.RequestFailed, message);
        }
    }
}
