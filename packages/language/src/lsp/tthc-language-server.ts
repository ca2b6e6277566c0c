import { DefaultLanguageServer, type LangiumSharedServices } from 'langium/lsp';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver-types';
import { FIX_ALL_KIND } from './code-actions/tthc-code-actions.js';
import { addCompletionResolveHandler } from './completion/completion-resolve.js';
import { publishSettingsDiagnostics } from './rule-settings/publish-settings-diagnostics.js';

/**
 * Langium's language server, and `completionItem/resolve`: a client that can resolve an item's
 * documentation lazily (VS Code) gets the list without it and asks for the item it shows
 * (`TthcCompletionProvider`). Langium's options for completion have no place for `resolveProvider`,
 * so it is added to the capabilities here, where the request is answered; so are the kinds of code
 * actions, which Langium does not list. The findings of the projects' rule settings files are
 * published on those files (`publishSettingsDiagnostics`).
 */
export class TthcLanguageServer extends DefaultLanguageServer {
    constructor(services: LangiumSharedServices) {
        super(services);
        const connection = services.lsp.Connection;
        if (connection) addCompletionResolveHandler(connection, services);
        publishSettingsDiagnostics(services);
    }

    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        const result = super.buildInitializeResult(params);
        const completion = result.capabilities.completionProvider;
        if (completion) result.capabilities.completionProvider = { ...completion, resolveProvider: true };
        // The kinds the code actions come in: quick fixes, and "Fix all safe problems", which an editor
        // runs on save when asked to (`editor.codeActionsOnSave`).
        if (result.capabilities.codeActionProvider) {
            result.capabilities.codeActionProvider = { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] };
        }
        return result;
    }
}
