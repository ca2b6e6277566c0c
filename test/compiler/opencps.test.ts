import { codeFromName, opencpsTarget, stepNotes, uniqueCodes, type OutputFile, type ProcedureModel, type ProvinceBuild, type StepModel } from '@tthc/compiler';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { expectGolden } from '../golden-helper.js';
import { buildOf } from './build-helper.js';
import {
    type XmlNode, child, children, opencpsSchemaPath, parseXml, textOf, validateWithXmllint, validationProblem
} from './opencps-helper.js';

let build: ProvinceBuild;
let files: OutputFile[];
beforeAll(async () => {
    build = await buildOf('examples/lam-dong');
    files = await opencpsTarget.compile(build);
});

function file(path: string): string {
    const found = files.find(f => f.path === path);
    if (!found) {
        throw new Error(`no ${path} among ${files.map(f => f.path).join(', ')}`);
    }
    return found.content;
}

function procedure(code: string): ProcedureModel {
    return build.procedures.find(p => p.code === code)!;
}

// The process a procedure's service names (the members of a group share the first member's).
function processOf(code: string): XmlNode {
    const option = child(child(child(child(parseXml(file(`services/${code}.xml`), 'ServiceInfo'), 'configs'), 'ServiceConfig'), 'processes'), 'ProcessOption');
    return parseXml(file(`processes/${textOf(option, 'processNo')}.xml`), 'ServiceProcess');
}

// The procedures that write a process of their own: all but the members of a group after its first.
function processOwners(): string[] {
    const groups = new Set<string>();
    return build.procedures.filter(p => {
        if (!p.group) return true;
        if (groups.has(p.group.id)) return false;
        groups.add(p.group.id);
        return true;
    }).map(p => p.code);
}

function stepsOf(process: XmlNode): XmlNode[] {
    return children(child(process, 'steps'), 'ProcessStep');
}

function actionsOf(process: XmlNode): XmlNode[] {
    return children(child(process, 'actions'), 'ProcessAction');
}

// What a step's time limit is in working hours: its duration plus a hand-over's sub-deadline.
// What a step counts towards the due date: nothing when its time does not count ("Không tính thời gian"),
// its part's shared time at the part's first step, and a hand-over's sub-deadline unless the law excludes it.
function expectedHours(step: StepModel, procedure: ProcedureModel): number {
    const part = step.part !== undefined ? procedure.parts.find(p => p.id === step.part) : undefined;
    const shared = part?.time && part.steps[0] === step.id ? part.time.workingMinutes ?? 0 : 0;
    const own = step.counted ? step.duration?.workingMinutes ?? shared : 0;
    const handover = step.handover && !step.handover.notCounted ? step.handover.deadline.workingMinutes ?? 0 : 0;
    return Math.round((own + handover) / 60 * 100) / 100;
}

// A copy of a lowered procedure with hostile text everywhere the source lets a user write text.
const HOSTILE = '<script>alert(1)</script> & "x" ]]> \'y\'';
function hostileBuild(): ProvinceBuild {
    const copy = structuredClone(build) as { -readonly [K in keyof ProvinceBuild]: ProvinceBuild[K] };
    const original = copy.procedures.find(p => p.code === '2.000884')!;
    const unit = { ...original.steps[0].unit, title: `Trung tâm ${HOSTILE}` };
    const hostile = {
        ...original,
        code: '../../etc/<passwd>&1.001193',
        // NFD on the way in, a control character, a line break and a length over every maximum
        title: `${HOSTILE} Đăng ký`.normalize('NFD') + '\u0001\r\n' + 'dài '.repeat(400),
        sector: HOSTILE,
        applicants: [HOSTILE],
        documents: original.documents.map(d => ({ ...d, title: `${HOSTILE} ${d.title}` })),
        results: [{ title: HOSTILE }],
        // the second step's title is all astral characters (two UTF-16 units each), past the 255 limit
        steps: original.steps.map((s, i) => ({ ...s, title: i === 1 ? '🎉'.repeat(300) : `${HOSTILE} ${s.title}`, task: HOSTILE, unit }))
    };
    copy.procedures = [hostile as ProcedureModel];
    const calendar = copy.province.calendar!;
    copy.province = {
        ...copy.province,
        calendar: {
            ...calendar,
            daysOff: [{ date: '2026-11-24', name: `${HOSTILE}\u0001 ${'dài '.repeat(3000)}`, kind: 'holiday', source: HOSTILE }],
            makeUpDays: [{ date: '2026-11-28', name: HOSTILE, worksLike: 1, source: HOSTILE }],
        },
    };
    return copy;
}

