import { CstUtils, TextDocument, type AstNode } from 'langium';
import type { FormattingOptions } from 'vscode-languageserver-types';
import { layoutEdits, type LayoutItem } from './layout-edits.js';
import { layoutRules } from './layout-rules.js';

/** The options of the house layout: four spaces. */
export const HOUSE_FORMATTING: FormattingOptions = { tabSize: 4, insertSpaces: true };

/**
 * `text` laid out as `Format Document` lays it out (`TthcFormatter`), for tools that write `.tthc` files without
 * the LSP layer (`tthc import`): `root` is the parsed `text` (its CST), which must be free of syntax errors; a
 * document with syntax errors is the caller's to leave alone, as the formatter does.
 */
export function formatTthcText(root: AstNode, text: string, options: FormattingOptions = HOUSE_FORMATTING): string {
    if (!root.$cstNode) return text;
    const rules = layoutRules(root);
    const items: LayoutItem[] = CstUtils.flattenCst(root.$cstNode).map(leaf => ({ leaf, rule: rules.get(leaf) })).toArray();
    const document = TextDocument.create('file:///format.tthc', 'tthc', 0, text);
    return TextDocument.applyEdits(document, layoutEdits(document, items, options));
}
