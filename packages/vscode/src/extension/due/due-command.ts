import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DUE_OPTIONS_REQUEST, DUE_TIMES_REQUEST, type DueOptionsResult, type DueTimesParams, type DueTimesResult } from '../../protocol.js';
import { isReceived, normaliseReceived, receivedPrefill } from './received-input.js';

/** The scheme of the read-only documents that show due times. */
export const DUE_SCHEME = 'tthc-due';

/**
 * `TTHC: Show Due Times`: asks when the dossier is received (prefilled with now, in Vietnam's time), through
 * which channel and in which case when there is a choice, and shows the due time of every step of the procedure
 * at the cursor in a read-only Markdown preview. The Markdown comes from the server, which escapes every text
 * of the file; the preview renders no scripts.
 */
export class DueTimesCommand implements vscode.Disposable {
    private readonly documents = new Map<string, string>();
    private readonly changed = new vscode.EventEmitter<vscode.Uri>();
    private readonly registration: vscode.Disposable;

    constructor(private readonly client: () => Promise<LanguageClient>) {
        this.registration = vscode.workspace.registerTextDocumentContentProvider(DUE_SCHEME, {
            onDidChange: this.changed.event,
            provideTextDocumentContent: uri => this.documents.get(uri.toString()) ?? ''
        });
    }

    /** Runs the command on an editor. */
    async run(editor: vscode.TextEditor): Promise<void> {
        const client = await this.client();
        const at = { uri: editor.document.uri.toString(), position: editor.selection.active };
        const options = await request<DueOptionsResult>(client, DUE_OPTIONS_REQUEST, at);
        if (options.kind === 'unavailable') {
            void vscode.window.showWarningMessage(options.reason);
            return;
        }
        const prefill = receivedPrefill(options.now);
        const received = await vscode.window.showInputBox({
            title: vscode.l10n.t('Due times of {0}', options.procedure),
            prompt: vscode.l10n.t('When the dossier is received, in Vietnam\'s time (e.g. {0})', prefill),
            value: prefill,
            validateInput: text => (isReceived(text) ? undefined : vscode.l10n.t('Write a date and a time such as {0}.', prefill))
        });
        if (received === undefined) return;
        let channel: string | undefined;
        if (options.channels.length > 1) {
            const picked = await vscode.window.showQuickPick(options.channels.map(c => ({ label: c.label, channel: c.kind })), {
                title: vscode.l10n.t('Due times of {0}', options.procedure), placeHolder: vscode.l10n.t('Through which channel is the dossier received?')
            });
            if (!picked) return;
            channel = picked.channel;
        }
        let condition: string | undefined;
        if (options.cases.length > 0) {
            const items = [
                ...(options.ownFlow ? [{ label: vscode.l10n.t('No particular case'), name: undefined as string | undefined }] : []),
                ...options.cases.map(c => ({ label: c.name, description: c.title, name: c.name as string | undefined }))
            ];
            const picked = await vscode.window.showQuickPick(items, {
                title: vscode.l10n.t('Due times of {0}', options.procedure), placeHolder: vscode.l10n.t('Which case is the dossier in?')
            });
            if (!picked) return;
            condition = picked.name;
        }
        const params: DueTimesParams = {
            ...at, procedure: options.procedure, received: normaliseReceived(received),
            ...(channel !== undefined ? { channel } : {}), ...(condition !== undefined ? { condition } : {})
        };
        const result = await request<DueTimesResult>(client, DUE_TIMES_REQUEST, params);
        if (result.kind === 'unavailable') {
            void vscode.window.showWarningMessage(result.reason);
            return;
        }
        await this.show(result);
    }

    private async show(result: Extract<DueTimesResult, { kind: 'due' }>): Promise<void> {
        // One document per procedure: asking again replaces what it shows.
        const uri = vscode.Uri.from({ scheme: DUE_SCHEME, path: `/${result.procedure}.md` });
        this.documents.set(uri.toString(), result.markdown);
        this.changed.fire(uri);
        try {
            await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
        } catch {
            // Without the built-in Markdown extension: the Markdown itself, read-only.
            const document = await vscode.workspace.openTextDocument(uri);
            await vscode.window.showTextDocument(await vscode.languages.setTextDocumentLanguage(document, 'markdown'), { viewColumn: vscode.ViewColumn.Beside, preview: true });
        }
    }

    dispose(): void {
        this.registration.dispose();
        this.changed.dispose();
    }
}

async function request<T>(client: LanguageClient, method: string, params: object): Promise<T | { kind: 'unavailable'; reason: string }> {
    try {
        return await client.sendRequest<T>(method, params);
    } catch (error) {
        return { kind: 'unavailable', reason: vscode.l10n.t('The language server could not compute the due times: {0}', error instanceof Error ? error.message : String(error)) };
    }
}
