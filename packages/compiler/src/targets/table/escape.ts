import { memoText } from '../../xml/memo-text.js';
import { escapeMarkupAttribute, escapeMarkupText, replaceUnsafeCharacters } from '../../markup/markup-text.js';

/**
 * A source text as part of one line of a table: NFC, every run of white space (line breaks included,
 * since texts may span lines in the source) as one space, and characters no page can carry as U+FFFD
 * (the one policy, `markup/markup-text.ts`).
 * Not trimmed: spans are joined into lines, and the renderers trim whole lines.
 */
export const cleanText: (value: string) => string = memoText(value => {
    const nfc = value.normalize('NFC');
    const printable = replaceUnsafeCharacters(/[\t\n\r\u2028\u2029]/.test(nfc) ? nfc.replace(/[\t\n\r\u2028\u2029]+/g, ' ') : nfc);
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

/**
 * A text as HTML character data: cleaned (NFC, one line), then escaped by the one sanitiser. The
 * publication table and the review site write every source text through this.
 */
export function escapeHtml(value: string): string {
    return escapeMarkupText(cleanText(value));
}

/** A text as a quoted HTML attribute value: cleaned (one line), then escaped by the one sanitiser. */
export function escapeHtmlAttribute(value: string): string {
    return escapeMarkupAttribute(cleanText(value));
}
