import { showControls } from '@tthc/language';
import { isProblem, type CheckedFile } from '../workspace/load-workspace.js';
import { paint } from './colour.js';
import { summaryLine, type Summary } from './summary.js';

const SEVERITY_COLOURS = { error: 'red', warning: 'yellow', info: 'cyan' } as const;

/**
 * The human report: `file:line:col severity code message`, one line per finding, grouped by file
 * with a blank line between files, then the summary (which counts the suppressed findings, not shown). Paths are shown by `display`. Messages quote
 * source text safely already (`quoteSource`); as a last defence, any control character left in a
 * path or a message is made visible here, so that one finding is always exactly one line. Severities and the
 * summary are coloured when the run colours its output (`colour.ts`: a terminal, without `NO_COLOR`).
 */
export function textReport(files: readonly CheckedFile[], summary: Summary, display: (path: string) => string): string {
    const groups: string[] = [];
    for (const file of files) {
        // A suppressed finding is not a problem: the summary counts it, JSON and SARIF report it.
        const problems = file.findings.filter(isProblem);
        if (problems.length === 0) continue;
        const name = showControls(display(file.path));
        groups.push(problems.map(f => `${name}:${f.line}:${f.column} ${paint(SEVERITY_COLOURS[f.severity], f.severity)} ${paint('dim', f.code)} ${showControls(f.message)}`).join('\n'));
    }
    const line = summaryLine(summary);
    const total = summary.errors > 0 ? paint('red', line) : summary.warnings > 0 ? paint('yellow', line) : line;
    return [...groups, total].join('\n\n') + '\n';
}
