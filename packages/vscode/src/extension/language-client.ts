import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { serverInitializationOptions } from './server-language.js';

/**
 * Starts the bundled language server (dist/server.cjs) over Node IPC and connects to it. The server
 * speaks the language of `tthc.language` (sent in `initialize`), and restarts when it changes.
 */
export async function startLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<LanguageClient> {
    const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.cjs').fsPath;
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'tthc' }, { scheme: 'untitled', language: 'tthc' }],
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.tthc') },
        outputChannel: output,
        // A function: read again on every (re)start, so a restart picks up a changed setting.
        initializationOptions: () => serverInitializationOptions(vscode.workspace.getConfiguration('tthc').get('language')),
        middleware: {
            // VS Code offers the contributed snippets (the same list, written by `npm run package`);
            // the server's copies are for other editors.
            provideCompletionItem: async (document, position, context, token, next) => {
                const result = await next(document, position, context, token);
                const keep = (items: vscode.CompletionItem[]): vscode.CompletionItem[] => items.filter(item => item.kind !== vscode.CompletionItemKind.Snippet);
                if (!result) return result;
                return Array.isArray(result) ? keep(result) : new vscode.CompletionList(keep(result.items), result.isIncomplete);
            }
        }
    };
    const client = new LanguageClient('tthc', vscode.l10n.t('TTHC Language Server'), serverOptions, clientOptions);
    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(event => {
        // The server reads its language once, in `initialize`.
        if (event.affectsConfiguration('tthc.language')) {
            client.restart().catch((error: unknown) => output.error(vscode.l10n.t('Could not restart the language server: {0}', error instanceof Error ? error.message : String(error))));
        }
    }));
    await client.start();
    return client;
}
