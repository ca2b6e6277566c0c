import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The golden `tthc check examples/legacy` output, every diagnostic with its place. */
const GOLDEN = resolve(import.meta.dirname, '../golden/legacy-check.txt');

/**
 * The golden diagnostics of one file (a path from the repository root, e.g.
 * `examples/legacy/procedures/x.tthc`), each as `line:col severity code message` (1-based, columns in characters).
 */
export function goldenDiagnostics(path: string): string[] {
    const prefix = `${path}:`;
    return readFileSync(GOLDEN, 'utf8').split('\n').filter(line => line.startsWith(prefix)).map(line => line.slice(prefix.length));
}

/** `line:col severity code` of a diagnostic line, without its message. */
export function place(line: string): string {
    return line.split(' ').slice(0, 3).join(' ');
}
