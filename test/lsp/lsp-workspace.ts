import type { TthcLanguage } from '@tthc/language';
import { createTthcLspServices, fixedClock, type TthcLspServices } from '@tthc/language/lsp';
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
export async function lspWorkspace(
    files: Record<string, string> = { 'catalogue.tthc': CATALOGUE, 'procedure.tthc': PROCEDURE }, options: { language?: TthcLanguage } = {}
): Promise<LspWorkspace> {
    const { services, uri, fileSystem } = await open(files, WORKSPACE, options.language);
    const builder = services.shared.workspace.DocumentBuilder;
    return {
        services,
        uri,
        document: path => {
            const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri(path)));
            if (!document) throw new Error(`No document at ${path}.`);
            return document;
        },
        write: async (path, text) => {
            fileSystem.insert(uri(path), text);
            await builder.update([URI.parse(uri(path))], []);
        }
    };
}

/**
 * LSP services holding the other files of a project (the catalogue, by default), for langium/test's
 * `expectCompletion`, `expectHover`, `expectSymbols`…: pass them `parseOptions: { documentUri: uri(path) }` so
 * that the file under test joins the project beside these files. `testCodeAction` parses twice (before and after
 * the fix) under its own URIs (`file:///1.tthc`, …): give it `root` `file:///` so that they share the project.
 */
export async function lspServicesWith(
    files: Record<string, string> = { 'catalogue.tthc': CATALOGUE }, root = WORKSPACE, options: { language?: TthcLanguage; now?: string } = {}
): Promise<{ services: TthcLspServices; uri: (path: string) => string }> {
    const { services, uri } = await open(files, root, options.language, options.now);
    return { services, uri };
}

const WORKSPACE = 'file:///ws/';

/** "Now" for every test of the editor's features: Monday 7 December 2026, 09:12 in Vietnam. */
export const TEST_NOW = '2026-12-07T09:12+07:00';

/** Fresh LSP services over a virtual file system holding `files` under `root`, parsed and built with validation. */
async function open(files: Record<string, string>, root: string, language?: TthcLanguage, now = TEST_NOW): Promise<{ services: TthcLspServices; uri: (path: string) => string; fileSystem: VirtualFileSystemProvider }> {
    const uri = (path: string): string => `${root}${path}`;
    const fileSystem = new VirtualFileSystemProvider();
    const services = createTthcLspServices({ fileSystemProvider: () => fileSystem }, { language, clock: fixedClock(now) }).Tthc;
    const parse = parseHelper(services);
    const documents: LangiumDocument[] = [];
    for (const [path, text] of Object.entries(files)) {
        fileSystem.insert(uri(path), text);
        documents.push(await parse(text, { documentUri: uri(path), validation: false }));
    }
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services, uri, fileSystem };
}

/** The text of a document after applying LSP text edits (for formatting, rename and quick-fix tests). */
export function applyEdits(text: string, edits: ReadonlyArray<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x.tthc', 'tthc', 0, text), edits.map(e => ({ range: e.range, newText: e.newText })));
}
