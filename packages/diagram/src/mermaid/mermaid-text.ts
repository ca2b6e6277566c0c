import { replaceUnsafeCharacters } from '@tthc/compiler';

// Mermaid reads `#name;` and `#123;` as entity codes inside labels: every character that could end a
// quoted label, open markup or start an entity is written as a numeric entity code, so that source text
// is always text. Line breaks become spaces; characters no document can carry become U+FFFD, as in
// every other output (the compiler's one sanitiser, docs/config-format.md "Text in the output").
const SPECIAL = /["#<>&`|\\[\]{}()]/g;

/**
 * A source text as the inside of a quoted Mermaid label: NFC, one line, and `"`, `#`, `<`, `>`, `&`,
 * backtick, `|`, `\`, brackets, braces and parentheses as Mermaid entity codes (`#34;`).
 */
export function mermaidText(text: string): string {
    return replaceUnsafeCharacters(text.normalize('NFC'))
        .replace(/\s+/g, ' ')
        .trim()
        .replace(SPECIAL, character => `#${character.charCodeAt(0)};`);
}
