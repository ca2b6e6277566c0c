import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { TthcLspServices } from '../tthc-lsp-module.js';

/** A lens on each procedure: its planned time against its statutory time. */
export class TthcCodeLensProvider implements CodeLensProvider {
    constructor(protected readonly services: TthcLspServices) {}

    provideCodeLens(_document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[] | undefined> {
        return [];
    }
}
