import { createTthcLspServices, fixWorkspace } from '@tthc/language/lsp';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { cliLanguage } from '../cli-language.js';
import { fixJsonReport } from '../fix/fix-json-report.js';
import { fixMessages } from '../fix/fix-messages.js';
import { fixReport, type FixedFileReport } from '../fix/fix-report.js';
import { writeFixedFiles } from '../fix/write-fixed-files.js';
import { summarise } from '../report/summary.js';
import { textReport } from '../report/text-report.js';
import { collectFiles } from '../workspace/collect-files.js';
import { checkWorkspace, documentFindings, type CheckedFile } from '../workspace/load-workspace.js';
import { displayPath, skippedLines, type CommandResult } from './check.js';

/** Options of `tthc fix`. */
export interface FixOptions {
    /** Print what would change, as unified diffs, and write nothing. */
    readonly dryRun: boolean;
    /** The report: lines (`file:line:col code title`, then as `tthc check`), or one JSON document. */
    readonly format?: 'text' | 'json';
    /** Report the errors left alone: no fix lines, no warnings or infos, no notes. */
    readonly quiet?: boolean;
}

/**
 * `tthc fix [paths…]`: loads the named files with their projects as `tthc check` does, applies every
 * safe quick fix to their findings until nothing changes (`fixWorkspace`), writes each changed file
 * atomically (nothing with `--dry-run`, which prints the diffs instead), prints each fix
 * (`file:line:col code title`), then the remaining findings and the summary exactly as `tthc check`
 * does, and exits as it would: 0 without errors, 1 with errors, 2 for a usage or environment problem
 * (a read-only file: nothing is written). Files with syntax errors are left alone.
 */
export async function runFix(paths: readonly string[], options: FixOptions): Promise<CommandResult> {
    const selection = collectFiles(paths.length > 0 ? paths : ['.']);
    const reported = new Set(selection.checked);
    const services = createTthcLspServices(NodeFileSystem, { language: cliLanguage() });
    const workspace = await checkWorkspace(selection.loaded, { shared: services.shared, Tthc: services.Tthc });
    const named = workspace.documents.filter(document => reported.has(workspace.pathOf(document)));
    const result = await fixWorkspace(services.Tthc, named);

    const byUri = new Map<string, LangiumDocument>(workspace.documents.map(document => [document.uri.toString(), document]));
    const pathOfUri = (uri: string): string => {
        const document = byUri.get(uri);
        return document ? workspace.pathOf(document) : URI.parse(uri).fsPath;
    };
    const changed: FixedFileReport[] = result.documents.map(document => ({ ...document, path: pathOfUri(document.uri) }));
    if (!options.dryRun) {
        writeFixedFiles(changed.filter(file => file.text !== file.original), displayPath);
    }

    let stderr = options.quiet ? '' : skippedLines(selection);
    for (const uri of result.syntaxErrors) {
        stderr += `tthc: ${fixMessages.syntaxErrors(displayPath(pathOfUri(uri)))}\n`;
    }
    for (const uri of result.brokenByFixes) {
        stderr += `tthc: ${fixMessages.brokenByFixes(displayPath(pathOfUri(uri)))}\n`;
    }
    if (!result.converged) {
        stderr += `tthc: ${fixMessages.notConverged(result.passes)}\n`;
    }
    // The findings left, of the files as they now are (in memory: the same with --dry-run).
    const documentOfPath = new Map(workspace.documents.map(document => [workspace.pathOf(document), document]));
    const settingsFiles = new Set(workspace.settingsPaths);
    const remaining: CheckedFile[] = workspace.files
        .filter(file => reported.has(file.path) || settingsFiles.has(file.path))
        .map(file => {
            const document = documentOfPath.get(file.path);
            return document ? { path: file.path, findings: documentFindings(document, services.Tthc) } : file;
        });
    const counted = summarise(remaining);
    // As `tthc check --quiet`: the errors left, and a summary of them.
    const shown = options.quiet ? remaining.map(file => ({ path: file.path, findings: file.findings.filter(f => f.severity === 'error') })) : remaining;
    const summary = options.quiet ? summarise(shown) : counted;
    const leftAlone = [
        ...result.syntaxErrors.map(uri => ({ path: pathOfUri(uri), reason: 'syntax-errors' as const })),
        ...result.brokenByFixes.map(uri => ({ path: pathOfUri(uri), reason: 'broken-by-fixes' as const }))
    ];
    const stdout = options.format === 'json'
        ? fixJsonReport({ dryRun: options.dryRun, passes: result.passes, converged: result.converged, files: changed, leftAlone }, shown, summary, displayPath)
        : options.quiet ? (summary.errors > 0 ? textReport(shown, summary, displayPath) : '') : `${fixReport(changed, displayPath, options.dryRun)}\n${textReport(shown, summary, displayPath)}`;
    let exitCode = counted.errors > 0 ? 1 : 0;
    if (counted.errors === 0 && workspace.declarations === 0) {
        stderr += `tthc: ${fixMessages.nothingTo(paths)}\n`;
        exitCode = 2;
    }
    return { stdout, stderr, exitCode };
}
