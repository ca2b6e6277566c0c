// `npm run bench:replacements`: is each of the language's replacements of a Langium service worth
// keeping? Runs `tthc check`'s cold build (and edits of the shared catalogue) in fresh processes,
// once with every replacement ('ours') and once with each replacement put back to Langium's
// default, interleaved, and prints medians (min–max), ratios and a verdict per replacement.
// Prints figures; asserts nothing. The validation registry and the document validator's node loop
// were measured the same way (commit f07b446: `git checkout f07b446 && npm run build && npm run
// bench:replacements`), showed no clear gain and were removed (docs/performance.md).
//
// Usage: npm run bench:replacements -- [--runs N] [--sizes 1000,5000] [--edits N]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existingWorkspace, generateWorkspace } from './generate-workspace.mjs';
import { measureOnce, median, summarise } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const benchDir = join(root, '.bench');
const child = join(root, 'scripts', 'bench', 'replacement-check.mjs');
const projectNode = join(root, 'node_modules', '.bin', 'node');
const progress = text => process.stderr.write(`${text}\n`);

/** Each replacement, the variant that puts Langium's default back, and where it should show. */
const REPLACEMENTS = [
    { variant: 'langium-reference-descriptions', name: 'reference descriptions', metrics: ['build-cpu', 'build-wall', 'process-wall', 'build-references', 'edit-cpu', 'edit-wall', 'edit-references'] }
];
const VARIANTS = ['ours', ...REPLACEMENTS.map(r => r.variant)];

// Runs are interleaved, so run i of ours and run i of a variant share the machine's mood: each
// measure is compared run by run. A gain is clear when Langium's default is slower in EVERY run (with 5
// runs, chance alone does that 1 time in 32) and the median of the per-run ratios is at least 1.10.
// A replacement is kept when its gain is clear, at every size, on what a user waits for: the cold
// build or the catalogue edit (the time inside the service only explains where a gain comes from).
const MIN_RATIO = 1.10;
const DECIDING = ['build-cpu', 'edit-cpu'];

const usage = `usage: npm run bench:replacements -- [--runs N] [--sizes 1000,5000] [--edits N]

For each replacement of a Langium service (now the reference descriptions), times tthc check's cold build with it and with Langium's default in its place, N fresh
processes each (default 5), interleaved, on the generated realistic workspaces (.bench/pNNNN), then
--edits (default 4) edits of the shared catalogue in the same process, each relinking, re-indexing
and revalidating every file. Reports wall and CPU time, medians (min-max), ratios run by run, a verdict
per measure and per replacement; the samples go to .bench/replacements.json.
`;

function parseOptions(argv) {
    const options = { runs: 5, sizes: [1000, 5000], edits: 4, help: false };
    for (let i = 0; i < argv.length; i++) {
        const [flag, inline] = argv[i].split('=', 2);
        const value = () => inline ?? argv[++i] ?? '';
        switch (flag) {
            case '--runs': case '--edits': {
                const text = value();
                if (!/^[0-9]+$/.test(text) || (flag === '--runs' && Number(text) < 1)) throw new Error(`${flag} expects a whole number, not '${text}'`);
                options[flag.slice(2)] = Number(text);
                break;
            }
            case '--sizes': {
                const text = value();
                const sizes = text.split(',').map(s => s.trim());
                if (sizes.some(s => !/^[1-9][0-9]*$/.test(s) || Number(s) > 99_999)) throw new Error(`--sizes expects procedure counts separated by commas, such as 1000,5000, not '${text}'`);
                options.sizes = sizes.map(Number);
                break;
            }
            case '--help': case '-h':
                options.help = true;
                break;
            default:
                throw new Error(`unknown option '${argv[i]}'`);
        }
    }
    return options;
}

function prepareWorkspace(count) {
    const dir = join(benchDir, `p${count}`);
    const existing = existingWorkspace(dir, count, 'realistic');
    if (existing) return existing;
    progress(`Generating ${count} realistic procedures into ${relative(root, dir)} …`);
    return generateWorkspace(dir, count, 'realistic');
}

/** Runs every variant `runs` times, interleaved, rotating the order so that none always goes first. */
function measureSize(node, workspace, options) {
    const samples = Object.fromEntries(VARIANTS.map(v => [v, []]));
    for (let run = 0; run < options.runs; run++) {
        const order = VARIANTS.map((_, i) => VARIANTS[(i + run) % VARIANTS.length]);
        for (const variant of order) {
            const m = measureOnce([node, child, variant, workspace.dir, String(options.edits)], { cwd: root });
            if (m.exitCode !== 0) throw new Error(`${variant} exited ${m.exitCode}:\n${m.stderr}`);
            const result = JSON.parse(m.stdout);
            samples[variant].push({ ...result, processMs: m.ms, rssMb: m.rssMb });
        }
        progress(`  ${workspace.procedures} procedures, run ${run + 1}/${options.runs}: ` + VARIANTS.map(v => `${v} ${Math.round(samples[v].at(-1).build.cpuMs)} ms CPU`).join(', '));
    }
    const diagnostics = new Set(VARIANTS.flatMap(v => samples[v].map(s => `${s.diagnostics}/${s.editDiagnostics}`)));
    if (diagnostics.size !== 1) throw new Error(`the variants disagree on the diagnostics (build/after edits): ${[...diagnostics].join(', ')}`);
    return samples;
}

