import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DIAGRAM_REQUEST, type DiagramResult, type ProcedureAtParams, type Range } from '../../protocol.js';
import type { FromPageMessage, ToPageMessage } from '../../webview/diagram-messages.js';
import { newNonce } from '../nonce.js';
import { diagramPageHtml } from './diagram-page.js';

/**
 * The workflow diagram view beside the editor: draws the procedure under the cursor of the active
 * TTHC editor, redraws as the user types (debounced), follows the active editor, and reveals a step
 * in the source when its box is clicked. One view per window.
 */
export class DiagramPanel implements vscode.Disposable {
    private static current: DiagramPanel | undefined;

    private readonly disposables: vscode.Disposable[] = [];
    private editor: vscode.TextEditor | undefined;
    /** A procedure asked for by name (from a code lens), until the cursor moves. */
    private pinned: string | undefined;
    private nodes: Readonly<Record<string, Range>> = {};
    private nodesUri: string | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private sequence = 0;
    private lastSvg: string | undefined;

    /** Shows the view (creating it when needed) for an editor, optionally on a named procedure. */
    static show(context: vscode.ExtensionContext, client: LanguageClient, editor: vscode.TextEditor | undefined, procedure?: string): DiagramPanel {
        if (!DiagramPanel.current) {
            const panel = vscode.window.createWebviewPanel('tthc.diagram', 'Workflow diagram', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
                enableScripts: true,
                localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')]
            });
            DiagramPanel.current = new DiagramPanel(panel, context, client);
        } else {
            DiagramPanel.current.panel.reveal(undefined, true);
        }
        const current = DiagramPanel.current;
        current.pinned = procedure;
        if (editor) current.editor = editor;
        current.refresh(0);
        return current;
    }

    private constructor(private readonly panel: vscode.WebviewPanel, context: vscode.ExtensionContext, private readonly client: LanguageClient) {
        const script = panel.webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'dist', 'diagram-view.js'));
        panel.webview.html = diagramPageHtml(panel.webview.cspSource, newNonce(), script.toString());
        panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'images', 'diagram.svg');
        this.disposables.push(
            panel.onDidDispose(() => this.dispose()),
            panel.webview.onDidReceiveMessage((message: FromPageMessage) => this.onMessage(message)),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (editor && isTthc(editor.document)) {
                    this.editor = editor;
                    this.pinned = undefined;
                    this.refresh(0);
                }
            }),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document === this.editor?.document && event.contentChanges.length > 0) this.refresh(delay());
            }),
            vscode.window.onDidChangeTextEditorSelection(event => {
                if (event.textEditor === this.editor && followsCursor() && event.kind !== undefined) {
                    this.pinned = undefined;
                    this.refresh(delay());
                }
            }),
            // A diagram drawn while the panel was hidden is posted again when it shows.
            panel.onDidChangeViewState(event => {
                if (event.webviewPanel.visible) {
                    this.lastSvg = undefined;
                    this.refresh(0);
                }
            })
        );
    }

    /** Asks the server for the drawing after `wait` ms; a newer request makes older answers stale. */
    private refresh(wait: number): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), wait);
    }

    private async update(): Promise<void> {
        const editor = this.editor;
        if (!editor || !this.panel.visible) return;
        const sequence = ++this.sequence;
        const params: ProcedureAtParams = {
            uri: editor.document.uri.toString(),
            position: this.pinned ? undefined : editor.selection.active,
            ...(this.pinned ? { procedure: this.pinned } : {})
        };
        let result: DiagramResult;
        try {
            result = await this.client.sendRequest<DiagramResult>(DIAGRAM_REQUEST, params);
        } catch (error) {
            result = { kind: 'unavailable', reason: `The language server could not draw the diagram: ${error instanceof Error ? error.message : String(error)}` };
        }
        if (sequence !== this.sequence) return;
        if (result.kind === 'diagram') {
            this.nodes = result.nodes;
            this.nodesUri = params.uri;
            this.panel.title = `Diagram: ${result.procedure}`;
            if (result.svg === this.lastSvg) return;
            this.lastSvg = result.svg;
            this.post({ type: 'diagram', procedure: result.procedure, svg: result.svg, errors: result.errors });
        } else {
            this.lastSvg = undefined;
            this.post({ type: 'unavailable', reason: result.reason, ...(result.procedure ? { procedure: result.procedure } : {}) });
        }
    }

    private post(message: ToPageMessage): void {
        void this.panel.webview.postMessage(message);
    }

    private async onMessage(message: FromPageMessage): Promise<void> {
        if (message.type !== 'reveal' || !this.nodesUri) return;
        const range = this.nodes[message.node];
        if (!range) return;
        const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(this.nodesUri));
        const column = this.editor?.document === document ? this.editor.viewColumn : undefined;
        const editor = await vscode.window.showTextDocument(document, { viewColumn: column ?? vscode.ViewColumn.One, preserveFocus: false });
        const start = new vscode.Position(range.start.line, range.start.character);
        editor.selection = new vscode.Selection(start, start);
        editor.revealRange(new vscode.Range(start, new vscode.Position(range.end.line, range.end.character)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    dispose(): void {
        if (DiagramPanel.current === this) DiagramPanel.current = undefined;
        if (this.timer) clearTimeout(this.timer);
        this.panel.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }
}

function isTthc(document: vscode.TextDocument): boolean {
    return document.languageId === 'tthc';
}

function delay(): number {
    return vscode.workspace.getConfiguration('tthc').get<number>('diagram.updateDelay', 300);
}

function followsCursor(): boolean {
    return vscode.workspace.getConfiguration('tthc').get<boolean>('diagram.followCursor', true);
}
