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
        outputChannel: output
    };
    const client = new LanguageClient('tthc', 'TTHC Language Server', serverOptions, clientOptions);
    await client.start();
    return client;
}
