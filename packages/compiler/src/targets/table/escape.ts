import { memoText } from '../../xml/memo-text.js';
import { hasUnusualCharacters } from '../../xml/unusual-characters.js';

// Characters XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE, U+FFFF), DEL and the C1
// controls: none belongs in a published table, and the first kind would make the page unreadable as XML.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
// Half of a surrogate pair on its own cannot be encoded in UTF-8.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A source text as part of one line of a table: NFC, every run of white space (line breaks included,
 * since texts may span lines in the source) as one space, and characters no page can carry as U+FFFD.
 * Not trimmed: spans are joined into lines, and the renderers trim whole lines.
 */
export const cleanText: (value: string) => string = memoText(value => {
    const nfc = value.normalize('NFC');
    const valid = hasUnusualCharacters(nfc) ? nfc.replace(LONE_SURROGATE, '\ufffd') : nfc;
    const oneLine = /[\t\n\r\u2028\u2029]/.test(valid) ? valid.replace(/[\t\n\r\u2028\u2029]+/g, ' ') : valid;
    const printable = hasUnusualCharacters(oneLine) ? oneLine.replace(CONTROL, '\ufffd') : oneLine;
    return /\s\s|[^\S ]/.test(printable) ? printable.replace(/\s+/g, ' ') : printable;
});

// Everything inline Markdown (CommonMark and GFM, GitHub's math included) could read as syntax:
// emphasis, code, links and images, raw HTML and autolinks, entities, strikethrough, table cells,
// math, and the closing `#` of a heading. A backslash escapes any ASCII punctuation.
const MARKDOWN_ACTIVE = /[\\`*_[\]<>&|~#$]/g;

/**
 * A text as literal inline Markdown: cleaned, then every Markdown-active character backslash-escaped,
 * `|` included, so that it can stand in a GFM table cell, a heading or a list item.
 */
export function escapeMarkdown(value: string): string {
    const clean = cleanText(value);
    return /[\\`*_[\]<>&|~#$]/.test(clean) ? clean.replace(MARKDOWN_ACTIVE, character => `\\${character}`) : clean;
}

/**
 * Escapes what would start a block if the text began a line: a list marker (`-`, `+`, `1.`, `1)`),
 * a setext underline (`=`). Apply to escaped text that opens a paragraph or a list item.
 */
export function escapeMarkdownLineStart(escaped: string): string {
    return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A text as HTML character data or a quoted attribute value: cleaned, then `&`, `<`, `>`, `"` and `'`
 * as references that both HTML and XML know (`&#39;`, not `&apos;`).
 */
export function escapeHtml(value: string): string {
    const clean = cleanText(value);
    return /[&<>"']/.test(clean) ? clean.replace(/[&<>"']/g, character => HTML_ENTITIES[character]) : clean;
}
