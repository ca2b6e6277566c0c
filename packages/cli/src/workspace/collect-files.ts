import { showControls } from '@tthc/language';
import { lstatSync, readdirSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { cliMessages } from '../cli-messages.js';
import { environmentReason } from '../environment-errors.js';
import { findProjectRoot } from './find-project.js';
import { inputMessages } from './input-messages.js';
import { kindOf, NotRegularFileError } from './regular-file.js';

/** A path the user named that cannot be used; the CLI exits 2 with this sentence, always one line. */
export class UsageError extends Error {
    constructor(message: string) {
        // Paths and names in the sentence may hold control characters: printed raw, a line break would
        // split the line and an escape sequence would reach the terminal.
        super(showControls(message));
    }
}

const skippedFolders = new Set(['node_modules', 'out', 'dist']);

/** The files to report on, and every file to load so that their references resolve. */
export interface FileSelection {
    /** The `.tthc` files the user named, or that the folders they named hold. */
    readonly checked: string[];
    /** Those, plus every file of their projects (from the nearest catalogue folder down). */
    readonly loaded: string[];
    /** The `.tthc` entries of the folders that were left out, not being regular files, and what they are. */
    readonly skipped: ReadonlyArray<{ readonly path: string; readonly kind: string }>;
}

/**
 * The `.tthc` files named by `paths` (files, or folders searched recursively, skipping hidden
 * folders, `node_modules`, `out` and `dist`), and the files of the projects they belong to: a single
 * procedure file is checked against its catalogue and its neighbours, as in the editor.
 * Absolute paths, in a stable order. Only regular files are ever opened: a named path that is a FIFO,
 * a socket, a device or a dangling link is a `UsageError`; such an entry of a folder is left out and
 * said in `skipped` (opening a FIFO would wait for a writer forever).
 */
export function collectFiles(paths: readonly string[]): FileSelection {
    const checked = new Set<string>();
    const projectRoots = new Set<string>();
    const skipped = new Map<string, string>();
    for (const path of expandGlobs(paths)) {
        if (path === '-') throw new UsageError(inputMessages.stdinOnlyForCheck);
        const absolute = resolve(path);
        const stats = statNamed(path, absolute);
        if (stats.isDirectory()) {
            walk(absolute, checked, skipped);
        } else if (!stats.isFile()) {
            throw new UsageError(cliMessages.notFileOrFolder(path, kindOf(stats)));
        } else if (extname(absolute) === '.tthc') {
            checked.add(absolute);
        } else {
            throw new UsageError(cliMessages.notTthcFile(path));
        }
        const root = findProjectRoot(absolute, stats.isDirectory());
        if (root !== undefined) {
            projectRoots.add(root);
        }
    }
    const loaded = new Set(checked);
    for (const root of projectRoots) {
        walk(root, loaded, skipped);
    }
    // A link named on the command line is checked, though left out where a folder lists it.
    const sortedSkipped = [...skipped.keys()].filter(path => !loaded.has(path)).sort().map(path => ({ path, kind: skipped.get(path)! }));
    return { checked: [...checked].sort(), loaded: [...loaded].sort(), skipped: sortedSkipped };
}

/**
 * The files to report on when the text of one file comes from standard input (`tthc check - --stdin-filename
 * <path>`): that file, named by `path` whether it exists or not, and the files of the project its folder belongs to.
 */
export function collectStdinFile(path: string): FileSelection {
    const absolute = resolve(path);
    const loaded = new Set([absolute]);
    const skipped = new Map<string, string>();
    const root = findProjectRoot(dirname(absolute), true);
    if (root !== undefined) walk(root, loaded, skipped);
    const sortedSkipped = [...skipped.keys()].filter(p => !loaded.has(p)).sort().map(p => ({ path: p, kind: skipped.get(p)! }));
    return { checked: [absolute], loaded: [...loaded].sort(), skipped: sortedSkipped };
}

/**
 * The paths named, each glob expanded (`*`, `?`, `[…]`, `{a,b}` and `**` for any depth of folders; quoted, so that
 * the shell left it alone, or from a shell that does not expand `**`) into the `.tthc` files and the folders it
 * matches, sorted; hidden entries and `node_modules` are left out (a glob names what it wants: `out/*.tthc` matches). A
 * path that exists is taken as it is, even when it holds a glob character. A glob that matches nothing is a
 * `UsageError` that names it.
 */
export function expandGlobs(paths: readonly string[]): string[] {
    const expanded: string[] = [];
    for (const path of paths) {
        if (!isDynamicPattern(path) || lstatSync(resolve(path), { throwIfNoEntry: false }) !== undefined) {
            expanded.push(path);
            continue;
        }
        const matches = globSync(path, { onlyFiles: false, absolute: true, expandDirectories: false, dot: false, ignore: ['**/node_modules/**'] })
            .map(match => match.replace(/\/+$/, ''))
            .filter(match => extname(match) === '.tthc' || lstatSync(match, { throwIfNoEntry: false })?.isDirectory() === true)
            .sort();
        if (matches.length === 0) throw new UsageError(inputMessages.globMatchesNothing(path));
        expanded.push(...matches);
    }
    return expanded;
}

// `stat` of a path the user named (links followed), or the reason it has none as a UsageError.
function statNamed(path: string, absolute: string): Stats {
    try {
        return statSync(absolute);
    } catch (error) {
        const link = lstatSync(absolute, { throwIfNoEntry: false });
        if (link?.isSymbolicLink() && (error as NodeJS.ErrnoException)?.code === 'ENOENT') {
            throw new UsageError(cliMessages.danglingLink(path, readlinkSync(absolute)));
        }
        throw new UsageError(cliMessages.cannotRead(path, describeFsError(error)));
    }
}

function walk(folder: string, files: Set<string>, skipped: Map<string, string>): void {
    let entries;
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        throw new UsageError(cliMessages.cannotReadFolder(folder, describeFsError(error)));
    }
    for (const entry of entries) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!entry.name.startsWith('.') && !skippedFolders.has(entry.name)) {
                walk(path, files, skipped);
            }
        } else if (extname(entry.name) === '.tthc') {
            if (entry.isFile()) {
                files.add(path);
            } else {
                // Left out, and never opened: as the editor does (it lists regular files only).
                skipped.set(path, kindOf(entry));
            }
        }
    }
}

/** A file-system error as a few words (`no such file or folder`), without a stack. */
export function describeFsError(error: unknown): string {
    if (error instanceof NotRegularFileError) {
        return cliMessages.notRegular(error.kind);
    }
    return environmentReason(error) ?? (error as Error)?.message ?? String(error);
}
