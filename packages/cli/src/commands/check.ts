import { extname, relative, sep } from 'node:path';
import { cliMessages } from '../cli-messages.js';
import { formatReport, type CheckFormat } from '../report/formats.js';
import { isWebAddress } from '../report/rule-help.js';
import { reportMessages } from '../report/report-messages.js';
import { summarise } from '../report/summary.js';
import { collectFiles, collectStdinFile, UsageError, type FileSelection } from '../workspace/collect-files.js';
import { inputMessages } from '../workspace/input-messages.js';
import { checkWorkspace, type CheckedFile } from '../workspace/load-workspace.js';
import type { SourceRead } from '../workspace/read-source.js';
import { readStdin } from '../workspace/read-stdin.js';

/** Options of `tthc check`. */
export interface CheckOptions {
    readonly format: CheckFormat;
    /** Fail when there are more warnings than this. */
    readonly maxWarnings?: number;
    /** Report errors only (warnings still count for `maxWarnings`). */
    readonly quiet?: boolean;
    /** The name standard input (the path `-`) is checked and reported under. */
    readonly stdinFilename?: string;
    /** Where the documentation folder is published: SARIF links each rule to its page there. */
    readonly docsUrl?: string;
    /** Reads standard input (tests pass their own). */
    readonly readStdin?: () => SourceRead;
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
 * only comments) is nothing to check: it says so and exits 2, as `tthc build` does. The path `-` is standard
 * input, checked as the file `--stdin-filename` names (in that file's project); `--quiet` reports errors only.
 */
export async function runCheck(paths: readonly string[], options: CheckOptions): Promise<CommandResult> {
    if (options.docsUrl !== undefined && !isWebAddress(options.docsUrl)) {
        throw new UsageError(reportMessages.invalidDocsUrl(options.docsUrl));
    }
    const { selection, texts } = select(paths, options);
    const reported = new Set(selection.checked);
    const { files: all, declarations, settingsPaths } = await checkWorkspace(selection.loaded, undefined, texts);
    // The rule settings of the projects checked are checked with them.
    settingsPaths.forEach(path => reported.add(path));
    const checked = all.filter(file => reported.has(file.path));
    const counted = summarise(checked);
    // As ESLint's --quiet: the report (findings and summary) holds the errors alone.
    const shown = options.quiet ? errorsOnly(checked) : checked;
    const summary = options.quiet ? summarise(shown) : counted;
    // Quiet with no error to report: nothing at all in the formats for people (a summary would say "no problems").
    const silent = options.quiet === true && summary.errors === 0 && (options.format === 'text' || options.format === 'github');
    const stdout = silent ? '' : formatReport(options.format, {
        files: shown, summary, display: displayPath, root: process.cwd(),
        ...(options.docsUrl !== undefined ? { docsUrl: options.docsUrl } : {})
    });
    let stderr = options.quiet ? '' : skippedLines(selection);
    let exitCode = counted.errors > 0 ? 1 : 0;
    if (options.maxWarnings !== undefined && counted.warnings > options.maxWarnings) {
        stderr += `tthc: ${cliMessages.maxWarnings(counted.warnings, options.maxWarnings)}\n`;
        exitCode = 1;
    }
    if (counted.errors === 0 && declarations === 0) {
        stderr += `tthc: ${cliMessages.nothingTo('check', paths, selection.loaded.length)}\n`;
        exitCode = 2;
    }
    return { stdout, stderr, exitCode };
}

// The files to check, and the text of standard input under its name when the path is `-`.
function select(paths: readonly string[], options: CheckOptions): { selection: FileSelection; texts?: ReadonlyMap<string, SourceRead> } {
    if (!paths.includes('-')) {
        if (options.stdinFilename !== undefined) throw new UsageError(inputMessages.stdinFilenameWithoutDash);
        return { selection: collectFiles(paths.length > 0 ? paths : ['.']) };
    }
    if (paths.length > 1) throw new UsageError(inputMessages.stdinAlone);
    if (options.stdinFilename === undefined) throw new UsageError(inputMessages.stdinFilenameNeeded);
    if (extname(options.stdinFilename) !== '.tthc') throw new UsageError(inputMessages.stdinFilenameNotTthc(options.stdinFilename));
    const selection = collectStdinFile(options.stdinFilename);
    const source = (options.readStdin ?? readStdin)();
    return { selection, texts: new Map([[selection.checked[0], source]]) };
}

function errorsOnly(files: readonly CheckedFile[]): CheckedFile[] {
    return files.map(file => ({ path: file.path, findings: file.findings.filter(finding => finding.severity === 'error') }));
}
