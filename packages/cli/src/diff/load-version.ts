import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { lowerWorkspace, type ProvinceBuild } from '@tthc/compiler';
import { displayPath, skippedLines } from '../commands/check.js';
import { collectFiles, UsageError } from '../workspace/collect-files.js';
import { findProjectRoot } from '../workspace/find-project.js';
import { summarise } from '../report/summary.js';
import { checkWorkspace, isProblem, type Finding } from '../workspace/load-workspace.js';
import { diffMessages } from './diff-messages.js';
import { readGitVersion } from './read-git.js';

/** Which version of a comparison: the old one (the reference) or the new one. */
export type Side = 'old' | 'new';

/** One version of a province, lowered, with the notes of what its folder walk skipped (for standard error). */
export interface LoadedVersion {
    readonly build: ProvinceBuild;
    readonly skipped: string;
}

/**
 * One version, checked and lowered; nothing of its Langium workspace outlives this function. With errors, no
 * declaration or several provinces: a `UsageError`, one line naming the side (`the old version has 2 errors…`).
 * `texts` replaces the files' contents (a git revision's); `shown` says where a file is in messages.
 */
export async function loadVersion(side: Side, files: readonly string[], where: string, texts?: ReadonlyMap<string, string>, shown: (path: string) => string = displayPath): Promise<ProvinceBuild> {
    const workspace = await checkWorkspace(files, undefined, texts);
    // As `tthc build` judges a workspace: an error a `tthc-ignore` suppressed with its reason does not count.
    const isError = (f: Finding): boolean => f.severity === 'error' && isProblem(f);
    const withErrors = workspace.files.filter(file => file.findings.some(isError));
    if (withErrors.length > 0) {
        const errors = summarise(workspace.files).errors;
        const first = withErrors[0].findings.find(isError)!;
        throw new UsageError(diffMessages.sideErrors(side, errors, `${shown(withErrors[0].path)}:${first.line}:${first.column} ${first.code}`));
    }
    if (workspace.declarations === 0) throw new UsageError(diffMessages.sideEmpty(side, where));
    const builds = lowerWorkspace(workspace.documents, workspace.projectOf);
    if (builds.length === 0) throw new UsageError(diffMessages.sideEmpty(side, where));
    if (builds.length > 1) throw new UsageError(diffMessages.sideProvinces(side, builds.length));
    return builds[0];
}

/** A version in a folder of its own (`tthc diff <old> <new>`, `tthc build --since <folder>`); a file is refused. */
export async function loadFolderVersion(side: Side, path: string): Promise<LoadedVersion> {
    if (statSync(resolve(path), { throwIfNoEntry: false })?.isFile()) throw new UsageError(diffMessages.notFolder(path));
    const selection = collectFiles([path]);
    return { build: await loadVersion(side, selection.loaded, path), skipped: skippedLines(selection) };
}

/**
 * The old version at git revision `ref` of the projects the (new version's) `paths` belong to: the whole
 * project of each path, as the new version loads it, so that a procedures folder named alone still brings its
 * catalogue at that revision, as in the working tree.
 */
export async function loadGitVersion(ref: string, paths: readonly string[]): Promise<ProvinceBuild> {
    const named = paths.length > 0 ? paths : ['.'];
    const projects = named.map(path => {
        const absolute = resolve(path);
        return findProjectRoot(absolute, statSync(absolute).isDirectory()) ?? absolute;
    });
    const version = readGitVersion(ref, projects, named[0]);
    return loadVersion('old', version.paths, named.join(', '), version.texts, path => `${ref}:${relative(version.top, path).split(sep).join('/')}`);
}

/**
 * The old version `tthc build --since` names: a folder when one of that name exists, else a git revision of the
 * repository that holds `paths` (as `tthc diff --git` reads it).
 */
export async function loadSinceVersion(since: string, paths: readonly string[]): Promise<LoadedVersion> {
    if (since !== '' && statSync(resolve(since), { throwIfNoEntry: false }) !== undefined) return loadFolderVersion('old', since);
    return { build: await loadGitVersion(since, paths), skipped: '' };
}
