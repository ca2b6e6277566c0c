import { DefaultCompletionProvider } from 'langium/lsp';
import type { TthcLspServices } from '../tthc-lsp-module.js';

/** Completion that knows the domain. */
export class TthcCompletionProvider extends DefaultCompletionProvider {
    constructor(services: TthcLspServices) {
        super(services);
    }
}
