import { showControls } from '@tthc/language';
import type { CheckedFile } from '../workspace/load-workspace.js';
import { summaryLine, type Summary } from './summary.js';

const COMMANDS = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * `tthc check --format github`: one GitHub Actions workflow command per finding
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<code>::<message>`; a warning is `::warning`, an info
 * `::notice`), which the runner turns into annotations on the pull request, then the summary line. Findings a
 * suppression covers are left out. Paths are shown by `display` (relative to the working folder, which is the
 * workspace in a workflow).
 */
export function githubReport(files: readonly CheckedFile[], summary: Summary, display: (path: string) => string): string {
    const lines: string[] = [];
    for (const file of files) {
        // Control characters made visible first, as in the text report: a line break in a name never ends the command.
        const path = escapeProperty(showControls(display(file.path)));
        for (const f of file.findings) {
            if (f.suppression !== undefined) continue;
            const properties = `file=${path},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${escapeProperty(f.code)}`;
            lines.push(`::${COMMANDS[f.severity]} ${properties}::${escapeData(showControls(f.message))}`);
        }
    }
    lines.push(summaryLine(summary));
    return lines.join('\n') + '\n';
}

/** A workflow command's message, escaped as the runner unescapes it (`%`, CR, LF). */
export function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value, escaped as the runner unescapes it (the message's, plus `:` and `,`). */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