/** The measures compared, each a function of one process's result. */
const METRICS = {
    'build-cpu': { label: 'cold build, CPU', of: s => s.build.cpuMs },
    'build-wall': { label: 'cold build, wall', of: s => s.build.ms },
    'process-wall': { label: 'whole process, wall', of: s => s.processMs },
    'build-validation': { label: 'validation in the cold build, CPU', of: s => s.build.validationMs },
    'build-references': { label: 'reference index in the cold build, CPU', of: s => s.build.referencesMs },
    'edit-cpu': { label: 'catalogue edit, CPU', of: s => s.edit?.cpuMs },
    'edit-wall': { label: 'catalogue edit, wall', of: s => s.edit?.ms },
    'edit-validation': { label: 'validation in a catalogue edit, CPU', of: s => s.edit?.validationMs },
    'edit-references': { label: 'reference index in a catalogue edit, CPU', of: s => s.edit?.referencesMs }
};

const ms = value => Math.round(value).toLocaleString('en-US');
const range = summary => `${ms(summary.median)} (${ms(summary.min)}–${ms(summary.max)})`;

/** Verdict on one metric: whether Langium's default is clearly slower than ours, run by run. */
function verdict(ours, langiums) {
    const ratios = summarise(ours.map((value, i) => langiums[i] / value));
    return { ours: summarise(ours), langium: summarise(langiums), ratios, clear: ratios.min > 1 && ratios.median >= MIN_RATIO };
}

function formatTable(procedures, samples, clearOn) {
    const lines = [`| ${procedures.toLocaleString('en-US')} procedures | measure | ours ms | Langium's default ms | Langium ÷ ours, per run: median (min–max) | clear gain |`, '|---|---|---:|---:|---:|---|'];
    for (const replacement of REPLACEMENTS) {
        for (const key of replacement.metrics) {
            const metric = METRICS[key];
            const ours = samples.ours.map(metric.of);
            const theirs = samples[replacement.variant].map(metric.of);
            if (ours.some(v => v === undefined || v === null) || theirs.some(v => v === undefined || v === null)) continue;
            const v = verdict(ours, theirs);
            if (v.clear && DECIDING.includes(key)) clearOn.get(replacement.variant).add(procedures);
            const ratio = `${v.ratios.median.toFixed(2)}× (${v.ratios.min.toFixed(2)}–${v.ratios.max.toFixed(2)})`;
            lines.push(`| ${replacement.name} | ${metric.label} | ${range(v.ours)} | ${range(v.langium)} | ${ratio} | ${v.clear ? 'yes' : 'no'} |`);
        }
    }
    return lines.join('\n');
}

async function main() {
    let options;
    try {
        options = parseOptions(process.argv.slice(2));
    } catch (error) {
        process.stderr.write(`bench: ${error.message}\n${usage}`);
        process.exit(2);
    }
    if (options.help) {
        process.stdout.write(usage);
        return;
    }
    if (!existsSync(join(root, 'packages', 'language', 'out', 'tthc-module.js'))) {
        process.stderr.write('bench: the language package is not built: run `npm run build` first.\n');
        process.exit(2);
    }
    const node = existsSync(projectNode) ? projectNode : process.execPath;
    mkdirSync(benchDir, { recursive: true });
    const cpuList = cpus();
    const lines = [
        '## Replacements of Langium services against Langium\'s defaults (fresh process each run)',
        '',
        `Node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()} · ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC · ${cpuList.length} × ${cpuList[0]?.model.trim() ?? 'unknown CPU'}`,
        `${options.runs} fresh processes per variant and size, interleaved in rotating order; ${options.edits} catalogue edits per process (median per process).`,
        `"Clear gain": Langium's default slower than ours in every run (compared run by run) and by at least ${MIN_RATIO.toFixed(2)}× in the median of the per-run ratios.`,
        'A replacement is worth keeping when its gain is clear at every size on the cold build or the catalogue edit (CPU time).'
    ];
    const clearOn = new Map(REPLACEMENTS.map(r => [r.variant, new Set()]));
    const raw = {};
    for (const size of options.sizes) {
        const workspace = prepareWorkspace(size);
        progress(`Replacements on ${size} procedures, ${options.runs} runs of ${VARIANTS.length} variants …`);
        const samples = measureSize(node, workspace, options);
        raw[size] = samples;
        lines.push('', formatTable(size, samples, clearOn), '', `Peak RSS median: ${VARIANTS.map(v => `${v} ${Math.round(median(samples[v].map(s => s.rssMb ?? Number.NaN)))} MB`).join(', ')}.`);
    }
    lines.push('', ...REPLACEMENTS.map(r => `- ${r.name}: ${options.sizes.every(size => clearOn.get(r.variant).has(size)) ? 'clear gain at every size: keep' : 'no clear gain at every size: Langium\'s default will do'}.`));
    // The samples, for a second look: .bench/replacements.json.
    writeFileSync(join(benchDir, 'replacements.json'), JSON.stringify(raw, null, 1) + '\n');
    process.stdout.write(lines.join('\n') + '\n');
}

await main();
