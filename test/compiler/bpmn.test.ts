// The `bpmn` target, checked with the tools that read BPMN in practice: bpmn-moddle (the model
// bpmn-js and the Camunda Modeler load with) must read every file without a warning, and bpmnlint
// with the repository's .bpmnlintrc (`bpmnlint:recommended`) must report nothing. The diagram
// interchange is checked for what a viewer needs: bounds for every shape, waypoints for every flow,
// no overlapping shapes, no edge through a shape.
import { bpmnTarget, formatDuration, type ProcedureModel, type ProvinceBuild, type StepModel } from '@tthc/compiler';
import { BpmnModdle } from 'bpmn-moddle';
import { Linter } from 'bpmnlint';
import NodeResolver from 'bpmnlint/lib/resolver/node-resolver.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { expectGolden } from '../golden-helper.js';
import { buildOf } from './build-helper.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- moddle elements are untyped */

const build = await buildOf('examples/lam-dong');
const files = await bpmnTarget.compile(build);
const fileOf = (code: string): string => {
    const file = files.find(f => f.path === `processes/${code}.bpmn`);
    if (file === undefined) throw new Error(`no file for ${code}`);
    return file.content;
};

// Procedures as published (issue 10): cases with tables of their own, bodies and the applicant as lanes.
const published = await buildOf('test/compiler/fixtures/published');
const publishedFiles = await bpmnTarget.compile(published);

const LINT_CONFIG = JSON.parse(readFileSync(join(ROOT, '.bpmnlintrc'), 'utf8')) as object;
const requireHere = createRequire(import.meta.url);

interface Checked {
    definitions: any;
    warnings: string[];
    lint: string[];
}

/** Reads a BPMN text with bpmn-moddle and lints it with bpmnlint (a fresh linter each time: rules keep state). */
async function check(xml: string): Promise<Checked> {
    const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
    const linter = new Linter({ config: LINT_CONFIG, resolver: new NodeResolver({ require: requireHere }) });
    const results = await linter.lint(rootElement) as Record<string, Array<{ id?: string; message: string; category: string }>>;
    const lint = Object.entries(results).flatMap(([rule, reports]) => reports.map(r => `${r.category} ${rule} ${r.id ?? ''}: ${r.message}`));
    return { definitions: rootElement, warnings: warnings.map((w: { message: string }) => w.message), lint };
}

interface Box { x: number; y: number; width: number; height: number }

