import { createTthcLspServices, type TthcLspServices } from '@tthc/language/lsp';
import { URI, type LangiumDocument } from 'langium';
import { parseHelper, VirtualFileSystemProvider } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CATALOGUE, PROCEDURE, unmark, type Marked } from '../language/check-helper.js';

export { CATALOGUE, PROCEDURE, unmark, type Marked };

/** A workspace under `file:///ws/` with the language server's services (editor features included). */
export interface LspWorkspace {
    readonly services: TthcLspServices;
    /** The current document of a path (a change replaces the document object). */
    document(path: string): LangiumDocument;
    /** The `file:///ws/…` URI string of a path. */
    uri(path: string): string;
    /** Writes a file (new or changed) and lets the builder update the workspace. */
    write(path: string, text: string): Promise<void>;
}

/**
 * A fresh, validated workspace with LSP services holding the given files (`catalogue.tthc` and
 * `procedure.tthc` by default: the clean fixtures of the language tests).
 *
 * langium/test's `expect*` helpers parse the one document under test, alone; a TTHC procedure links to the
 * catalogue of its project, so a test passes the other files of the project here (see {@link lspServicesWith})
 * and lets the langium/test helper add the file under test, or, for features that span files (rename, quick
 * fixes that edit the catalogue, the outline of several files), asks the services of this workspace directly.
 */
export async function lspWorkspace(files: Record<string, string> = { 'catalogue.tthc': CATALOGUE, 'procedure.tthc': PROCEDURE }): Promise<LspWorkspace> {
    const fileSystem = new VirtualFileSystemProvider();
    const services = createTthcLspServices({ fileSystemProvider: () => fileSystem }).Tthc;
    const parse = parseHelper(services);
    const documents: LangiumDocument[] = [];
    for (const [path, text] of Object.entries(files)) {
        fileSystem.insert(uriOf(path), text);
        documents.push(await parse(text, { documentUri: uriOf(path), validation: false }));
    }
    const builder = services.shared.workspace.DocumentBuilder;
    await builder.build(documents, { validation: true });
    return {
        services,
        uri: uriOf,
        document: path => {
            const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uriOf(path)));
            if (!document) throw new Error(`No document at ${path}.`);
            return document;
        },
        write: async (path, text) => {
            fileSystem.insert(uriOf(path), text);
            await builder.update([URI.parse(uriOf(path))], []);
        }
    };
}

/**
 * LSP services holding the other files of a project (the catalogue, by default), for langium/test's
 * `expectCompletion`, `expectHover`, `expectSymbols`…: pass them `parseOptions: { documentUri: uri(path) }` so
 * that the file under test joins the project beside these files.
 */
export async function lspServicesWith(files: Record<string, string> = { 'catalogue.tthc': CATALOGUE }): Promise<{ services: TthcLspServices; uri: (path: string) => string }> {
    const { services } = await lspWorkspace(files);
    return { services, uri: uriOf };
}

function uriOf(path: string): string {
    return `file:///ws/${path}`;
}

/** The text of a document after applying LSP text edits (for formatting, rename and quick-fix tests). */
export function applyEdits(text: string, edits: ReadonlyArray<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x.tthc', 'tthc', 0, text), edits.map(e => ({ range: e.range, newText: e.newText })));
}
