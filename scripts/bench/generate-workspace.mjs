// Generates a synthetic, clean province workspace for benchmarks and language-server tests:
//   <dir>/catalogue.tthc, <dir>/procedures/p00001.tthc …
// and the same information as JSON in the sibling folder <dir>-json (catalogue.json, procedures/p00001.json …).
// Deterministic: a fixed seed, and procedure N is the same whatever the count.
//
// Usage: node scripts/bench/generate-workspace.mjs <dir> <count>
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCatalogue } from './generator/build-catalogue.mjs';
import { buildProcedure } from './generator/build-procedure.mjs';
import { deriveSeed } from './generator/random.mjs';
import { renderCatalogue, renderProcedure } from './generator/render-tthc.mjs';
import { buildReferenceCatalogue, buildReferenceProcedure, renderReferenceCatalogue, renderReferenceProcedure } from './generator/reference-shape.mjs';

const SEED = 20250701;
const here = dirname(fileURLToPath(import.meta.url));

/** The file in each generated folder that records what generated it (hidden: `tthc check` ignores it). */
export const MANIFEST = '.tthc-bench.json';

/**
 * @typedef {object} GeneratedWorkspace
 * @property {string} dir the .tthc workspace
 * @property {string} jsonDir the JSON twin
 * @property {number} procedures
 * @property {number} files .tthc files (procedures and the catalogue)
 * @property {number} sourceBytes bytes of .tthc source
 * @property {number} jsonBytes bytes of JSON
 * @property {string} version the generator version that wrote them
 * @property {'realistic' | 'reference'} shape realistic procedures, or terse ones shaped like the stock-Langium reference
 */

/**
 * A hash of the generator's own source: a workspace written by another version is regenerated.
 * @returns {string}
 */
export function generatorVersion() {
    const hash = createHash('sha256');
    const generatorDir = join(here, 'generator');
    const files = [fileURLToPath(import.meta.url), ...readdirSync(generatorDir).filter(f => f.endsWith('.mjs')).sort().map(f => join(generatorDir, f))];
    for (const file of files) hash.update(readFileSync(file));
    return hash.digest('hex').slice(0, 16);
}

/**
 * The JSON twin of a workspace folder: `<dir>-json`, beside it.
 * @param {string} dir
 * @returns {string}
 */
export function jsonDirOf(dir) {
    return `${resolve(dir)}-json`;
}

/**
 * The manifest of a generated workspace, if `dir` holds one written by this generator version
 * with `procedureCount` procedures (and its JSON twin is complete too).
 * @param {string} dir
 * @param {number} procedureCount
 * @param {'realistic' | 'reference'} [shape]
 * @returns {GeneratedWorkspace | undefined}
 */
export function existingWorkspace(dir, procedureCount, shape = 'realistic') {
    const manifest = readManifest(resolve(dir));
    const jsonManifest = readManifest(jsonDirOf(dir));
    if (manifest && jsonManifest && (manifest.shape ?? 'realistic') === shape && manifest.version === generatorVersion() && manifest.procedures === procedureCount && jsonManifest.version === manifest.version && jsonManifest.procedures === procedureCount) {
        // The folders may have moved with the repository since the manifest was written.
        return { ...manifest, dir: resolve(dir), jsonDir: jsonDirOf(dir) };
    }
    return undefined;
}

/**
 * Writes a workspace of one catalogue and `procedureCount` procedures into `dir`, and the same
 * data as JSON into `<dir>-json`. Both folders are emptied first; a non-empty folder that this
 * generator did not write is refused rather than deleted.
 * @param {string} dir
 * @param {number} procedureCount
 * @param {'realistic' | 'reference'} [shape] realistic procedures (default), or terse ones shaped like
 *   the stock-Langium reference of performance.md (generator/reference-shape.mjs)
 * @returns {GeneratedWorkspace}
 */
export function generateWorkspace(dir, procedureCount, shape = 'realistic') {
    if (!Number.isInteger(procedureCount) || procedureCount < 1 || procedureCount > 99_999) {
        throw new Error(`the procedure count must be a whole number from 1 to 99999, not ${procedureCount}`);
    }
    const tthcDir = resolve(dir);
    const jsonDir = jsonDirOf(dir);
    prepareFolder(tthcDir);
    prepareFolder(jsonDir);
    mkdirSync(join(tthcDir, 'procedures'), { recursive: true });
    mkdirSync(join(jsonDir, 'procedures'), { recursive: true });

    let sourceBytes = 0;
    let jsonBytes = 0;
    const write = (path, text) => {
        writeFileSync(path, text);
        return Buffer.byteLength(text);
    };
    const reference = shape === 'reference';
    const catalogue = reference ? { data: buildReferenceCatalogue() } : buildCatalogue(deriveSeed(SEED, 0x7fffffff));
    sourceBytes += write(join(tthcDir, 'catalogue.tthc'), reference ? renderReferenceCatalogue(catalogue.data) : renderCatalogue(catalogue.data));
    jsonBytes += write(join(jsonDir, 'catalogue.json'), JSON.stringify(catalogue.data));
    for (let index = 1; index <= procedureCount; index++) {
        const procedure = reference ? buildReferenceProcedure(index, deriveSeed(SEED, index)) : buildProcedure(index, deriveSeed(SEED, index), catalogue.directory);
        const file = `p${String(index).padStart(5, '0')}`;
        sourceBytes += write(join(tthcDir, 'procedures', `${file}.tthc`), reference ? renderReferenceProcedure(procedure) : renderProcedure(procedure));
        jsonBytes += write(join(jsonDir, 'procedures', `${file}.json`), JSON.stringify(procedure));
    }
    /** @type {GeneratedWorkspace} */
    const result = { dir: tthcDir, jsonDir, procedures: procedureCount, files: procedureCount + 1, sourceBytes, jsonBytes, version: generatorVersion(), shape };
    // The manifests go last: an interrupted run leaves folders that are not reused.
    writeFileSync(join(tthcDir, MANIFEST), JSON.stringify(result, null, 2) + '\n');
    writeFileSync(join(jsonDir, MANIFEST), JSON.stringify(result, null, 2) + '\n');
    return result;
}

function readManifest(folder) {
    try {
        return JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8'));
    } catch {
        return undefined;
    }
}

// Empties a folder this generator wrote (or creates it); never deletes a folder it did not write.
function prepareFolder(folder) {
    if (existsSync(folder)) {
        const entries = readdirSync(folder);
        if (entries.length > 0 && !entries.includes(MANIFEST)) {
            throw new Error(`refusing to overwrite '${folder}': it is not empty and was not written by this generator`);
        }
        rmSync(folder, { recursive: true, force: true });
    }
    mkdirSync(folder, { recursive: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
    const [dir, count] = process.argv.slice(2);
    if (!dir || !/^[0-9]+$/.test(count ?? '')) {
        process.stderr.write('usage: node scripts/bench/generate-workspace.mjs <dir> <count>\n');
        process.exit(2);
    }
    try {
        const started = performance.now();
        const result = generateWorkspace(dir, Number(count));
        const ms = Math.round(performance.now() - started);
        process.stdout.write(`Wrote ${result.files} .tthc files (${(result.sourceBytes / 1e6).toFixed(2)} MB) to ${result.dir}\n`
            + `  and their JSON twin (${(result.jsonBytes / 1e6).toFixed(2)} MB) to ${result.jsonDir} in ${ms} ms (generator ${result.version}).\n`);
    } catch (error) {
        process.stderr.write(`generate-workspace: ${error.message}\n`);
        process.exit(1);
    }
}
