import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The golden `tthc check examples/legacy` output, every diagnostic with its place, in English and Vietnamese. */
const GOLDEN = { en: resolve(import.meta.dirname, '../golden/legacy-check.txt'), vi: resolve(import.meta.dirname, '../golden/legacy-check.vi.txt') };

/**
 * The golden diagnostics of one file (a path from the repository root, e.g.
 * `examples/legacy/procedures/x.tthc`), each as `line:col severity code message` (1-based, columns in characters),
 * with the messages in `language`.
 */
export function goldenDiagnostics(path: string, language: 'en' | 'vi' = 'en'): string[] {
    const prefix = `${path}:`;
    return readFileSync(GOLDEN[language], 'utf8').split('\n').filter(line => line.startsWith(prefix)).map(line => line.slice(prefix.length));
}

/** `line:col severity code` of a diagnostic line, without its message. */
export function place(line: string): string {
    return line.split(' ').slice(0, 3).join(' ');
}
