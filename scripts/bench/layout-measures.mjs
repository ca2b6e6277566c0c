// Structural measures of the drawings of the example procedures, to compare layouts without a
// browser: per drawing, edge crossings (segments of different edges that cross), total edge length,
// and width × height. Prints a Markdown table (one row per procedure and drawing, then the totals).
//
// Usage: node scripts/bench/layout-measures.mjs [folder of a province]   (after npm run build)
import { checkWorkspace, collectFiles } from '../../packages/cli/out/index.js';
import { lowerWorkspace } from '../../packages/compiler/out/index.js';
import { compileBpmn } from '../../packages/compiler/out/targets/bpmn/bpmn-target.js';
import { procedureSvg } from '../../packages/diagram/out/index.js';

const folder = process.argv[2] ?? 'examples/lam-dong';
const { documents, projectOf } = await checkWorkspace(collectFiles([folder]).loaded);
const build = lowerWorkspace(documents, projectOf)[0];

/** Orthogonal or not, every polyline as a list of [x, y]. */
function svgEdges(svg) {
    return [...svg.matchAll(/data-edge="[^"]+"[^>]*><path d="([^"]+)"/g)].map(m => m[1].split(' ').map(p => p.slice(1).split(',').map(Number)));
}
function bpmnEdges(xml) {
    return [...xml.matchAll(/<bpmndi:BPMNEdge [^>]*>([\s\S]*?)<\/bpmndi:BPMNEdge>/g)]
        .map(m => [...m[1].matchAll(/<di:waypoint x="(-?[0-9.]+)" y="(-?[0-9.]+)"/g)].map(w => [Number(w[1]), Number(w[2])]));
}
function segments(line) {
    const out = [];
    for (let i = 0; i + 1 < line.length; i++) out.push([line[i], line[i + 1]]);
    return out;
}
// Proper crossings of a horizontal and a vertical segment (touching ends and overlaps do not count).
function crosses([a, b], [c, d]) {
    const h1 = a[1] === b[1], h2 = c[1] === d[1];
    if (h1 === h2) return false;
    const [h, v] = h1 ? [[a, b], [c, d]] : [[c, d], [a, b]];
    const y = h[0][1], x = v[0][0];
    const [x1, x2] = [Math.min(h[0][0], h[1][0]), Math.max(h[0][0], h[1][0])];
    const [y1, y2] = [Math.min(v[0][1], v[1][1]), Math.max(v[0][1], v[1][1])];
    return x > x1 && x < x2 && y > y1 && y < y2;
}
function measure(lines) {
    let crossings = 0, length = 0;
    const segs = lines.map(segments);
    for (const s of segs) for (const [p, q] of s) length += Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]);
    for (let i = 0; i < segs.length; i++) for (let j = i + 1; j < segs.length; j++) {
        for (const s of segs[i]) for (const t of segs[j]) if (crosses(s, t)) crossings++;
    }
    return { crossings, length: Math.round(length) };
}
const rows = [];
const total = { svg: { crossings: 0, length: 0, area: 0 }, bpmn: { crossings: 0, length: 0, area: 0 } };
const bpmnFiles = compileBpmn(build);
for (const [i, procedure] of build.procedures.entries()) {
    const svg = await procedureSvg(procedure);
    const [w, h] = /viewBox="0 0 ([0-9.]+) ([0-9.]+)"/.exec(svg).slice(1).map(Number);
    const s = measure(svgEdges(svg));
    const xml = bpmnFiles[i].content;
    const shapes = [...xml.matchAll(/<dc:Bounds x="(-?[0-9.]+)" y="(-?[0-9.]+)" width="([0-9.]+)" height="([0-9.]+)"/g)].map(m => m.slice(1).map(Number));
    const bw = Math.max(...shapes.map(b => b[0] + b[2])) - Math.min(...shapes.map(b => b[0]));
    const bh = Math.max(...shapes.map(b => b[1] + b[3])) - Math.min(...shapes.map(b => b[1]));
    const b = measure(bpmnEdges(xml));
    rows.push(`| ${procedure.code} | ${procedure.steps.length} | ${s.crossings} | ${s.length} | ${w}×${h} | ${b.crossings} | ${b.length} | ${bw}×${bh} |`);
    total.svg.crossings += s.crossings; total.svg.length += s.length; total.svg.area += w * h;
    total.bpmn.crossings += b.crossings; total.bpmn.length += b.length; total.bpmn.area += bw * bh;
}
process.stdout.write(['| procedure | steps | SVG crossings | SVG edge length | SVG width×height | BPMN crossings | BPMN edge length | BPMN width×height |', '|---|---:|---:|---:|---:|---:|---:|---:|', ...rows,
    `| all ${build.procedures.length} | | ${total.svg.crossings} | ${total.svg.length} | ${(total.svg.area / 1e6).toFixed(2)} Mpx² | ${total.bpmn.crossings} | ${total.bpmn.length} | ${(total.bpmn.area / 1e6).toFixed(2)} Mpx² |`, ''].join('\n'));
