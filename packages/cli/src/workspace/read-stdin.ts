import { readFileSync } from 'node:fs';
import { cliMessages } from '../cli-messages.js';
import { describeFsError, UsageError } from './collect-files.js';
import { sourceOfBytes, type SourceRead } from './read-source.js';

/**
 * The text of standard input (`tthc check -`), read whole and decoded as a `.tthc` file is (strict UTF-8, a
 * byte-order mark dropped; empty, too large or not UTF-8 is a finding, as for a file). `read` reads it (tests pass
 * their own).
 */
export function readStdin(read: () => Buffer = () => readFileSync(0)): SourceRead {
    let bytes: Buffer;
    try {
        bytes = read();
    } catch (error) {
        throw new UsageError(cliMessages.cannotReadFile('-', describeFsError(error)));
    }
    return sourceOfBytes(bytes, bytes.length);
}
