// Formats the benchmark's results as Markdown.

/**
 * Cold-build figures of stock Langium 4.4 on a machine of this kind (from the shared notes, performance.md),
 * by number of procedure files.
 */
export const stockLangiumReference = new Map([
    [100, { sourceMb: 0.11, ms: 349, rssMb: 101 }],
    [1000, { sourceMb: 0.87, ms: 1013, rssMb: 158 }],
    [5000, { sourceMb: 4.23, ms: 3765, rssMb: 404 }]
]);

/**
 * The measurements of one workspace size.
 * @typedef {object} SizeResult
 * @property {'realistic' | 'reference'} shape
 * @property {number} procedures
 * @property {number} files
 * @property {number} sourceBytes
 * @property {number} jsonBytes
 * @property {import('./measure.mjs').Summary} checkMs
 * @property {number | undefined} checkRssMb median peak RSS
 * @property {import('./measure.mjs').Summary} jsonMs
 * @property {number} jsonInProcessMs median time of read + parse inside the JSON process
 * @property {import('./measure.mjs').Summary} stockMs stock Langium on the same files, whole process
 * @property {number} stockSetupMs median time stock Langium spends interpreting the grammar
 * @property {number | undefined} stockRssMb
 * @property {number} stockDiagnostics what stock Langium reported (0 on a clean workspace)
 */

const whole = value => Math.round(value).toLocaleString('en-US');
const mb = bytes => (bytes / 1e6).toFixed(2);
const ratio = (a, b) => `${(a / b).toFixed(1)}×`;

/**
 * The main table: one row per workspace size.
 * @param {readonly SizeResult[]} results
 * @returns {string}
 */
export function formatMainTable(results) {
    const lines = [
        '| workspace | source MB | check median (min–max) ms | check peak RSS median MB | JSON.parse median ms | ratio check/JSON |',
        '|---|---:|---:|---:|---:|---:|'
    ];
    for (const r of results) {
        lines.push(`| ${whole(r.procedures)} ${r.shape} procedures (${whole(r.files)} files) | ${mb(r.sourceBytes)} | ${whole(r.checkMs.median)} (${whole(r.checkMs.min)}–${whole(r.checkMs.max)}) | ${r.checkRssMb === undefined ? '?' : whole(r.checkRssMb)} | ${whole(r.jsonMs.median)} | ${ratio(r.checkMs.median, r.jsonMs.median)} |`);
    }
    return lines.join('\n');
}

/**
 * Details of the JSON yardstick: its size and the share of a fresh process spent reading and parsing.
 * @param {readonly SizeResult[]} results
 * @returns {string}
 */
export function formatJsonNotes(results) {
    return results.map(r => `- ${whole(r.procedures)} ${r.shape} procedures: JSON twin ${mb(r.jsonBytes)} MB; reading and parsing it takes ${whole(r.jsonInProcessMs)} ms of the ${whole(r.jsonMs.median)} ms process `
        + `(${(r.jsonBytes / 1e6 / (r.jsonInProcessMs / 1000)).toFixed(0)} MB/s); check throughput ${(r.sourceBytes / 1e6 / (r.checkMs.median / 1000)).toFixed(2)} MB/s of source, whole process.`).join('\n');
}

/**
 * The comparison with stock Langium's cold build, for the sizes it was measured at. Different
 * batches on a noisy machine: read the factors as rough (±40%).
 * @param {readonly SizeResult[]} results
 * @returns {string}
 */
export function formatReferenceTable(results) {
    const rows = results.filter(r => stockLangiumReference.has(r.procedures));
    if (rows.length === 0) return '';
    const lines = [
        '| workspace | stock Langium: source MB, cold build ms, RSS MB | tthc check: source MB, ms, RSS MB | time × reference | ms per source MB: reference → check |',
        '|---|---:|---:|---:|---:|'
    ];
    for (const r of rows) {
        const ref = stockLangiumReference.get(r.procedures);
        const perMb = r.checkMs.median / (r.sourceBytes / 1e6);
        lines.push(`| ${whole(r.procedures)} ${r.shape} files | ${ref.sourceMb.toFixed(2)} MB, ${whole(ref.ms)} ms, ${whole(ref.rssMb)} MB | ${mb(r.sourceBytes)} MB, ${whole(r.checkMs.median)} ms, ${r.checkRssMb === undefined ? '?' : whole(r.checkRssMb)} MB | ${ratio(r.checkMs.median, ref.ms)} | ${whole(ref.ms / ref.sourceMb)} → ${whole(perMb)} |`);
    }
    return lines.join('\n');
}

/**
 * The same-run comparison with stock Langium on the same grammar and files.
 * @param {readonly SizeResult[]} results
 * @returns {string}
 */
export function formatStockTable(results) {
    const lines = [
        '| workspace | tthc check ms (35 rules) | stock Langium ms (3 checks), of which grammar set-up | stock peak RSS MB | ratio check / (stock − set-up) |',
        '|---|---:|---:|---:|---:|'
    ];
    for (const r of results) {
        lines.push(`| ${whole(r.procedures)} ${r.shape} procedures | ${whole(r.checkMs.median)} (${whole(r.checkMs.min)}–${whole(r.checkMs.max)}) | ${whole(r.stockMs.median)} (${whole(r.stockMs.min)}–${whole(r.stockMs.max)}), ${whole(r.stockSetupMs)} | ${r.stockRssMb === undefined ? '?' : whole(r.stockRssMb)} | ${(r.checkMs.median / (r.stockMs.median - r.stockSetupMs)).toFixed(2)}× |`);
    }
    return lines.join('\n');
}

/**
 * `tthc build` (all targets) against `tthc check` on the same workspace: what the compiler adds.
 * @param {readonly SizeResult[]} results
 * @returns {string}
 */
export function formatBuildTable(results) {
    const rows = results.filter(r => r.buildMs);
    if (rows.length === 0) return '';
    const lines = [
        '| workspace | tthc build ms | build peak RSS MB | tthc check ms | outside the front end (build − check) | share of build | inside the build: check and lower / all targets / encode and manifest / write ms | targets ÷ check |',
        '|---|---:|---:|---:|---:|---:|---:|---:|'
    ];
    for (const r of rows) {
        const extra = r.buildMs.median - r.checkMs.median;
        const p = r.buildPhases ?? {};
        const phases = `${whole(p['check and lower'] ?? 0)} / ${whole(p.targets ?? 0)} / ${whole(p['encode and manifest'] ?? p.manifest ?? 0)} / ${whole(p.write ?? 0)}`;
        lines.push(`| ${whole(r.procedures)} ${r.shape} procedures | ${whole(r.buildMs.median)} (${whole(r.buildMs.min)}–${whole(r.buildMs.max)}) | ${r.buildRssMb === undefined ? '?' : whole(r.buildRssMb)} | ${whole(r.checkMs.median)} | ${whole(extra)} ms | ${Math.round((100 * extra) / r.buildMs.median)}% | ${phases} | ${((p.targets ?? 0) / (p['check and lower'] ?? 1)).toFixed(2)}× |`);
    }
    lines.push('', rows.map(r => `- ${r.buildSummary}`).join('\n'));
    return lines.join('\n');
}
