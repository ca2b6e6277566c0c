import { SaxesParser } from 'saxes';

/** An XML element with its attributes, children and where its tag starts (1-based line and column). */
export interface XmlElement {
    readonly name: string;
    readonly attributes: Readonly<Record<string, string>>;
    readonly children: XmlNode[];
    readonly line: number;
    readonly column: number;
}

/** A child: an element or a run of text (character data or CDATA, entities resolved). */
export type XmlNode = XmlElement | string;

/**
 * A document that is not well-formed XML, or that declares a document type: the parser's reason and where it
 * stopped (saxes's line, and its column, 0-based, just after the character it stopped at).
 */
export class XmlSyntaxError extends Error {
    constructor(readonly reason: string, readonly line: number, readonly column: number) {
        super(reason);
    }
}

/**
 * Parses `text` into a tree of elements with positions (saxes, which tracks lines and columns as it reads), for
 * both importers: the OpenCPS bundle's documents and the parts of a .docx or .xlsx. A byte order mark is skipped;
 * comments and processing instructions are left out; a document type declaration is refused, so that no entity of
 * a document is ever expanded. The first fault throws an `XmlSyntaxError`.
 */
export function parseXmlTree(text: string): XmlElement {
    const parser = new SaxesParser({ position: true });
    const root: XmlElement = { name: '#document', attributes: {}, children: [], line: 1, column: 1 };
    const stack: XmlElement[] = [root];
    let failure: XmlSyntaxError | undefined;
    // saxes reports the position after the tag's `>`; the start of the tag is what a reader looks for.
    let tagLine = 1;
    let tagColumn = 1;
    parser.on('opentagstart', () => {
        tagLine = parser.line;
        tagColumn = parser.column;
    });
    parser.on('opentag', tag => {
        const attributes: Record<string, string> = {};
        for (const [name, value] of Object.entries(tag.attributes)) attributes[name] = typeof value === 'string' ? value : value.value;
        const element: XmlElement = { name: tag.name, attributes, children: [], line: tagLine, column: Math.max(1, tagColumn - tag.name.length) };
        stack[stack.length - 1]!.children.push(element);
        if (!tag.isSelfClosing) stack.push(element);
    });
    parser.on('closetag', tag => {
        if (!tag.isSelfClosing) stack.pop();
    });
    parser.on('text', value => stack[stack.length - 1]!.children.push(value));
    parser.on('cdata', value => stack[stack.length - 1]!.children.push(value));
    parser.on('doctype', () => {
        failure ??= new XmlSyntaxError('a document type declaration (DOCTYPE) is not allowed', parser.line, parser.column);
    });
    parser.on('error', error => {
        // saxes prefixes its message with `line:column: `; keep the reason only.
        failure ??= new XmlSyntaxError(error.message.replace(/^(\S*:)?\d+:\d+: /, ''), parser.line, parser.column);
    });
    parser.write(text.startsWith('\uFEFF') ? text.slice(1) : text).close();
    if (failure) throw failure;
    const top = elements(root)[0];
    if (!top) throw new XmlSyntaxError('no root element', 1, 0);
    return top;
}

/** The element children of `element`, optionally only those named `name`. */
export function elements(element: XmlElement, name?: string): XmlElement[] {
    return element.children.filter((child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name));
}

/** The first element child named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
    return element ? elements(element, name)[0] : undefined;
}

/** All text below `element`, in order. */
export function textOf(element: XmlElement): string {
    return element.children.map(c => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** The text directly inside `element` (not its children's), in order: the value of a leaf of an import schema. */
export function ownText(element: XmlElement): string {
    return element.children.filter((c): c is string => typeof c === 'string').join('');
}
