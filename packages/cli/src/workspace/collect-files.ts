import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { environmentReason } from '../environment-errors.js';
import { findProjectRoot } from './find-project.js';

/** A path the user named that cannot be used; the CLI exits 2 with this sentence. */
export class UsageError extends Error {}

const skippedFolders = new Set(['node_modules', 'out', 'dist']);

/** The files to report on, and every file to load so that their references resolve. */
export interface FileSelection {
    /** The `.tthc` files the user named, or that the folders they named hold. */
    readonly checked: string[];
    /** Those, plus every file of their projects (from the nearest catalogue folder down). */
    readonly loaded: string[];
}

/**
 * The `.tthc` files named by `paths` (files, or folders searched recursively, skipping hidden
 * folders, `node_modules`, `out` and `dist`), and the files of the projects they belong to: a single
 * procedure file is checked against its catalogue and its neighbours, as in the editor.
 * Absolute paths, in a stable order.
 */
export function collectFiles(paths: readonly string[]): FileSelection {
    const checked = new Set<string>();
    const projectRoots = new Set<string>();
    for (const path of paths) {
        const absolute = resolve(path);
        let stats;
        try {
            stats = statSync(absolute);
        } catch (error) {
            throw new UsageError(`cannot read '${path}': ${describeFsError(error)}; check the path.`);
        }
        if (stats.isDirectory()) {
            walk(absolute, checked);
        } else if (extname(absolute) === '.tthc') {
            checked.add(absolute);
        } else {
            throw new UsageError(`'${path}' is not a .tthc file; name .tthc files or folders that hold them.`);
        }
        const root = findProjectRoot(absolute, stats.isDirectory());
        if (root !== undefined) {
            projectRoots.add(root);
        }
    }
    const loaded = new Set(checked);
    for (const root of projectRoots) {
        walk(root, loaded);
    }
    return { checked: [...checked].sort(), loaded: [...loaded].sort() };
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

/** A file-system error as a few words (`no such file or folder`), without a stack. */
export function describeFsError(error: unknown): string {
    return environmentReason(error) ?? (error as Error)?.message ?? String(error);
}
