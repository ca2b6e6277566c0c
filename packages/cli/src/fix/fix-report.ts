import { showControls } from '@tthc/language';
import { unifiedDiff } from '../report/unified-diff.js';
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

/** The unified diff of a file's change, as the report prints it. */
export function fileDiff(file: FixedFileReport, display: (path: string) => string): string {
    return unifiedDiff(showControls(display(file.path)), file.original, file.text);
}
