import type { CheckedFile } from '../workspace/load-workspace.js';
import { githubReport } from './github-report.js';
import { gitlabReport } from './gitlab-report.js';
import { jsonReport } from './json-report.js';
import { sarifReport } from './sarif-report.js';
import type { Summary } from './summary.js';
import { textReport } from './text-report.js';

/** The formats of `tthc check`'s report, in the order the help lists them. */
export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab'] as const;

/** A format of `tthc check`'s report. */
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** What a report is written from. */
export interface ReportInput {
    readonly files: readonly CheckedFile[];
    readonly summary: Summary;
    /** A path as the user sees it (relative to the working folder). */
    readonly display: (path: string) => string;
    /** The working folder: SARIF's `%SRCROOT%`. */
    readonly root: string;
    /** Where the documentation is published (`--docs-url`), for SARIF's rule links. */
    readonly docsUrl?: string;
}

/** The report of a check in one of its formats. */
export function formatReport(format: CheckFormat, input: ReportInput): string {
    switch (format) {
        case 'text': return textReport(input.files, input.summary, input.display);
        case 'json': return jsonReport(input.files, input.summary, input.display);
        case 'sarif': return sarifReport(input.files, { root: input.root, ...(input.docsUrl !== undefined ? { docsUrl: input.docsUrl } : {}) });
        case 'github': return githubReport(input.files, input.summary, input.display);
        case 'gitlab': return gitlabReport(input.files, input.display);
    }
}
