import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';

// A catalogue starts with a `province` declaration, after comments and blank lines.
const cataloguePattern = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*province\s/;

/** Whether a `.tthc` file declares a province catalogue (read from its first few kilobytes). */
export function isCatalogueFile(path: string): boolean {
    try {
        const head = readFileSync(path, { encoding: 'utf8', flag: 'r' }).slice(0, 64 * 1024).replace(/^\uFEFF/, '');
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
            entries = readdirSync(folder).filter(name => name.endsWith('.tthc'));
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