/** Problems with the diagram interchange, as sentences (empty when all is well). */
function diagramProblems(definitions: any): string[] {
    const problems: string[] = [];
    const process = definitions.rootElements.find((e: any) => e.$type === 'bpmn:Process');
    const collaboration = definitions.rootElements.find((e: any) => e.$type === 'bpmn:Collaboration');
    const planeElements: any[] = definitions.diagrams[0].plane.planeElement;
    const shapes = new Map<string, Box>();
    const edges = new Map<string, Array<{ x: number; y: number }>>();
    for (const element of planeElements) {
        if (element.$type === 'bpmndi:BPMNShape') shapes.set(element.bpmnElement.id, element.bounds);
        if (element.$type === 'bpmndi:BPMNEdge') edges.set(element.bpmnElement.id, element.waypoint);
    }
    const flowNodes: any[] = process.flowElements.filter((e: any) => e.$type !== 'bpmn:SequenceFlow');
    const flows: any[] = process.flowElements.filter((e: any) => e.$type === 'bpmn:SequenceFlow');
    const lanes: any[] = process.laneSets[0].lanes;
    const participants: any[] = collaboration.participants;
    const messageFlows: any[] = collaboration.messageFlows ?? [];

    for (const element of [...flowNodes, ...lanes, ...participants]) {
        const box = shapes.get(element.id);
        if (box === undefined) {
            problems.push(`${element.id} has no shape`);
        } else if (![box.x, box.y, box.width, box.height].every(Number.isFinite) || box.width <= 0 || box.height <= 0) {
            problems.push(`${element.id} has bad bounds ${JSON.stringify(box)}`);
        }
    }
    for (let i = 0; i < flowNodes.length; i++) {
        for (let j = i + 1; j < flowNodes.length; j++) {
            const a = shapes.get(flowNodes[i].id);
            const b = shapes.get(flowNodes[j].id);
            if (a !== undefined && b !== undefined && overlaps(a, b)) problems.push(`${flowNodes[i].id} overlaps ${flowNodes[j].id}`);
        }
    }
    for (let i = 0; i < participants.length; i++) {
        for (let j = i + 1; j < participants.length; j++) {
            if (overlaps(shapes.get(participants[i].id) as Box, shapes.get(participants[j].id) as Box)) problems.push(`${participants[i].id} overlaps ${participants[j].id}`);
        }
    }
    const pool = shapes.get(participants.find((p: any) => p.processRef === process).id) as Box;
    for (const lane of lanes) {
        const laneBox = shapes.get(lane.id) as Box;
        if (!inside(laneBox, pool)) problems.push(`${lane.id} lies outside the pool`);
        for (const node of lane.flowNodeRef ?? []) {
            if (!inside(shapes.get(node.id) as Box, laneBox)) problems.push(`${node.id} lies outside its lane ${lane.id}`);
        }
    }
    const obstacles = [...flowNodes.map(n => n.id), ...participants.filter(p => p.processRef === undefined).map(p => p.id)];
    for (const flow of [...flows, ...messageFlows]) {
        const points = edges.get(flow.id);
        if (points === undefined || points.length < 2) {
            problems.push(`${flow.id} has no edge`);
            continue;
        }
        const ends = [flow.sourceRef.id, flow.targetRef.id];
        if (!onBorder(points[0], shapes.get(ends[0]) as Box)) problems.push(`${flow.id} does not start on ${ends[0]}`);
        if (!onBorder(points[points.length - 1], shapes.get(ends[1]) as Box)) problems.push(`${flow.id} does not end on ${ends[1]}`);
        for (let k = 1; k < points.length; k++) {
            const [p, q] = [points[k - 1], points[k]];
            if (p.x !== q.x && p.y !== q.y) problems.push(`${flow.id} has a slanted segment`);
            for (const id of obstacles) {
                if (!ends.includes(id) && crosses(p, q, shapes.get(id) as Box)) problems.push(`${flow.id} crosses ${id}`);
            }
        }
    }
    return problems;
}

