import { parseXmlTree, XmlSyntaxError, type XmlElement } from '../xml-tree.js';
import { TableReadError } from './table-model.js';

export { child, elements, textOf, type XmlElement, type XmlNode } from '../xml-tree.js';

/**
 * Parses the XML of the archive entry `entry` (a .docx or .xlsx part) with the importers' parser
 * (`../xml-tree.ts`). Ill-formed XML or a document type declaration throws a `TableReadError` naming the entry,
 * line and column.
 */
export function parseXml(text: string, entry: string): XmlElement {
    try {
        return parseXmlTree(text);
    } catch (error) {
        if (error instanceof XmlSyntaxError) {
            throw new TableReadError({ kind: 'bad-xml', entry, line: error.line, column: error.column, detail: error.reason });
        }
        throw error;
    }
}
