import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { diffBuilds, hasChanges, lowerWorkspace, type ProvinceBuild } from '@tthc/compiler';
import { diffJson } from '../diff/diff-json.js';
import { diffMarkdown } from '../diff/diff-markdown.js';
import { diffMessages } from '../diff/diff-messages.js';
import { diffText } from '../diff/diff-text.js';
import { readGitVersion } from '../diff/read-git.js';
import { collectFiles, UsageError } from '../workspace/collect-files.js';
import { findProjectRoot } from '../workspace/find-project.js';
import { checkWorkspace } from '../workspace/load-workspace.js';
import { displayPath, skippedLines, type CommandResult } from './check.js';

/** Options of `tthc diff`. */
export interface DiffOptions {
    /** Compare this git revision (the old version) with the working tree (the new one). */
    readonly git?: string;
    readonly format: 'text' | 'markdown' | 'json';
    /** Exit 1 when the versions differ, as `git diff --exit-code` does. */
    readonly exitCode: boolean;
}

type Side = 'old' | 'new';

/**
 * `tthc diff <old> <new>` or `tthc diff --git <ref> [folders…]`: checks and lowers both versions of a province,
 * compares them (`diffBuilds`) and prints the changes as text, Markdown or JSON. Exits 0, or with
 * `--exit-code` 1 when anything changed; 2 when a version cannot be read or has errors (one line each).
 */
export async function runDiff(paths: readonly string[], options: DiffOptions): Promise<CommandResult> {
    let before: ProvinceBuild;
    let after: ProvinceBuild;
    let stderr = '';
    if (options.git !== undefined) {
        const named = paths.length > 0 ? paths : ['.'];
        const selection = collectFiles(named);
        // The whole project of each path, as the new version loads it: a procedures folder named alone still
        // brings its catalogue, at the revision as in the working tree.
        const projects = named.map(path => {
            const absolute = resolve(path);
            return findProjectRoot(absolute, statSync(absolute).isDirectory()) ?? absolute;
        });
        const version = readGitVersion(options.git, projects, named[0]);
        const ref = options.git;
        before = await load('old', version.paths, named.join(', '), version.texts, path => `${ref}:${relative(version.top, path).split(sep).join('/')}`);
        stderr += skippedLines(selection);
        after = await load('new', selection.loaded, named.join(', '));
    } else {
        if (paths.length !== 2) throw new UsageError(diffMessages.usageTwoFolders);
        const sides: ProvinceBuild[] = [];
        for (const [index, path] of paths.entries()) {
            if (statSync(resolve(path), { throwIfNoEntry: false })?.isFile()) throw new UsageError(diffMessages.notFolder(path));
            const selection = collectFiles([path]);
            stderr += skippedLines(selection);
            sides.push(await load(index === 0 ? 'old' : 'new', selection.loaded, path));
        }
        [before, after] = sides;
    }
    const input = { diff: diffBuilds(before, after), before, after };
    const stdout = options.format === 'json' ? diffJson(input) : options.format === 'markdown' ? diffMarkdown(input) : diffText(input);
    return { stdout, stderr, exitCode: options.exitCode && hasChanges(input.diff) ? 1 : 0 };
}

// One version, checked and lowered; nothing of its Langium workspace outlives this function.
async function load(side: Side, files: readonly string[], where: string, texts?: ReadonlyMap<string, string>, shown: (path: string) => string = displayPath): Promise<ProvinceBuild> {
    const workspace = await checkWorkspace(files, undefined, texts);
    const withErrors = workspace.files.filter(file => file.findings.some(f => f.severity === 'error'));
    if (withErrors.length > 0) {
        const errors = withErrors.reduce((n, file) => n + file.findings.filter(f => f.severity === 'error').length, 0);
        const first = withErrors[0].findings.find(f => f.severity === 'error')!;
        throw new UsageError(diffMessages.sideErrors(side, errors, `${shown(withErrors[0].path)}:${first.line}:${first.column} ${first.code}`));
    }
    if (workspace.declarations === 0) throw new UsageError(diffMessages.sideEmpty(side, where));
    const builds = lowerWorkspace(workspace.documents, workspace.projectOf);
    if (builds.length === 0) throw new UsageError(diffMessages.sideEmpty(side, where));
    if (builds.length > 1) throw new UsageError(diffMessages.sideProvinces(side, builds.length));
    return builds[0];
}
