/**
 * A small XML builder for the targets: build a tree with `ele`, `att`, `txt`, `com` and `up`, then
 * `end()` serialises it, pretty-printed with two spaces. It has the methods and prints the same text
 * as xmlbuilder2 did for our documents (the golden files prove it), at a fraction of the cost:
 * xmlbuilder2 builds a full DOM with namespace algorithms, about 4 µs an element, which made
 * `tthc build` three times slower than the check for 1,000 procedures (docs/performance.md).
 *
 * Text and attribute values are escaped by the compiler's one sanitiser (`markup/markup-text.ts`):
 * characters XML cannot carry become U+FFFD. Names are not source text: they come from the targets'
 * own code, and are checked against a conservative pattern.
 */

type AttributeValue = string | number | boolean;
type Attributes = Readonly<Record<string, AttributeValue | undefined>>;
type Child = XmlElement | { readonly text: string } | { readonly comment: string };

import { escapeMarkupAttribute, escapeMarkupText } from '../markup/markup-text.js';

const NAME = /^[A-Za-z_][A-Za-z0-9._-]*(:[A-Za-z_][A-Za-z0-9._-]*)?$/;

// Names repeat endlessly (the same few dozen element and attribute names): check each once.
const checkedNames = new Set<string>();
function checkName(name: string): string {
    if (!checkedNames.has(name)) {
        if (!NAME.test(name)) {
            throw new Error(`'${name}' is not an XML name this builder writes`);
        }
        checkedNames.add(name);
    }
    return name;
}

/** Something elements can be added to: a document or an element. */
abstract class XmlContainer {
    readonly children: Child[] = [];

    /**
     * Adds a child element and returns it: `ele(name)`, `ele(name, attributes)`, or, as in xmlbuilder2,
     * `ele(namespace, qualifiedName, attributes)`; the namespace is declared by the caller with an
     * `xmlns:` attribute on the root, so it is not needed here.
     */
    ele(first: string, second?: string | Attributes, third?: Attributes): XmlElement {
        const [name, attributes] = typeof second === 'string' ? [second, third] : [first, second];
        const element = new XmlElement(checkName(name), this);
        for (const [key, value] of Object.entries(attributes ?? {})) {
            if (value !== undefined) element.att(key, value);
        }
        this.children.push(element);
        return element;
    }

    /** Adds a comment. The text must not contain `--` (comments are the targets' own, never source text). */
    com(text: string): this {
        if (text.includes('--')) {
            throw new Error('an XML comment cannot contain --');
        }
        this.children.push({ comment: text });
        return this;
    }
}

/** An element under construction. */
export class XmlElement extends XmlContainer {
    readonly attributes: Array<[string, string]> = [];

    constructor(readonly name: string, readonly parent: XmlContainer) {
        super();
    }

    /** Sets an attribute. */
    att(name: string, value: AttributeValue): this {
        this.attributes.push([checkName(name), String(value)]);
        return this;
    }

    /** Adds text. */
    txt(text: string): this {
        this.children.push({ text });
        return this;
    }

    /** The parent element (or the document). */
    up(): XmlElement {
        return this.parent as XmlElement;
    }

    /** The whole document this element belongs to, as `XmlDocument.end` gives it. */
    end(): string {
        let node: XmlContainer = this.parent;
        while (node instanceof XmlElement) {
            node = node.parent;
        }
        return (node as XmlDocument).end();
    }
}

/** A document: an XML declaration, comments and one root element. */
export class XmlDocument extends XmlContainer {
    /** The document as text, pretty-printed with two spaces, without a final line feed. */
    end(): string {
        const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
        for (const child of this.children) {
            write(child, 0, out);
        }
        return out.join('\n');
    }
}

/** A new, empty document. */
export function createXml(): XmlDocument {
    return new XmlDocument();
}

const indents: string[] = [];
function write(node: Child, depth: number, out: string[]): void {
    const indent = (indents[depth] ??= '  '.repeat(depth));
    if ('comment' in node) {
        out.push(`${indent}<!--${node.comment}-->`);
        return;
    }
    if ('text' in node) {
        out.push(indent + escapeMarkupText(node.text));
        return;
    }
    let attributes = '';
    for (const [key, value] of node.attributes) {
        attributes += ` ${key}="${escapeMarkupAttribute(value)}"`;
    }
    const children = node.children;
    let onlyText = true;
    let text = '';
    for (const child of children) {
        if ('text' in child) {
            text += escapeMarkupText(child.text);
        } else {
            onlyText = false;
            break;
        }
    }
    if (onlyText && text === '') {
        out.push(`${indent}<${node.name}${attributes}/>`);
    } else if (onlyText) {
        out.push(`${indent}<${node.name}${attributes}>${text}</${node.name}>`);
    } else {
        out.push(`${indent}<${node.name}${attributes}>`);
        for (const child of children) {
            write(child, depth + 1, out);
        }
        out.push(`${indent}</${node.name}>`);
    }
}
