import type { LeafCstNode, TextDocument } from 'langium';
import type { FormattingOptions, TextEdit } from 'vscode-languageserver';
import type { LayoutRule } from './layout-rules.js';

/** One token or comment of the document, in order, with the rule for the white space before it. */
export interface LayoutItem {
    readonly leaf: LeafCstNode;
    /** `undefined` for a comment: its place follows from the token after it. */
    readonly rule: LayoutRule | undefined;
}

const BOM = '\uFEFF';

/**
 * The edits that give every gap between two items (and the start and end of the file) the white space
 * its rule asks for. Only white space changes, plus the indentation of the inner lines of a block comment
 * that moves, so the tokens and the comments stay exactly what they were.
 */
export function layoutEdits(document: TextDocument, items: readonly LayoutItem[], options: FormattingOptions): TextEdit[] {
    const text = document.getText();
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const step = options.insertSpaces ? ' '.repeat(options.tabSize) : '\t';
    const indent = (level: number): string => step.repeat(Math.max(0, level));
    const edits: TextEdit[] = [];
    const replace = (start: number, end: number, newText: string): void => {
        if (text.slice(start, end) !== newText) {
            edits.push({ range: { start: document.positionAt(start), end: document.positionAt(end) }, newText });
        }
    };

    // The rule of the next token after each item, for placing comments.
    const nextRules: Array<LayoutRule | undefined> = new Array(items.length);
    for (let i = items.length - 1, next: LayoutRule | undefined; i >= 0; i--) {
        nextRules[i] = next;
        next = items[i].rule ?? next;
    }

    let depth = 0;
    let previous: LayoutItem | undefined;
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        const start = previous ? previous.leaf.end : 0;
        const gap = text.slice(start, item.leaf.offset);
        const breaks = countBreaks(gap);
        const lines = (count: number, level: number): string => eol.repeat(count) + indent(level);
        let newText: string;
        let comment: string | undefined;
        if (!previous) {
            // Nothing but a byte-order mark before the first token or comment.
            newText = gap.includes(BOM) ? BOM : '';
        } else if (!item.rule) {
            const next = nextRules[i];
            // A comment on its own line is indented like the line it introduces; before a `}`, like a member.
            const level = !next || next === 'member' || next === 'close' ? depth : depth + 1;
            newText = breaks === 0 ? ' ' : lines(Math.min(breaks, 2), level);
            if (breaks > 0 && options.insertSpaces) comment = reindentBlock(item.leaf, level * step.length);
        } else {
            const afterLineComment = isLineComment(previous.leaf);
            switch (item.rule) {
                case 'member': {
                    // Top-level declarations are separated by a blank line; members keep at most one.
                    const blank = depth === 0 && previous.rule !== undefined ? 2 : Math.min(Math.max(breaks, 1), 2);
                    newText = lines(blank, depth);
                    break;
                }
                case 'close':
                    newText = lines(1, depth - 1);
                    break;
                case 'open':
                    newText = afterLineComment ? lines(1, depth) : ' ';
                    break;
                case 'tight':
                    newText = afterLineComment ? lines(1, depth + 1) : '';
                    break;
                case 'continue':
                    newText = breaks > 0 ? lines(1, depth + 1) : ' ';
                    break;
                case 'inline':
                    newText = afterLineComment ? lines(1, depth) : ' ';
                    break;
                case 'close-inline':
                    newText = afterLineComment ? lines(1, depth - 1) : ' ';
                    break;
            }
            if (item.rule === 'open') depth++;
            if (item.rule === 'close' || item.rule === 'close-inline') depth--;
        }
        replace(start, item.leaf.offset, newText);
        if (comment !== undefined) replace(item.leaf.offset, item.leaf.end, comment);
        previous = item;
    }
    // The file ends with exactly one line break.
    if (previous) replace(previous.leaf.end, text.length, eol);
    return edits;
}

function countBreaks(gap: string): number {
    let count = 0;
    for (const char of gap) {
        if (char === '\n') count++;
    }
    return count;
}

function isLineComment(leaf: LeafCstNode): boolean {
    return leaf.tokenType.name === 'SL_COMMENT';
}

// The inner lines of a block comment that moves keep their place relative to its first line.
function reindentBlock(comment: LeafCstNode, column: number): string {
    const delta = column - comment.range.start.character;
    if (delta === 0 || !comment.text.includes('\n')) return comment.text;
    return comment.text.split('\n').map((line, index) => {
        if (index === 0 || line.trim() === '') return line;
        if (delta > 0) return ' '.repeat(delta) + line;
        const removable = line.length - line.trimStart().length;
        return line.slice(Math.min(removable, -delta));
    }).join('\n');
}
