import { accessSync, closeSync, constants, fsyncSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../workspace/collect-files.js';
import { fixMessages } from './fix-messages.js';

/** A file to replace: the text it was read with, and its new text. */
export interface FixedFileWrite {
    readonly path: string;
    readonly original: string;
    readonly text: string;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

interface Prepared {
    readonly target: string;
    readonly bytes: Buffer;
    readonly mode: number;
}

/**
 * Replaces each file with its new text, all or nothing as far as the checks go: first every file is
 * checked (writable, not read-only even for root, still holding the text it was read with), so that a
 * problem stops the run before anything is written; then each file is replaced atomically (a temporary
 * file in the same folder, written and flushed, renamed over it), keeping its byte-order mark and mode.
 * A symbolic link named on the command line is followed: its target is replaced, the link kept.
 * Line endings are the text's own: the fixes write the file's line break.
 */
export function writeFixedFiles(writes: readonly FixedFileWrite[], show: (path: string) => string): void {
    const prepared = writes.map(write => prepare(write, show));
    for (const file of prepared) {
        replaceAtomically(file);
    }
}

function prepare(write: FixedFileWrite, show: (path: string) => string): Prepared {
    const target = realpathSync(write.path);
    const stat = statSync(target);
    // A rename replaces a read-only file as easily as any other (and root may write anything): a file
    // someone marked read-only is respected explicitly.
    if ((stat.mode & 0o222) === 0 || !writable(target)) {
        throw new UsageError(fixMessages.readOnly(show(write.path)));
    }
    const current = readFileSync(target);
    const bom = current.subarray(0, 3).equals(UTF8_BOM);
    // TextDecoder drops a leading byte-order mark, as the reading of the sources did.
    if (new TextDecoder('utf-8').decode(current) !== write.original) {
        throw new UsageError(fixMessages.changedOnDisk(show(write.path)));
    }
    const text = Buffer.from(write.text, 'utf8');
    return { target, bytes: bom ? Buffer.concat([UTF8_BOM, text]) : text, mode: stat.mode & 0o7777 };
}

function writable(path: string): boolean {
    try {
        accessSync(path, constants.W_OK);
        return true;
    } catch {
        return false;
    }
}

function replaceAtomically(file: Prepared): void {
    // Not a .tthc name: a temporary file left by a crash is never read as a source.
    const temporary = join(dirname(file.target), `.${basename(file.target)}.${process.pid}.tthc-fix.tmp`);
    let fd: number | undefined;
    try {
        fd = openSync(temporary, 'wx', file.mode);
        writeSync(fd, file.bytes);
        fsyncSync(fd);
        closeSync(fd);
        fd = undefined;
        renameSync(temporary, file.target);
    } catch (error) {
        if (fd !== undefined) closeSync(fd);
        rmSync(temporary, { force: true });
        throw error;
    }
}
