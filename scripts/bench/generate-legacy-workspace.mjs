// A legacy workspace of `count` procedures for `tthc migrate`'s figure in `npm run bench`: the catalogue of
// examples/legacy (with its successors) and its procedures replicated, each copy with its own name and code, so
// that migrate has `count` procedures written for the district level to rewrite.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes the workspace into `dir` (emptied first) and returns how many procedure files it holds.
 * @param {string} root the repository root
 * @param {string} dir
 * @param {number} count
 */
export function generateLegacyWorkspace(root, dir, count) {
    const legacy = join(root, 'examples', 'legacy');
    const sources = readdirSync(join(legacy, 'procedures')).filter(name => name.endsWith('.tthc')).sort()
        .map(name => ({ name: name.replace(/\.tthc$/, ''), text: readFileSync(join(legacy, 'procedures', name), 'utf8') }));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'procedures'), { recursive: true });
    writeFileSync(join(dir, 'catalogue.tthc'), readFileSync(join(legacy, 'catalogue.tthc'), 'utf8'));
    for (let i = 0; i < count; i++) {
        const source = sources[i % sources.length];
        const n = String(i + 1).padStart(4, '0');
        // A name, title and code of its own (codes 2.9xxxxx are not real Portal codes).
        const text = source.text
            .replace(/^procedure (\w+) "([^"]*)"/m, (_, name, title) => `procedure ${name}${n} "${title} (${n})"`)
            .replace(/^(\s*)code \S+$/m, (_, indent) => `${indent}code 2.9${String(i).padStart(5, '0')}`);
        writeFileSync(join(dir, 'procedures', `${source.name}-${n}.tthc`), text);
    }
    return count;
}
