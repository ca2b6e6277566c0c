import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import type { TthcLspServices } from '../tthc-lsp-module.js';

/** Quick fixes for the language's diagnostics. */
export class TthcCodeActionProvider implements CodeActionProvider {
    constructor(protected readonly services: TthcLspServices) {}

    getCodeActions(_document: LangiumDocument, _params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        return [];
    }
}
