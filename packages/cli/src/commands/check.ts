import { relative, sep } from 'node:path';
import { cliMessages } from '../cli-messages.js';
import { collectFiles, type FileSelection } from '../workspace/collect-files.js';
import { checkWorkspace } from '../workspace/load-workspace.js';
import { jsonReport } from '../report/json-report.js';
import { summarise } from '../report/summary.js';
import { textReport } from '../report/text-report.js';

/** Options of `tthc check`. */
export interface CheckOptions {
    readonly format: 'text' | 'json';
    /** Fail when there are more warnings than this. */
    readonly maxWarnings?: number;
}

/** What a command prints and how it exits. */
export interface CommandResult {
    readonly stdout: string;
    readonly stderr: string;
    readonly exitCode: number;
}

/** A path as the user sees it: relative to the working folder, with forward slashes. */
export function displayPath(path: string): string {
    const shown = relative(process.cwd(), path) || path;
    return sep === '/' ? shown : shown.split(sep).join('/');
}

/** One `tthc: skipped …` line on standard error per `.tthc` entry of a folder that is not a regular file. */
export function skippedLines(selection: FileSelection): string {
    return selection.skipped.map(({ path, kind }) => `tthc: ${cliMessages.skippedEntry(displayPath(path), kind)}\n`).join('');
}

/**
 * `tthc check [paths…]`: loads the named files with their projects, reports every finding in the
 * named files, and exits 0 without errors, 1 with errors (or more warnings than `--max-warnings`).
 * Without errors, a workspace that declares no catalogue and no procedure (no `.tthc` files, or
 * only comments) is nothing to check: it says so and exits 2, as `tthc build` does.
 */
export async function runCheck(paths: readonly string[], options: CheckOptions): Promise<CommandResult> {
    const selection = collectFiles(paths.length > 0 ? paths : ['.']);
    const reported = new Set(selection.checked);
    const { files: all, declarations, settingsPaths } = await checkWorkspace(selection.loaded);
    // The rule settings of the projects checked are checked with them.
    settingsPaths.forEach(path => reported.add(path));
    const checked = all.filter(file => reported.has(file.path));
    const summary = summarise(checked);
    const stdout = options.format === 'json' ? jsonReport(checked, summary, displayPath) : textReport(checked, summary, displayPath);
    let stderr = skippedLines(selection);
    let exitCode = summary.errors > 0 ? 1 : 0;
    if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) {
        stderr += `tthc: ${cliMessages.maxWarnings(summary.warnings, options.maxWarnings)}\n`;
        exitCode = 1;
    }
    if (summary.errors === 0 && declarations === 0) {
        stderr += `tthc: ${cliMessages.nothingTo('check', paths, selection.loaded.length)}\n`;
        exitCode = 2;
    }
    return { stdout, stderr, exitCode };
}
