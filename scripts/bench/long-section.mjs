// The long-procedure section of `npm run bench`: one procedure of 1,000, 4,000 and 10,000 steps (and two
// pasted-file pathologies: 53,000 identical step lines, a 1 MB title), `tthc check` and `tthc build` of
// json, opencps, bpmn and table, each run a fresh process, interleaved. The reference within the run is
// the smallest size: the growth ratios say whether the work is linear in the procedure's size.
import { join, relative } from 'node:path';
import { generateLongProcedure } from './generate-long-procedure.mjs';
import { measureOnce, median, phaseMedians, summarise } from './measure.mjs';

const TARGETS = 'json,opencps,bpmn,table';

const whole = value => Math.round(value).toLocaleString('en-US');
const span = s => `${whole(s.median)} (${whole(s.min)}–${whole(s.max)})`;

/**
 * Measures the long procedures and returns the section's Markdown lines.
 * @param {string} node the Node binary
 * @param {string} root the repository
 * @param {string} cli the `tthc` bin
 * @param {{ longSizes: number[], runs: number, skip?: string[] }} options `skip`: kinds left out ('repeated', 'long-title')
 * @param {(text: string) => void} progress
 * @returns {string[]}
 */
export function measureLongProcedures(node, root, cli, options, progress) {
    const benchDir = join(root, '.bench');
    const cases = [
        ...options.longSizes.map(size => ({ kind: 'long', size, label: `${whole(size)} steps`, build: true, clean: true })),
        { kind: 'repeated', size: 53_000, label: '53,000 identical step lines', build: false, clean: false },
        { kind: 'long-title', size: 1_000_000, label: '12 steps, a 1 MB title', build: true, clean: true }
    ].filter(c => !(options.skip ?? []).includes(c.kind));
    const results = [];
    for (const c of cases) {
        const dir = join(benchDir, `long-${c.kind}-${c.size}`);
        const written = generateLongProcedure(dir, c.kind, c.size);
        const verify = measureOnce([node, cli, 'check', dir], { cwd: root });
        if (verify.exitCode !== (c.clean ? 0 : 1)) {
            throw new Error(`tthc check of ${relative(root, dir)} exited ${verify.exitCode}, expected ${c.clean ? 0 : 1}:\n${verify.stdout.slice(-2000)}${verify.stderr}`);
        }
        progress(`Long procedure: ${c.label} (${(written.bytes / 1e6).toFixed(2)} MB), ${options.runs} runs …`);
        const check = [];
        const build = [];
        for (let i = 0; i < options.runs; i++) {
            check.push(measureOnce([node, cli, 'check', dir], { cwd: root }));
            if (c.build) {
                const run = measureOnce([node, cli, 'build', dir, '--out', join(benchDir, 'long-out'), '--clean', '--timings', '--target', TARGETS], { cwd: root });
                if (run.exitCode !== 0) throw new Error(`tthc build of ${relative(root, dir)} exited ${run.exitCode}:\n${run.stdout.slice(-2000)}${run.stderr}`);
                build.push(run);
            }
            progress(`  run ${i + 1}/${options.runs}: check ${Math.round(check.at(-1).ms)} ms${c.build ? `, build ${Math.round(build.at(-1).ms)} ms` : ''}`);
        }
        results.push({
            ...c,
            bytes: written.bytes,
            checkMs: summarise(check.map(r => r.ms)),
            checkRssMb: median(check.map(r => r.rssMb).filter(v => v !== undefined)),
            buildMs: c.build ? summarise(build.map(r => r.ms)) : undefined,
            buildRssMb: c.build ? median(build.map(r => r.rssMb).filter(v => v !== undefined)) : undefined,
            phases: c.build ? phaseMedians(build.map(r => r.stderr), false) : undefined
        });
    }
    return formatLongTable(results);
}

function formatLongTable(results) {
    const lines = [
        '| procedure | source MB | check ms | check RSS MB | build ms | build RSS MB | inside the build: check and lower / json / opencps / bpmn / table / encode and manifest ms |',
        '|---|---:|---:|---:|---:|---:|---:|'
    ];
    for (const r of results) {
        const p = r.phases;
        const phases = p ? ['check and lower', 'target json', 'target opencps', 'target bpmn', 'target table', 'encode and manifest'].map(name => whole(p[name] ?? 0)).join(' / ') : '–';
        lines.push(`| ${r.label} | ${(r.bytes / 1e6).toFixed(2)} | ${span(r.checkMs)} | ${whole(r.checkRssMb)} | ${r.buildMs ? span(r.buildMs) : '–'} | ${r.buildRssMb === undefined ? '–' : whole(r.buildRssMb)} | ${phases} |`);
    }
    // Growth against the smallest long procedure of the run: linear work grows like the size.
    const long = results.filter(r => r.kind === 'long');
    if (long.length > 1) {
        const base = long[0];
        lines.push('', `Growth against ${base.label} (same run; whole processes, start-up included, so below the size ratio when the work is linear):`, '');
        for (const r of long.slice(1)) {
            const ratio = (a, b) => `${(a / b).toFixed(1)}×`;
            const targets = name => (r.phases[name] ?? 0) / Math.max(1, base.phases[name] ?? 0);
            lines.push(`- ${r.label}: size ${ratio(r.size, base.size)}; check ${ratio(r.checkMs.median, base.checkMs.median)}; build ${ratio(r.buildMs.median, base.buildMs.median)}`
                + ` (check and lower ${targets('check and lower').toFixed(1)}×, opencps ${targets('target opencps').toFixed(1)}×, bpmn ${targets('target bpmn').toFixed(1)}×, table ${targets('target table').toFixed(1)}×)`);
        }
    }
    return lines;
}
