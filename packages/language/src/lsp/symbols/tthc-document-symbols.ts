import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { TthcLspServices } from '../tthc-lsp-module.js';

/** The outline: units, positions, forms, procedures and their steps. */
export class TthcDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    constructor(services: TthcLspServices) {
        super(services);
    }
}
