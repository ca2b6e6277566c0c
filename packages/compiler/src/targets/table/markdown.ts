import type { Block, Cell, Line, Page, Span, Table } from './blocks.js';
import { escapeMarkdown, escapeMarkdownLineStart } from './escape.js';
import { encodeHref } from './href.js';

// Emphasis only opens and closes next to non-space characters (CommonMark's flanking rules): keep the
// span's outer spaces outside the markers.
function wrap(escaped: string, marker: string): string {
    const match = /^(\s*)(.*?)(\s*)$/s.exec(escaped)!;
    return match[2] === '' ? escaped : `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
}

function span(value: Span): string {
    let out = escapeMarkdown(value.text);
    if (value.href !== undefined) out = `[${out}](${encodeHref(value.href)})`;
    if (value.em) out = wrap(out, '*');
    if (value.strong) out = wrap(out, '**');
    return out;
}

function line(value: Line): string {
    return value.map(span).join('').trim();
}

// A cell is one physical line in GFM: its lines are joined with `<br>`, the one piece of raw HTML
// GitHub and the usual renderers accept in a table cell (source text never carries any: `<` is escaped).
function cell(value: Cell): string {
    return value.map(line).filter(l => l !== '').join('<br>');
}

function row(cells: readonly string[]): string {
    return `| ${cells.join(' | ')} |`;
}

function table(value: Table): string {
    return [
        row(value.headers.map(h => escapeMarkdown(h).trim())),
        row(value.headers.map(() => '---')),
        ...value.rows.map(r => row(value.headers.map((_, i) => cell(r.cells[i] ?? []))))
    ].join('\n');
}

function block(value: Block): string {
    switch (value.kind) {
        case 'heading':
            return `${'#'.repeat(value.level)} ${line(value.line)}`;
        case 'paragraph':
            return escapeMarkdownLineStart(line(value.line));
        case 'list':
            return value.items.map(item => `- ${escapeMarkdownLineStart(line(item))}`).join('\n');
        case 'table':
            return table(value);
    }
}

/**
 * A page as GitHub-flavoured Markdown: ATX headings, `-` lists, GFM tables with one row a line.
 * Every source text is escaped (`escapeMarkdown`); the text is NFC and ends with one `\n`.
 */
export function renderMarkdown(page: Page): string {
    // Every source text went through `cleanText` (NFC); the rest is the target's own words.
    return `${page.blocks.map(block).join('\n\n')}\n`;
}
