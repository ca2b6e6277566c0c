// Writes a workspace holding one very long procedure (generator/long-procedure.mjs) beside the
// reference-shaped catalogue: <dir>/catalogue.tthc and <dir>/procedures/p.tthc.
//
// Usage: node scripts/bench/generate-long-procedure.mjs <dir> long <steps>
//        node scripts/bench/generate-long-procedure.mjs <dir> chain|reversed-chain|many-exits <steps>
//        node scripts/bench/generate-long-procedure.mjs <dir> repeated <step lines>
//        node scripts/bench/generate-long-procedure.mjs <dir> long-title <title bytes>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderChain, renderLongProcedure, renderManyExits, renderLongTitle, renderRepeatedSteps } from './generator/long-procedure.mjs';
import { buildReferenceCatalogue, renderReferenceCatalogue } from './generator/reference-shape.mjs';

/** The kinds of long procedure and how each is written. */
export const longKinds = {
    long: renderLongProcedure,
    chain: renderChain,
    'reversed-chain': steps => renderChain(steps, { reversed: true }),
    'many-exits': renderManyExits,
    repeated: renderRepeatedSteps,
    'long-title': renderLongTitle
};

/**
 * Writes the workspace (overwriting the two files) and returns the procedure's size in bytes.
 * @param {string} dir
 * @param {keyof typeof longKinds} kind
 * @param {number} size steps, step lines or title bytes
 * @returns {{ dir: string, file: string, bytes: number }}
 */
export function generateLongProcedure(dir, kind, size) {
    const render = longKinds[kind];
    if (!render) throw new Error(`unknown kind '${kind}': long, chain, reversed-chain, many-exits, repeated or long-title`);
    const folder = resolve(dir);
    mkdirSync(join(folder, 'procedures'), { recursive: true });
    writeFileSync(join(folder, 'catalogue.tthc'), renderReferenceCatalogue(buildReferenceCatalogue()));
    const text = render(size);
    const file = join(folder, 'procedures', 'p.tthc');
    writeFileSync(file, text);
    return { dir: folder, file, bytes: Buffer.byteLength(text) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
    const [dir, kind, size] = process.argv.slice(2);
    if (!dir || !(kind in longKinds) || !/^[0-9]+$/.test(size ?? '')) {
        process.stderr.write('usage: node scripts/bench/generate-long-procedure.mjs <dir> long|chain|reversed-chain|many-exits|repeated|long-title <size>\n');
        process.exit(2);
    }
    const result = generateLongProcedure(dir, kind, Number(size));
    process.stdout.write(`Wrote ${result.file} (${(result.bytes / 1e6).toFixed(2)} MB).\n`);
}
