import { cliLanguage } from '../cli-language.js';
import type { CheckedFile } from '../workspace/load-workspace.js';
import type { Summary } from './summary.js';

/** The version of the `--format json` document; bumped on any incompatible change (docs/cli.md). */
export const CHECK_REPORT_VERSION = 1;

/** The machine-readable report of `tthc check --format json`, documented in docs/cli.md. */
export function jsonReport(files: readonly CheckedFile[], summary: Summary, display: (path: string) => string): string {
    const document = {
        schemaVersion: CHECK_REPORT_VERSION,
        // The language of the messages; codes are the same in every language.
        language: cliLanguage(),
        files: files.map(file => ({ path: display(file.path), diagnostics: file.findings })),
        // `suppressed` and a diagnostic's `suppression` were added without raising the version: both are optional.
        summary: { files: summary.files, errors: summary.errors, warnings: summary.warnings, infos: summary.infos, suppressed: summary.suppressed }
    };
    return JSON.stringify(document, null, 2) + '\n';
}
