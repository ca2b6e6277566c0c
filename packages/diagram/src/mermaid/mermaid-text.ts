// Mermaid reads `#name;` and `#123;` as entity codes inside labels: every character that could end a
// quoted label, open markup or start an entity is written as a numeric entity code, so that source text
// is always text. Line breaks become spaces; characters no document can carry are dropped.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPECIAL = /["#<>&`|\\[\]{}()]/g;

/**
 * A source text as the inside of a quoted Mermaid label: NFC, one line, and `"`, `#`, `<`, `>`, `&`,
 * backtick, `|`, `\`, brackets, braces and parentheses as Mermaid entity codes (`#34;`).
 */
export function mermaidText(text: string): string {
    return text
        .normalize('NFC')
        .replace(CONTROL, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(SPECIAL, character => `#${character.charCodeAt(0)};`);
}
