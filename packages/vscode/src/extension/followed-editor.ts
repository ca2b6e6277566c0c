import * as vscode from 'vscode';

/** How a view follows the TTHC editor it shows. */
export interface FollowOptions {
    /** Milliseconds to wait after typing (or moving the cursor) before updating. */
    delay(): number;
    /** Whether moving the cursor updates the view (the view shows what is under it). */
    followCursor(): boolean;
    /** Called when the view switches to another editor, or the cursor moved, before the update. */
    onMove?(): void;
}

/**
 * The TTHC editor a view beside it shows, and when to update the view: at once when the active
 * editor changes, after a delay when its text changes or its cursor moves. An update that a newer
 * one overtook learns it through `isCurrent`, so that a slow answer never replaces a newer one.
 */
export class FollowedEditor implements vscode.Disposable {
    editor: vscode.TextEditor | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private sequence = 0;
    private readonly listeners: vscode.Disposable[];

    constructor(private readonly update: (editor: vscode.TextEditor, isCurrent: () => boolean) => Promise<void>, private readonly options: FollowOptions) {
        this.listeners = [
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (editor?.document.languageId === 'tthc') {
                    this.editor = editor;
                    this.options.onMove?.();
                    this.refresh(0);
                }
            }),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document === this.editor?.document && event.contentChanges.length > 0) this.refresh(this.options.delay());
            }),
            vscode.window.onDidChangeTextEditorSelection(event => {
                // A selection change without a kind comes from typing, which the text change covers.
                if (event.textEditor === this.editor && event.kind !== undefined && this.options.followCursor()) {
                    this.options.onMove?.();
                    this.refresh(this.options.delay());
                }
            })
        ];
    }

    /** Updates the view after `wait` ms (the editor given becomes the one followed). */
    refresh(wait: number, editor?: vscode.TextEditor): void {
        if (editor) this.editor = editor;
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            const current = this.editor;
            if (!current) return;
            const sequence = ++this.sequence;
            void this.update(current, () => sequence === this.sequence);
        }, wait);
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        for (const listener of this.listeners.splice(0)) listener.dispose();
    }
}
