// Procedures as provinces publish them (issue 10), through every target: the test workspace
// fixtures/published uses every construct (time not counted, performers as written, parts with
// subtotals, cases with tables of their own, a body, the applicant, a group of procedures, stated
// totals and cuts, reception rules, fees as published, the electronic procedure) and each target's
// output is compared with its golden file and checked by the consuming system's own validator.
import { bpmnTarget, jsonTarget, opencpsTarget, tableTarget, type OutputFile, type ProvinceBuild } from '@tthc/compiler';
import { mermaidTarget, svgTarget } from '@tthc/diagram';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { BpmnModdle } from 'bpmn-moddle';
import { Linter } from 'bpmnlint';
import NodeResolver from 'bpmnlint/lib/resolver/node-resolver.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { expectGolden } from '../golden-helper.js';
import { parseWellFormed } from '../markup/well-formed.js';
import { buildOf } from './build-helper.js';
import { opencpsSchemaPath, parseXml, validateWithXmllint, validationProblem, type XmlNode } from './opencps-helper.js';

const FIXTURE = 'test/compiler/fixtures/published';
const CODES = ['1.011111', '1.012345', '2.000001', '2.000002'];

let build: ProvinceBuild;
const outputs = new Map<string, OutputFile[]>();
beforeAll(async () => {
    build = await buildOf(FIXTURE);
    for (const target of [jsonTarget, tableTarget, opencpsTarget, bpmnTarget, svgTarget, mermaidTarget]) {
        outputs.set(target.name, await target.compile(build));
    }
});

function fileOf(target: string, path: string): string {
    const file = outputs.get(target)!.find(f => f.path === path);
    if (!file) throw new Error(`${target} wrote no ${path}: ${outputs.get(target)!.map(f => f.path).join(', ')}`);
    return file.content;
}

function procedure(code: string) {
    return build.procedures.find(p => p.code === code)!;
}

