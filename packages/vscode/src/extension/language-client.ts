import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Starts the bundled language server (dist/server.cjs) over Node IPC and connects to it. */
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
    const client = new LanguageClient('tthc', 'TTHC Language Server', serverOptions, clientOptions);
    await client.start();
    return client;
}
