import { readdirSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { readRegularFile } from './regular-file.js';

// A catalogue starts with a `province` declaration, after comments and blank lines.
const cataloguePattern = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*province\s/;

// A catalogue's `province` comes first: its first 64 KiB are enough to tell.
const HEAD_BYTES = 64 * 1024;

/** Whether a `.tthc` file declares a province catalogue (read from its first few kilobytes; never blocks on a FIFO). */
export function isCatalogueFile(path: string): boolean {
    try {
        const head = readRegularFile(path, HEAD_BYTES).bytes.toString('utf8').replace(/^\uFEFF/, '');
        return cataloguePattern.test(head);
    } catch {
        return false;
    }
}

/**
 * The root folder of the project a path belongs to: the nearest folder at or above it that holds a
 * catalogue file, as the language defines projects (docs/language.md). Undefined when there is none.
 */
export function findProjectRoot(path: string, isFolder: boolean): string | undefined {
    let folder = isFolder ? path : dirname(path);
    const { root } = parse(folder);
    for (;;) {
        let entries: string[] = [];
        try {
            // Regular files only, as the folder walk takes them: a FIFO is never opened.
            entries = readdirSync(folder, { withFileTypes: true }).filter(entry => entry.isFile() && entry.name.endsWith('.tthc')).map(entry => entry.name);
        } catch {
            // an unreadable folder holds no catalogue we can use
        }
        if (entries.some(name => isCatalogueFile(join(folder, name)))) {
            return folder;
        }
        if (folder === root) {
            return undefined;
        }
        folder = dirname(folder);
    }
}
