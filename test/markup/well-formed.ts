import { JSDOM } from 'jsdom';

const { DOMParser } = new JSDOM('').window;

/**
 * Parses `text` as XML with jsdom's strict XML 1.0 parser (no xmllint needed) and returns the
 * document; throws with the parser's message when it is not well-formed.
 */
export function parseWellFormed(text: string): Document {
    const document = new DOMParser().parseFromString(text, 'application/xml');
    const error = document.getElementsByTagName('parsererror')[0];
    if (error) {
        throw new Error(`not well-formed XML: ${error.textContent}`);
    }
    return document;
}
