import { extname, resolve } from 'node:path';
import { isTthcFile, showControls } from '@tthc/language';
import { createTthcLspServices, fixWorkspace } from '@tthc/language/lsp';
import { NodeFileSystem } from 'langium/node';
import { cliLanguage } from '../cli-language.js';
import { writeFixedFiles } from '../fix/write-fixed-files.js';
import { collectFiles, describeFsError, UsageError } from '../workspace/collect-files.js';
import { checkWorkspace } from '../workspace/load-workspace.js';
import { summarise } from '../report/summary.js';
import { migrateMessages } from '../migrate/migrate-messages.js';
import { unifiedDiff } from '../report/unified-diff.js';
import { migrateWorkspace, type AfterProcedures } from '../migrate/migrate-workspace.js';
import { migrationReport, type ProcedureLines } from '../migrate/migration-report.js';
import { stageFile, WriteFilesError, type StagedFile } from '../migrate/write-files.js';
import { displayPath, skippedLines, type CommandResult } from './check.js';

/** Options of `tthc migrate`. */
export interface MigrateOptions {
    /** Print what would change (a unified diff per file) and the report; write nothing. */
    readonly dryRun: boolean;
    /** Also write the report, in Markdown, to this file. */
    readonly report?: string;
}

/**
 * `tthc migrate [paths…]`: rewrites a workspace written for the district level from the successors its
 * catalogue declares (migrate-workspace.ts), then applies every safe quick fix as `tthc fix` does
 * (`fixWorkspace`), formats the changed files, writes them atomically (all or none), prints the
 * migration report (and writes it with `--report`), and exits as `tthc check` would on the result: 0 without
 * errors, 1 with errors left (each listed as a human decision), 2 on bad usage.
 */
export async function runMigrate(paths: readonly string[], options: MigrateOptions): Promise<CommandResult> {
    if (options.report !== undefined && extname(options.report).toLowerCase() !== '.md') {
        throw new UsageError(migrateMessages.reportNotMarkdown(options.report));
    }
    const selection = collectFiles(paths.length > 0 ? paths : ['.']);
    if (selection.loaded.length === 0) {
        return { stdout: '', stderr: `tthc: ${migrateMessages.nothingToMigrate(paths)}\n`, exitCode: 2 };
    }
    const migration = await migrateWorkspace(selection.loaded, selection.checked, texts => applySafeFixes(selection.loaded, selection.checked, texts));
    const checked = new Set(selection.checked);
    const { files: all, documents } = await checkWorkspace(selection.loaded, undefined, migration.after);
    const files = all.filter(file => checked.has(file.path));
    const lines: ProcedureLines = new Map(documents.map(document => {
        const root = document.parseResult.value;
        const ranges = isTthcFile(root) ? root.procedures.filter(p => p.$cstNode).map(p => ({
            name: p.name, start: p.$cstNode!.range.start.line + 1, end: p.$cstNode!.range.end.line + 1
        })) : [];
        return [document.uri.fsPath, ranges];
    }));
    const { markdown } = migrationReport(migration, files, lines, displayPath, options.dryRun);
    const changed = [...migration.after.entries()].filter(([path, text]) => migration.before.get(path) !== text).sort(([a], [b]) => (a < b ? -1 : 1));
    let stdout = '';
    let stderr = skippedLines(selection);
    if (options.dryRun) {
        stdout += changed.map(([path, text]) => `${unifiedDiff(showControls(displayPath(path)), migration.before.get(path)!, text)}\n`).join('');
        if (changed.length > 0) stdout += '\n';
    } else {
        // The report is staged first: a report that cannot be written stops the run before any file changes.
        let report: StagedFile | undefined;
        try {
            report = options.report !== undefined ? stageFile(resolve(options.report), markdown) : undefined;
        } catch (error) {
            if (!(error instanceof WriteFilesError)) throw error;
            return { stdout: '', stderr: `${stderr}tthc: ${migrateMessages.cannotWrite(displayPath(error.path), describeFsError(error.cause))}\n`, exitCode: 2 };
        }
        try {
            writeFixedFiles(changed.map(([path, text]) => ({ path, original: migration.before.get(path)!, text })), displayPath);
        } catch (error) {
            report?.discard();
            throw error;
        }
        try {
            report?.commit();
        } catch (error) {
            if (!(error instanceof WriteFilesError)) throw error;
            return { stdout: '', stderr: `${stderr}tthc: ${migrateMessages.cannotWriteReport(displayPath(error.path), describeFsError(error.cause))}\n`, exitCode: 2 };
        }
        stderr += `tthc: ${changed.length > 0 ? migrateMessages.wrote(changed.length) : migrateMessages.unchanged}\n`;
        if (options.report !== undefined) stderr += `tthc: ${migrateMessages.reportWritten(displayPath(resolve(options.report)))}\n`;
    }
    stdout += markdown;
    return { stdout, stderr, exitCode: summarise(files).errors > 0 ? 1 : 0 };
}

// `tthc fix` after the migration: every safe quick fix (the retitled names, the cited texts, the district
// references the successors resolve, the reception at the level's one-stop unit), in memory.
async function applySafeFixes(loaded: readonly string[], editable: readonly string[], texts: ReadonlyMap<string, string>): ReturnType<AfterProcedures> {
    const services = createTthcLspServices(NodeFileSystem, { language: cliLanguage() });
    const workspace = await checkWorkspace(loaded, { shared: services.shared, Tthc: services.Tthc }, texts);
    const mayEdit = new Set(editable);
    const named = workspace.documents.filter(document => mayEdit.has(workspace.pathOf(document)));
    const result = await fixWorkspace(services.Tthc, named);
    const pathOfUri = new Map(workspace.documents.map(document => [document.uri.toString(), workspace.pathOf(document)]));
    const after = new Map(texts);
    const fixes = new Map<string, string[]>();
    for (const document of result.documents) {
        const path = pathOfUri.get(document.uri);
        if (path === undefined) continue;
        after.set(path, document.text);
        if (document.fixes.length > 0) fixes.set(path, document.fixes.map(fix => fix.title));
    }
    return { texts: after, fixes, documents: services.shared.workspace.LangiumDocuments.all.toArray() };
}
