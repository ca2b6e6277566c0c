// The SVG diagram, checked structurally: every example procedure must give a well-formed document
// (xmllint) with one lane per unit, one box per step showing its title, an edge per transition target
// with its outcome label, dashed exception edges, a highlighted critical path and the header totals;
// no two boxes may overlap, no edge may cross a box or run along a lane's border. Hostile titles must
// come out as text, long titles must wrap inside their box, the output must be deterministic, and a
// 30-step procedure must lay out quickly. A procedure too large to draw (more than DIAGRAM_STEP_LIMIT
// steps) gets a notice instead, at any size.
import { formatAmount, formatDuration, type ProcedureModel, type StepModel } from '@tthc/compiler';
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { buildGraph, DIAGRAM_STEP_LIMIT, layoutDiagram, procedureSvg } from '@tthc/diagram';
import { buildOf } from '../compiler/build-helper.js';

const build = await buildOf('examples/lam-dong');

interface Rect { x: number; y: number; width: number; height: number }

/** Fails unless xmllint reads the text as well-formed XML. */
function expectWellFormed(svg: string): void {
    expect(() => execFileSync('xmllint', ['--noout', '-'], { input: svg, stdio: ['pipe', 'pipe', 'pipe'] })).not.toThrow();
}

/** The escaped form of a text as element content, as the SVG must hold it. */
function esc(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The whole `<g …>…</g>` element whose start tag holds `marker`, nested groups included. */
function group(svg: string, marker: string): string {
    const at = svg.indexOf(marker);
    if (at < 0) throw new Error(`no element with ${marker}`);
    const start = svg.lastIndexOf('<g', at);
    const tags = /<g[\s>]|<\/g>/g;
    tags.lastIndex = start;
    let depth = 0;
    for (let m = tags.exec(svg); m !== null; m = tags.exec(svg)) {
        depth += m[0] === '</g>' ? -1 : 1;
        if (depth === 0) return svg.slice(start, m.index + 4);
    }
    throw new Error(`unbalanced group at ${marker}`);
}

function count(text: string, part: string): number {
    return text.split(part).length - 1;
}

function attr(tag: string, name: string): number {
    const m = new RegExp(` ${name}="(-?[0-9.]+)"`).exec(tag);
    if (m === null) throw new Error(`no ${name} in ${tag}`);
    return Number(m[1]);
}

/** The first rect of a node's group. */
function rectOf(element: string): Rect {
    const tag = /<rect [^>]*>/.exec(element)?.[0] ?? '';
    return { x: attr(tag, 'x'), y: attr(tag, 'y'), width: attr(tag, 'width'), height: attr(tag, 'height') };
}

/** The text of the tspans of the text element with `cls`, one entry per line. */
function lines(element: string, cls: string): Array<{ text: string; x: number; y: number }> {
    const text = new RegExp(`<text class="${cls}"[^>]*>(.*?)</text>`).exec(element)?.[1] ?? '';
    return [...text.matchAll(/<tspan ([^>]*)>(.*?)<\/tspan>/g)].map(m => ({ text: m[2], x: attr(` ${m[1]}`, 'x'), y: attr(` ${m[1]}`, 'y') }));
}

function overlaps(a: Rect, b: Rect): boolean {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every node's box (rects of boxes, the bounding squares of circles). */
function nodeBoxes(svg: string): Map<string, Rect> {
    const boxes = new Map<string, Rect>();
    for (const m of svg.matchAll(/<g class="node [^"]*" data-node="([^"]+)">/g)) {
        const element = group(svg, m[0]);
        const circle = /<circle cx="([0-9.]+)" cy="([0-9.]+)" r="([0-9.]+)"/.exec(element);
        if (/<rect /.test(element)) {
            boxes.set(m[1], rectOf(element));
        } else if (circle !== null) {
            const [cx, cy, r] = [Number(circle[1]), Number(circle[2]), Number(circle[3])];
            boxes.set(m[1], { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r });
        }
    }
    return boxes;
}

/** Edge segments that cross a box (orthogonal routes, so segments are horizontal or vertical). */
function edgesThroughBoxes(svg: string): string[] {
    const boxes = nodeBoxes(svg);
    const found: string[] = [];
    for (const m of svg.matchAll(/data-edge="([^"]+)"[^>]*><path d="([^"]+)"/g)) {
        const points = m[2].split(' ').map(p => p.slice(1).split(',').map(Number));
        for (let i = 0; i + 1 < points.length; i++) {
            const [a, b] = [points[i], points[i + 1]];
            const segment = { x: Math.min(a[0], b[0]), y: Math.min(a[1], b[1]), width: Math.abs(a[0] - b[0]), height: Math.abs(a[1] - b[1]) };
            for (const [id, box] of boxes) {
                // Shrunk by a unit: an edge may touch the box it leaves or enters.
                if (overlaps(segment, { x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2 })) found.push(`${m[1]} crosses ${id}`);
            }
        }
    }
    return found;
}

/** Horizontal edge segments drawn on the line between two lanes, where they would hide in the border. */
function edgesOnLaneBorders(svg: string): string[] {
    const borders = new Set([...svg.matchAll(/<g class="lane"[^>]*><rect [^>]*>/g)].flatMap(m => {
        const lane = rectOf(m[0]);
        return [lane.y, lane.y + lane.height];
    }));
    const found: string[] = [];
    for (const m of svg.matchAll(/data-edge="([^"]+)"[^>]*><path d="([^"]+)"/g)) {
        const points = m[2].split(' ').map(p => p.slice(1).split(',').map(Number));
        for (let i = 0; i + 1 < points.length; i++) {
            if (points[i][1] === points[i + 1][1] && borders.has(points[i][1])) found.push(`${m[1]} at y=${points[i][1]}`);
        }
    }
    return found;
}

describe('every example procedure', () => {
    test.each(build.procedures.map(p => [p.code, p] as const))('%s', (_code, procedure) => {
        const svg = procedureSvg(procedure);
        expectWellFormed(svg);
        expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        expect(svg).toMatch(/ viewBox="0 0 [0-9.]+ [0-9.]+"/);
        expect(svg).toContain("font-family=\"'Noto Sans'");

        // One lane per unit (steps' units and hand-over partners), one group band per level.
        const units = new Set(procedure.steps.map(s => s.unit.id));
        for (const unit of units) {
            expect(count(svg, `data-lane="lane:${unit}"`), unit).toBe(1);
        }
        const partners = new Set(procedure.steps.flatMap(s => (s.handover === undefined ? [] : [s.handover.partner.id])));
        for (const partner of partners) {
            expect(count(svg, `data-lane="lane:partner:${partner}"`)).toBe(1);
        }
        expect(count(svg, '<g class="lane"')).toBe(units.size + partners.size);
        if (partners.size > 0) expect(svg).toContain('class="lane-group" data-group="partner"');
        // A hand-over: a partner box with its deadline, reached by a dotted message edge from the step.
        for (const step of procedure.steps.filter(s => s.handover !== undefined)) {
            const partner = group(svg, `data-node="partner:${step.id}"`);
            expect(lines(partner, 'node-time').map(l => l.text).join(' ')).toBe(`Hạn liên thông: ${esc(formatDuration(step.handover!.deadline))}`);
            expect(group(svg, `data-edge="handover:${step.id}"`)).toContain('stroke-dasharray="2 3"');
        }

        // One box per step, with its title (escaped) as tooltip and as wrapped lines, its unit and its time.
        for (const step of procedure.steps) {
            const element = group(svg, `data-node="step:${step.id}"`);
            expect(count(svg, `data-node="step:${step.id}"`)).toBe(1);
            expect(element).toContain(`<title>${esc(step.title)}</title>`);
            expect(lines(element, 'node-title').map(l => l.text).join(' ')).toBe(esc(step.title.replace(/\s+/g, ' ').trim()));
            const unitLine = lines(element, 'node-unit').map(l => l.text).join(' ');
            // A single performer is shown with its unit; several as the table writes them ("A hoặc B; phối hợp: C").
            const several = step.performers.alternatives.length + step.performers.partners.length > 0;
            expect(unitLine).toContain(several ? (step.performers.alternatives.length > 0 ? 'hoặc' : 'phối hợp') : esc(step.unit.title).split(' ')[0]);
            if (!step.counted) expect(lines(element, 'node-time').map(l => l.text).join(' ')).toContain('Thời hạn: Không tính thời gian');
            else if (step.duration !== undefined) expect(lines(element, 'node-time').map(l => l.text).join(' ')).toContain(`Thời hạn: ${esc(formatDuration(step.duration))}`);
            if (step.cumulative !== undefined) expect(lines(element, 'node-time').map(l => l.text).join(' ')).toContain(`Lũy kế: ${formatAmount(step.cumulative, procedure.timing.unit)}`);
            // Critical steps are highlighted, others are not.
            const start = element.slice(0, element.indexOf('>'));
            expect(start.includes(' critical'), step.id).toBe(step.critical);
            if (step.critical) expect(/<rect [^>]*stroke-width="3"/.test(element)).toBe(true);
        }

        // An edge per transition target, labelled with its outcome; exception edges dashed, the others not.
        let transitions = 0;
        for (const step of procedure.steps) {
            for (const t of step.transitions) {
                for (const target of t.targets) {
                    transitions++;
                    const suffix = `:${t.outcome}`;
                    const element = group(svg, `data-edge="step:${step.id}-&gt;step:${target}${suffix}"`);
                    expect(element).toContain(`data-outcome="${t.outcome}"`);
                    expect(/<path [^>]*marker-end="url\(#arrow/.test(element)).toBe(true);
                    // Exception branches, and every edge leaving a step off the main flow, are secondary: dashed.
                    expect(element.includes('stroke-dasharray="6 4"'), `${step.id} -> ${target}`).toBe(t.exception || !step.mainFlow);
                    if (t.outcome !== 'default') expect(element).toMatch(/<text class="edge-label"[^>]*>[^<]+<\/text>/);
                    if (!t.exception && procedure.timing.criticalPath.join(' ').includes(`${step.id} ${target}`)) {
                        expect(element).toContain('class="edge critical"');
                    }
                }
            }
        }
        expect([...svg.matchAll(/data-edge="step:[^"]*-&gt;step:/g)].length).toBe(transitions);

        // The header: total, and each channel's statutory time, red when the total is over it.
        expect(svg).toContain(`Tổng thời gian (đường găng): ${formatAmount(procedure.timing.planned, procedure.timing.unit)}`);
        for (const c of procedure.timing.channels) {
            const over = procedure.timing.planned > c.statutory;
            expect(svg).toContain(`class="${over ? 'channel over' : 'channel'}" data-channel="${c.kind}" fill="${over ? '#b91c1c' : '#15803d'}"`);
        }

        // No two boxes overlap, and every node sits inside its lane.
        const boxes = [...nodeBoxes(svg).entries()];
        expect(boxes.length).toBeGreaterThanOrEqual(procedure.steps.length + 2);
        for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
                expect(overlaps(boxes[i][1], boxes[j][1]), `${boxes[i][0]} / ${boxes[j][0]}`).toBe(false);
            }
        }
        expect(edgesThroughBoxes(svg)).toEqual([]);
        expect(edgesOnLaneBorders(svg)).toEqual([]);
        for (const step of procedure.steps) {
            const lane = rectOf(group(svg, `data-lane="lane:${step.unit.id}"`));
            const box = nodeBoxes(svg).get(`step:${step.id}`) as Rect;
            expect(box.y >= lane.y && box.y + box.height <= lane.y + lane.height, step.id).toBe(true);
        }
    });
});

/** A procedure with replaced step titles (and, optionally, other fields). */
function withTitles(procedure: ProcedureModel, titles: readonly string[], extra: Partial<ProcedureModel> = {}): ProcedureModel {
    return { ...procedure, ...extra, steps: procedure.steps.map((s, i) => (i < titles.length ? { ...s, title: titles[i] } : s)) };
}

const richest = [...build.procedures].sort((a, b) => b.steps.length - a.steps.length)[0];
const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'Thẩm định & trình ký <b>'];

