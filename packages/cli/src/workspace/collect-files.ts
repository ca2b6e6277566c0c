import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/** A path the user named that cannot be used; the CLI exits 2 with this sentence. */
export class UsageError extends Error {}

const skippedFolders = new Set(['node_modules', 'out', 'dist']);

/**
 * The `.tthc` files named by `paths` (files, or folders searched recursively, skipping hidden
 * folders, `node_modules`, `out` and `dist`), as absolute paths in a stable order.
 */
export function collectFiles(paths: readonly string[]): string[] {
    const files = new Set<string>();
    for (const path of paths) {
        const absolute = resolve(path);
        let stats;
        try {
            stats = statSync(absolute);
        } catch (error) {
            throw new UsageError(`cannot read '${path}': ${describeFsError(error)}; check the path.`);
        }
        if (stats.isDirectory()) {
            walk(absolute, files);
        } else if (extname(absolute) === '.tthc') {
            files.add(absolute);
        } else {
            throw new UsageError(`'${path}' is not a .tthc file; name .tthc files or folders that hold them.`);
        }
    }
    return [...files].sort();
}

function walk(folder: string, files: Set<string>): void {
    let entries;
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        throw new UsageError(`cannot read the folder '${folder}': ${describeFsError(error)}.`);
    }
    for (const entry of entries) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!entry.name.startsWith('.') && !skippedFolders.has(entry.name)) {
                walk(path, files);
            }
        } else if (entry.isFile() && extname(entry.name) === '.tthc') {
            files.add(path);
        }
    }
}

/** A file-system error as a few words (`no such file or directory`), without a stack. */
export function describeFsError(error: unknown): string {
    const code = (error as NodeJS.ErrnoException)?.code;
    switch (code) {
        case 'ENOENT': return 'no such file or folder';
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'it is a folder';
        case 'ENOTDIR': return 'a part of the path is not a folder';
        default: return (error as Error)?.message ?? String(error);
    }
}
