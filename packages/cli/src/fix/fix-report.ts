import { showControls } from '@tthc/language';
import { createTwoFilesPatch } from 'diff';
import { fixMessages } from './fix-messages.js';

/** A file the fixes changed, as the report shows it. */
export interface FixedFileReport {
    readonly path: string;
    readonly original: string;
    readonly text: string;
    readonly fixes: ReadonlyArray<{ readonly line: number; readonly column: number; readonly code: string; readonly title: string }>;
}

/**
 * What `tthc fix` changed: `file:line:col code title`, one line per fix, grouped by file with a blank
 * line between files, then a count; with `dryRun`, each file's unified diff after its fixes. Paths are
 * shown by `display`; control characters in paths, titles and diff lines are made visible.
 */
export function fixReport(files: readonly FixedFileReport[], display: (path: string) => string, dryRun: boolean): string {
    const groups: string[] = [];
    let count = 0;
    for (const file of files) {
        const name = showControls(display(file.path));
        const lines = file.fixes.length > 0
            ? file.fixes.map(f => `${name}:${f.line}:${f.column} ${f.code} ${showControls(f.title)}`)
            : [fixMessages.changedByOthers(display(file.path))];
        count += file.fixes.length;
        if (dryRun && file.text !== file.original) {
            lines.push(unifiedDiff(name, file.original, file.text));
        }
        groups.push(lines.join('\n'));
    }
    const changed = files.filter(file => file.text !== file.original).length;
    const total = count === 0 && changed === 0 ? fixMessages.nothingToFix : fixMessages.fixedFiles(count, changed, dryRun);
    return [...groups, total].join('\n\n') + '\n';
}

// Git's form: `--- a/path`, `+++ b/path`, hunks with three lines of context.
function unifiedDiff(name: string, before: string, after: string): string {
    const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {
        context: 3,
        headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: true }
    });
    return patch.replace(/\n$/, '').split('\n').map(visible).join('\n');
}

// A line of the diff with its control characters made visible, but for tabs and the carriage return
// that ends a line of a CRLF file.
function visible(line: string): string {
    const cr = line.endsWith('\r') ? '\r' : '';
    const body = cr ? line.slice(0, -1) : line;
    return body.split('\t').map(showControls).join('\t') + cr;
}
