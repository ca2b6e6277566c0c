// Builds one procedure (the data of procedures/pNNNNN.tthc and .json) from a template, a catalogue
// directory and a seed. Every rule of the checker is respected, so that the workspace is clean:
// see packages/language/src/validation/checks/ for what each choice below avoids.
import { planStatutory, splitTotal, writeDuration } from './durations.mjs';
import { procedureTemplates } from './procedure-templates.mjs';
import { createRandom } from './random.mjs';

/**
 * @typedef {import('./durations.mjs').DurationData} DurationData
 * @typedef {import('./build-catalogue.mjs').Directory} Directory
 */

/**
 * @typedef {object} StepData
 * @property {string} name
 * @property {string} title
 * @property {string} kind
 * @property {string} performer `Unit.Position`
 * @property {DurationData} [time]
 * @property {string} [task]
 * @property {string[]} [produces]
 * @property {{ partner: string, channel: string, deadline: DurationData }} [handover]
 * @property {Array<{ outcome?: string, target: string }>} transitions
 */

/**
 * What one procedure file declares, in the shape of its JSON twin.
 * @typedef {object} ProcedureData
 * @property {string} name
 * @property {string} title
 * @property {string} code
 * @property {string} sector
 * @property {'commune' | 'province'} level
 * @property {string} authority
 * @property {'full' | 'partial'} [online]
 * @property {boolean} [boundaryIndependent]
 * @property {string[]} applicants
 * @property {string[]} requirements
 * @property {Array<{ number: string, title?: string }>} legal
 * @property {Array<{ kind: string, time: { sameDay?: true, duration?: DurationData, note?: string }, fees: object[], exemptions: string[] }>} channels
 * @property {Array<{ title: string, paper?: string, quantity?: number, form?: string, required?: true, optional?: true }>} documents
 * @property {Array<{ name: string, title: string, code?: string }>} forms
 * @property {Array<{ title: string, form?: string }>} results
 * @property {StepData[]} steps
 */

const oneStopDecree = { number: '118/2025/NĐ-CP', title: 'Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông' };
const handoverChannels = ['LGSP', 'LGSP', 'LGSP', 'NDXP', 'document-system', 'postal'];

// Weight of each main-flow part in the statutory time: appraisal and inspection take longest.
const weights = {
    reception: 1, transfer: 0.5, assignment: 0.5, appraisal: 4, inspection: 3, review: 1.5,
    approval: 1.5, issue: 0.5, return: 0.5, handoverOwn: 0.5, handoverDeadline: 3
};

