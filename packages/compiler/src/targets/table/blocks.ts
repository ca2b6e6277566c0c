/**
 * The format-neutral document the table target builds once and renders three times (Markdown, HTML and Word).
 * Every text here is raw source or wording text: escaping is the renderers' job, never the builders'.
 */

/** A run of text, optionally emphasised or linked. */
export interface Span {
    readonly text: string;
    readonly strong?: boolean;
    readonly em?: boolean;
    /**
     * A link target relative to the page. Only ever built from `safeFileName` output, so it holds
     * ASCII letters, digits, `.`, `_` and `-`; the renderers escape it all the same.
     */
    readonly href?: string;
}

/** One line of a cell or paragraph: spans side by side. */
export type Line = readonly Span[];

/** A table cell: lines one under the other (an empty array is an empty cell). */
export type Cell = readonly Line[];

/** How a row reads: the total line, or a comparison with the statutory time. */
export type RowTone = 'total' | 'equal' | 'under' | 'over';

/** A table row: one cell per header. */
export interface Row {
    readonly cells: readonly Cell[];
    readonly tone?: RowTone;
    /**
     * The indexes of the cells that continue the cell above them (a time shared by several steps of a
     * part): the Word document merges them vertically, as the decisions do; Markdown and HTML, which
     * cannot, show the cell's own text ("Tính trong thời gian chung của Bước 2").
     */
    readonly continues?: readonly number[];
}

/** A table with a header row. */
export interface Table {
    readonly kind: 'table';
    readonly headers: readonly string[];
    readonly rows: readonly Row[];
    /** A CSS class for the HTML page (column widths); Markdown ignores it. */
    readonly className: string;
}

/** How the HTML page sets a paragraph apart: the line under the title, or a small note. */
export type ParagraphStyle = 'subtitle' | 'note';

/** A block of a page. */
export type Block =
    | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly line: Line }
    | { readonly kind: 'paragraph'; readonly line: Line; readonly style?: ParagraphStyle }
    | { readonly kind: 'list'; readonly items: readonly Line[] }
    | Table;

/** A page: its title (the HTML `<title>`) and its blocks. */
export interface Page {
    readonly title: string;
    readonly blocks: readonly Block[];
}

/** A plain span. */
export function text(value: string): Span {
    return { text: value };
}

/** A strong span. */
export function strong(value: string): Span {
    return { text: value, strong: true };
}

/** An emphasised span. */
export function em(value: string): Span {
    return { text: value, em: true };
}