describe('escaping', () => {
    test('hostile titles, unit titles and diagnostics render as text', () => {
        const hostile = withTitles(richest, HOSTILE, { title: '</title><script>alert(2)</script>', code: '1.0&<' });
        const steps = hostile.steps.map((s, i) => (i === 3 ? { ...s, unit: { ...s.unit, title: '<svg onload=alert(3)>' } } : s));
        const svg = procedureSvg({ ...hostile, steps }, {
            diagnostics: [{ stepId: steps[0].id, severity: 'error', message: '<script>alert(4)</script> & more' }, { severity: 'warning', message: '"><img src=x>' }]
        });
        expectWellFormed(svg);
        for (const raw of ['<script', '<img', '<b>', '<svg onload', '</title><script']) {
            expect(svg).not.toContain(raw);
        }
        expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(svg).toContain('"&gt;&lt;img src=x onerror=alert(1)&gt;');
        expect(svg).toContain('Thẩm định &amp; trình ký &lt;b&gt;');
        expect(svg).toContain('&lt;svg onload=alert(3)&gt;');
        expect(svg).toContain('&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
        // Every ampersand starts an entity.
        expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|#x9|#xA|#xD);)/);
        // Exactly one <svg> element: nothing injected one.
        expect(count(svg, '<svg')).toBe(1);
        // The diagnostics: a marker on the step with its message in a tooltip, and the general one in the header.
        const element = group(svg, `data-node="step:${steps[0].id}"`);
        expect(element).toContain('<g class="diagnostic" data-severity="error"><title>Lỗi: &lt;script&gt;alert(4)&lt;/script&gt; &amp; more</title>');
        expect(group(svg, 'class="header"')).toContain('<title>Cảnh báo: "&gt;&lt;img src=x&gt;</title>');
    });
});

describe('long titles', () => {
    test('wrap into several lines that stay inside their box', () => {
        const long = 'Thẩm định hồ sơ, kiểm tra thực tế tại cơ sở, lập biên bản thẩm định và dự thảo văn bản trình Lãnh đạo Sở xem xét, quyết định theo quy định';
        const unbroken = 'Chứng_thực_bản_sao_từ_bản_chính_giấy_tờ_văn_bản_do_cơ_quan_có_thẩm_quyền_cấp';
        const svg = procedureSvg(withTitles(richest, [long, unbroken]));
        expectWellFormed(svg);
        for (const step of richest.steps.slice(0, 2)) {
            const element = group(svg, `data-node="step:${step.id}"`);
            const box = rectOf(element);
            const title = lines(element, 'node-title');
            expect(title.length).toBeGreaterThan(2);
            for (const part of ['node-title', 'node-unit', 'node-time']) {
                for (const line of lines(element, part)) {
                    const size = part === 'node-title' ? 13 : 11;
                    // A generous estimate of the rendered width (0.64em per glyph, bold) must fit.
                    expect(line.x + Array.from(line.text).length * size * 0.64).toBeLessThanOrEqual(box.x + box.width);
                    expect(line.x).toBeGreaterThanOrEqual(box.x);
                    expect(line.y - size).toBeGreaterThanOrEqual(box.y);
                    expect(line.y).toBeLessThanOrEqual(box.y + box.height);
                }
            }
        }
        const wrapped = lines(group(svg, `data-node="step:${richest.steps[0].id}"`), 'node-title').map(l => l.text).join(' ');
        expect(wrapped).toBe(long);
    });

    test('Vietnamese text keeps its diacritics', () => {
        const svg = procedureSvg(richest);
        expect(svg).toContain('Tổng thời gian');
        expect(svg).toContain(richest.steps[0].title);
        expect(svg).toContain('Cấp ');
    });
});

describe('determinism', () => {
    test('the same input gives the same bytes', () => {
        const first = build.procedures.map(p => procedureSvg(p));
        const second = [...build.procedures].reverse().map(p => procedureSvg(p));
        expect(second.reverse()).toEqual(first);
    });
});

/** A 30-step procedure: the richest example's steps repeated across its units, with exception branches. */
function thirtySteps(base: ProcedureModel): ProcedureModel {
    const template = base.steps[0];
    const units = [...new Map(base.steps.map(s => [s.unit.id, s.unit])).values()];
    const ids = Array.from({ length: 30 }, (_, i) => `Buoc${i + 1}`);
    const minutes = 240;
    const steps: StepModel[] = ids.map((id, i) => ({
        ...template,
        id,
        sequence: i + 1,
        title: `Bước ${i + 1}: ${base.steps[i % base.steps.length].title}`,
        unit: units[Math.floor(i / 3) % units.length],
        position: undefined,
        duration: { text: '4h', unit: 'h', amount: 4, workingMinutes: minutes },
        handover: undefined,
        transitions: i < 27
            ? [
                { outcome: 'default', targets: [ids[i + 1]], exception: false, source: template.source },
                ...(i % 5 === 0 ? [{ outcome: 'incomplete' as const, targets: ['Buoc29'], exception: true, source: template.source }] : []),
                ...(i % 7 === 3 ? [{ outcome: 'rejected' as const, targets: ['Buoc30'], exception: true, source: template.source }] : [])
            ]
            : [],
        mainFlow: i < 28,
        critical: i < 28,
        cumulative: i < 28 ? (i + 1) * minutes : undefined
    }));
    const path = ids.slice(0, 28);
    return {
        ...base,
        id: 'Synthetic30', code: '9.999999', steps,
        timing: {
            unit: 'working-minutes', planned: 28 * minutes, uncounted: 0, criticalPath: path, channels: [{ kind: 'in-person', statutory: 15 * 480 }, { kind: 'online', statutory: 10 * 480 }],
            ownFlowComplete: true, flows: [{ start: ids[0], planned: 28 * minutes, uncounted: 0, criticalPath: path, steps: ids }]
        }
    };
}

describe('a 30-step procedure', () => {
    test('renders well under a second', () => {
        const synthetic = thirtySteps(richest);
        procedureSvg(richest); // warmed up, as in an editor preview
        const started = performance.now();
        const svg = procedureSvg(synthetic);
        const elapsed = performance.now() - started;
        console.log(`30-step procedure: ${elapsed.toFixed(1)} ms, ${svg.length} characters`);
        expectWellFormed(svg);
        expect(count(svg, 'data-node="step:')).toBe(30);
        const boxes = [...nodeBoxes(svg).values()];
        for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
        }
        expect(edgesThroughBoxes(svg)).toEqual([]);
        // 28 × 4h = 14 days: over the online channel's 10, within the in-person 15.
        expect(svg).toContain('class="channel over" data-channel="online"');
        expect(svg).toContain('class="channel" data-channel="in-person"');
    });
});


