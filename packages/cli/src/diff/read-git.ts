import { spawnSync } from 'node:child_process';
import { join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../workspace/collect-files.js';
import { diffMessages } from './diff-messages.js';

/** The `.tthc` files of a git revision: where they would be in the working tree, and their texts. */
export interface GitVersion {
    /** Absolute paths in the working tree (nothing is read there: the texts are the revision's). */
    readonly paths: string[];
    readonly texts: Map<string, string>;
    /** The repository's top folder. */
    readonly top: string;
}

const skippedFolders = new Set(['node_modules', 'out', 'dist']);

// git with an argument array, never a shell: a ref or a path is one argument whatever it holds.
function git(args: readonly string[], cwd: string, input?: string): { status: number | null; stdout: Buffer; stderr: string } {
    const result = spawnSync('git', args, { cwd, input, maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } });
    if (result.error) throw new UsageError(diffMessages.gitFailed(result.error.message));
    return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/**
 * The `.tthc` files under `folders` at revision `ref` of the repository that holds the first folder, as
 * `git ls-tree` lists them (`shown` names the first folder in messages) (regular files only; hidden folders, `node_modules`, `out` and `dist` left out,
 * as `tthc check` walks a folder), read with one `git cat-file --batch` rather than a `git show` per file
 * (a province has a thousand files). Not a repository, an unknown revision: a `UsageError`, one line.
 */
export function readGitVersion(ref: string, folders: readonly string[], shown: string): GitVersion {
    const first = resolve(folders[0] ?? '.');
    const top = git(['rev-parse', '--show-toplevel'], first);
    if (top.status !== 0) throw new UsageError(diffMessages.notGitRepo(shown));
    const root = top.stdout.toString('utf8').trim();
    // A ref that starts with `-` would be read as an option.
    if (ref.startsWith('-') || git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root).status !== 0) {
        throw new UsageError(diffMessages.unknownRef(ref));
    }
    const specs = folders.length > 0 ? folders.map(folder => relative(root, resolve(folder)).split(sep).join('/') || '.') : [relative(root, first).split(sep).join('/') || '.'];
    const listed = git(['ls-tree', '-r', '-z', '--full-tree', ref, '--', ...specs], root);
    if (listed.status !== 0) throw new UsageError(diffMessages.gitFailed(listed.stderr.trim().split('\n')[0] ?? ''));
    const files = listed.stdout.toString('utf8').split('\0').filter(entry => entry !== '').flatMap(entry => {
        const tab = entry.indexOf('\t');
        const [mode, type] = entry.slice(0, tab).split(' ');
        const path = entry.slice(tab + 1);
        const parts = path.split('/');
        const wanted = type === 'blob' && (mode === '100644' || mode === '100755') && path.endsWith('.tthc') && !path.includes('\n')
            && parts.slice(0, -1).every(part => !part.startsWith('.') && !skippedFolders.has(part));
        return wanted ? [path] : [];
    }).sort();
    const texts = new Map<string, string>();
    if (files.length > 0) {
        const batch = git(['cat-file', '--batch'], root, files.map(path => `${ref}:${path}\n`).join(''));
        if (batch.status !== 0) throw new UsageError(diffMessages.gitFailed(batch.stderr.trim().split('\n')[0] ?? ''));
        let offset = 0;
        const decoder = new TextDecoder('utf-8');
        for (const path of files) {
            const header = batch.stdout.indexOf(0x0a, offset);
            const size = Number(batch.stdout.subarray(offset, header).toString('latin1').split(' ')[2]);
            texts.set(join(root, ...path.split('/')), decoder.decode(batch.stdout.subarray(header + 1, header + 1 + size)));
            offset = header + 1 + size + 1;
        }
    }
    return { paths: [...texts.keys()].sort(), texts, top: root };
}
