import { memoText } from '../../xml/memo-text.js';
import { replaceUnsafeCharacters } from '../../markup/markup-text.js';
import { createXml, type XmlElement as XmlBuilderElement } from '../../xml/xml-builder.js';

/** An element under construction. */
export type XmlElement = XmlBuilderElement;

// Most string fields of the OpenCPS import schema are `xsd:string` with `maxLength 255`; the longer ones
// (1000, 65535) are passed explicitly where they are written.
const DEFAULT_MAX_LENGTH = 255;

// The same titles come back in every procedure: clean each once.
const cleanField = memoText(text => {
    const nfc = text.normalize('NFC');
    const valid = replaceUnsafeCharacters(nfc);
    return (/\s\s|[^\S ]/.test(valid) ? valid.replace(/\s+/gu, ' ') : valid).trim();
});

/**
 * Source text as an OpenCPS field takes it: NFC, characters XML cannot carry as U+FFFD, whitespace runs
 * (line breaks included) as one space, and at most `max` characters, the schema's `maxLength`. A longer
 * text is cut with `…`. xmllint counts characters (code points), Java counts UTF-16 units: the cut keeps
 * the UTF-16 length within `max`, which satisfies both, and never splits a surrogate pair.
 */
export function fieldText(text: string, max = DEFAULT_MAX_LENGTH): string {
    const clean = cleanField(text);
    if (clean.length <= max) {
        return clean;
    }
    let cut = '';
    for (const char of clean) {
        if (cut.length + char.length > max - 1) {
            break;
        }
        cut += char;
    }
    return `${cut.trimEnd()}…`.normalize('NFC');
}

/** Appends `<name>text</name>`; the builder escapes `&`, `<` and `>` (so `]]>` cannot end anything). */
export function textField(parent: XmlElement, name: string, text: string, max = DEFAULT_MAX_LENGTH): void {
    parent.ele(name).txt(fieldText(text, max));
}

/** Appends an `xsd:int` (or `xsd:integer`) element. */
export function intField(parent: XmlElement, name: string, value: number): void {
    parent.ele(name).txt(String(Math.trunc(value)));
}

/** Appends an `xsd:boolean` element. */
export function boolField(parent: XmlElement, name: string, value: boolean): void {
    parent.ele(name).txt(value ? 'true' : 'false');
}

/**
 * A new document with an XML declaration (UTF-8), fixed comments before the root (never source text:
 * a comment cannot escape `--`) and the root element, which is returned.
 */
export function newDocument(root: string, comments: readonly string[]): XmlElement {
    const doc = createXml();
    for (const comment of comments) {
        doc.com(` ${comment} `);
    }
    return doc.ele(root);
}

/** The whole document of `element`, pretty-printed with two spaces, `\n` line ends and a final newline. */
export function serialize(element: XmlElement): string {
    // Every field went through `fieldText` (NFC); names, codes and comments are our own ASCII.
    return `${element.end()}\n`;
}