/**
 * A chain of `count` steps across the richest example's units (a rework loop back every 25 steps,
 * an exception branch to the last step every 10), on the main flow but the last.
 */
function chainOf(base: ProcedureModel, count: number): ProcedureModel {
    const template = base.steps[0];
    const units = [...new Map(base.steps.map(s => [s.unit.id, s.unit])).values()];
    const ids = Array.from({ length: count }, (_, i) => `B${i + 1}`);
    const last = ids[count - 1];
    const steps: StepModel[] = ids.map((id, i) => ({
        ...template, id, sequence: i + 1, title: `Bước ${i + 1}: xử lý hồ sơ`, unit: units[Math.floor(i / 4) % units.length],
        position: undefined, handover: undefined, duration: { text: '1h', unit: 'h', amount: 1, workingMinutes: 60 },
        transitions: i < count - 2
            ? [
                { outcome: 'default', targets: [ids[i + 1]], exception: false, source: template.source },
                ...(i % 25 === 24 ? [{ outcome: 'incomplete' as const, targets: [ids[i - 20]], exception: false, source: template.source }] : []),
                ...(i % 10 === 3 ? [{ outcome: 'rejected' as const, targets: [last], exception: true, source: template.source }] : [])
            ]
            : [],
        mainFlow: i < count - 1, critical: i < count - 1, cumulative: i < count - 1 ? (i + 1) * 60 : undefined
    }));
    return {
        ...base, id: `Chain${count}`, code: '9.999998', steps,
        timing: {
            unit: 'working-minutes', planned: (count - 1) * 60, uncounted: 0, criticalPath: ids.slice(0, count - 1), channels: [{ kind: 'in-person', statutory: count * 60 }],
            ownFlowComplete: true, flows: [{ start: ids[0], planned: (count - 1) * 60, uncounted: 0, criticalPath: ids.slice(0, count - 1), steps: ids }]
        }
    };
}

