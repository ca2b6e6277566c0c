import { isTthcFile, TthcProjects } from '@tthc/language';
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import type { ProjectInfo } from '../protocol.js';

/** Answers `tthc/projects`: every catalogue of the workspace, once the workspace is built, by folder. */
export async function projectsOf(shared: LangiumSharedServices, token: CancellationToken): Promise<ProjectInfo[]> {
    await shared.workspace.WorkspaceManager.ready;
    await shared.workspace.DocumentBuilder.waitUntil(DocumentState.IndexedContent, token);
    const projects: ProjectInfo[] = [];
    for (const document of shared.workspace.LangiumDocuments.all) {
        const root = document.parseResult.value;
        if (!TthcProjects.isCatalogue(document) || !isTthcFile(root)) continue;
        const province = root.provinces[0];
        projects.push({ folder: document.uri.toString().replace(/\/[^/]*$/, ''), province: province.name, title: province.title });
    }
    return projects.sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
}
