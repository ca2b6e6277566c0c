import { escapeMarkupText } from '@tthc/compiler/markup';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PUBLICATION_TABLE_REQUEST, type PublicationTableResult } from '../../protocol.js';
import { FollowedEditor } from '../followed-editor.js';
import { newNonce } from '../nonce.js';
import { webviewHtml } from '../webview-html.js';

const PAGE_STYLE = `
body { background: #ffffff; color: #1a1a1a; padding: 0 16px; }
.unavailable { color: #8a5300; font-family: var(--vscode-font-family); }
`;

/**
 * `TTHC: Preview Publication Table`: the table the `table` target publishes, for the procedure under
 * the cursor, in a script-less webview that follows edits. The HTML comes from the compiler, which
 * escapes every source text.
 */
export class TablePanel implements vscode.Disposable {
    private static current: TablePanel | undefined;
    private readonly disposables: vscode.Disposable[] = [];
    private readonly followed: FollowedEditor;

    /** Shows the preview (creating it when needed) for an editor. */
    static show(client: LanguageClient, editor: vscode.TextEditor): void {
        if (!TablePanel.current) {
            const panel = vscode.window.createWebviewPanel('tthc.publicationTable', vscode.l10n.t('Publication table'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, localResourceRoots: [] });
            TablePanel.current = new TablePanel(panel, client);
        } else {
            TablePanel.current.panel.reveal(undefined, true);
        }
        TablePanel.current.followed.refresh(0, editor);
    }

    private constructor(private readonly panel: vscode.WebviewPanel, private readonly client: LanguageClient) {
        // A table is slower to read than a drawing: a longer pause before it changes.
        this.followed = new FollowedEditor((editor, isCurrent) => this.update(editor, isCurrent), { delay: () => 500, followCursor: () => true });
        this.disposables.push(this.followed, panel.onDidDispose(() => this.dispose()));
    }

    private async update(editor: vscode.TextEditor, isCurrent: () => boolean): Promise<void> {
        let result: PublicationTableResult;
        try {
            result = await this.client.sendRequest<PublicationTableResult>(PUBLICATION_TABLE_REQUEST, { uri: editor.document.uri.toString(), position: editor.selection.active });
        } catch (error) {
            result = { kind: 'unavailable', reason: vscode.l10n.t('The language server could not make the table: {0}', error instanceof Error ? error.message : String(error)) };
        }
        if (!isCurrent()) return;
        const nonce = newNonce();
        if (result.kind === 'table') {
            this.panel.title = vscode.l10n.t('Table: {0}', result.procedure);
            this.panel.webview.html = webviewHtml({ cspSource: this.panel.webview.cspSource, nonce, title: result.title, style: result.style + PAGE_STYLE, body: result.html });
        } else {
            this.panel.webview.html = webviewHtml({ cspSource: this.panel.webview.cspSource, nonce, title: vscode.l10n.t('Publication table'), style: PAGE_STYLE, body: `<p class="unavailable">${escapeMarkupText(result.reason)}</p>` });
        }
    }

    dispose(): void {
        if (TablePanel.current === this) TablePanel.current = undefined;
        this.panel.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }
}
