import type { AstNode } from 'langium';
import { AbstractFormatter } from 'langium/lsp';

/** The formatter behind `Format Document`. */
export class TthcFormatter extends AbstractFormatter {
    protected format(_node: AstNode): void {
        // Filled in by the formatting work.
    }
}
