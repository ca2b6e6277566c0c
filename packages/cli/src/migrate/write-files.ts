import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A file that could not be written, and why (the error thrown). */
export class WriteFilesError extends Error {
    constructor(readonly path: string, override readonly cause: unknown) {
        super(`cannot write ${path}`);
    }
}

/** A new file written to a temporary file beside it: `commit` renames it into place, `discard` removes it. */
export interface StagedFile {
    commit(): void;
    discard(): void;
}

/**
 * Stages a new file (the migration report): its text goes to a temporary file in the same folder, so that
 * the rename that puts it in place is atomic and a reader never sees half of it. Staged before the workspace's
 * files are replaced, so that a report that cannot be written stops the run before anything changes.
 */
export function stageFile(path: string, text: string): StagedFile {
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tthc-migrate.tmp`);
    try {
        writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx' });
    } catch (error) {
        removeQuietly(temporary);
        throw new WriteFilesError(path, error);
    }
    return {
        commit: () => {
            try {
                renameSync(temporary, path);
            } catch (error) {
                removeQuietly(temporary);
                throw new WriteFilesError(path, error);
            }
        },
        discard: () => removeQuietly(temporary)
    };
}

// A temporary file that may never have been created (its folder may not even be one).
function removeQuietly(path: string): void {
    try {
        rmSync(path, { force: true });
    } catch {
        // Nothing to clean up there.
    }
}
