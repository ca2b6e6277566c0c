import { cliLanguage } from '../cli-language.js';
import type { CheckedFile } from '../workspace/load-workspace.js';
import type { Summary } from '../report/summary.js';
import { jsonReport } from '../report/json-report.js';
import { fileDiff, type FixedFileReport } from './fix-report.js';

/** The version of the `tthc fix --format json` document; bumped on any incompatible change (docs/cli.md). */
export const FIX_REPORT_VERSION = 1;

/** What a run of `tthc fix` did, for its JSON report. */
export interface FixRun {
    readonly dryRun: boolean;
    readonly passes: number;
    readonly converged: boolean;
    readonly files: readonly FixedFileReport[];
    readonly leftAlone: ReadonlyArray<{ readonly path: string; readonly reason: 'syntax-errors' | 'broken-by-fixes' }>;
}

/**
 * The machine-readable report of `tthc fix --format json` (schemas/fix-report.schema.json): the fixes
 * per file (with `--dry-run`, each changed file's unified diff), the files left alone, and under `check`
 * the document `tthc check --format json` prints for the files as they are after the fixes.
 */
export function fixJsonReport(run: FixRun, remaining: readonly CheckedFile[], summary: Summary, display: (path: string) => string): string {
    const document = {
        schemaVersion: FIX_REPORT_VERSION,
        language: cliLanguage(),
        dryRun: run.dryRun,
        passes: run.passes,
        converged: run.converged,
        files: run.files.map(file => ({
            path: display(file.path),
            changed: file.text !== file.original,
            fixes: file.fixes.map(({ line, column, code, title }) => ({ line, column, code, title })),
            ...(run.dryRun && file.text !== file.original ? { diff: fileDiff(file, display) + '\n' } : {})
        })),
        leftAlone: run.leftAlone.map(({ path, reason }) => ({ path: display(path), reason })),
        check: JSON.parse(jsonReport(remaining, summary, display)) as unknown
    };
    return JSON.stringify(document, null, 2) + '\n';
}
