import type { Block, Cell, Line, Page, Span, Table } from './blocks.js';
import { escapeHtml, escapeHtmlAttribute } from './escape.js';
import { encodeHref } from './href.js';

// Print first: the page is what a reviewer prints and signs. Times New Roman is the font of
// administrative documents (Decree 30/2020/NĐ-CP); A4 landscape fits five columns. No `<` or `&`
// here, so the style element is also well-formed XML.
/** The print-first style of the tables' pages; the review site embeds it too. */
export const TABLE_STYLE = `
@page { size: A4 landscape; margin: 15mm 12mm; }
body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.35; color: #000; background: #fff; max-width: 277mm; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 0.2em; }
h2 { font-size: 13pt; margin: 1.2em 0 0.5em; }
p.subtitle { text-align: center; font-style: italic; margin: 0 0 1em; }
p.note { font-size: 11pt; color: #333; }
ul { margin: 0 0 1em; padding-left: 1.2em; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1em; }
th, td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { background: #eee; text-align: center; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
tr.total td { background: #f3f3f3; }
tr.over td { background: #fbe3e3; }
table.steps th:nth-child(1) { width: 7%; }
table.steps th:nth-child(2) { width: 38%; }
table.steps th:nth-child(3) { width: 21%; }
table.steps th:nth-child(4) { width: 14%; }
table.steps td:nth-child(1), table.index td:nth-child(1) { text-align: center; white-space: nowrap; }
table.index td:nth-child(2) { white-space: nowrap; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  th, tr.total td, tr.over td { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

function span(value: Span): string {
    let out = escapeHtml(value.text);
    if (value.href !== undefined) out = `<a href="${escapeHtmlAttribute(encodeHref(value.href))}">${out}</a>`;
    if (value.em) out = `<em>${out}</em>`;
    if (value.strong) out = `<strong>${out}</strong>`;
    return out;
}

function line(value: Line): string {
    return value.map(span).join('').trim();
}

function cell(value: Cell): string {
    return value.map(line).filter(l => l !== '').join('<br />');
}

function table(value: Table): string {
    const head = value.headers.map(h => `<th scope="col">${escapeHtml(h)}</th>`).join('');
    const body = value.rows.map(r => {
        const cells = value.headers.map((_, i) => `<td>${cell(r.cells[i] ?? [])}</td>`).join('');
        return `<tr${r.tone ? ` class="${r.tone}"` : ''}>${cells}</tr>`;
    });
    return [`<table class="${escapeHtmlAttribute(value.className)}">`, '<thead>', `<tr>${head}</tr>`, '</thead>', '<tbody>', ...body, '</tbody>', '</table>'].join('\n');
}

function block(value: Block): string {
    switch (value.kind) {
        case 'heading':
            return `<h${value.level}>${line(value.line)}</h${value.level}>`;
        case 'paragraph':
            return `<p${value.style ? ` class="${value.style}"` : ''}>${line(value.line)}</p>`;
        case 'list':
            return ['<ul>', ...value.items.map(item => `<li>${line(item)}</li>`), '</ul>'].join('\n');
        case 'table':
            return table(value);
    }
}

/**
 * A page as a standalone HTML document in Vietnamese: UTF-8, inline print CSS, no script and no external
 * resource. Every source text is escaped (`escapeHtml`), and the markup is XHTML-compatible (void
 * elements closed, only XML's own character references), so it also parses as XML. NFC, ends with `\n`.
 */
export function renderHtml(page: Page): string {
    return [
        '<!DOCTYPE html>',
        '<html lang="vi" xml:lang="vi" xmlns="http://www.w3.org/1999/xhtml">',
        '<head>',
        '<meta charset="utf-8" />',
        // Defence in depth: every source text is escaped, and even so the page may load and run nothing.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1" />',
        `<title>${escapeHtml(page.title)}</title>`,
        `<style>${TABLE_STYLE}</style>`,
        '</head>',
        // No HTML5-only elements (`main`, `section`): the HTML4 parsers of older tools (xmllint --html) reject them.
        '<body>',
        ...page.blocks.map(block),
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

/** The blocks of a page as an HTML fragment, for embedding in another page (the review site). */
export function renderHtmlBody(page: Page): string {
    return page.blocks.map(block).join('\n');
}
