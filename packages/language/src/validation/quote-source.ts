import type { TthcLanguage } from '../i18n/language.js';

/** How many characters of source text a message shows; the rest is cut, and how much is said. */
export const SOURCE_TEXT_LIMIT = 80;

/** How much of an `unresolved` text a message quotes: the text says what an import found and where, so most of it. */
export const UNRESOLVED_QUOTE = 240;

// Characters that would change what a terminal or an editor shows rather than be shown: C0 and C1
// controls and DEL (a line break splits a `file:line:col` finding; ESC starts terminal sequences),
// the Unicode line and paragraph separators, and the bidirectional formatting characters, which
// reorder the text around them ("Trojan Source").
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invisible = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const shortEscapes: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The text with every control character made visible as an escape: `\n`, `\r`, `\t`, else
 * `\u001b` (four lowercase hex digits), as in JavaScript and JSON. Other text is unchanged.
 */
export function showControls(text: string): string {
    return text.replace(invisible, ch => shortEscapes[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The first `limit` characters (code points) of a text, and how many characters follow them. */
function cut(text: string, limit: number): { head: string; rest: number } {
    // At most two UTF-16 units per character: a text this short is never cut.
    if (text.length <= limit) {
        return { head: text, rest: 0 };
    }
    let end = 0;
    let kept = 0;
    while (end < text.length && kept < limit) {
        end += text.codePointAt(end)! > 0xffff ? 2 : 1;
        kept++;
    }
    let rest = 0;
    for (let i = end; i < text.length; i += text.codePointAt(i)! > 0xffff ? 2 : 1) {
        rest++;
    }
    return { head: text.slice(0, end), rest };
}

// What was cut, said in the message's language.
const more = (rest: number, language: TthcLanguage): string =>
    language === 'vi' ? `(còn ${rest} ký tự)` : `(${rest} more character${rest === 1 ? '' : 's'})`;

/**
 * Source text as a message may show it, unquoted: control characters visible (`showControls`), and
 * cut after `limit` characters with `…` and the count of what was cut: `AAAA… (8388528 more characters)`.
 */
export function sourceText(text: string, limit = SOURCE_TEXT_LIMIT, language: TthcLanguage = 'en'): string {
    const { head, rest } = cut(text, limit);
    return rest === 0 ? showControls(head) : `${showControls(head)}… ${more(rest, language)}`;
}

/**
 * Source text (a name, a title, a token) in single quotes, as every message quotes what the user
 * wrote: `'Name'`, or `'AAAA…' (8388528 more characters)` past `limit` characters; control
 * characters are made visible (`showControls`). Every piece of source text a message echoes goes
 * through here, so that a finding is always one line of bounded length. `language` says the count of
 * what was cut in English (`more characters`) or Vietnamese (`còn … ký tự`).
 */
export function quoteSource(text: string, limit = SOURCE_TEXT_LIMIT, language: TthcLanguage = 'en'): string {
    const { head, rest } = cut(text, limit);
    return rest === 0 ? `'${showControls(head)}'` : `'${showControls(head)}…' ${more(rest, language)}`;
}
