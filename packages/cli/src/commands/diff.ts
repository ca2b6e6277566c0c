import { diffBuilds, hasChanges, type ProvinceBuild } from '@tthc/compiler';
import { diffJson } from '../diff/diff-json.js';
import { diffMarkdown } from '../diff/diff-markdown.js';
import { diffMessages } from '../diff/diff-messages.js';
import { diffText } from '../diff/diff-text.js';
import { loadFolderVersion, loadGitVersion, loadVersion } from '../diff/load-version.js';
import { collectFiles, UsageError } from '../workspace/collect-files.js';
import { skippedLines, type CommandResult } from './check.js';

/** Options of `tthc diff`. */
export interface DiffOptions {
    /** Compare this git revision (the old version) with the working tree (the new one). */
    readonly git?: string;
    readonly format: 'text' | 'markdown' | 'json';
    /** Exit 1 when the versions differ, as `git diff --exit-code` does. */
    readonly exitCode: boolean;
}

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
        before = await loadGitVersion(options.git, named);
        stderr += skippedLines(selection);
        after = await loadVersion('new', selection.loaded, named.join(', '));
    } else {
        if (paths.length !== 2) throw new UsageError(diffMessages.usageTwoFolders);
        const sides: ProvinceBuild[] = [];
        for (const [index, path] of paths.entries()) {
            const side = await loadFolderVersion(index === 0 ? 'old' : 'new', path);
            stderr += side.skipped;
            sides.push(side.build);
        }
        [before, after] = sides;
    }
    const input = { diff: diffBuilds(before, after), before, after };
    const stdout = options.format === 'json' ? diffJson(input) : options.format === 'markdown' ? diffMarkdown(input) : diffText(input);
    return { stdout, stderr, exitCode: options.exitCode && hasChanges(input.diff) ? 1 : 0 };
}
