import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TIME_SUMMARIES_REQUEST, type TimeSummary } from '../protocol.js';

/**
 * Marks in red the `procedure` lines whose planned time exceeds the statutory time (a code lens has
 * no colour): an error-coloured note after the line and a mark in the overview ruler. Refreshed
 * whenever the document's diagnostics change, which is after each check.
 */
export function registerTimeDecorations(client: LanguageClient): vscode.Disposable {
    const decoration = vscode.window.createTextEditorDecorationType({
        after: { margin: '0 0 0 2em', color: new vscode.ThemeColor('editorError.foreground'), fontWeight: 'bold' },
        overviewRulerColor: new vscode.ThemeColor('editorError.foreground'),
        overviewRulerLane: vscode.OverviewRulerLane.Right
    });
    const refresh = async (editor: vscode.TextEditor): Promise<void> => {
        if (editor.document.languageId !== 'tthc') return;
        let summaries: TimeSummary[];
        try {
            summaries = await client.sendRequest<TimeSummary[]>(TIME_SUMMARIES_REQUEST, { uri: editor.document.uri.toString() });
        } catch {
            // The server restarting or the document closing: the next change refreshes.
            return;
        }
        editor.setDecorations(decoration, summaries.filter(s => s.over).map(s => ({
            range: new vscode.Range(s.line, Number.MAX_SAFE_INTEGER, s.line, Number.MAX_SAFE_INTEGER),
            renderOptions: { after: { contentText: `⚠ ${s.text}` } },
            hoverMessage: new vscode.MarkdownString(vscode.l10n.t('Planned time over the statutory time: {0}', s.text))
        })));
    };
    const refreshVisible = (uris?: readonly vscode.Uri[]): void => {
        for (const editor of vscode.window.visibleTextEditors) {
            if (!uris || uris.some(uri => uri.toString() === editor.document.uri.toString())) void refresh(editor);
        }
    };
    refreshVisible();
    return vscode.Disposable.from(
        decoration,
        vscode.languages.onDidChangeDiagnostics(event => refreshVisible(event.uris)),
        vscode.window.onDidChangeVisibleTextEditors(() => refreshVisible())
    );
}
