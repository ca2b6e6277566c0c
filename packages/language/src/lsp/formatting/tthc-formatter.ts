import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { AbstractFormatter } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { layoutEdits, type LayoutItem } from './layout-edits.js';
import { layoutRules } from './layout-rules.js';

/**
 * The formatter behind `Format Document` (and `Format Selection`): the house layout of `examples/`.
 *
 * - Blocks (`{ … }`) indent their members one level; `{` ends the header line, `}` stands on its own line.
 * - Every member starts a line: a unit, position or form of the catalogue, each attribute of a procedure
 *   (`code`, `sector`, `days`, `total`, `legal`, `channel`, `document`, `case`, `part`, `body`, `member`,
 *   `step`, …). Between members, one blank line is kept where the author left one or more; top-level
 *   declarations are separated by one.
 * - A case's block stays on its line (`case K "…" { time 30d total 27d start A }`), and so does a member
 *   of a group that holds only keyword attributes (`member M "…" { code 1.012345 }`); a member with
 *   citations, channels or documents is a block with one attribute per line.
 * - Inside a member, the author's line breaks are kept and the rest is spaced: a member written on one line
 *   stays on one line, and each continuation line (`-> X`, `on incomplete -> Y`, `task …`, `fee …`) is
 *   indented one level deeper than the member. One space between tokens, none around the `.` of
 *   `Unit.Position` or before a `,`.
 * - Comments stay where they are: a trailing comment keeps its line, a comment on its own line is indented
 *   like what follows it.
 *
 * A document with syntax errors is left alone (Langium's `formatDocument`).
 */
export class TthcFormatter extends AbstractFormatter {
    // Langium's per-node formatting regions cannot say "keep the author's line break, else one space"
    // together with "indent a comment like the line after it" and "at most one blank line", and they
    // leave trailing white space before comments; the layout is therefore decided per gap between tokens
    // (see layout-rules.ts) and `format` registers nothing.
    protected format(_node: AstNode): void {
        // See doDocumentFormat.
    }

    protected override doDocumentFormat(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        const root = document.parseResult.value;
        if (!root.$cstNode) return [];
        const rules = layoutRules(root);
        const items: LayoutItem[] = CstUtils.flattenCst(root.$cstNode).map(leaf => ({ leaf, rule: rules.get(leaf) })).toArray();
        const edits = layoutEdits(document.textDocument, items, options);
        return range ? edits.filter(edit => endsInside(edit.range, range)) : edits;
    }
}

// A range formats the white space that ends inside it: the indentation of its first line, not the line after.
function endsInside(edit: Range, range: Range): boolean {
    return !before(edit.end, range.start) && !before(range.end, edit.end);
}

function before(a: Range['start'], b: Range['start']): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}
