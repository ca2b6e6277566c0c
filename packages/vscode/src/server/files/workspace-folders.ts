import { realpathSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { URI } from 'langium';
import type { WorkspaceFolder } from 'vscode-languageserver';

/**
 * Which files on disk the server may read: `file:` URIs whose path lies inside one of the workspace
 * folders the client named. Other schemes (`http:`, `untitled:` …) are never read from disk: their
 * text can only come from the client, by opening them.
 */
export class WorkspaceFolders {
    // The real path of each folder (by URI), looked up once: every file the server loads is checked.
    private readonly realFolders = new Map<string, string | undefined>();

    /** @param folders the client's workspace folders, read at each call (they arrive with `initialize`). */
    constructor(private readonly folders: () => readonly WorkspaceFolder[] | undefined) {}

    /** Whether `uri` names a path inside a workspace folder, as written (after resolving `.` and `..`). */
    contains(uri: URI): boolean {
        return this.isFile(uri) && this.folderPaths().some(folder => isWithin(resolve(uri.fsPath), folder));
    }

    /** `contains`, and the file's real path (symbolic links followed) is inside a folder's real path too. */
    async allowsReading(uri: URI): Promise<boolean> {
        if (!this.contains(uri)) return false;
        const file = await realpathOrUndefined(uri.fsPath);
        // A path that does not exist is reported by the read itself.
        return file === undefined || this.realFolderPaths().some(folder => isWithin(file, folder));
    }

    /** `allowsReading`, synchronously. */
    allowsReadingSync(uri: URI): boolean {
        if (!this.contains(uri)) return false;
        const file = realpathSyncOrUndefined(uri.fsPath);
        return file === undefined || this.realFolderPaths().some(folder => isWithin(file, folder));
    }

    private isFile(uri: URI): boolean {
        return uri.scheme === 'file';
    }

    private folderPaths(): string[] {
        return (this.folders() ?? []).map(folder => URI.parse(folder.uri)).filter(uri => this.isFile(uri)).map(uri => resolve(uri.fsPath));
    }

    private realFolderPaths(): string[] {
        return this.folderPaths().flatMap(path => {
            if (!this.realFolders.has(path)) this.realFolders.set(path, realpathSyncOrUndefined(path));
            const real = this.realFolders.get(path);
            return real === undefined ? [] : [real];
        });
    }
}

function isWithin(path: string, folder: string): boolean {
    const rest = relative(folder, path);
    return rest === '' || (rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest));
}

async function realpathOrUndefined(path: string): Promise<string | undefined> {
    try {
        return await realpath(path);
    } catch {
        return undefined;
    }
}

function realpathSyncOrUndefined(path: string): string | undefined {
    try {
        return realpathSync(path);
    } catch {
        return undefined;
    }
}
