import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A file to write: its name in the output folder (ASCII kebab-case, made by the import) and its text. */
export interface ImportedFile {
    readonly fileName: string;
    readonly text: string;
}

/** The files that exist already in `out` (and would be replaced). */
export function existingFiles(out: string, files: readonly ImportedFile[]): string[] {
    return files.map(f => join(out, f.fileName)).filter(path => existsSync(path));
}

/**
 * Writes every file or none: each goes to a temporary file in the output folder first, and only when all are
 * written are they renamed into place (a rename within a folder is atomic), so that no reader ever sees a half-written
 * .tthc and a failure leaves the folder as it was.
 */
export function writeImportedFiles(out: string, files: readonly ImportedFile[]): string[] {
    mkdirSync(out, { recursive: true });
    const staged: Array<{ temporary: string; path: string }> = [];
    try {
        for (const file of files) {
            const temporary = join(out, `.${file.fileName}.${process.pid}.tmp`);
            writeFileSync(temporary, file.text, { encoding: 'utf8', flag: 'wx' });
            staged.push({ temporary, path: join(out, file.fileName) });
        }
    } catch (error) {
        for (const { temporary } of staged) rmSync(temporary, { force: true });
        throw error;
    }
    for (const { temporary, path } of staged) renameSync(temporary, path);
    return staged.map(s => s.path);
}
