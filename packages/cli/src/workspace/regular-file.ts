import { closeSync, constants, fstatSync, openSync, readSync, type Dirent, type Stats } from 'node:fs';

/** What a path that is neither a regular file nor a folder is, in a few words (`a named pipe (FIFO)`). */
export function kindOf(entry: Stats | Dirent): string {
    if (entry.isFIFO()) return 'a named pipe (FIFO)';
    if (entry.isSocket()) return 'a socket';
    if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
    if (entry.isSymbolicLink()) return 'a symbolic link';
    return 'not a regular file';
}

/** Thrown by `readRegularFile` for a path that turned out not to be a regular file. */
export class NotRegularFileError extends Error {
    constructor(readonly kind: string) {
        super(`it is ${kind}, not a regular file`);
    }
}

// Opening a FIFO for reading waits for a writer, forever if none comes; with O_NONBLOCK the open
// returns at once and fstat tells what was opened. Windows has neither the flag nor such waits.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads at most `maxBytes` of a regular file, and its size. The callers only read what a listing or
 * `stat` said was a regular file; this also holds if the path was swapped for a FIFO or a device
 * since: it never blocks on one, and throws `NotRegularFileError` instead of reading it.
 */
export function readRegularFile(path: string, maxBytes = Number.POSITIVE_INFINITY): { bytes: Buffer; size: number } {
    const fd = openSync(path, openFlags);
    try {
        const stats = fstatSync(fd);
        if (!stats.isFile()) {
            throw new NotRegularFileError(kindOf(stats));
        }
        const length = Math.min(stats.size, maxBytes);
        const bytes = Buffer.alloc(length);
        let read = 0;
        while (read < length) {
            const count = readSync(fd, bytes, read, length - read, read);
            if (count === 0) break;
            read += count;
        }
        return { bytes: bytes.subarray(0, read), size: stats.size };
    } finally {
        closeSync(fd);
    }
}
