import { lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A file an import writes: its path under the output folder (made by the import, never read from the input) and its text. */
export interface ImportedFile {
    readonly path: string;
    readonly text: string;
}

/** The files of `files` that exist already under `out` (a dangling link too: it would be replaced), as paths under `out`. */
export function existingFiles(out: string, files: readonly ImportedFile[]): string[] {
    return files.map(file => join(out, file.path)).filter(path => {
        try {
            lstatSync(path);
            return true;
        } catch {
            return false;
        }
    });
}

/**
 * Writes every file or none: each goes to a temporary file in its own folder first, and only when all are written
 * are they renamed into place (a rename within a folder is atomic), so that no reader ever sees a half-written
 * `.tthc` and a failure leaves the folder as it was. Returns the paths written, under `out`.
 */
export function writeImportedFiles(out: string, files: readonly ImportedFile[]): string[] {
    const staged: Array<{ temporary: string; path: string }> = [];
    try {
        for (const file of files) {
            const path = join(out, file.path);
            mkdirSync(dirname(path), { recursive: true });
            const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
            writeFileSync(temporary, file.text, { encoding: 'utf8', flag: 'wx' });
            staged.push({ temporary, path });
        }
    } catch (error) {
        for (const { temporary } of staged) rmSync(temporary, { force: true });
        throw error;
    }
    for (const { temporary, path } of staged) renameSync(temporary, path);
    return staged.map(s => s.path);
}
