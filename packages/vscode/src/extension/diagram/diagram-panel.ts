import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DIAGRAM_REQUEST, type DiagramResult, type ProcedureAtParams, type Range } from '../../protocol.js';
import type { FromPageMessage, ToPageMessage } from '../../webview/diagram-messages.js';
import { FollowedEditor } from '../followed-editor.js';
import { newNonce } from '../nonce.js';
import { diagramPageHtml } from './diagram-page.js';
import { diagramPageTexts } from './diagram-page-texts.js';

/**
 * The workflow diagram view beside the editor: draws the procedure under the cursor of the active
 * TTHC editor, redraws as the user types (debounced), follows the active editor, and reveals a step
 * in the source when its box is clicked. One view per window.
 */
export class DiagramPanel implements vscode.Disposable {
    private static current: DiagramPanel | undefined;

    private readonly disposables: vscode.Disposable[] = [];
    private readonly followed: FollowedEditor;
    /** A procedure asked for by name (from a code lens), until the cursor moves. */
    private pinned: string | undefined;
    private nodes: Readonly<Record<string, Range>> = {};
    private nodesUri: string | undefined;
    private lastSvg: string | undefined;
    /** What was last posted to the page, posted again when the page says it is listening. */
    private lastMessage: ToPageMessage | undefined;

    /** Shows the view (creating it when needed) for an editor, optionally on a named procedure. */
    static show(context: vscode.ExtensionContext, client: LanguageClient, editor: vscode.TextEditor | undefined, procedure?: string): DiagramPanel {
        if (!DiagramPanel.current) {
            const panel = vscode.window.createWebviewPanel('tthc.diagram', vscode.l10n.t('Workflow diagram'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
                enableScripts: true,
                localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')]
            });
            DiagramPanel.current = new DiagramPanel(panel, context, client);
        } else {
            DiagramPanel.current.panel.reveal(undefined, true);
        }
        const current = DiagramPanel.current;
        current.pinned = procedure;
        current.followed.refresh(0, editor);
        return current;
    }

    private constructor(private readonly panel: vscode.WebviewPanel, context: vscode.ExtensionContext, private readonly client: LanguageClient) {
        const script = panel.webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'dist', 'diagram-view.js'));
        panel.webview.html = diagramPageHtml(panel.webview.cspSource, newNonce(), script.toString(), diagramPageTexts());
        panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'images', 'diagram.svg');
        const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('tthc');
        this.followed = new FollowedEditor((editor, isCurrent) => this.update(editor, isCurrent), {
            delay: () => settings().get<number>('diagram.updateDelay', 300),
            followCursor: () => settings().get<boolean>('diagram.followCursor', true),
            onMove: () => (this.pinned = undefined)
        });
        this.disposables.push(
            this.followed,
            panel.onDidDispose(() => this.dispose()),
            panel.webview.onDidReceiveMessage((message: FromPageMessage) => this.onMessage(message)),
            // A diagram drawn while the panel was hidden is posted again when it shows.
            panel.onDidChangeViewState(event => {
                if (event.webviewPanel.visible) {
                    this.lastSvg = undefined;
                    this.followed.refresh(0);
                }
            })
        );
    }

    private async update(editor: vscode.TextEditor, isCurrent: () => boolean): Promise<void> {
        if (!this.panel.visible) return;
        const params: ProcedureAtParams = {
            uri: editor.document.uri.toString(),
            position: this.pinned ? undefined : editor.selection.active,
            ...(this.pinned ? { procedure: this.pinned } : {})
        };
        let result: DiagramResult;
        try {
            result = await this.client.sendRequest<DiagramResult>(DIAGRAM_REQUEST, params);
        } catch (error) {
            result = { kind: 'unavailable', reason: vscode.l10n.t('The language server could not draw the diagram: {0}', error instanceof Error ? error.message : String(error)) };
        }
        if (!isCurrent()) return;
        if (result.kind === 'diagram') {
            this.nodes = result.nodes;
            this.nodesUri = params.uri;
            this.panel.title = vscode.l10n.t('Diagram: {0}', result.procedure);
            if (result.svg === this.lastSvg) return;
            this.lastSvg = result.svg;
            this.post({ type: 'diagram', procedure: result.procedure, svg: result.svg, errors: result.errors });
        } else {
            this.lastSvg = undefined;
            this.post({ type: 'unavailable', reason: result.reason, ...(result.procedure ? { procedure: result.procedure } : {}) });
        }
    }

    private post(message: ToPageMessage): void {
        this.lastMessage = message;
        void this.panel.webview.postMessage(message);
    }

    private async onMessage(message: FromPageMessage): Promise<void> {
        if (message.type === 'ready') {
            if (this.lastMessage) void this.panel.webview.postMessage(this.lastMessage);
            return;
        }
        if (message.type !== 'reveal' || !this.nodesUri) return;
        const range = this.nodes[message.node];
        if (!range) return;
        const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(this.nodesUri));
        const followed = this.followed.editor;
        const column = followed?.document === document ? followed.viewColumn : undefined;
        const editor = await vscode.window.showTextDocument(document, { viewColumn: column ?? vscode.ViewColumn.One, preserveFocus: false });
        const start = new vscode.Position(range.start.line, range.start.character);
        editor.selection = new vscode.Selection(start, start);
        editor.revealRange(new vscode.Range(start, new vscode.Position(range.end.line, range.end.character)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    dispose(): void {
        if (DiagramPanel.current === this) DiagramPanel.current = undefined;
        this.panel.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }
}
