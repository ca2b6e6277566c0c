import { showControls } from '@tthc/language';
import { createTwoFilesPatch } from 'diff';

/**
 * What `tthc migrate --dry-run` prints for a file it would change: Git's unified diff (`--- a/path`, `+++ b/path`,
 * three lines of context), as `tthc fix --dry-run` prints it, control characters of the source made visible.
 */
export function migrateDiff(name: string, before: string, after: string): string {
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
