import { showControls } from '@tthc/language';
import { createTwoFilesPatch } from 'diff';

/**
 * What `tthc fix --dry-run` and `tthc migrate --dry-run` print for a file they would change: Git's unified diff
 * (`--- a/path`, `+++ b/path`, three lines of context), control characters of the source made visible.
 */
export function unifiedDiff(name: string, before: string, after: string): string {
    const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {
        context: 3,
        headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: true }
    });
    return patch.replace(/\n$/, '').split('\n').map(visible).join('\n');
}

// A line with its control characters made visible, but for tabs and the carriage return that ends a line of a
// CRLF file.
function visible(line: string): string {
    const cr = line.endsWith('\r') ? '\r' : '';
    const body = cr ? line.slice(0, -1) : line;
    return body.split('\t').map(showControls).join('\t') + cr;
}
