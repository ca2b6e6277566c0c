import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CompletionClientCapabilities, Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** The bundled server, as the extension ships it. */
export const SERVER = resolve('packages/vscode/dist/server.cjs');

/** A real LSP client over stdio on the bundled server, with the diagnostics it was sent. */
export interface LspSession {
    readonly connection: MessageConnection;
    readonly initialize: InitializeResult;
    readonly process: ChildProcess;
    /** The latest diagnostics published for a URI. */
    readonly diagnostics: Map<string, Diagnostic[]>;
    /** Resolves with the diagnostics of a URI once `accept` accepts them (they may already be there). */
    diagnosticsOf(uri: string, accept?: (diagnostics: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
    /** Opens a file of the workspace in the server, as an editor would; returns its URI and text. */
    open(path: string): Promise<{ uri: string; text: string }>;
    /** `shutdown`, `exit`, and the process's end. */
    close(): Promise<void>;
}

/** What a client may say about its language at `initialize`. */
export interface SessionLanguage {
    /** The client's UI locale, e.g. `vi` or `vi-VN`. */
    readonly locale?: string;
    /** What the extension sends: `{ language: 'vi' | 'en' | undefined }`. */
    readonly initializationOptions?: unknown;
}

/** Starts the bundled server over stdio on a workspace folder and initialises it (`completion`: what the client declares for completion). */
export async function startSession(folder: string, language: SessionLanguage = {}, completion: CompletionClientCapabilities = { completionItem: { snippetSupport: true } }): Promise<LspSession> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const diagnostics = new Map<string, Diagnostic[]>();
    const waiters: Array<() => void> = [];
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        diagnostics.set(params.uri, params.diagnostics);
        waiters.splice(0).forEach(wake => wake());
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    const rootUri = pathToFileURL(resolve(folder)).toString();
    const initialize = await connection.sendRequest<InitializeResult>('initialize', {
        processId: process.pid,
        rootUri,
        ...language,
        workspaceFolders: [{ uri: rootUri, name: 'ws' }],
        capabilities: {
            textDocument: {
                publishDiagnostics: { codeDescriptionSupport: true, dataSupport: true },
                completion,
                hover: { contentFormat: ['markdown', 'plaintext'] },
                codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true },
                rename: { prepareSupport: true }
            },
            workspace: { workspaceFolders: true, configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } }
        }
    });
    await connection.sendNotification('initialized', {});
    const diagnosticsOf = (uri: string, accept: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 30_000): Promise<Diagnostic[]> =>
        new Promise((resolveWith, reject) => {
            const timer = setTimeout(() => reject(new Error(`No accepted diagnostics for ${uri} within ${timeoutMs} ms; server stderr:\n${stderr}`)), timeoutMs);
            const look = (): void => {
                const current = diagnostics.get(uri);
                if (current && accept(current)) {
                    clearTimeout(timer);
                    resolveWith(current);
                } else {
                    waiters.push(look);
                }
            };
            look();
        });
    return {
        connection,
        initialize,
        process: child,
        diagnostics,
        diagnosticsOf,
        open: async path => {
            const file = resolve(folder, path);
            const uri = pathToFileURL(file).toString();
            const text = readFileSync(file, 'utf8');
            await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'tthc', version: 1, text } });
            return { uri, text };
        },
        close: async () => {
            const exited = new Promise<void>(done => child.once('exit', () => done()));
            await connection.sendRequest('shutdown');
            await connection.sendNotification('exit');
            await exited;
            connection.dispose();
        }
    };
}

/** The path of an example file, for tests that read it. */
export function examplePath(...parts: string[]): string {
    return join('examples', ...parts);
}
