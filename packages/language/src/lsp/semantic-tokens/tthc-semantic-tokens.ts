import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import type { TthcLspServices } from '../tthc-lsp-module.js';

/** Semantic tokens: declarations and references coloured by what they name. */
export class TthcSemanticTokenProvider extends AbstractSemanticTokenProvider {
    constructor(services: TthcLspServices) {
        super(services);
    }

    protected highlightElement(_node: AstNode, _acceptor: SemanticTokenAcceptor): void {
        // Filled in by the semantic-token work.
    }
}