describe('long procedures', () => {
    test(`150 steps (under the limit of ${DIAGRAM_STEP_LIMIT}) are drawn as a diagram`, () => {
        const svg = procedureSvg(chainOf(richest, 150));
        expectWellFormed(svg);
        expect(svg).not.toContain('class="too-large"');
        expect(count(svg, '<g class="node step')).toBe(150);
        const boxes = [...nodeBoxes(svg).values()];
        for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
        }
        expect(edgesThroughBoxes(svg)).toEqual([]);
    });

    test('10,000 steps give a notice saying how many steps and where to read them, without a stack overflow', () => {
        const procedure = chainOf(richest, 10_000);
        const svg = procedureSvg(procedure, { diagnostics: [{ stepId: 'B7', severity: 'warning', message: 'a <b>step</b> finding' }] });
        expectWellFormed(svg);
        expect(svg).toContain('<g class="too-large" data-steps="10000">');
        expect(svg).toContain('Thủ tục có 10.000 bước: quá nhiều để vẽ thành sơ đồ (tối đa 200 bước).');
        expect(svg).toContain('--target table');
        expect(svg).not.toContain('data-node=');
        // The header as usual: the title, the total, and the findings (in the header: no boxes to mark).
        expect(svg).toContain(`${procedure.code} – ${esc(procedure.title)}`);
        expect(svg).toContain(`Tổng thời gian (đường găng): ${formatAmount(procedure.timing.planned, procedure.timing.unit)}`);
        expect(group(svg, 'class="header"')).toContain('<title>Cảnh báo: a &lt;b&gt;step&lt;/b&gt; finding</title>');
        expect(svg.length).toBeLessThan(10_000);
    });

    test('the layout itself places 10,000 steps (no recursion), should the limit ever be raised', () => {
        const graph = buildGraph(chainOf(richest, 10_000));
        const layout = layoutDiagram(graph, 0);
        expect(layout.nodes.size).toBe(graph.nodes.length);
        expect(layout.edges.size).toBe(graph.edges.length);
        expect(layout.nodes.get('step:B9999')!.x).toBeGreaterThan(layout.nodes.get('step:B9998')!.x);
    });
});

describe('changed steps (the review site\'s --since)', () => {
    test('only the named steps\' boxes get the class changed; without the option the drawing is unchanged', () => {
        const procedure = build.procedures.find(p => p.steps.length >= 3)!;
        const [first, , third] = procedure.steps;
        const plain = procedureSvg(procedure);
        const marked = procedureSvg(procedure, { changedSteps: [first.id, third.id, 'NoSuchStep'] });
        expectWellFormed(marked);
        expect([...marked.matchAll(/<g class="node [^"]*\bchanged\b[^"]*" data-node="([^"]*)"/g)].map(m => m[1])).toEqual([`step:${first.id}`, `step:${third.id}`]);
        // The class is all that differs.
        expect(marked.replace(/ changed"/g, '"')).toBe(plain);
        expect(procedureSvg(procedure, { changedSteps: [] })).toBe(plain);
    });
});