describe('the model of procedures as published', () => {
    test('a group of procedures is lowered to one procedure per member code, each with the group and its own record', () => {
        expect(build.procedures.map(p => p.code)).toEqual(CODES);
        const [khaiSinh, ketHon] = [procedure('2.000001'), procedure('2.000002')];
        expect(khaiSinh.group).toMatchObject({ id: 'NhomCapBanSao', members: [{ code: '2.000001' }, { code: '2.000002' }] });
        expect(khaiSinh.title).toBe('Cấp bản sao trích lục khai sinh');
        expect(khaiSinh.channels[0].statutoryTime?.unit).toBe('same-day');
        expect(ketHon.channels[0].statutoryTime?.text).toBe('1wd');
        expect(ketHon.steps.map(s => s.id)).toEqual(khaiSinh.steps.map(s => s.id));
    });

    test('performers as written: alternatives, partners, the leadership of a unit, assigned, a body, the applicant', () => {
        const troCap = procedure('1.011111');
        const step = (id: string) => troCap.steps.find(s => s.id === id)!;
        expect(step('TiepNhan').performers.alternatives.map(p => p.position?.id)).toEqual(['TTPVHCCTinh.NhanVienBuuDien']);
        expect(step('ThamDinh').performers).toMatchObject({ main: { kind: 'position', assigned: true }, partners: [{ kind: 'unit', unit: { id: 'SoTaiChinh' } }, { kind: 'unit', unit: { id: 'ThueTinh' } }] });
        expect(step('Ky').performers.main).toMatchObject({ kind: 'leaders', unit: { id: 'SoNoiVu' } });
        const congNhan = procedure('1.012345');
        const hop = congNhan.steps.find(s => s.id === 'HopHoiDong')!;
        expect(hop.performers.main).toMatchObject({ kind: 'body', body: { id: 'HoiDong', title: 'Hội đồng tư vấn' } });
        expect(hop.unit).toMatchObject({ id: 'HoiDong', kind: 'body' });
        const applicant = congNhan.steps.find(s => s.id === 'HoanThien')!;
        expect(applicant).toMatchObject({ counted: false, uncounted: { reason: 'applicant' }, unit: { kind: 'applicant' } });
    });

    test('time not counted, parts, the published total and the rules; not-regulated channels and cases do not stop the lowering', () => {
        const troCap = procedure('1.011111');
        expect(troCap.steps.find(s => s.id === 'TraKetQua')).toMatchObject({ counted: false, uncounted: { reason: 'not-counted' } });
        expect(troCap.steps.find(s => s.id === 'ThamDinh')!.handover).toMatchObject({ notCounted: true, notCountedReason: 'thời gian thực hiện nghĩa vụ tài chính' });
        expect(troCap.timing).toMatchObject({ planned: 96 * 60, uncounted: 20 * 60, ownFlowComplete: true });
        expect(troCap.parts.map(p => [p.id, p.steps])).toEqual([['TaiTrungTam', ['TiepNhan', 'XacNhan']], ['TaiSo', ['ThamDinh', 'Ky', 'VanThu']]]);
        expect(troCap.timeRules).toMatchObject({ dayKind: 'working', minutesPerDay: 480, cutOff: '15:00', forwardPaperWithin: { text: '1wd' }, cutTargetPercent: 20 });
        // The postal channel's time is not regulated: no statutory time to compare, kept as such.
        expect(troCap.channels.find(c => c.kind === 'postal')).toMatchObject({ notRegulated: true });
        expect(troCap.timing.channels.map(c => c.kind)).toEqual(['in-person', 'online']);
        const congNhan = procedure('1.012345');
        expect(congNhan.total).toMatchObject({ duration: { text: '48d' }, cut: { cut: { text: '12d' }, of: { text: '60d' }, ratioPercent: 20 } });
        expect(congNhan.timing.ownFlowComplete).toBe(false);
        expect(congNhan.timing.flows.map(f => [f.caseId, f.start, f.planned, f.uncounted])).toEqual([
            ['KhongHoiDong', 'KiemTra', 48, 3],
            ['CoHoiDong', 'KiemTraB', 48, 0]
        ]);
        expect(congNhan.clockStartsAfter).toBe('KiemTra');
        expect(congNhan.steps.find(s => s.id === 'ThamDinhB')!.duration?.from).toBe('ngày họp hội đồng');
    });

    test('cumulative times per flow: the own flow ends at its planned time, a case\'s path is timed apart', () => {
        const troCap = procedure('1.011111');
        const times = (id: string) => {
            const step = troCap.steps.find(s => s.id === id)!;
            return [step.cumulative, step.cumulativeByCase.map(c => [c.caseId, c.time])];
        };
        // ThamDinh -> Ky, or in case CanXacMinh ThamDinh -> XacMinh -> Ky: Ky waits for XacMinh in that case only.
        expect(times('ThamDinh')).toEqual([4800, [['CanXacMinh', 4800]]]);
        expect(times('XacMinh')).toEqual([6240, [['CanXacMinh', 6240]]]);
        expect(times('Ky')).toEqual([5520, [['CanXacMinh', 6960]]]);
        expect(times('TraKetQua')).toEqual([troCap.timing.planned, [['CanXacMinh', 7200]]]);
        // A procedure whose own flow splits into cases: a step of one case takes that case's time;
        // the steps both cases share get theirs when the cases agree.
        const congNhan = procedure('1.012345');
        const flows = new Map(congNhan.timing.flows.map(f => [f.caseId, f]));
        for (const step of congNhan.steps.filter(s => s.mainFlow)) {
            const byCase = step.cumulativeByCase;
            expect(byCase.every(c => flows.get(c.caseId)!.steps.includes(step.id)), step.id).toBe(true);
            const agreed = byCase.length > 0 && byCase.every(c => c.time === byCase[0].time) ? byCase[0].time : undefined;
            expect(step.cumulative, step.id).toBe(agreed);
        }
        for (const [caseId, flow] of flows) {
            const last = congNhan.steps.find(s => s.id === flow.criticalPath.at(-1))!;
            expect(last.cumulativeByCase.find(c => c.caseId === caseId)?.time, caseId).toBe(flow.planned);
        }
    });

    test('fees as published: kind, unit, from the Nth, case, discount, brackets and basis', () => {
        const online = procedure('1.011111').channels.find(c => c.kind === 'online')!;
        expect(online.fees[0]).toMatchObject({ kind: 'charge', per: 'copy', fromUnit: 3, discountPercent: 50, when: { text: 'Cấp bản sao' } });
        const brackets = procedure('1.012345').channels[0].fees;
        expect(brackets[1]).toMatchObject({ amountVnd: 10_000_000, ratePercent: 0.5, overVnd: 1_000_000_000, upToVnd: 10_000_000_000 });
        expect(brackets[3]).toMatchObject({ kind: 'charge', per: 'certificate', when: { caseId: 'CoHoiDong' } });
    });
});

