import { createTthcLspServices } from '@tthc/language/lsp';
import { EmptyFileSystem, TextDocument, URI } from 'langium';

/**
 * Formats .tthc texts with the language's own formatter (the editor's "Format Document"), so that formatting an
 * imported file again changes nothing. One set of services for all the texts of a run.
 */
export function createTthcFormatter(): (text: string, name: string) => Promise<string> {
    const { shared, Tthc } = createTthcLspServices(EmptyFileSystem);
    const formatter = Tthc.lsp.Formatter!;
    let count = 0;
    return async (text, name) => {
        const uri = URI.parse(`memory:///import/${count++}/${encodeURIComponent(name)}`);
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        const edits = await formatter.formatDocument(document, { textDocument: { uri: uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
        return TextDocument.applyEdits(TextDocument.create(uri.toString(), 'tthc', 0, text), edits);
    };
}
