import { cliMessages } from '../cli-messages.js';
import { describeFsError, UsageError } from './collect-files.js';
import { readRegularFile } from './regular-file.js';

/** Files larger than this are reported instead of parsed. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** A source file's text, or why it has none. */
export type SourceRead =
    | { readonly kind: 'text'; readonly text: string }
    | { readonly kind: 'empty' }
    | { readonly kind: 'too-large'; readonly bytes: number }
    | { readonly kind: 'not-utf8'; readonly byteOffset: number; readonly line: number; readonly column: number; readonly utf16?: boolean };

/**
 * Reads a `.tthc` file as strict UTF-8 (a leading byte-order mark is dropped). A path that is no
 * longer a regular file (a FIFO put in its place) is a `UsageError`, found without waiting on it.
 */
export function readSource(path: string): SourceRead {
    let bytes: Buffer;
    let size: number;
    try {
        ({ bytes, size } = readRegularFile(path, MAX_FILE_BYTES));
    } catch (error) {
        throw new UsageError(cliMessages.cannotReadFile(path, describeFsError(error)));
    }
    return sourceOfBytes(bytes, size);
}

/**
 * What a file's bytes hold, read as `readSource` reads a file: `size` is the file's whole size, `bytes` at most its
 * first `MAX_FILE_BYTES` (standard input, `tthc check -`, is read the same way).
 */
export function sourceOfBytes(bytes: Buffer, size: number): SourceRead {
    if (size > MAX_FILE_BYTES) {
        return { kind: 'too-large', bytes: size };
    }
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        return { kind: 'not-utf8', byteOffset: 0, line: 1, column: 1, utf16: true };
    }
    let text: string;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        return { kind: 'not-utf8', ...firstInvalidByte(bytes) };
    }
    if (text.trim() === '') {
        return { kind: 'empty' };
    }
    return { kind: 'text', text };
}

// Finds the first byte that does not continue a valid UTF-8 sequence, with its 1-based line and
// column (counted in characters decoded so far on that line).
function firstInvalidByte(bytes: Uint8Array): { byteOffset: number; line: number; column: number } {
    let line = 1;
    let column = 1;
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
        if (length === 0 || i + length > bytes.length || !continuationBytes(bytes, i + 1, length - 1)
            || new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(i, i + length)).includes('\uFFFD')) {
            return { byteOffset: i, line, column };
        }
        if (b === 0x0a) {
            line++;
            column = 1;
        } else {
            column++;
        }
        i += length;
    }
    return { byteOffset: bytes.length, line, column };
}

function continuationBytes(bytes: Uint8Array, start: number, count: number): boolean {
    for (let k = start; k < start + count; k++) {
        if ((bytes[k] & 0xc0) !== 0x80) return false;
    }
    return true;
}
