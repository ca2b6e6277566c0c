import { DefaultRenameProvider } from 'langium/lsp';
import type { TthcLspServices } from '../tthc-lsp-module.js';

/** Rename across files, aware of qualified names (`Unit.Position`). */
export class TthcRenameProvider extends DefaultRenameProvider {
    constructor(services: TthcLspServices) {
        super(services);
    }
}
