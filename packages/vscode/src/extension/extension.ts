// The extension's entry: starts the language client and registers the commands.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { buildConfiguration } from './build/build-command.js';
import { DiagramPanel } from './diagram/diagram-panel.js';
import { DueTimesCommand } from './due/due-command.js';
import { startLanguageClient } from './language-client.js';
import { TablePanel } from './table/table-panel.js';
import { registerTimeDecorations } from './time-decorations.js';

let client: LanguageClient | undefined;

/** Called by VS Code on the first `.tthc` file or the first TTHC command. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverOutput = vscode.window.createOutputChannel(vscode.l10n.t('TTHC Language Server'), { log: true });
    const buildOutput = vscode.window.createOutputChannel(vscode.l10n.t('TTHC Build'));
    context.subscriptions.push(serverOutput, buildOutput);
    const started = startLanguageClient(context, serverOutput).then(c => (client = c));
    const ready = (): Promise<LanguageClient> => started;
    const dueTimes = new DueTimesCommand(ready);

    context.subscriptions.push(
        vscode.commands.registerCommand('tthc.showDiagram', async (uri?: string, procedure?: string) => {
            const editor = await editorFor(uri);
            if (!editor) return;
            DiagramPanel.show(context, await ready(), editor, procedure);
        }),
        vscode.commands.registerCommand('tthc.previewTable', async () => {
            const editor = await editorFor(undefined);
            if (editor) TablePanel.show(await ready(), editor);
        }),
        dueTimes,
        vscode.commands.registerCommand('tthc.showDueTimes', async () => {
            const editor = await editorFor(undefined);
            if (editor) await dueTimes.run(editor);
        }),
        vscode.commands.registerCommand('tthc.build', async () => buildConfiguration(context, await ready(), buildOutput)),
        vscode.commands.registerCommand('tthc.restartServer', async () => (await ready()).restart())
    );
    context.subscriptions.push(registerTimeDecorations(await started));
}

/** Stops the language server with the extension. */
export async function deactivate(): Promise<void> {
    await client?.stop();
}

/** The editor of a document (opened when a code lens names one), else the active TTHC editor. */
async function editorFor(uri: string | undefined): Promise<vscode.TextEditor | undefined> {
    if (uri) {
        const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
        return vscode.window.visibleTextEditors.find(e => e.document === document) ?? vscode.window.showTextDocument(document, { preview: false });
    }
    const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find(e => e.document.languageId === 'tthc');
    if (editor?.document.languageId === 'tthc') return editor;
    void vscode.window.showInformationMessage(vscode.l10n.t('TTHC: open a .tthc procedure file first.'));
    return undefined;
}