describe('the opencps target', () => {
    test('lays the bundle out as OpenCPS imports it: services/, templates/, processes/, one file each per procedure (a group one process)', () => {
        const codes = build.procedures.map(p => p.code);
        expect(opencpsTarget.name).toBe('opencps');
        expect(files.map(f => f.path)).toEqual([
            'Holiday.xml',
            'WorkingTime.xml',
            ...codes.map(c => `services/${c}.xml`),
            ...codes.map(c => `templates/${c}.xml`),
            ...processOwners().map(c => `processes/${c}.xml`)
        ]);
        // The members of a group name the first member's process, named after the group.
        const members = build.procedures.filter(p => p.group?.id === 'CongNhanToChucKhoiNghiepSangTao').map(p => p.code);
        expect(members).toEqual(['1.014101', '1.014102', '1.014103']);
        for (const code of members) {
            expect(file(`services/${code}.xml`)).toContain('<processNo>1.014101</processNo>');
            expect(textOf(processOf(code), 'processName')).toBe('Nhóm thủ tục công nhận tổ chức, cá nhân đổi mới sáng tạo, khởi nghiệp sáng tạo');
        }
        for (const f of files) {
            expect(f.content.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'), f.path).toBe(true);
            expect(f.content.endsWith('\n'), f.path).toBe(true);
        }
    });

    test('every document of every example procedure, and the hostile one, validates against OpenCPS\'s own schema (xmllint)', async () => {
        const schema = opencpsSchemaPath();
        const problem = validationProblem(schema);
        expect(problem, problem).toBeUndefined();
        const hostile = (await opencpsTarget.compile(hostileBuild())).map(f => ({ path: `hostile/${f.path}`, content: f.content }));
        const all = [...files, ...hostile];
        // Each bundle also has the province's Holiday.xml and WorkingTime.xml.
        expect(all.length).toBe(build.procedures.length * 2 + processOwners().length + 3 + 4);
        const run = validateWithXmllint(schema, all);
        expect(run.status, run.output).toBe(0);
        for (const f of all) {
            expect(run.output).toContain(`${f.path} validates`);
        }
    });

    test('the validation is not vacuous: xmllint rejects a document that breaks the schema', () => {
        const schema = opencpsSchemaPath();
        const problem = validationProblem(schema);
        expect(problem, problem).toBeUndefined();
        const broken = file('processes/2.000884.xml').replace('<durationUnit>1</durationUnit>', '<durationUnit>hours</durationUnit>');
        const run = validateWithXmllint(schema, [{ path: 'broken.xml', content: broken }]);
        expect(run.status).not.toBe(0);
        expect(run.output).toContain('durationUnit');
    });

    test('a missing schema or xmllint is reported with what is missing and how to get it', () => {
        const missing = opencpsSchemaPath({ OPENCPS_SCHEMA: '/nonexistent/opencps_import_schema.xsd' });
        expect(missing).toBe('/nonexistent/opencps_import_schema.xsd');
        expect(validationProblem(missing)).toMatch(/schema is missing at \/nonexistent\/opencps_import_schema\.xsd.*OPENCPS_SCHEMA/);
        // any existing file stands in for the schema here: only xmllint is missing
        expect(validationProblem(join(ROOT, 'package.json'), 'xmllint-that-does-not-exist')).toMatch(/xmllint cannot be run.*libxml2-utils/);
    });

    test('golden files: a small and a large procedure', () => {
        for (const code of ['2.000884', '1.012855']) {
            for (const folder of ['services', 'templates', 'processes']) {
                expectGolden(`opencps/${folder}/${code}.xml`, file(`${folder}/${code}.xml`));
            }
        }
        expectGolden('opencps/Holiday.xml', file('Holiday.xml'));
        expectGolden('opencps/WorkingTime.xml', file('WorkingTime.xml'));
    });

    test('the calendar as OpenCPS reads it: days off as holidayType 0, make-up days 1, dates dd/MM/yyyy, in date order', () => {
        const holidays = children(parseXml(file('Holiday.xml'), 'HolidayList'), 'Holiday');
        const calendar = build.province.calendar!;
        expect(holidays).toHaveLength(calendar.daysOff.length + calendar.makeUpDays.length);
        const row = (date: string) => holidays.find(h => textOf(h, 'holidayDate') === date)!;
        // National Day 2026, and the Saturday worked in exchange for Monday 31 August (shipped national holidays)
        expect([textOf(row('02/09/2026'), 'description'), textOf(row('02/09/2026'), 'holidayType')]).toEqual(['Quốc khánh', '0']);
        expect(textOf(row('31/08/2026'), 'holidayType')).toBe('0');
        expect(textOf(row('22/08/2026'), 'holidayType')).toBe('1');
        const iso = holidays.map(h => textOf(h, 'holidayDate').split('/').reverse().join('-'));
        expect(iso).toEqual([...iso].sort());
    });

    test('working time: workTimeDay numbered as Java\'s Calendar (Monday 2 … Friday 6), hours as morning,afternoon', () => {
        const days = children(parseXml(file('WorkingTime.xml'), 'WorkingTimeList'), 'WorkingTime');
        expect(days.map(d => [textOf(d, 'workTimeDay'), textOf(d, 'workTimeHours')])).toEqual(
            ['2', '3', '4', '5', '6'].map(day => [day, '07:30-11:30,13:30-17:30']));
    });

    test('one input DossierPart per dossier component, with its paper, requirement and form; one output part per result', () => {
        const marks = { original: '3', 'certified-copy': '2', copy: '1' } as const;
        for (const p of build.procedures) {
            const template = parseXml(file(`templates/${p.code}.xml`), 'DossierTemplate');
            const service = parseXml(file(`services/${p.code}.xml`), 'ServiceInfo');
            const fileTemplateNos = children(child(service, 'fileTemplates'), 'fileTemplate').map(t => textOf(t, 'fileTemplateNo'));
            const parts = children(child(template, 'parts'), 'DossierPart');
            const inputs = parts.filter(part => textOf(part, 'partType') === '1');
            const outputs = parts.filter(part => textOf(part, 'partType') === '2');
            expect(inputs.map(part => textOf(part, 'partName')), p.code).toEqual(p.documents.map(d => d.title));
            expect(outputs.map(part => textOf(part, 'partName')), p.code).toEqual(p.results.map(r => r.title));
            expect(parts.length).toBe(p.documents.length + p.results.length);
            p.documents.forEach((d, i) => {
                expect(textOf(inputs[i], 'partNo')).toBe(`TP${String(i + 1).padStart(2, '0')}`);
                expect(textOf(inputs[i], 'required')).toBe(String(d.required));
                const paper = d.paper ?? d.byChannel.find(on => on.channel === 'in-person')?.paper;
                expect(textOf(inputs[i], 'fileMark')).toBe(paper ? marks[paper] : '0');
                expect(textOf(inputs[i], 'partTip')).toContain(`${String(d.quantity).padStart(2, '0')} bản`);
                if (d.form) {
                    expect(fileTemplateNos).toContain(textOf(inputs[i], 'fileTemplateNo'));
                } else {
                    expect(textOf(inputs[i], 'fileTemplateNo')).toBe('');
                }
            });
        }
    });

    test('a component that differs by channel says so in its tip; its mark is the paper presented in person', () => {
        const template = parseXml(file('templates/1.000656.xml'), 'DossierTemplate');
        const [declaration, notice] = children(child(template, 'parts'), 'DossierPart').filter(part => textOf(part, 'partType') === '1');
        expect(textOf(declaration, 'partTip')).toBe('Số lượng: 01 bản; bắt buộc; theo mẫu: Tờ khai đăng ký khai tử; bản chính khi nộp trực tiếp; bản điện tử khi nộp trực tuyến');
        expect(textOf(notice, 'partTip')).toBe('Số lượng: 01 bản; bắt buộc; bản chính khi nộp trực tiếp; bản sao điện tử khi nộp trực tuyến');
        expect([textOf(declaration, 'fileMark'), textOf(notice, 'fileMark')]).toEqual(['3', '3']);
        const service = parseXml(file('services/1.000656.xml'), 'ServiceInfo');
        expect(textOf(service, 'dossierText')).toContain('2. Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử');
    });

    test('the service links its template and process, and maps the procedure\'s record', () => {
        const p = procedure('1.012786');
        const service = parseXml(file('services/1.012786.xml'), 'ServiceInfo');
        expect(textOf(service, 'serviceCode')).toBe('1.012786');
        expect(textOf(service, 'serviceName')).toBe(p.title);
        expect(textOf(service, 'domainName')).toBe('Đất đai');
        expect(textOf(service, 'domainCode')).toBe('DAT_DAI');
        expect(textOf(service, 'administrationCode')).toBe(p.authority!.agencyCode);
        expect(textOf(service, 'maxLevel')).toBe('3');
        expect(textOf(service, 'regularText')).toContain('31/2024/QH15: Luật Đất đai');
        expect(textOf(service, 'feeText')).toContain('Trực tiếp: Lệ phí: 30.000 đồng');
        expect(textOf(service, 'durationText')).toContain('Trực tiếp: 10 ngày làm việc');
        expect(textOf(service, 'methodText')).toContain('Không phụ thuộc địa giới hành chính');
        const config = child(child(service, 'configs'), 'ServiceConfig');
        expect(textOf(config, 'govAgencyCode')).toBe(p.authority!.agencyCode);
        expect(textOf(config, 'forBusiness')).toBe('true');
        const option = child(child(config, 'processes'), 'ProcessOption');
        expect(textOf(option, 'templateNo')).toBe(textOf(parseXml(file('templates/1.012786.xml'), 'DossierTemplate'), 'templateNo'));
        expect(textOf(option, 'processNo')).toBe(textOf(processOf('1.012786'), 'processNo'));
        // a commune unit has no agency code of its own: its name stands in
        expect(textOf(parseXml(file('services/2.000884.xml'), 'ServiceInfo'), 'administrationCode')).toBe('UBNDXa');
    });

    test('one ProcessStep per step with its time in working hours, then the closing step after a return', () => {
        for (const p of build.procedures) {
            const process = processOf(p.code);
            const steps = stepsOf(process);
            const own = steps.filter(s => textOf(s, 'stepCode') !== 'HOAN-THANH');
            expect(own.map(s => textOf(s, 'stepCode')), p.code).toEqual(p.steps.map(s => s.id));
            expect(own.map(s => textOf(s, 'stepName'))).toEqual(p.steps.map(s => s.title));
            if (p.timing.unit === 'working-minutes') {
                expect(own.map(s => Number(textOf(s, 'durationCount'))), p.code).toEqual(p.steps.map(step => expectedHours(step, p)));
            }
            const endsInReturn = p.steps.some(s => s.kind === 'return' && s.transitions.length === 0);
            expect(steps.length - own.length).toBe(endsInReturn ? 1 : 0);
            expect(textOf(process, 'durationUnit')).toBe('1');
            const sequences = children(child(process, 'sequences'), 'ProcessSequence');
            // One sequence per part (its steps share it) and one per step in no part, in the order of the steps.
            expect(sequences.map(s => textOf(s, 'sequenceNo'))).toEqual([...new Set(steps.map(s => textOf(s, 'sequenceNo')))]);
            expect(sequences.length, p.code).toBe(steps.length - p.parts.reduce((n, part) => n + part.steps.length - 1, 0));
        }
        const closing = stepsOf(processOf('2.000884')).at(-1)!;
        expect(textOf(closing, 'dossierStatus')).toBe('done');
        // a hand-over step waits for the partner: 2h + 3.5d = 30 working hours
        expect(textOf(stepsOf(processOf('1.012855')).find(s => textOf(s, 'stepCode') === 'ChuyenCongAn')!, 'durationCount')).toBe('30');
        // the process's time is the statutory time: 5 working days
        expect(textOf(processOf('1.012855'), 'durationCount')).toBe('40');
    });

    test('calendar days are converted at 5 working days a week, and the process says so', () => {
        const text = file('processes/1.009997.xml');
        expect(text).toContain('Calendar days are converted at 5 working days a week');
        expect(textOf(parseXml(text, 'ServiceProcess'), 'durationCount')).toBe('85.71');
        expect(textOf(parseXml(file('services/1.009997.xml'), 'ServiceInfo'), 'durationText')).toContain('Trực tiếp: 15 ngày');
    });

    test('one ProcessAction per transition target: parallel forks give one per branch, exceptions their own names and codes', () => {
        for (const p of build.procedures) {
            const actions = actionsOf(processOf(p.code));
            const pairs = actions.map(a => `${textOf(a, 'preStepCode')}>${textOf(a, 'postStepCode')}`);
            let expected = 1;
            for (const step of p.steps) {
                for (const transition of step.transitions) {
                    for (const target of transition.targets) {
                        expected++;
                        expect(pairs, `${p.code} ${step.id} -> ${target}`).toContain(`${step.id}>${target}`);
                        const action = actions.find(a => textOf(a, 'preStepCode') === step.id && textOf(a, 'postStepCode') === target)!;
                        if (transition.exception) {
                            expect(textOf(action, 'actionCode')).toBe(`${step.id}-${transition.outcome}-${target}`);
                        }
                    }
                }
            }
            const closing = actions.filter(a => textOf(a, 'postStepCode') === 'HOAN-THANH');
            // A case with a table of its own is entered by a submission of its own, with the submission's code.
            const caseSubmissions = p.cases.filter(c => c.start !== undefined && c.start !== p.steps[0].id).length;
            expect(actions.length, p.code).toBe(expected + closing.length + caseSubmissions);
            expect(new Set(actions.map(a => textOf(a, 'actionCode'))).size).toBe(actions.length - caseSubmissions);
            // the submission enters the first step
            expect(textOf(actions[0], 'actionCode')).toBe('1100');
            expect(textOf(actions[0], 'preStepCode')).toBe('');
            expect(textOf(actions[0], 'postStepCode')).toBe(p.steps[0].id);
            expect(textOf(actions[0], 'autoEvent')).toBe('submit');
        }
        const lienThong = actionsOf(processOf('1.012855'));
        const fork = lienThong.filter(a => textOf(a, 'preStepCode') === 'DongDau');
        expect(fork.map(a => textOf(a, 'postStepCode'))).toEqual(['ChuyenCongAn', 'ChuyenBHXH']);
        expect(fork.map(a => textOf(a, 'configNote'))).toEqual([
            expect.stringMatching(/^procedures\/lien-thong-khai-sinh-thuong-tru-bhyt\.tthc:\d+; nhánh song song 1\/2$/),
            expect.stringMatching(/nhánh song song 2\/2$/)
        ]);
        const refusal = lienThong.find(a => textOf(a, 'actionCode') === 'ThamDinhKhaiSinh-rejected-TuChoi')!;
        expect(textOf(refusal, 'actionName')).toBe('Không đủ điều kiện, từ chối: Trả văn bản từ chối');
        const incomplete = lienThong.find(a => textOf(a, 'actionCode') === 'TiepNhan-incomplete-HuongDanBoSung')!;
        expect(textOf(incomplete, 'actionName')).toMatch(/^Hồ sơ chưa đầy đủ, yêu cầu bổ sung: /);
        const returned = lienThong.find(a => textOf(a, 'postStepCode') === 'HOAN-THANH')!;
        expect(textOf(returned, 'returnDossierFiles')).toBe('KQ01,KQ02,KQ03');
    });

    test('roles: one per distinct Unit.Position that performs a step, coded from its id; every step and sequence names one', () => {
        for (const p of build.procedures) {
            const process = processOf(p.code);
            // `leaders of Unit` acts as the unit's leadership (`Unit.LanhDao`); a body and the applicant as their lanes.
            const performers = [...new Set(p.steps.map(s => (s.performers.main.kind === 'leaders' ? `${s.unit.id}.LanhDao` : s.position?.id ?? s.unit.id)))];
            const roleCodes = children(child(process, 'roles'), 'ProcessRole').map(r => textOf(r, 'roleCode'));
            // The performers first; then the alternatives and partners that are positions or a unit's leadership.
            expect(roleCodes.slice(0, performers.length), p.code).toEqual(performers.map(id => id.replace('.', '_')));
            for (const step of stepsOf(process)) {
                const role = child(child(step, 'roles'), 'StepRole');
                expect(roleCodes).toContain(textOf(role, 'roleCode'));
            }
            // A part's sequence is named by the part (`TaiXa`), a step's own by the step's role.
            const partCodes = p.parts.map(part => part.id);
            for (const sequence of children(child(process, 'sequences'), 'ProcessSequence')) {
                expect([...roleCodes, ...partCodes]).toContain(textOf(sequence, 'sequenceRole'));
            }
        }
        const role = children(child(processOf('2.000884'), 'roles'), 'ProcessRole')[0];
        expect(textOf(role, 'roleName')).toBe('Công chức tiếp nhận và trả kết quả (Trung tâm Phục vụ hành chính công xã, phường, đặc khu)');
    });

    test('a step\'s alternatives act on it and its partners follow it: StepRoles after the performer, moderator or not', () => {
        // 1.014101, A1: "… tiếp nhận … hoặc Nhân viên bưu điện"; the post office's role is the process's too.
        const process = processOf('1.014101');
        const a1 = stepsOf(process).find(step => textOf(step, 'stepCode') === 'A1')!;
        const roles = children(child(a1, 'roles'), 'StepRole').map(r => [textOf(r, 'roleCode'), textOf(r, 'moderator')]);
        expect(roles).toEqual([['TTPVHCCTinh_CongChucTiepNhan', 'true'], ['BuuDien_NhanVien', 'true']]);
        expect(children(child(process, 'roles'), 'ProcessRole').map(r => textOf(r, 'roleCode'))).toContain('BuuDien_NhanVien');
        // A partner ("phối hợp") only follows the dossier.
        let partnered = 0;
        for (const p of build.procedures) {
            for (const step of p.steps.filter(s => s.performers.partners.some(partner => partner.kind === 'position'))) {
                const node = stepsOf(processOf(p.code)).find(s => textOf(s, 'stepName') === step.title.slice(0, 255))!;
                const partners = children(child(node, 'roles'), 'StepRole').filter(r => textOf(r, 'moderator') === 'false');
                expect(partners.length, `${p.code} ${step.id}`).toBeGreaterThan(0);
                partnered++;
            }
        }
        expect(partnered).toBeGreaterThan(0);
    });

    test('a step whose time does not count says its own time in its instructionNote, its durationCount being 0', () => {
        const b13 = stepsOf(processOf('1.014101')).find(step => textOf(step, 'stepCode') === 'B13')!;
        expect(textOf(b13, 'durationCount')).toBe('0');
        expect(textOf(b13, 'instructionNote')).toBe('Thời gian thực hiện: 15 ngày làm việc (kể từ khi nhận được yêu cầu). Không tính thời gian (thời gian của tổ chức, cá nhân)');
    });

    test('a step\'s texts that do not fit in instructionNote continue in briefNote, whole parts in order', () => {
        const step = stepsOf(processOf('1.012753')).find(s => textOf(s, 'stepCode') === 'ChuyenVPDK')!;
        expect(textOf(step, 'instructionNote')).toBe('Chuyển hồ sơ để Văn phòng Đăng ký đất đai trích đo hoặc trích lục bản đồ địa chính, cập nhật cơ sở dữ liệu, in Giấy chứng nhận và chuyển thông tin cho cơ quan thuế');
        expect(textOf(step, 'briefNote')).toBe('Liên thông: chuyển Văn phòng Đăng ký đất đai tỉnh Lâm Đồng qua LGSP, thời hạn 2 ngày làm việc');
        expect(stepNotes(['a', 'b'])).toEqual({ instruction: 'a. b', brief: '' });
        expect(stepNotes(['x'.repeat(250), 'b', 'c'])).toEqual({ instruction: `${'x'.repeat(250)}. b`, brief: 'c' });
        expect(stepNotes(['x'.repeat(253), 'b', 'c'])).toEqual({ instruction: 'x'.repeat(253), brief: 'b. c' });
        // A first part longer than the field stays in it (cut by the writer, which the import reports).
        expect(stepNotes(['x'.repeat(300), 'b'])).toEqual({ instruction: 'x'.repeat(300), brief: 'b' });
        for (const p of build.procedures) {
            for (const node of stepsOf(processOf(p.code))) expect(textOf(node, 'briefNote').endsWith('…'), `${p.code} ${textOf(node, 'stepCode')}`).toBe(false);
        }
    });

    test('codes are safe and stay distinct when names fold to the same letters', () => {
        expect(codeFromName('TTPVHCCXa.CongChucTiepNhan')).toBe('TTPVHCCXa_CongChucTiepNhan');
        expect(codeFromName('Phòng.Đăng ký')).toBe('Phong_Dang_ky');
        expect(codeFromName('../<x>')).toBe('x');
        expect(codeFromName('')).toMatch(/^X_[0-9a-f]{8}$/);
        const codes = uniqueCodes(['TiếpNhận', 'TiepNhan', 'Khac']);
        expect(codes.get('Khac')).toBe('Khac');
        expect(codes.get('TiếpNhận')).toMatch(/^TiepNhan_[0-9a-f]{8}$/);
        expect(codes.get('TiepNhan')).toMatch(/^TiepNhan_[0-9a-f]{8}$/);
        expect(codes.get('TiếpNhận')).not.toBe(codes.get('TiepNhan'));
        // the same codes whatever the order the names come in
        const sorted = (map: Map<string, string>) => [...map].sort(([a], [b]) => a.localeCompare(b));
        expect(sorted(uniqueCodes(['Khac', 'TiepNhan', 'TiếpNhận']))).toEqual(sorted(codes));
        expect(codeFromName('A'.repeat(300)).length).toBeLessThanOrEqual(100);
    });

    test('deterministic: two compilations of two lowerings are identical; text is NFC with \\n line ends', async () => {
        const again = await opencpsTarget.compile(await buildOf('examples/lam-dong'));
        expect(again).toEqual(files);
        expect(await opencpsTarget.compile(build)).toEqual(files);
        for (const f of files) {
            expect(f.content).toBe(f.content.normalize('NFC'));
            expect(f.content).not.toContain('\r');
        }
    });

    test('hostile text is escaped, cleaned and cut to the schema\'s lengths; hostile codes do not escape the folder', async () => {
        const out = await opencpsTarget.compile(hostileBuild());
        expect(out.map(f => f.path)).toEqual(['Holiday.xml', 'WorkingTime.xml',
            'services/etc-passwd-1.001193.xml', 'templates/etc-passwd-1.001193.xml', 'processes/etc-passwd-1.001193.xml']);
        for (const f of out) {
            expect(f.path).toMatch(/^((services|templates|processes)\/[A-Za-z0-9._-]+|Holiday|WorkingTime)\.xml$/);
            expect(f.path).not.toContain('..');
            expect(f.content).not.toContain('<script>');
            expect(f.content).not.toContain(']]>');
            expect(f.content).not.toContain('\u0001');
            expect(f.content).not.toContain('\r');
            expect(f.content).toBe(f.content.normalize('NFC'));
        }
        const service = parseXml(out.find(f => f.path.startsWith('services/'))!.content, 'ServiceInfo');
        // the text comes back exactly as written once the XML is parsed, but for the cleaning
        expect(textOf(service, 'serviceCode')).toBe('../../etc/<passwd>&1.001193');
        expect(textOf(service, 'domainName')).toBe(HOSTILE);
        const name = textOf(service, 'serviceName');
        // the control character shows as U+FFFD (the one policy: docs/config-format.md, "Text in the output")
        expect(name.startsWith(`${HOSTILE} Đăng ký\ufffd dài dài`)).toBe(true);
        expect(Array.from(name).length).toBe(1000);
        expect(name.endsWith('…')).toBe(true);
        const process = parseXml(out.find(f => f.path.startsWith('processes/'))!.content, 'ServiceProcess');
        expect(Array.from(textOf(process, 'processName')).length).toBe(255);
        expect(textOf(stepsOf(process)[0], 'instructionNote')).toBe(HOSTILE);
        // cut within 255 UTF-16 units (what Java counts; xmllint counts fewer), never inside a surrogate pair
        const emoji = textOf(stepsOf(process)[1], 'stepName');
        expect(emoji).toBe(`${'🎉'.repeat(127)}…`);
        expect(emoji.length).toBeLessThanOrEqual(255);
        expect(textOf(children(child(process, 'roles'), 'ProcessRole')[0], 'roleName')).toContain(`(Trung tâm ${HOSTILE})`);
        const template = parseXml(out.find(f => f.path.startsWith('templates/'))!.content, 'DossierTemplate');
        expect(textOf(children(child(template, 'parts'), 'DossierPart').at(-1)!, 'partName')).toBe(HOSTILE);
    });
    test('durationText gives each case\'s own statutory time and published total after the channels\', as the Portal writes per-case times', () => {
        const service = parseXml(file('services/1.014466.xml'), 'ServiceInfo');
        expect(textOf(service, 'durationText')).toBe('Trực tiếp: 48 ngày làm việc (Nhóm I, II: 48 ngày; nhóm III: 36 ngày, kể từ ngày nhận đủ hồ sơ hợp lệ); '
            + 'Trực tuyến: 48 ngày làm việc (Nhóm I, II: 48 ngày; nhóm III: 36 ngày, kể từ ngày nhận đủ hồ sơ hợp lệ); '
            + 'Trường hợp khoáng sản nhóm I, nhóm II có quy mô phân tán, nhỏ lẻ: thời hạn giải quyết 60 ngày làm việc; '
            + 'Trường hợp khoáng sản nhóm I, nhóm II có quy mô phân tán, nhỏ lẻ: tổng thời gian giải quyết theo quy trình nội bộ 48 ngày làm việc '
            + '(cắt giảm 12 ngày làm việc so với 60 ngày làm việc, tỷ lệ 20%) (kể từ ngày nhận đủ hồ sơ hợp lệ); '
            + 'Trường hợp khoáng sản nhóm III: thời hạn giải quyết 45 ngày làm việc; '
            + 'Trường hợp khoáng sản nhóm III: tổng thời gian giải quyết theo quy trình nội bộ 36 ngày làm việc '
            + '(cắt giảm 9 ngày làm việc so với 45 ngày làm việc, tỷ lệ 20%) (kể từ ngày nhận đủ hồ sơ hợp lệ)');
        // A case whose table starts at the first step is submitted by the procedure's own submission, named after it.
        const submissions = actionsOf(processOf('1.014101')).filter(a => textOf(a, 'preStepCode') === '').map(a => textOf(a, 'actionName'));
        expect(submissions).toEqual(['Nộp hồ sơ: Trường hợp không thành lập hội đồng tư vấn công nhận', 'Nộp hồ sơ: Trường hợp thành lập hội đồng tư vấn công nhận']);
    });
});
