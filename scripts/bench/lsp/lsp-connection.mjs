// A minimal LSP client for the benchmark: spawns a server over stdio, initialises it on a folder, and
// records when each document's diagnostics were published.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

/**
 * @typedef {object} Publication
 * @property {number} at performance.now() when it arrived
 * @property {any[]} diagnostics
 */

/**
 * What VS Code's client (vscode-languageclient 9) declares for completion: among others, edits that insert or
 * replace, labels with details, and the documentation of an item resolved when it is shown (`resolveSupport`).
 * A server may answer such a client differently (ours leaves the documentation to `completionItem/resolve`).
 */
const VSCODE_COMPLETION = {
    completionItem: {
        snippetSupport: true, commitCharactersSupport: true, documentationFormat: ['markdown', 'plaintext'], deprecatedSupport: true, preselectSupport: true,
        tagSupport: { valueSet: [1] }, insertReplaceSupport: true, resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] },
        insertTextModeSupport: { valueSet: [1, 2] }, labelDetailsSupport: true
    },
    contextSupport: true
};

/**
 * Starts `command` (the server, with `--stdio`) and initialises it on `folder`.
 * @param {string[]} command the server's command line
 * @param {string} folder the workspace folder
 */
export async function connect(command, folder) {
    const started = performance.now();
    const child = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', chunk => (stderr += chunk.toString()));
    // A server that dies must fail the run at once, with what it said.
    let exited;
    child.on('exit', code => {
        exited = new Error(`the server exited (code ${code}); its stderr:\n${stderr.slice(-2000)}`);
        waiters.splice(0).forEach(wake => wake());
    });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    /** @type {Map<string, Publication[]>} every publication per URI, in order */
    const published = new Map();
    /** @type {Array<() => void>} */
    let waiters = [];
    /** @type {Set<{ uris: Set<string>, last: number }>} publications counted since a mark */
    const trackers = new Set();
    connection.onNotification('textDocument/publishDiagnostics', params => {
        const at = performance.now();
        const list = published.get(params.uri) ?? [];
        list.push({ at, diagnostics: params.diagnostics });
        published.set(params.uri, list);
        for (const tracker of trackers) {
            tracker.uris.add(params.uri);
            tracker.last = at;
        }
        const current = waiters;
        waiters = [];
        current.forEach(wake => wake());
    });
    connection.onRequest('workspace/configuration', params => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    const rootUri = pathToFileURL(folder).toString();
    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'bench' }],
        capabilities: { textDocument: { publishDiagnostics: {}, completion: VSCODE_COMPLETION }, workspace: { workspaceFolders: true, configuration: true } }
    });
    await connection.sendNotification('initialized', {});

    /**
     * Resolves with the time of the first publication that satisfies `accept`.
     * @param {(published: Map<string, Publication[]>) => number | undefined} accept returns the time when satisfied
     * @param {number} timeoutMs
     * @returns {Promise<number>}
     */
    const until = (accept, timeoutMs = 120_000) => new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms; server stderr:\n${stderr.slice(-2000)}`)), timeoutMs);
        const look = () => {
            if (exited) {
                clearTimeout(timer);
                reject(exited);
                return;
            }
            const at = accept(published);
            if (at !== undefined) {
                clearTimeout(timer);
                resolve(at);
            } else {
                waiters.push(look);
            }
        };
        look();
    });
    return {
        connection,
        started,
        published,
        until,
        /** The first publication for `uri` after `since` whose diagnostics satisfy `accept`, as a time. */
        publishedAfter: (uri, since, accept = () => true) => until(all => all.get(uri)?.find(p => p.at > since && accept(p.diagnostics))?.at),
        /**
         * Starts counting the documents published from now on; `allPublished(n)` resolves with the time
         * when `n` distinct documents have been.
         */
        mark: () => {
            const tracker = { uris: new Set(), last: 0 };
            trackers.add(tracker);
            return {
                allPublished: async count => {
                    const at = await until(() => (tracker.uris.size >= count ? tracker.last : undefined));
                    trackers.delete(tracker);
                    return at;
                }
            };
        },
        close: async () => {
            const exited = new Promise(resolve => child.once('exit', resolve));
            await connection.sendRequest('shutdown').catch(() => undefined);
            await connection.sendNotification('exit').catch(() => undefined);
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
            await exited;
            clearTimeout(timer);
            connection.dispose();
        }
    };
}
