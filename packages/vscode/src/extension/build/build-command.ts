import { fork } from 'node:child_process';
import { resolve as resolvePath } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PROJECTS_REQUEST, type ProjectInfo } from '../../protocol.js';

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
    const args = ['build', folderUri.fsPath, '--out', outSetting, ...(targets.length > 0 ? ['--target', targets.join(',')] : [])];
    const cli = vscode.Uri.joinPath(context.extensionUri, 'dist', 'tthc.mjs').fsPath;
    output.appendLine(`[${new Date().toLocaleTimeString()}] tthc ${args.map(quote).join(' ')}   (in ${base})`);
    const exitCode = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `TTHC: building ${project.title}`, cancellable: true }, (_progress, token) =>
        new Promise<number | 'cancelled'>(resolve => {
            const child = fork(cli, args, { cwd: base, silent: true, execArgv: [] });
            child.stdout?.on('data', (chunk: Buffer) => output.append(chunk.toString('utf8')));
            child.stderr?.on('data', (chunk: Buffer) => output.append(chunk.toString('utf8')));
            token.onCancellationRequested(() => child.kill());
            child.on('error', error => {
                output.appendLine(`Could not start the build: ${error.message}`);
                resolve(2);
            });
            child.on('exit', code => resolve(token.isCancellationRequested ? 'cancelled' : code ?? 2));
        }));
    await report(exitCode, output, vscode.Uri.file(resolvePath(base, outSetting)));
}

async function report(exitCode: number | 'cancelled', output: vscode.OutputChannel, outFolder: vscode.Uri): Promise<void> {
    if (exitCode === 'cancelled') {
        output.appendLine('Cancelled: the previous output was left as it was.');
        return;
    }
    output.appendLine(`Exit code ${exitCode}.`);
    if (exitCode === 0) {
        const choice = await vscode.window.showInformationMessage(`TTHC: configuration built in ${outFolder.fsPath}.`, 'Reveal in Explorer', 'Show Output');
        if (choice === 'Reveal in Explorer') await vscode.commands.executeCommand('revealInExplorer', outFolder);
        if (choice === 'Show Output') output.show(true);
    } else {
        const what = exitCode === 1 ? 'the province has errors, so nothing was built' : 'the build could not run';
        const choice = await vscode.window.showErrorMessage(`TTHC: ${what}. The Output panel says why.`, 'Show Output', 'Show Problems');
        if (choice === 'Show Output') output.show(true);
        if (choice === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
    }
}

/** The province of the active file, the only one, or the one the user picks. */
async function chooseProject(client: LanguageClient): Promise<ProjectInfo | undefined> {
    const projects = await client.sendRequest<ProjectInfo[]>(PROJECTS_REQUEST, {});
    if (projects.length === 0) {
        void vscode.window.showErrorMessage('TTHC: no province catalogue in this workspace; open the folder that holds a province\'s catalogue (a file with `province … { … }`).');
        return undefined;
    }
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    const owner = active === undefined ? undefined : projects.filter(p => active.startsWith(`${p.folder}/`)).sort((a, b) => b.folder.length - a.folder.length)[0];
    if (owner) return owner;
    if (projects.length === 1) return projects[0];
    const picked = await vscode.window.showQuickPick(projects.map(p => ({ label: p.title, description: vscode.workspace.asRelativePath(vscode.Uri.parse(p.folder)), project: p })), { placeHolder: 'Which province to build?' });
    return picked?.project;
}

function quote(arg: string): string {
    return /^[\w./,:=-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}
