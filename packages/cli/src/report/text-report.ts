import { showControls } from '@tthc/language';
import { isProblem, type CheckedFile } from '../workspace/load-workspace.js';
import { summaryLine, type Summary } from './summary.js';

/**
 * The human report: `file:line:col severity code message`, one line per finding, grouped by file
 * with a blank line between files, then the summary (which counts the suppressed findings, not shown). Paths are shown by `display`. Messages quote
 * source text safely already (`quoteSource`); as a last defence, any control character left in a
 * path or a message is made visible here, so that one finding is always exactly one line.
 */
export function textReport(files: readonly CheckedFile[], summary: Summary, display: (path: string) => string): string {
    const groups: string[] = [];
    for (const file of files) {
        // A suppressed finding is not a problem: the summary counts it, JSON and SARIF report it.
        const problems = file.findings.filter(isProblem);
        if (problems.length === 0) continue;
        const name = showControls(display(file.path));
        groups.push(problems.map(f => `${name}:${f.line}:${f.column} ${f.severity} ${f.code} ${showControls(f.message)}`).join('\n'));
    }
    return [...groups, summaryLine(summary)].join('\n\n') + '\n';
}
