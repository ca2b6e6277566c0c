import { createTthcServices } from '@tthc/language';
import { formatTthcText } from '@tthc/language/formatting';
import { EmptyFileSystem } from 'langium';

/**
 * A formatter for the `.tthc` texts an import writes (the layout of `Format Document`), so that formatting an
 * imported file changes nothing; one parser for all the texts of a run, without the language server's layer. Each
 * text is parsed first: text of ours that does not parse is a bug of the import, thrown as such (the CLI reports it
 * in one line), never written.
 */
export function createImportFormatter(): (text: string, name: string) => string {
    const parser = createTthcServices(EmptyFileSystem).Tthc.parser.LangiumParser;
    return (text, name) => {
        const result = parser.parse(text);
        const problem = result.lexerErrors[0]?.message ?? result.parserErrors[0]?.message;
        if (problem !== undefined) {
            throw new Error(`tthc import wrote ${name} that does not parse (${problem}); please report it`);
        }
        return formatTthcText(result.value, text);
    };
}
