import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A file that could not be written, and why (the error thrown). */
export class WriteFilesError extends Error {
    constructor(readonly path: string, override readonly cause: unknown) {
        super(`cannot write ${path}`);
    }
}

/**
 * Writes several files all or nothing, as far as a file system allows: each text goes first to a temporary
 * file beside its target (same folder, so that the rename is atomic), and only when every one is staged are
 * they renamed over their targets; a failure while staging removes the temporary files and changes nothing.
 * A reader never sees half a file.
 */
export function writeFilesAtomically(files: ReadonlyArray<{ readonly path: string; readonly text: string }>): void {
    const staged: Array<{ temporary: string; path: string }> = [];
    try {
        for (const [index, { path, text }] of files.entries()) {
            const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${index}.tmp`);
            staged.push({ temporary, path });
            writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx' });
        }
    } catch (error) {
        for (const { temporary } of staged) removeQuietly(temporary);
        throw new WriteFilesError(staged[staged.length - 1]?.path ?? '', error);
    }
    for (const { temporary, path } of staged) {
        try {
            renameSync(temporary, path);
        } catch (error) {
            for (const rest of staged) removeQuietly(rest.temporary);
            throw new WriteFilesError(path, error);
        }
    }
}

// A temporary file that may never have been created (its folder may not even be one).
function removeQuietly(path: string): void {
    try {
        rmSync(path, { force: true });
    } catch {
        // Nothing to clean up there.
    }
}
