import { MultilineCommentHoverProvider } from 'langium/lsp';
import type { TthcLspServices } from '../tthc-lsp-module.js';

/** Hover on units, steps, procedures and legal citations. */
export class TthcHoverProvider extends MultilineCommentHoverProvider {
    constructor(services: TthcLspServices) {
        super(services);
    }
}
