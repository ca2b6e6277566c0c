// How long a diagram of a 30-step procedure takes: the first render in a fresh process and the
// median of ten more, as in an editor preview; and the same for a 10,000-step procedure (the same
// one, its middle step repeated), whose SVG is the too-large notice, with the lane-grid layout of
// all its steps timed on its own (what drawing it would cost). Prints two Markdown lines.
//
// Usage: node scripts/bench/diagram-timing.mjs
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkspace, collectFiles } from '../../packages/cli/out/index.js';
import { lowerWorkspace } from '../../packages/compiler/out/index.js';
import { procedureMermaid, procedureSvg } from '../../packages/diagram/out/index.js';
import { buildGraph } from '../../packages/diagram/out/graph/build-graph.js';
import { layoutDiagram } from '../../packages/diagram/out/layout/layout-diagram.js';
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

const long = lengthen(procedure, 10_000);
process.stdout.write(`${row(procedure, `${procedure.steps.length} steps (${STEPS} on the main flow)`, 10)}\n${row(long, `${long.steps.length} steps (too large: the notice)`, 3)}\n`);

// One table line: first SVG, median SVG and median layout of `runs` more, and the Mermaid text.
function row(model, label, runs) {
    let started = performance.now();
    procedureSvg(model);
    const first = performance.now() - started;
    const svg = [];
    const layout = [];
    for (let i = 0; i < runs; i++) {
        started = performance.now();
        procedureSvg(model);
        svg.push(performance.now() - started);
        started = performance.now();
        layoutDiagram(buildGraph(model), 0);
        layout.push(performance.now() - started);
    }
    started = performance.now();
    procedureMermaid(model);
    const mermaid = performance.now() - started;
    return `| ${label} | ${first.toFixed(1)} ms | ${median(svg).toFixed(1)} ms | ${median(layout).toFixed(1)} ms | ${mermaid.toFixed(1)} ms |`;
}

// The procedure with its second step repeated until it has `count` steps, each leading to the next.
function lengthen(model, count) {
    const [first, middle] = model.steps;
    const rest = model.steps.slice(2);
    const extra = count - model.steps.length;
    const copies = Array.from({ length: extra }, (_, i) => ({ ...middle, id: `X${i + 1}`, title: `${middle.title} (${i + 1})` }));
    const chain = [first, middle, ...copies, ...rest];
    const next = (i) => chain[i + 1]?.id;
    const steps = chain.map((s, i) => {
        if (i === 0 || i >= chain.length - rest.length - 1) return { ...s, sequence: i + 1 };
        return { ...s, sequence: i + 1, transitions: s.transitions.map((t, k) => (k === 0 ? { ...t, targets: [next(i)] } : t)) };
    });
    return { ...model, steps, timing: { ...model.timing, criticalPath: steps.filter(s => s.critical || s.id.startsWith('X')).map(s => s.id) } };
}