const tasks = {
    reception: ['Kiểm tra tính đầy đủ, hợp lệ của hồ sơ; cập nhật vào Hệ thống thông tin giải quyết thủ tục hành chính', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính'],
    transfer: ['Chuyển hồ sơ điện tử và hồ sơ giấy đến cơ quan giải quyết', 'Chuyển kết quả về bộ phận một cửa'],
    assignment: ['Phân công công chức thụ lý hồ sơ'],
    appraisal: ['Thẩm định hồ sơ, dự thảo kết quả giải quyết', 'Đối chiếu thông tin với Cơ sở dữ liệu quốc gia về dân cư'],
    inspection: ['Kiểm tra thực tế tại địa điểm, lập biên bản'],
    review: ['Xem xét, ký nháy dự thảo, trình lãnh đạo ký', 'Thẩm tra hồ sơ, trình ký'],
    approval: ['Ký duyệt kết quả giải quyết thủ tục hành chính'],
    issue: ['Vào sổ, đóng dấu, phát hành văn bản'],
    return: ['Trả kết quả cho tổ chức, cá nhân; thu phí, lệ phí (nếu có)']
};

/**
 * Builds procedure number `index` (1-based). The template is drawn from the seed, so the same
 * index always gives the same procedure.
 * @param {number} index
 * @param {number} seed
 * @param {Directory} directory
 * @returns {ProcedureData}
 */
export function buildProcedure(index, seed, directory) {
    const random = createRandom(seed);
    const template = random.pick(procedureTemplates);
    const level = template.level;
    const commune = random.pick(directory.communes);
    const unitOf = role => (level === 'commune' ? commune.units[role] : role);
    const handler = unitOf(template.handler);
    const approver = unitOf(template.approver);

    // A boundary-independent procedure may be received and returned at any one-stop unit, of
    // either level; otherwise at the one-stop unit of the procedure's own level (first-step rule).
    const boundaryIndependent = random.chance(0.12);
    const oneStop = boundaryIndependent
        ? random.pick([...directory.communes.map(c => c.units.onestop), 'TTPVHCCTinh'])
        : level === 'commune' ? commune.units.onestop : 'TTPVHCCTinh';
    const online = random.pick(template.online);
    const staff = (unit, ...roles) => {
        const roster = directory.staffing.get(unit);
        for (const role of roles) {
            if (roster[role].length > 0) return random.pick(roster[role]);
        }
        throw new Error(`unit ${unit} has none of ${roles.join(', ')}`);
    };
    const receiver = () => staff(oneStop, 'receiver');
    // Approval needs a position marked `leader` (missing-approval): signers and deputies are.
    const signer = staff(approver, 'signer', 'deputy');
    const issuerUnit = level === 'commune' ? commune.units.office : approver === 'UBNDTinh' ? 'VanPhongUBNDTinh' : approver;
    const issuer = staff(issuerUnit, 'clerk', 'staff');

    const results = template.results.map(r => ({ ...r }));
    const resultForm = results.find(r => r.form)?.form;

    // ---- the main flow, in order; each entry becomes a step with a default transition to the next.
    /** @type {StepData[]} */
    const main = [];
    const add = (name, title, kind, performer, extra = {}) => {
        const step = { name, title, kind, performer, transitions: [], ...extra };
        if (random.chance(0.35) && tasks[kind]) step.task = random.pick(tasks[kind]);
        main.push(step);
        return step;
    };
    const handlerTitle = directory.units.get(handler).title;
    const reception = add('TiepNhan', 'Tiếp nhận, kiểm tra hồ sơ', 'reception', receiver(), { produces: random.chance(0.3) ? ['Mau01', 'Mau06'] : ['Mau01'] });
    if (random.chance(0.6)) add('ChuyenHoSo', `Chuyển hồ sơ đến ${handlerTitle}`, 'transfer', receiver());
    if (random.chance(0.6)) add('PhanCong', 'Phân công thụ lý hồ sơ', 'assignment', staff(handler, 'head', 'deputy', 'signer'));
    const appraisal = add('ThamDinh', 'Thẩm định hồ sơ', 'appraisal', staff(handler, 'staff', 'head'));
    if (random.chance(0.3)) appraisal.produces = ['VanBanThamDinh'];
    // No site inspection in a procedure offered fully online (full-online-in-person).
    const inspection = template.inspection && online !== 'full' && random.chance(0.6)
        ? add('XacMinh', 'Kiểm tra thực tế, xác minh', 'inspection', staff(handler, 'staff', 'head'), { produces: ['BienBanKiemTra'] })
        : undefined;
    if (template.partners.length > 0 && random.chance(0.5)) {
        const partner = random.pick(template.partners);
        add('LienThong', `Chuyển hồ sơ liên thông đến ${directory.units.get(partner).title}`, 'transfer', staff(handler, 'staff', 'head'), {
            handover: { partner, channel: random.pick(handoverChannels) },
            produces: ['PhieuChuyenHoSo']
        });
    }
    const review = handler !== approver || random.chance(0.5)
        ? add('XemXet', 'Xem xét, trình ký', 'review', staff(handler, 'head', 'deputy', 'signer'), random.chance(0.4) ? { produces: ['ToTrinh'] } : {})
        : undefined;
    if (approver === 'UBNDTinh') add('ThamTra', 'Văn phòng UBND tỉnh thẩm tra, trình ký', 'review', staff('VanPhongUBNDTinh', 'staff', 'head'));
    const approval = add('PheDuyet', 'Phê duyệt, ký kết quả', 'approval', signer, resultForm && random.chance(0.5) ? { produces: [resultForm] } : {});
    const issue = add('PhatHanh', 'Vào sổ, phát hành kết quả', 'issue', issuer);
    if (random.chance(0.4)) add('ChuyenKetQua', 'Chuyển kết quả đến bộ phận một cửa', 'transfer', issuer);
    const giveBack = add('TraKetQua', 'Trả kết quả cho tổ chức, cá nhân', 'return', receiver());
    main.forEach((step, i) => {
        if (i + 1 < main.length) step.transitions.push({ target: main[i + 1].name });
    });

    // ---- branches off the main flow: they end with a terminal step at the one-stop unit.
    /** @type {StepData[]} */
    const branches = [];
    const plan = planStatutory(random.pick(template.times));
    reception.transitions.push({ outcome: 'incomplete', target: 'BoSung' });
    const supplement = { name: 'BoSung', title: 'Yêu cầu bổ sung, hoàn thiện hồ sơ', kind: 'supplement-request', performer: receiver(), produces: ['Mau02'], transitions: [] };
    // Off-path steps need no time (only the main flow does); some state one anyway.
    if (random.chance(0.3)) supplement.time = plan.mode === 'working' ? { value: random.pick(['4h', '0.5d', '2h']) } : { value: '1cd' };
    branches.push(supplement);
    if (random.chance(0.6)) {
        appraisal.transitions.push({ outcome: 'rejected', target: 'TuChoi' });
        if (random.chance(0.3)) reception.transitions.push({ outcome: 'rejected', target: 'TuChoi' });
        branches.push({ name: 'TuChoi', title: 'Từ chối giải quyết, trả lại hồ sơ', kind: 'refusal', performer: receiver(), produces: ['Mau03'], transitions: [] });
    } else {
        // Without a refusal path the dossier is examined, not appraised: an appraisal can reject
        // (`appraisal-without-refusal`). Changing the kind draws nothing, so the rest stays as generated.
        appraisal.kind = 'review';
    }
    // A re-work loop: the reviewer sends the dossier back to appraisal (a cycle with an exit).
    if (review && random.chance(0.3)) review.transitions.push({ outcome: 'rejected', target: 'ThamDinh' });
    // A shortcut past the inspection: the longest main path still goes through it.
    if (inspection && random.chance(0.5)) {
        appraisal.transitions.push({ outcome: 'approved', target: main[main.indexOf(inspection) + 1].name });
    }
    if (random.chance(0.15)) {
        random.pick([approval, issue]).transitions.push({ outcome: 'late', target: 'XinLoi' });
        branches.push({ name: 'XinLoi', title: 'Xin lỗi và hẹn lại ngày trả kết quả', kind: 'apology', performer: receiver(), produces: ['Mau04'], transitions: [{ target: giveBack.name }] });
    }

    // ---- durations: the main flow is one chain, so its steps (and a hand-over's sub-deadline)
    // must add up exactly to the statutory time that every channel states.
    const partWeights = main.flatMap(step => (step.handover ? [weights.handoverOwn, weights.handoverDeadline] : [weights[step.kind]]));
    const parts = splitTotal(random, plan.total, partWeights, plan.mode);
    let next = 0;
    for (const step of main) {
        step.time = writeDuration(random, parts[next++], plan.mode);
        if (step.handover) step.handover.deadline = writeDuration(random, parts[next++], plan.mode, true);
    }

    const forms = [];
    const documents = buildDocuments(random, template, online, forms);
    return {
        name: `${template.slug}_${String(index).padStart(5, '0')}`,
        title: template.title,
        // `1.xxxxxx` for commune, `2.xxxxxx` for province procedures; unique by index (duplicate-code).
        code: `${level === 'commune' ? 1 : 2}.${String(index).padStart(6, '0')}${random.chance(0.05) ? '.000.00.00.H39' : ''}`,
        sector: template.sector,
        level,
        authority: level === 'commune' ? commune.units.committee : approver,
        ...(online ? { online } : {}),
        ...(boundaryIndependent ? { boundaryIndependent: true } : {}),
        applicants: [...template.applicants],
        requirements: template.requirements.filter(() => random.chance(0.7)),
        legal: buildLegal(random, template),
        channels: buildChannels(random, template, online, plan),
        documents,
        forms,
        results,
        steps: [...main, ...branches]
    };
}

// Legal citations: some of the template's, the one-stop decree, now and then the provincial
// decision that published the procedure. Never a superseded text (superseded-legal-basis).
function buildLegal(random, template) {
    const legal = random.sample(template.legal, random.int(1, template.legal.length)).map(([number, title]) => (title ? { number, title } : { number }));
    if (random.chance(0.5)) legal.push({ ...oneStopDecree });
    if (random.chance(0.2)) legal.push({ number: `${random.int(1000, 2999)}/QĐ-UBND`, title: 'Quyết định công bố danh mục thủ tục hành chính của Ủy ban nhân dân tỉnh' });
    return legal;
}

// One to three channels, one of each kind (duplicate-channel), all with the same statutory time:
// the checker compares each channel with the same longest path.
function buildChannels(random, template, online, plan) {
    const kinds = online === 'full'
        ? ['online', ...random.sample(['in-person', 'postal'], random.int(0, 2))]
        : online === 'partial'
            ? random.sample(['in-person', 'online', 'postal'], random.int(1, 3))
            : ['in-person', ...random.sample(['postal'], random.int(0, 1))];
    const fee = random.pick(template.fees);
    return kinds.map(kind => {
        const time = { ...plan.written };
        if (random.chance(0.15)) time.note = 'kể từ ngày nhận đủ hồ sơ hợp lệ';
        const fees = [];
        const amount = Number(fee.amount.replaceAll('_', ''));
        // Fees for online filing are often halved; amounts stay whole (fee-invalid).
        const halve = kind === 'online' && amount > 0 && random.chance(0.5);
        const written = { amount: halve ? formatAmount(amount / 2) : fee.amount };
        if (fee.perPage) {
            written.perPage = true;
            if (fee.fromPage && random.chance(0.5)) written.fromPage = fee.fromPage;
        }
        if (fee.cap) written.cap = fee.cap;
        if (halve) written.note = 'giảm 50% khi nộp trực tuyến';
        else if (fee.note) written.note = fee.note;
        fees.push(written);
        if (kind === 'postal' && random.chance(0.5)) fees.push({ amount: '25_000', note: 'cước dịch vụ bưu chính công ích' });
        const exemptions = template.exemptions.length > 0 ? random.sample(template.exemptions, random.int(0, Math.min(2, template.exemptions.length))) : [];
        return { kind, time, fees, exemptions };
    });
}

// Two to five documents, the application first. A fully online procedure takes no original
// paper (full-online-in-person). Some procedures bring a form of their own.
function buildDocuments(random, template, online, forms) {
    const [application, ...others] = template.documents;
    const chosen = [application, ...random.sample(others, random.int(1, Math.min(4, others.length)))];
    const documents = chosen.map((spec, i) => {
        const document = { title: spec.title };
        document.paper = online === 'full' && spec.paper === 'original' ? 'copy' : spec.paper;
        if (random.chance(0.2)) document.quantity = 2;
        if (spec.form) document.form = spec.form;
        if (i === 0 || random.chance(0.5)) document.required = true;
        // eslint-disable-next-line no-dupe-else-if -- two independent random draws, not one condition twice
        else if (random.chance(0.5)) document.optional = true;
        return document;
    });
    if (documents.length < 5 && random.chance(0.25)) {
        forms.push({ name: 'ToKhaiBoSungTinh', title: 'Tờ khai bổ sung thông tin theo mẫu của tỉnh', code: 'Mẫu BS-LĐ' });
        documents.push({ title: 'Tờ khai bổ sung thông tin', paper: 'copy', form: 'ToKhaiBoSungTinh', optional: true });
    }
    return documents;
}

/** `37500` → `37_500`. */
function formatAmount(value) {
    return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '_');
}