describe('every target carries what the tables publish', () => {
    test('json: every document validates against the schema (version 2)', () => {
        const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/tthc-config.schema.json'), 'utf8'));
        const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
        for (const file of outputs.get('json')!) {
            const document = JSON.parse(file.content);
            expect(document.schemaVersion).toBe(2);
            expect(validate(document), `${file.path}: ${JSON.stringify(validate.errors, null, 1)}`).toBe(true);
        }
    });

    test('table: counted and not-counted time, part subtotals, the total with its cut, case tables, performers, rules, fees', () => {
        const troCap = fileOf('table', 'tables/1.011111.md');
        for (const expected of [
            'Không tính thời gian', 'Tổng thời gian tại Sở Nội vụ', 'Công bố: 56 giờ', 'Lãnh đạo Sở Nội vụ', 'Chuyên viên được phân công',
            'hoặc Nhân viên bưu chính', 'Phối hợp: Sở Tài chính, Thuế tỉnh', 'Số hóa hồ sơ', 'Ký số kết quả', 'Mức độ dịch vụ công trực tuyến:** Một phần',
            'Hồ sơ tiếp nhận sau 15 giờ được chuyển vào đầu giờ ngày làm việc tiếp theo.', 'Phí (Cấp bản sao): 20.000 đồng/bản, từ bản thứ 3, giảm 50%',
            '50.000 đồng/hồ sơ', '5.000 đồng/trang, từ trang thứ 3', '| Qua dịch vụ bưu chính | Không quy định |',
            '*Trường hợp cần xác minh: chuyển Bước 4.*', '**Xác minh hồ sơ**<br>*Chỉ thực hiện trong Trường hợp cần xác minh.*',
            '**Trường hợp cần xác minh:** theo quy trình 15 ngày làm việc'
        ]) expect(troCap).toContain(expected);
        const congNhan = fileOf('table', 'tables/1.012345.md');
        for (const expected of [
            '### a) Trường hợp không thành lập hội đồng tư vấn', '### b) Trường hợp thành lập hội đồng tư vấn', '48 ngày (cắt giảm 12/60 ngày, tỷ lệ 20%)',
            'Hội đồng tư vấn', 'Tổ chức, cá nhân', 'trên 1.000.000.000 đồng đến 10.000.000.000 đồng: 10.000.000 đồng + 0,5% phần vượt trên 1.000.000.000 đồng',
            'Phí (Trường hợp thành lập hội đồng tư vấn): 100.000 đồng/giấy chứng nhận'
        ]) expect(congNhan).toContain(expected);
        expect(fileOf('table', 'tables/2.000002.md')).toContain('Nhóm thủ tục hành chính');
        // A working day of 7 hours ("tính mỗi ngày 07 giờ làm việc"): 7 hours are one working day.
        const sevenHours = fileOf('table', 'tables/2.000001.md');
        expect(sevenHours).toContain('*Mỗi ngày làm việc tính 07 giờ.*');
        expect(sevenHours).toContain('|  | **Tổng thời gian giải quyết** |  | **01 ngày làm việc** |  |');
        expect(sevenHours).toContain('| Trực tiếp | Ngay trong ngày (01 ngày làm việc)');
        // A commune unit known by a ward variant, as the tables write it ("A/B").
        expect(fileOf('table', 'tables/2.000002.md')).toContain('Phối hợp: Phòng Văn hóa - Xã hội/Phòng Văn hóa - Xã hội phường');
    });

    test('opencps: XSD-valid; not-counted steps count 0 hours; payment and digital signature on the step\'s onward actions', () => {
        const schema = opencpsSchemaPath();
        const problem = validationProblem(schema);
        expect(problem, problem).toBeUndefined();
        const run = validateWithXmllint(schema, outputs.get('opencps')!);
        expect(run.status, run.output).toBe(0);
        const process = parseXml(fileOf('opencps', 'processes/1.011111.xml'), 'ServiceProcess');
        const child = (node: XmlNode, name: string) => node.children.find(c => c.name === name)!;
        const steps = child(process, 'steps').children.map(s => [child(s, 'stepCode').text, child(s, 'durationCount').text]);
        expect(steps).toContainEqual(['TraKetQua', '0']);
        // The partner's time is excluded by law: the hand-over step counts its own 40 hours only.
        expect(steps).toContainEqual(['ThamDinh', '40']);
        const actions = child(process, 'actions').children;
        const action = (code: string) => actions.find(a => child(a, 'actionCode').text === code)!;
        expect(child(action('TiepNhan-XacNhan'), 'requestPayment').text).toBe('1');
        expect(JSON.parse(child(action('TiepNhan-XacNhan'), 'paymentFee').text).paymentFee).toContain('20.000 đồng/bản');
        expect(child(action('TiepNhan-incomplete-BoSung'), 'requestPayment').text).toBe('0');
        expect(child(action('Ky-VanThu'), 'eSignature').text).toBe('true');
        expect(outputs.get('opencps')!.filter(f => f.path.startsWith('services/')).map(f => f.path)).toEqual(CODES.map(c => `services/${c}.xml`));
        // A case with a table of its own is submitted into its own first step: no step is left unreachable.
        // OpenCPS submits with the code 1100 and takes the first action of that code whose preCondition
        // holds (CPSDossierBusinessLocalServiceImpl.getProcessAction): a case's submission has that code
        // too (as `1100-CoHoiDong` it was never taken), and says a preCondition is to be set.
        const cases = parseXml(fileOf('opencps', 'processes/1.012345.xml'), 'ServiceProcess');
        const submissions = child(cases, 'actions').children.filter(a => child(a, 'autoEvent').text === 'submit');
        expect(submissions.map(a => [child(a, 'actionCode').text, child(a, 'postStepCode').text, child(a, 'preCondition').text])).toEqual([
            ['1100', 'KiemTra', ''], ['1100', 'KiemTraB', '']
        ]);
        for (const a of submissions) expect(child(a, 'configNote').text).toContain('đặt điều kiện (preCondition) để chọn trường hợp khi nộp');
        // Without a case of its own table, the one submission says nothing of a condition.
        const single = parseXml(fileOf('opencps', 'processes/1.011111.xml'), 'ServiceProcess');
        expect(child(child(single, 'actions').children.find(a => child(a, 'autoEvent').text === 'submit')!, 'configNote').text).toBe('Hồ sơ được nộp: vào bước đầu tiên của quy trình');
    });

    test('bpmn: loads without warnings and passes bpmnlint; cases are labelled branches, not-counted steps are marked', async () => {
        const config = JSON.parse(readFileSync(join(ROOT, '.bpmnlintrc'), 'utf8')) as object;
        for (const file of outputs.get('bpmn')!) {
            const { rootElement, warnings } = await new BpmnModdle().fromXML(file.content);
            expect(warnings.map((w: { message: string }) => w.message)).toEqual([]);
            const linter = new Linter({ config, resolver: new NodeResolver({ require: createRequire(import.meta.url) }) });
            const results = await linter.lint(rootElement) as Record<string, unknown[]>;
            expect(Object.entries(results).filter(([, reports]) => reports.length > 0), file.path).toEqual([]);
        }
        const congNhan = fileOf('bpmn', 'processes/1.012345.bpmn');
        expect(congNhan).toContain('name="Trường hợp thành lập hội đồng tư vấn"');
        expect(congNhan).toContain('name="Trả kết quả (không tính thời gian)"');
    });

    test('mermaid and svg: not-counted steps, case branches, performers as written', () => {
        const mermaid = fileOf('mermaid', 'diagrams/1.012345.mmd');
        expect(mermaid).toContain('|"Trường hợp thành lập hội đồng tư vấn"|');
        expect(mermaid).toContain('Không tính thời gian');
        expect(fileOf('mermaid', 'diagrams/1.011111.mmd')).toContain('Công chức tiếp nhận và trả kết quả hoặc Nhân viên bưu chính');
        const svg = fileOf('svg', 'diagrams/1.011111.svg');
        expect(svg).toContain('Không tính thời gian');
        expect(svg).toContain('Lãnh đạo Sở Nội vụ');
    });

    test('golden files of every target', () => {
        for (const code of CODES) {
            expectGolden(`published/json/${code}.json`, fileOf('json', `procedures/${code}.json`));
            expectGolden(`published/table/${code}.md`, fileOf('table', `tables/${code}.md`));
            // The group's members (2.000001, 2.000002) share the first member's process.
            if (code !== '2.000002') expectGolden(`published/opencps/processes/${code}.xml`, fileOf('opencps', `processes/${code}.xml`));
            expectGolden(`published/opencps/services/${code}.xml`, fileOf('opencps', `services/${code}.xml`));
        }
        for (const code of ['1.011111', '1.012345']) {
            expectGolden(`published/table/${code}.html`, fileOf('table', `tables/${code}.html`));
            expectGolden(`published/bpmn/${code}.bpmn`, fileOf('bpmn', `processes/${code}.bpmn`));
            expectGolden(`published/mermaid/${code}.mmd`, fileOf('mermaid', `diagrams/${code}.mmd`));
            expectGolden(`published/svg/${code}.svg`, fileOf('svg', `diagrams/${code}.svg`));
        }
    });

    test('deterministic: a second lowering and compilation give identical files', async () => {
        const again = await buildOf(FIXTURE);
        for (const target of [jsonTarget, tableTarget, opencpsTarget, bpmnTarget, svgTarget, mermaidTarget]) {
            expect(await target.compile(again)).toEqual(outputs.get(target.name));
        }
    });
});

