import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { WorkspaceFile } from './map-bundle.js';

/** The files of `files` that already exist in `out` (relative paths). */
export async function existingFiles(out: string, files: readonly WorkspaceFile[]): Promise<string[]> {
    const found: string[] = [];
    for (const file of files) {
        try {
            await lstat(join(out, file.path));
            found.push(file.path);
        } catch {
            // Absent: nothing to overwrite.
        }
    }
    return found;
}

/**
 * Writes each file atomically: to a temporary file in the same folder, then renamed over the name (a reader
 * never sees half a file). Paths are ours (`catalogue.tthc`, `procedures/<safe name>.tthc`), never read from the bundle.
 */
export async function writeWorkspace(out: string, files: readonly WorkspaceFile[]): Promise<void> {
    for (const file of files) {
        const target = join(out, file.path);
        await mkdir(dirname(target), { recursive: true });
        const temporary = join(dirname(target), `.${process.pid}-${Date.now()}.tthc-import.tmp`);
        try {
            await writeFile(temporary, file.text, { encoding: 'utf8', flag: 'wx' });
            await rename(temporary, target);
        } catch (error) {
            await rm(temporary, { force: true });
            throw error;
        }
    }
}
