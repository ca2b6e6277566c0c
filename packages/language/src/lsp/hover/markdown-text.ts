/**
 * User text (a title, a citation) made safe for a markdown hover: every character that markdown or
 * HTML would interpret is escaped, and line breaks inside a text become spaces, so a title can
 * neither format the hover nor inject a link or markup.
 */
export function escapeMarkdown(text: string): string {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_{}[\]()<>#+\-.!|~&:]/g, '\\$&');
}

/**
 * A name (an ID, a code) as inline code. Names cannot hold a backtick, but the fence grows past any
 * run of backticks all the same, so that malformed input cannot break out of it.
 */
export function code(text: string): string {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(m => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
