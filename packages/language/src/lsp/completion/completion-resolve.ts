import { DocumentState, isAstNode, ReadPriority, URI, type AstNode, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import type { CancellationToken, CompletionItem, Connection } from 'vscode-languageserver';

/**
 * Where the declaration a completion item names is, for `completionItem/resolve` to find it again: its
 * document and its path in the document's syntax tree (Langium's `AstNodeLocator`).
 */
export interface DeclarationAt {
    readonly uri: string;
    readonly path: string;
}

/**
 * The item's `data` as a place, if it is one. It comes back from the client, so it is checked, never
 * trusted: anything else is no place.
 */
export function declarationAt(data: unknown): DeclarationAt | undefined {
    if (typeof data !== 'object' || data === null) return undefined;
    const { uri, path } = data as Record<string, unknown>;
    return typeof uri === 'string' && typeof path === 'string' ? { uri, path } : undefined;
}

/**
 * The declaration at `place` in the documents the server holds, if it is still the one `label` names: the
 * document may have been edited since the list was made, and the path may then lead elsewhere or nowhere.
 * A position is listed by its qualified name (`UBNDXa.ChuTich`) and named `ChuTich` in its unit.
 */
export function declarationNamed(services: LangiumServices, document: LangiumDocument, place: DeclarationAt, label: string): AstNode | undefined {
    // A path from the client may lead to anything a property holds (`/constructor`): only a node counts.
    const found: unknown = services.workspace.AstNodeLocator.getAstNode(document.parseResult.value, place.path);
    const node = isAstNode(found) ? found : undefined;
    const name = node ? services.references.NameProvider.getName(node) : undefined;
    return name !== undefined && (label === name || label.endsWith(`.${name}`)) ? node : undefined;
}

/**
 * Answers `completionItem/resolve` (the language server advertises it: `TthcLanguageServer`): the item's
 * documentation, computed only for the item the user looks at instead of for every candidate of the
 * province. Only a document the server already holds is read (never the disk), once it is linked.
 */
export function addCompletionResolveHandler(connection: Connection, shared: LangiumSharedCoreServices): void {
    connection.onCompletionResolve(async (item, token) => {
        const place = declarationAt(item.data);
        if (!place) return item;
        let uri: URI;
        try {
            uri = URI.parse(place.uri);
        } catch {
            return item;
        }
        const documents = shared.workspace.LangiumDocuments;
        if (!documents.hasDocument(uri) || !shared.ServiceRegistry.hasServices(uri)) return item;
        await waitUntilLinked(shared, uri, token);
        if (token.isCancellationRequested) return item;
        const services = shared.ServiceRegistry.getServices(uri) as LangiumServices;
        const provider = services.lsp.CompletionProvider as Partial<CompletionItemResolver> | undefined;
        return shared.workspace.WorkspaceLock.read(() => {
            const document = documents.getDocument(uri);
            return document && provider?.resolveCompletionItem ? provider.resolveCompletionItem(item, document, place) : item;
        }, ReadPriority.Immediate);
    });
}

/** A completion provider that fills in an item's documentation when the client asks for it. */
export interface CompletionItemResolver {
    resolveCompletionItem(item: CompletionItem, document: LangiumDocument, place: DeclarationAt): CompletionItem;
}

async function waitUntilLinked(shared: LangiumSharedCoreServices, uri: URI, token: CancellationToken): Promise<void> {
    try {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Linked, uri, token);
    } catch {
        // Cancelled: the caller sees the token.
    }
}
