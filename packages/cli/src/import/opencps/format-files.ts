import { createTthcServices } from '@tthc/language';
import { formatTthcText } from '@tthc/language/formatting';
import { EmptyFileSystem } from 'langium';
import type { WorkspaceFile } from './map-bundle.js';

/**
 * The files run through the language's formatter (the layout of `Format Document`), so that formatting an
 * imported file changes nothing. Each is parsed first: text of ours that does not parse is a bug of the import,
 * thrown as such (the CLI reports it in one line), never written.
 */
export function formatFiles(files: readonly WorkspaceFile[]): WorkspaceFile[] {
    const { Tthc } = createTthcServices(EmptyFileSystem);
    const parser = Tthc.parser.LangiumParser;
    return files.map(file => {
        const result = parser.parse(file.text);
        const problem = result.lexerErrors[0]?.message ?? result.parserErrors[0]?.message;
        if (problem !== undefined) {
            throw new Error(`tthc import wrote ${file.path} that does not parse (${problem}); please report it`);
        }
        return { path: file.path, text: formatTthcText(result.value, file.text) };
    });
}