function overlaps(a: Box, b: Box): boolean {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(a: Box, b: Box): boolean {
    return a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
}

function onBorder(p: { x: number; y: number }, b: Box): boolean {
    const withinX = p.x >= b.x && p.x <= b.x + b.width;
    const withinY = p.y >= b.y && p.y <= b.y + b.height;
    return (withinY && (p.x === b.x || p.x === b.x + b.width)) || (withinX && (p.y === b.y || p.y === b.y + b.height));
}

// Whether an axis-parallel segment passes through the inside of a box.
function crosses(p: { x: number; y: number }, q: { x: number; y: number }, b: Box): boolean {
    const [x1, x2] = [Math.min(p.x, q.x), Math.max(p.x, q.x)];
    const [y1, y2] = [Math.min(p.y, q.y), Math.max(p.y, q.y)];
    return x2 > b.x && x1 < b.x + b.width && y2 > b.y && y1 < b.y + b.height;
}

function elementsOf(definitions: any, type: string): any[] {
    const process = definitions.rootElements.find((e: any) => e.$type === 'bpmn:Process');
    return process.flowElements.filter((e: any) => e.$type === type);
}

function collaborationOf(definitions: any): any {
    return definitions.rootElements.find((e: any) => e.$type === 'bpmn:Collaboration');
}

/** A copy of the build with one procedure changed. */
function withProcedure(code: string, change: (procedure: any) => void): ProvinceBuild {
    const copy = structuredClone(build) as any;
    const procedure = copy.procedures.find((p: ProcedureModel) => p.code === code);
    change(procedure);
    copy.procedures = [procedure];
    return copy as ProvinceBuild;
}

async function compileOne(changed: ProvinceBuild): Promise<string> {
    const out = await bpmnTarget.compile(changed);
    expect(out).toHaveLength(1);
    return out[0].content;
}

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

describe('bpmn target', () => {
    test('is named bpmn and writes processes/<code>.bpmn for every procedure, in the build order', () => {
        expect(bpmnTarget.name).toBe('bpmn');
        expect(files.map(f => f.path)).toEqual(build.procedures.map(p => `processes/${p.code}.bpmn`));
    });

    describe.each(build.procedures.map(p => [p.code, p] as const))('%s', (code, procedure) => {
        test('loads in bpmn-moddle without warnings and passes bpmnlint (recommended)', async () => {
            const { warnings, lint } = await check(fileOf(code));
            expect(warnings).toEqual([]);
            expect(lint).toEqual([]);
        });

        test('has bounds for every shape, an edge for every flow, no overlaps and no edge through a shape', async () => {
            const { definitions } = await check(fileOf(code));
            expect(diagramProblems(definitions)).toEqual([]);
        });

        test('has one user task per step, an end event per path end, one start event', async () => {
            const { definitions } = await check(fileOf(code));
            const tasks = elementsOf(definitions, 'bpmn:UserTask');
            expect(tasks.map((t: any) => t.id)).toEqual(procedure.steps.map((s: StepModel) => `Step_${s.id}`));
            // A step whose time does not count is marked in its name, as the tables mark it.
            expect(tasks.map((t: any) => t.name)).toEqual(procedure.steps.map((s: StepModel) =>
                `${s.title.replace(/\s+/g, ' ').trim()}${s.counted ? '' : ' (không tính thời gian)'}`));
            expect(elementsOf(definitions, 'bpmn:StartEvent')).toHaveLength(1);
            expect(elementsOf(definitions, 'bpmn:EndEvent')).toHaveLength(procedure.steps.filter((s: StepModel) => s.transitions.length === 0).length);
        });

        test('puts every flow node in exactly one lane, one lane per responsible unit, province before commune', async () => {
            const { definitions } = await check(fileOf(code));
            const process = definitions.rootElements.find((e: any) => e.$type === 'bpmn:Process');
            const lanes: any[] = process.laneSets[0].lanes;
            const refs = lanes.flatMap(l => (l.flowNodeRef ?? []).map((n: any) => n.id)).sort();
            const nodes = process.flowElements.filter((e: any) => e.$type !== 'bpmn:SequenceFlow').map((e: any) => e.id).sort();
            expect(refs).toEqual(nodes);
            const units = [...new Set(procedure.steps.map((s: StepModel) => s.unit.id))];
            expect(lanes.map(l => l.id).sort()).toEqual(units.map(u => `Lane_${u}`).sort());
            const levels = lanes.map(l => procedure.steps.find((s: StepModel) => `Lane_${s.unit.id}` === l.id)?.unit.level);
            expect(levels).toEqual([...levels].sort((a, b) => ['province', 'commune', 'central'].indexOf(a as string) - ['province', 'commune', 'central'].indexOf(b as string)));
            for (const step of procedure.steps) {
                const lane = lanes.find(l => (l.flowNodeRef ?? []).some((n: any) => n.id === `Step_${step.id}`));
                expect(lane?.id).toBe(`Lane_${step.unit.id}`);
            }
        });

        test('gives every element an NCName id and lists each sequence flow in its ends’ incoming and outgoing', async () => {
            const { definitions } = await check(fileOf(code));
            const ids = [...fileOf(code).matchAll(/ id="([^"]*)"/g)].map(m => m[1]);
            expect(ids.filter(id => !NCNAME.test(id))).toEqual([]);
            expect(new Set(ids).size).toBe(ids.length);
            for (const flow of elementsOf(definitions, 'bpmn:SequenceFlow')) {
                expect(flow.sourceRef.outgoing).toContain(flow);
                expect(flow.targetRef.incoming).toContain(flow);
            }
        });

        test('documents each task with its time limit (in Vietnamese words, as the table writes it), task and performer', async () => {
            const { definitions } = await check(fileOf(code));
            for (const step of procedure.steps) {
                const task = elementsOf(definitions, 'bpmn:UserTask').find((t: any) => t.id === `Step_${step.id}`);
                const text: string = task.documentation[0].text;
                expect(text).toContain(`Thời hạn: ${step.duration === undefined ? 'không quy định' : formatDuration(step.duration)}`);
                if (step.task !== undefined) expect(text).toContain(step.task);
                expect(text).toContain(step.unit.title);
                if (step.position !== undefined) expect(text).toContain(step.position.title);
            }
        });
    });

    test('an exclusive gateway follows a step with outcome branches; its default is the plain or approved flow, the others carry conditions', async () => {
        const { definitions } = await check(fileOf('1.004628'));
        const split = elementsOf(definitions, 'bpmn:ExclusiveGateway').find((g: any) => g.id === 'Gateway_ThamDinh_split');
        expect(split.incoming.map((f: any) => f.sourceRef.id)).toEqual(['Step_ThamDinh']);
        expect(split.outgoing.map((f: any) => f.id)).toEqual(['Flow_ThamDinh_default', 'Flow_ThamDinh_incomplete', 'Flow_ThamDinh_rejected', 'Flow_ThamDinh_late']);
        expect(split.default.id).toBe('Flow_ThamDinh_default');
        expect(split.outgoing.slice(1).map((f: any) => f.conditionExpression.body)).toEqual([
            "${outcome == 'incomplete'}", "${outcome == 'rejected'}", "${outcome == 'late'}"
        ]);
        // `on approved` is the default where there is no plain `->`.
        const sign = elementsOf(definitions, 'bpmn:ExclusiveGateway').find((g: any) => g.id === 'Gateway_KyGiayPhep_split');
        expect(sign.default.id).toBe('Flow_KyGiayPhep_approved');
        // The apology loops back: the step it returns to gets a merging gateway in front.
        const merge = elementsOf(definitions, 'bpmn:ExclusiveGateway').find((g: any) => g.id === 'Gateway_XemXet_merge');
        expect(merge.incoming.map((f: any) => f.sourceRef.id).sort()).toEqual(['Gateway_ThamDinh_split', 'Step_XinLoi']);
        expect(merge.outgoing.map((f: any) => f.targetRef.id)).toEqual(['Step_XemXet']);
    });

    test('a parallel fork gets a forking parallel gateway and a joining one where its branches meet', async () => {
        const { definitions } = await check(fileOf('1.012855'));
        const gateways = elementsOf(definitions, 'bpmn:ParallelGateway');
        const fork = gateways.find((g: any) => g.id === 'Gateway_DongDau_fork');
        const join = gateways.find((g: any) => g.id === 'Gateway_TraKetQua_join');
        expect(fork.incoming.map((f: any) => f.sourceRef.id)).toEqual(['Step_DongDau']);
        expect(fork.outgoing.map((f: any) => f.targetRef.id)).toEqual(['Step_ChuyenCongAn', 'Step_ChuyenBHXH']);
        expect(join.incoming.map((f: any) => f.sourceRef.id).sort()).toEqual(['Step_ChuyenBHXH', 'Step_ChuyenCongAn']);
        expect(join.outgoing.map((f: any) => f.targetRef.id)).toEqual(['Step_TraKetQua']);
    });

    test('a hand-over becomes a black-box pool for the partner and a message flow there and back', async () => {
        const { definitions } = await check(fileOf('1.012855'));
        const collaboration = collaborationOf(definitions);
        const partners = collaboration.participants.filter((p: any) => p.processRef === undefined);
        expect(partners.map((p: any) => p.id)).toEqual(['Participant_Partner_CongAnXa', 'Participant_Partner_BHXHTinh']);
        const flows = collaboration.messageFlows.map((m: any) => `${m.sourceRef.id} -> ${m.targetRef.id}: ${m.name}`);
        expect(flows).toEqual([
            'Step_ChuyenCongAn -> Participant_Partner_CongAnXa: Chuyển hồ sơ qua LGSP',
            'Participant_Partner_CongAnXa -> Step_ChuyenCongAn: Trả kết quả trong 3,5 ngày làm việc (28 giờ)',
            'Step_ChuyenBHXH -> Participant_Partner_BHXHTinh: Chuyển hồ sơ qua LGSP',
            'Participant_Partner_BHXHTinh -> Step_ChuyenBHXH: Trả kết quả trong 0,5 ngày làm việc (04 giờ)'
        ]);
        const task = elementsOf(definitions, 'bpmn:UserTask').find((t: any) => t.id === 'Step_ChuyenCongAn');
        expect(task.documentation[0].text).toContain('thời hạn 3,5 ngày làm việc (28 giờ)');
    });

    test('lanes of a commune-received, province-decided procedure: the province unit first', async () => {
        const { definitions } = await check(fileOf('1.012786'));
        const process = definitions.rootElements.find((e: any) => e.$type === 'bpmn:Process');
        expect(process.laneSets[0].lanes.map((l: any) => l.id)).toEqual(['Lane_VanPhongDangKyDatDai', 'Lane_TTPVHCCXa']);
    });

    test('calendar-day steps show calendar days, and their working-time worth when given', async () => {
        const { definitions } = await check(fileOf('1.012753'));
        const task = elementsOf(definitions, 'bpmn:UserTask').find((t: any) => t.id === 'Step_NiemYet');
        expect(task.documentation[0].text).toContain('Thời hạn: 15 ngày (tính là 11 ngày làm việc)');
    });

    test('golden files: a small procedure, a large one, and the inter-connected one', () => {
        expectGolden('bpmn/2.000884.bpmn', fileOf('2.000884'));
        expectGolden('bpmn/1.004628.bpmn', fileOf('1.004628'));
        expectGolden('bpmn/1.012855.bpmn', fileOf('1.012855'));
    });

    test('is deterministic: the same build compiles to the same bytes, NFC, with \\n line ends', async () => {
        const again = await bpmnTarget.compile(structuredClone(build));
        expect(again).toEqual(files);
        for (const file of files) {
            expect(file.content).not.toContain('\r');
            expect(file.content.normalize('NFC')).toBe(file.content);
            expect(file.content.endsWith('\n')).toBe(true);
        }
    });

    test('escapes hostile text everywhere and keeps it as data', async () => {
        const hostile = '<script>alert(1)</script> & "quotes" \'apos\' ]]> <!-- x -->';
        const changed = withProcedure('1.012855', p => {
            p.title = hostile;
            p.code = '../../<evil>&"code"';
            p.steps[0].title = hostile;
            p.steps[0].task = `${hostile}\nline two\u0001`;
            p.steps[0].unit.title = hostile;
            p.steps[4].handover.partner.title = hostile;
        });
        const out = await bpmnTarget.compile(changed);
        expect(out[0].path).toMatch(/^processes\/[A-Za-z0-9._-]+\.bpmn$/);
        const xml = out[0].content;
        expect(xml).not.toContain('<script>');
        expect(xml).not.toContain('\u0001');
        const { definitions, warnings, lint } = await check(xml);
        expect(warnings).toEqual([]);
        expect(lint).toEqual([]);
        const process = definitions.rootElements.find((e: any) => e.$type === 'bpmn:Process');
        expect(process.name).toBe(hostile);
        expect(NCNAME.test(process.id)).toBe(true);
        const task = elementsOf(definitions, 'bpmn:UserTask')[0];
        expect(task.name).toBe(hostile);
        expect(task.documentation[0].text).toContain(`${hostile}\nline two`);
        expect(process.laneSets[0].lanes[0].name).toBe(hostile);
        expect(collaborationOf(definitions).participants.map((p: any) => p.name)).toContain(hostile);
    });

    test('step names with Vietnamese letters give ASCII ids that still tell names apart', async () => {
        const changed = withProcedure('2.000884', p => {
            const rename = (from: string, to: string): void => {
                for (const step of p.steps) {
                    if (step.id === from) step.id = to;
                    for (const t of step.transitions) t.targets = t.targets.map((x: string) => x === from ? to : x);
                }
            };
            rename('TiepNhan', 'TiếpNhận');
            rename('ChungThuc', 'TiepNhan');
        });
        const xml = await compileOne(changed);
        const { definitions, warnings, lint } = await check(xml);
        expect(warnings).toEqual([]);
        expect(lint).toEqual([]);
        const ids = elementsOf(definitions, 'bpmn:UserTask').map((t: any) => t.id);
        expect(ids[0]).toMatch(/^Step_TiepNhan_[0-9a-f]{8}$/);
        expect(ids[1]).toBe('Step_TiepNhan');
        expect(ids.every((id: string) => NCNAME.test(id))).toBe(true);
    });

    test('shapes the model can take beyond the examples stay lint-clean and laid out', async () => {
        const variants: Array<[string, ProvinceBuild]> = [
            // Two outcomes to the same step: two conditional flows into one merging gateway.
            ['two outcomes, one target', withProcedure('1.004628', p => {
                const step = p.steps.find((s: StepModel) => s.id === 'ThamDinh');
                step.transitions.find((t: any) => t.outcome === 'late').targets = ['TuChoi'];
                p.steps = p.steps.filter((s: StepModel) => s.id !== 'XinLoi');
            })],
            // Branches that never meet: each returns its own result.
            ['fork without a join', withProcedure('1.012855', p => {
                for (const id of ['ChuyenCongAn', 'ChuyenBHXH']) {
                    const step = p.steps.find((s: StepModel) => s.id === id);
                    step.transitions = [];
                    step.kind = 'return';
                }
                p.steps = p.steps.filter((s: StepModel) => s.id !== 'TraKetQua');
            })],
            // A supplemented dossier goes back to reception: the first step gets a merging gateway.
            ['loop to the first step', withProcedure('2.000884', p => {
                const step = p.steps.find((s: StepModel) => s.id === 'HuongDanBoSung');
                step.transitions = [{ outcome: 'default', targets: ['TiepNhan'], exception: false, source: step.source }];
            })],
            // A fork next to outcome branches: the default branch forks.
            ['fork behind an exclusive gateway', withProcedure('1.012855', p => {
                const step = p.steps.find((s: StepModel) => s.id === 'DongDau');
                step.transitions.push({ outcome: 'rejected', targets: ['TuChoi'], exception: true, source: step.source });
            })]
        ];
        for (const [name, changed] of variants) {
            const { definitions, warnings, lint } = await check(await compileOne(changed));
            expect({ name, warnings, lint, diagram: diagramProblems(definitions) }).toEqual({ name, warnings: [], lint: [], diagram: [] });
        }
    });

    test('the checks above do catch a broken diagram (a shape moved onto another)', async () => {
        const xml = fileOf('2.000884');
        const bounds = (id: string): string => (new RegExp(`bpmnElement="${id}"[^>]*>\\s*<dc:Bounds [^>]*/>`).exec(xml) as RegExpExecArray)[0];
        const moved = xml.replace(bounds('Step_ChungThuc'), bounds('Step_ChungThuc').replace(/<dc:Bounds [^>]*\/>/, /<dc:Bounds [^>]*\/>/.exec(bounds('Step_TiepNhan'))?.[0] as string));
        const { definitions, lint } = await check(moved);
        expect(diagramProblems(definitions)).toContain('Step_TiepNhan overlaps Step_ChungThuc');
        expect(lint.some(l => l.includes('no-overlapping-elements'))).toBe(true);
    });

    test('the lint configuration turns no rule off without saying why in docs/bpmn-target.md', () => {
        const rules = (LINT_CONFIG as { rules?: Record<string, unknown> }).rules ?? {};
        const docs = readFileSync(join(ROOT, 'docs/bpmn-target.md'), 'utf8');
        expect((LINT_CONFIG as { extends?: unknown }).extends).toBe('bpmnlint:recommended');
        for (const [rule, setting] of Object.entries(rules)) {
            if (setting === 'off' || setting === 0) expect(docs).toContain(`\`${rule}\``);
        }
    });
});

describe.each(publishedFiles.map(f => [f.path, f.content] as const))('bpmn of a procedure as published: %s', (_path, content) => {
    test('passes bpmnlint and has bounds for every shape, no overlaps and no edge through a shape', async () => {
        const { definitions, warnings, lint } = await check(content);
        expect(warnings).toEqual([]);
        expect(lint).toEqual([]);
        expect(diagramProblems(definitions)).toEqual([]);
    });
});
