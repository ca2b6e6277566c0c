import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The `docs/rules.md` nearest above the server's own file: the copy packaged beside `dist/` in the
 * extension, or the repository's when the server runs from a clone. `undefined` when neither exists.
 */
export function rulesDocumentUri(serverFile: string): string | undefined {
    let folder = dirname(serverFile);
    for (;;) {
        const candidate = join(folder, 'docs', 'rules.md');
        if (existsSync(candidate)) return pathToFileURL(candidate).toString();
        const parent = dirname(folder);
        if (parent === folder) return undefined;
        folder = parent;
    }
}
