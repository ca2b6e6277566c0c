import { fork } from 'node:child_process';
import { resolve as resolvePath } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PROJECTS_REQUEST, type ProjectInfo } from '../../protocol.js';
import { buildLanguage } from '../server-language.js';

/**
 * `TTHC: Build Configuration`: runs the bundled `tthc build` (the very command CI runs) on the
 * province of the active file, or the one the user picks, with the output folder and targets from
 * the settings. Progress in a notification (cancellable), the command's output in an output channel.
 */
export async function buildConfiguration(context: vscode.ExtensionContext, client: LanguageClient, output: vscode.OutputChannel): Promise<void> {
    const project = await chooseProject(client);
    if (!project) return;
    const folderUri = vscode.Uri.parse(project.folder);
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(folderUri);
    const settings = vscode.workspace.getConfiguration('tthc.build', folderUri);
    const outSetting = settings.get<string>('outputFolder', 'out');
    const base = workspaceFolder?.uri.fsPath ?? folderUri.fsPath;
    const targets = settings.get<string[]>('targets', []);
    // The build's output speaks the language the editor does.
    const language = buildLanguage(vscode.workspace.getConfiguration('tthc').get('language'), vscode.env.language);
    const args = ['build', folderUri.fsPath, '--out', outSetting, ...(targets.length > 0 ? ['--target', targets.join(',')] : []), '--lang', language];
    const cli = vscode.Uri.joinPath(context.extensionUri, 'dist', 'tthc.mjs').fsPath;
    output.appendLine(vscode.l10n.t('[{0}] tthc {1}   (in {2})', new Date().toLocaleTimeString(), args.map(quote).join(' '), base));
    const exitCode = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('TTHC: building {0}', project.title), cancellable: true }, (_progress, token) =>
        new Promise<number | 'cancelled'>(resolve => {
            const child = fork(cli, args, { cwd: base, silent: true, execArgv: [] });
            child.stdout?.on('data', (chunk: Buffer) => output.append(chunk.toString('utf8')));
            child.stderr?.on('data', (chunk: Buffer) => output.append(chunk.toString('utf8')));
            token.onCancellationRequested(() => child.kill());
            child.on('error', error => {
                output.appendLine(vscode.l10n.t('Could not start the build: {0}', error.message));
                resolve(2);
            });
            child.on('exit', code => resolve(token.isCancellationRequested ? 'cancelled' : code ?? 2));
        }));
    await report(exitCode, output, vscode.Uri.file(resolvePath(base, outSetting)));
}

async function report(exitCode: number | 'cancelled', output: vscode.OutputChannel, outFolder: vscode.Uri): Promise<void> {
    if (exitCode === 'cancelled') {
        output.appendLine(vscode.l10n.t('Cancelled: the previous output was left as it was.'));
        return;
    }
    output.appendLine(vscode.l10n.t('Exit code {0}.', exitCode));
    const showOutput = vscode.l10n.t('Show Output');
    if (exitCode === 0) {
        const reveal = vscode.l10n.t('Reveal in Explorer');
        const choice = await vscode.window.showInformationMessage(vscode.l10n.t('TTHC: configuration built in {0}.', outFolder.fsPath), reveal, showOutput);
        if (choice === reveal) await vscode.commands.executeCommand('revealInExplorer', outFolder);
        if (choice === showOutput) output.show(true);
    } else {
        const showProblems = vscode.l10n.t('Show Problems');
        const message = exitCode === 1
            ? vscode.l10n.t('TTHC: the province has errors, so nothing was built. The Output panel says why.')
            : vscode.l10n.t('TTHC: the build could not run. The Output panel says why.');
        const choice = await vscode.window.showErrorMessage(message, showOutput, showProblems);
        if (choice === showOutput) output.show(true);
        if (choice === showProblems) await vscode.commands.executeCommand('workbench.actions.view.problems');
    }
}

/** The province of the active file, the only one, or the one the user picks. */
async function chooseProject(client: LanguageClient): Promise<ProjectInfo | undefined> {
    const projects = await client.sendRequest<ProjectInfo[]>(PROJECTS_REQUEST, {});
    if (projects.length === 0) {
        void vscode.window.showErrorMessage(vscode.l10n.t('TTHC: no province catalogue in this workspace; open the folder that holds a province\'s catalogue (a file with `province … { … }`).'));
        return undefined;
    }
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    const owner = active === undefined ? undefined : projects.filter(p => active.startsWith(`${p.folder}/`)).sort((a, b) => b.folder.length - a.folder.length)[0];
    if (owner) return owner;
    if (projects.length === 1) return projects[0];
    const picked = await vscode.window.showQuickPick(projects.map(p => ({ label: p.title, description: vscode.workspace.asRelativePath(vscode.Uri.parse(p.folder)), project: p })), { placeHolder: vscode.l10n.t('Which province to build?') });
    return picked?.project;
}

function quote(arg: string): string {
    return /^[\w./,:=-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}
