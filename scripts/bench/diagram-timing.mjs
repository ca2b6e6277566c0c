// How long a diagram of a 30-step procedure takes: the first render in a fresh process (the layout
// engine starts then) and the median of ten more, as in an editor preview. Prints one Markdown line.
//
// Usage: node scripts/bench/diagram-timing.mjs
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkspace, collectFiles } from '../../packages/cli/out/index.js';
import { lowerWorkspace } from '../../packages/compiler/out/index.js';
import { procedureMermaid, procedureSvg } from '../../packages/diagram/out/index.js';
import { buildReferenceCatalogue, renderReferenceCatalogue, renderReferenceProcedure } from './generator/reference-shape.mjs';
import { median } from './measure.mjs';

const STEPS = 30;
const dir = mkdtempSync(join(tmpdir(), 'tthc-diagram-'));
mkdirSync(join(dir, 'procedures'));
writeFileSync(join(dir, 'catalogue.tthc'), renderReferenceCatalogue(buildReferenceCatalogue()));
// Block 0 (commune): reception and return at its one-stop unit, an approval by its leader, 27 steps between.
const steps = Array.from({ length: STEPS }, (_, i) => {
    const n = i + 1;
    const kind = n === 1 ? 'reception' : n === STEPS ? 'return' : n === STEPS - 1 ? 'approval' : 'appraisal';
    const performer = n === 1 || n === STEPS ? 'U0_0.CB' : n === STEPS - 1 ? 'U0_1.LD' : `U0_${2 + (n % 3)}.CB`;
    return { name: `B${n}`, title: `Bước ${n}: xử lý hồ sơ theo quy định`, kind, performer, time: '1h', next: n < STEPS ? `B${n + 1}` : undefined };
});
writeFileSync(join(dir, 'procedures', 'p.tthc'), renderReferenceProcedure({ name: 'P30', title: 'Thủ tục ba mươi bước', code: '1.000030', level: 'commune', authority: 'U0_1', hours: STEPS, steps, supplement: 'U0_0.CB' }));

const { documents, projectOf, files } = await checkWorkspace(collectFiles([dir]).loaded);
const errors = files.flatMap(f => f.findings).filter(f => f.severity === 'error');
if (errors.length > 0) throw new Error(`the 30-step procedure has errors: ${errors.map(e => e.message).join('; ')}`);
const procedure = lowerWorkspace(documents, projectOf)[0].procedures[0];

let started = performance.now();
await procedureSvg(procedure);
const first = performance.now() - started;
const warm = [];
for (let i = 0; i < 10; i++) {
    started = performance.now();
    await procedureSvg(procedure);
    warm.push(performance.now() - started);
}
started = performance.now();
procedureMermaid(procedure);
const mermaid = performance.now() - started;
process.stdout.write(`| ${procedure.steps.length} steps (${STEPS} on the main flow) | ${Math.round(first)} ms | ${median(warm).toFixed(0)} ms | ${mermaid.toFixed(1)} ms |\n`);