describe('the new texts are source text: escaped in every markup output', () => {
    const HOSTILE = '<script>alert(1)</script>]]>"\'&amp;';
    const hostile = (): ProvinceBuild => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mutable copy of a readonly model
        const copy = structuredClone(build) as any;
        for (const p of copy.procedures) {
            for (const c of p.cases) c.title = `Trường hợp ${HOSTILE}`;
            for (const part of p.parts) part.title = `Tại ${HOSTILE}`;
            if (p.total) p.total.note = HOSTILE;
            for (const channel of p.channels) for (const fee of channel.fees) Object.assign(fee, { note: HOSTILE, basis: HOSTILE, when: { text: HOSTILE } });
            for (const step of p.steps) {
                for (const other of [...step.performers.alternatives, ...step.performers.partners]) if (other.unit) other.unit = { ...other.unit, title: HOSTILE };
                if (step.performers.main.body) step.performers.main.body.title = HOSTILE;
                if (step.performers.main.kind === 'leaders') step.performers.main.unit.title = HOSTILE;
                if (step.uncounted) step.uncounted.note = HOSTILE;
                if (step.duration) step.duration.from = HOSTILE;
            }
            if (p.group) p.group.title = HOSTILE;
        }
        return copy as ProvinceBuild;
    };

    test('table (HTML), opencps, bpmn and svg parse as XML and show the text as text; mermaid writes entity codes', async () => {
        const changed = hostile();
        const markup = [
            ...(await tableTarget.compile(changed)).filter(f => f.path.endsWith('.html') && !f.path.endsWith('index.html')),
            ...await opencpsTarget.compile(changed),
            ...await bpmnTarget.compile(changed),
            ...await svgTarget.compile(changed)
        ];
        let shown = 0;
        for (const file of markup) {
            const document = parseWellFormed(file.content);
            expect([...document.getElementsByTagName('script')], file.path).toHaveLength(0);
            expect(file.content, file.path).not.toContain('<script>alert');
            if ((document.documentElement.textContent ?? '').includes('<script>alert(1)</script>')) shown++;
        }
        // The hostile text reaches the outputs (as text), so the check above is not vacuous.
        expect(shown).toBeGreaterThan(10);
        for (const file of await mermaidTarget.compile(changed)) {
            expect(file.content, file.path).not.toContain('<script>');
        }
    });
});
