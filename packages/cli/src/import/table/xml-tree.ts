import { SaxesParser } from 'saxes';
import { TableReadError } from './table-model.js';

/** An XML element with its attributes, children and text, and where it starts (1-based line and column). */
export interface XmlElement {
    readonly name: string;
    readonly attributes: Readonly<Record<string, string>>;
    readonly children: XmlNode[];
    readonly line: number;
    readonly column: number;
}

/** A child: an element or a run of text. */
export type XmlNode = XmlElement | string;

/**
 * Parses `text` (the archive entry `entry`) into a tree. Ill-formed XML throws a `TableReadError` naming the entry,
 * line and column; DTDs are refused (an Office part never has one, and entities must not expand).
 */
export function parseXml(text: string, entry: string): XmlElement {
    const parser = new SaxesParser({ position: true });
    const root: XmlElement = { name: '#document', attributes: {}, children: [], line: 1, column: 1 };
    const stack: XmlElement[] = [root];
    const fail = (detail: string): never => {
        throw new TableReadError({ kind: 'bad-xml', entry, line: parser.line, column: parser.column, detail });
    };
    parser.on('error', error => fail(error.message.replace(/^[^:]*:\d+:\d+: /u, '')));
    parser.on('doctype', () => fail('a document type declaration is not allowed'));
    parser.on('opentag', tag => {
        const attributes: Record<string, string> = {};
        for (const [name, value] of Object.entries(tag.attributes)) {
            attributes[name] = typeof value === 'string' ? value : value.value;
        }
        const element: XmlElement = { name: tag.name, attributes, children: [], line: parser.line, column: parser.column };
        stack[stack.length - 1].children.push(element);
        if (!tag.isSelfClosing) stack.push(element);
    });
    parser.on('closetag', tag => {
        if (!tag.isSelfClosing) stack.pop();
    });
    parser.on('text', value => stack[stack.length - 1].children.push(value));
    parser.on('cdata', value => stack[stack.length - 1].children.push(value));
    parser.write(text).close();
    const top = root.children.find((child): child is XmlElement => typeof child !== 'string');
    if (!top) fail('no root element');
    return top!;
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
