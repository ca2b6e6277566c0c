import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import type { AstNode } from 'langium';
import type { TthcLspServices } from '../tthc-lsp-module.js';

/** Inlay hints: the cumulative time after each step. */
export class TthcInlayHintProvider extends AbstractInlayHintProvider {
    constructor(protected readonly services: TthcLspServices) {
        super();
    }

    computeInlayHint(_node: AstNode, _acceptor: InlayHintAcceptor): void {
        // Filled in by the inlay-hint work.
    }
}
