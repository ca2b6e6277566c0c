import { SaxesParser } from 'saxes';

/** An element of an XML document read from a bundle, with where it starts (1-based line and column). */
export interface XmlNode {
    readonly name: string;
    readonly line: number;
    readonly column: number;
    readonly children: XmlNode[];
    /** The element's own text (character data and CDATA), as written; entities resolved. */
    text: string;
}

/** A document that is not well-formed XML: the parser's reason and where it stopped. */
export class XmlSyntaxError extends Error {
    constructor(readonly reason: string, readonly line: number, readonly column: number) {
        super(reason);
    }
}

/**
 * Parses `text` into a tree of elements with positions (saxes, which tracks lines and columns as it reads).
 * Comments, processing instructions and attributes are left out: the import schema puts every value in an
 * element's text. A document type declaration is refused (no entity of ours is ever expanded).
 */
export function parseXml(text: string): XmlNode {
    const parser = new SaxesParser({ position: true });
    const stack: XmlNode[] = [];
    let root: XmlNode | undefined;
    let failure: XmlSyntaxError | undefined;
    // saxes reports the position after the tag's `>`; the start of the tag is what a reader looks for.
    let tagLine = 1;
    let tagColumn = 1;
    parser.on('opentagstart', () => {
        tagLine = parser.line;
        tagColumn = parser.column;
    });
    parser.on('opentag', tag => {
        const node: XmlNode = { name: tag.name, line: tagLine, column: Math.max(1, tagColumn - tag.name.length), children: [], text: '' };
        if (stack.length > 0) stack[stack.length - 1]!.children.push(node);
        else root = node;
        stack.push(node);
    });
    parser.on('text', chunk => {
        if (stack.length > 0) stack[stack.length - 1]!.text += chunk;
    });
    parser.on('cdata', chunk => {
        if (stack.length > 0) stack[stack.length - 1]!.text += chunk;
    });
    parser.on('closetag', () => {
        stack.pop();
    });
    parser.on('doctype', () => {
        failure ??= new XmlSyntaxError('a document type declaration (DOCTYPE) is not allowed', parser.line, parser.column + 1);
    });
    parser.on('error', error => {
        // saxes prefixes its message with `line:column: `; keep the reason only.
        failure ??= new XmlSyntaxError(error.message.replace(/^(\S*:)?\d+:\d+: /, ''), parser.line, parser.column + 1);
    });
    parser.write(text.startsWith('\uFEFF') ? text.slice(1) : text).close();
    if (failure) throw failure;
    if (!root) throw new XmlSyntaxError('no root element', 1, 1);
    return root;
}
