import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The `docs/rules.md` nearest above the server's own file: the copy packaged beside `dist/` in the
 * extension, or the repository's when the server runs from a clone. `undefined` when neither exists.
 * With `language` `'vi'`, the Vietnamese page `docs/vi/rules.md`, found the same way.
 */
export function rulesDocumentUri(serverFile: string, language: 'en' | 'vi' = 'en'): string | undefined {
    const page = language === 'vi' ? join('docs', 'vi', 'rules.md') : join('docs', 'rules.md');
    let folder = dirname(serverFile);
    for (;;) {
        const candidate = join(folder, page);
        if (existsSync(candidate)) return pathToFileURL(candidate).toString();
        const parent = dirname(folder);
        if (parent === folder) return undefined;
        folder = parent;
    }
}
