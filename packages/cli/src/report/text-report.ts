import { showControls } from '@tthc/language';
import type { CheckedFile } from '../workspace/load-workspace.js';
import { summaryLine, type Summary } from './summary.js';

/**
 * The human report: `file:line:col severity code message`, one line per finding, grouped by file
 * with a blank line between files, then the summary. Paths are shown by `display`. Messages quote
 * source text safely already (`quoteSource`); as a last defence, any control character left in a
 * path or a message is made visible here, so that one finding is always exactly one line.
 */
export function textReport(files: readonly CheckedFile[], summary: Summary, display: (path: string) => string): string {
    const groups: string[] = [];
    for (const file of files) {
        if (file.findings.length === 0) continue;
        const name = showControls(display(file.path));
        groups.push(file.findings.map(f => `${name}:${f.line}:${f.column} ${f.severity} ${f.code} ${showControls(f.message)}`).join('\n'));
    }
    return [...groups, summaryLine(summary)].join('\n\n') + '\n';
}
