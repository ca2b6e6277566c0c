import { extname, resolve } from 'node:path';
import { isTthcFile } from '@tthc/language';
import { collectFiles, describeFsError, UsageError } from '../workspace/collect-files.js';
import { checkWorkspace } from '../workspace/load-workspace.js';
import { summarise } from '../report/summary.js';
import { migrateMessages } from '../migrate/migrate-messages.js';
import { migrateWorkspace } from '../migrate/migrate-workspace.js';
import { migrationReport, type ProcedureLines } from '../migrate/migration-report.js';
import { unifiedDiff } from '../migrate/unified-diff.js';
import { writeFilesAtomically, WriteFilesError } from '../migrate/write-files.js';
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
 * catalogue declares (migrate-workspace.ts), writes the changed files atomically (all or none), prints the
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
    const migration = await migrateWorkspace(selection.loaded, selection.checked);
    const checked = new Set(selection.checked);
    const { files: all, documents } = await checkWorkspace(selection.loaded, migration.after);
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
        stdout += changed.map(([path, text]) => unifiedDiff(displayPath(path), migration.before.get(path)!, text)).join('');
        if (changed.length > 0) stdout += '\n';
    } else {
        const writes = changed.map(([path, text]) => ({ path, text }));
        if (options.report !== undefined) writes.push({ path: resolve(options.report), text: markdown });
        try {
            writeFilesAtomically(writes);
        } catch (error) {
            if (!(error instanceof WriteFilesError)) throw error;
            return { stdout: '', stderr: `${stderr}tthc: ${migrateMessages.cannotWrite(displayPath(error.path), describeFsError(error.cause))}\n`, exitCode: 2 };
        }
        stderr += `tthc: ${changed.length > 0 ? migrateMessages.wrote(changed.length) : migrateMessages.unchanged}\n`;
        if (options.report !== undefined) stderr += `tthc: ${migrateMessages.reportWritten(displayPath(resolve(options.report)))}\n`;
    }
    stdout += markdown;
    return { stdout, stderr, exitCode: summarise(files).errors > 0 ? 1 : 0 };
}
