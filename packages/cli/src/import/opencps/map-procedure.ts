import type { ActionDoc, DossierPartDoc, DossierTemplateDoc, ServiceInfoDoc, ServiceProcessDoc, StepDoc } from './bundle-documents.js';
import type { ImportedCatalogue } from './catalogue-model.js';
import { importMessages as say } from './opencps-import-messages.js';
import type { RoleMeaning } from './map-roles.js';
import { channelItems, feeLiteral, splitItems, statutoryLiteral, trailingGroups } from './parse-texts.js';
import { kindOfTitle } from './catalogue-model.js';
import { literalHours, readInstruction } from './parse-step-texts.js';
import { fold, hoursLiteral, nameFromTitle, nameOf, str } from './tthc-text.js';

/** Something of the bundle the import could not map faithfully; it is written as `unresolved "…"` where it belongs. */
export interface UnresolvedItem {
    readonly file: string;
    readonly line: number;
    /** What was read (short) and why it could not be mapped, in the run's language. */
    readonly what: string;
    readonly why: string;
}

/** One procedure of the workspace being written. */
export interface MappedProcedure {
    readonly code: string;
    readonly name: string;
    readonly text: string;
    readonly unresolved: readonly UnresolvedItem[];
}

/** The documents of one procedure and what the whole bundle tells about its roles. */
export interface ProcedureSources {
    readonly service: ServiceInfoDoc;
    readonly template?: DossierTemplateDoc;
    readonly process?: ServiceProcessDoc;
    readonly roles: ReadonlyMap<string, RoleMeaning>;
    readonly catalogue: ImportedCatalogue;
    /** The procedure's name (ID), unique in the workspace. */
    readonly name: string;
    /** Every statutory time is in calendar days without a conversion: step hours were converted at 5 days a week. */
    calendarDays?: boolean;
    /** The procedure's level, once read. */
    level?: string;
    /** The province's title, to tell a procedure without implementing unit. */
    readonly provinceTitle: string;
}

const GROUP_KINDS: Readonly<Record<string, string>> = {
    'Tiếp nhận hồ sơ': 'reception', 'Chuyển hồ sơ': 'transfer', 'Phân công xử lý': 'assignment', 'Thẩm định': 'appraisal',
    'Xem xét, trình ký': 'review', 'Phê duyệt, ký': 'approval', 'Vào số, đóng dấu, ban hành': 'issue', 'Trả kết quả': 'return',
    'Kiểm tra thực địa': 'inspection', 'Niêm yết công khai': 'posting', 'Yêu cầu bổ sung hồ sơ': 'supplement-request',
    'Từ chối giải quyết': 'refusal', 'Xin lỗi, hẹn lại ngày trả kết quả': 'apology'
};
const OUTCOMES = new Set(['approved', 'incomplete', 'rejected', 'late']);
const CLOSING_STEP = 'HOAN-THANH';
const SUBMIT = '1100';
const PAPERS: Readonly<Record<string, string>> = { 'Bản chính': 'original', 'Bản sao chứng thực': 'certified-copy', 'Bản sao': 'copy' };
const FILE_MARKS: Readonly<Record<number, string>> = { 3: 'original', 2: 'certified-copy', 1: 'copy' };
const CHANNEL_WORDS: Readonly<Record<string, string>> = { 'trực tiếp': 'in-person', 'trực tuyến': 'online', 'qua dịch vụ bưu chính công ích': 'postal' };
// A text the target cut at the schema's length ends with `…` (xml.ts, fieldText).
const CUT = '…';

interface Form { name: string; title: string; code?: string }

function formOf(text: string): { title: string; code?: string } {
    const m = /^(Mẫu[^:]*|Biểu mẫu[^:]*|Phụ lục[^:]*): (.+)$/u.exec(text);
    return m ? { code: m[1]!, title: m[2]! } : { title: text };
}

/** A procedure's .tthc text from its three documents; what cannot be mapped is written as `unresolved`. */
export function mapProcedure(src: ProcedureSources & { level?: string }): MappedProcedure {
    const { service, template, process, catalogue } = src;
    const unresolved: UnresolvedItem[] = [];
    const flag = (file: string, line: number, what: string, why: string): string => {
        unresolved.push({ file, line, what, why });
        return `unresolved ${str(`${what} (${file}:${line}): ${why}`)}`;
    };
    const lines: string[] = [`procedure ${src.name} ${str(service.name)} {`];
    const member = (text: string): void => { lines.push(`    ${text}`); };
    const blank = (): void => { if (lines[lines.length - 1] !== '') lines.push(''); };
    const procedureFlags: string[] = [];

    if (service.name.endsWith(CUT) && service.name.length >= 950) procedureFlags.push(flag(service.file, service.line, 'serviceName', say.cutText(1000)));
    const texts: Array<[string, string]> = [['methodText', service.methodText], ['conditionText', service.conditionText], ['durationText', service.durationText],
        ['applicantText', service.applicantText], ['regularText', service.regularText], ['feeText', service.feeText]];
    for (const [field, text] of texts) {
        if (text.endsWith(CUT) && text.length >= 950) procedureFlags.push(flag(service.file, service.line, field, say.cutText(1000)));
    }
    for (const part of template?.parts ?? []) {
        if ((part.name.endsWith(CUT) && part.name.length >= 230) || (part.tip.endsWith(CUT) && part.tip.length >= 230)) {
            procedureFlags.push(flag(part.file, part.line, `DossierPart ${part.partNo}`, say.cutText(255)));
        }
    }
    if (/^([0-9]+(\.[0-9A-Za-z]+)+|[0-9]+(_[0-9]+)*)$/.test(service.code)) member(`code ${service.code}`);
    else procedureFlags.push(flag(service.file, service.line, `serviceCode ${service.code}`, say.badCode));
    if (service.domainName !== '') member(`sector ${str(service.domainName)}`);
    const level = /Cấp thực hiện: cấp tỉnh/u.test(service.instruction) ? 'province' : /Cấp thực hiện: cấp xã/u.test(service.instruction) ? 'commune' : undefined;
    src.level = level;
    if (level) member(`level ${level}`);
    else procedureFlags.push(flag(service.file, service.line, 'serviceInstruction', say.noLevel));
    if (fold(service.administrationName) !== fold(src.provinceTitle) && service.administrationName !== '') {
        const unit = catalogue.unitByTitle(service.administrationName, service, service.administrationCode);
        if (service.administrationCode !== '' && service.administrationCode !== unit.name) unit.agencyCode ??= service.administrationCode;
        if (level && !unit.level) unit.level = level;
        member(`authority ${unit.name}`);
    }
    if (service.maxLevel === 4) member('online full');
    else if (service.maxLevel === 3) member('online partial');
    if (/tiếp nhận không phụ thuộc địa giới hành chính/u.test(service.instruction)) member('boundary-independent');
    const applicants = splitItems(service.applicantText, /^\p{Lu}/u);
    if (applicants.length > 0) member(`applicants ${applicants.map(str).join(', ')}`);
    for (const requirement of splitItems(service.conditionText, /^\p{Lu}/u)) member(`requirement ${str(requirement)}`);
    const legal = splitItems(service.regularText, /^[^\s:;]*[0-9][^\s:;]*\/[^\s:;]+(: |$)/u);
    if (legal.length > 0) blank();
    for (const item of legal) {
        const m = /^([^\s:;]*[0-9][^\s:;]*\/[^\s:;]+): (.+)$/u.exec(item);
        member(m ? `legal ${str(m[1]!)} ${str(m[2]!)}` : `legal ${str(item)}`);
    }

    // Channels: the statutory times (durationText) and the fees (feeText), per channel.
    const times = channelItems(service.durationText, '; ');
    // The target converts calendar days at 5 working days a week (durations.ts): undo it where every time is in them.
    src.calendarDays = times.length > 0 && times.every(t => /^[0-9.,]+ ngày($| \()(?!tính là)/u.test(t.text) && !t.text.includes('(tính là'));
    const fees = new Map(channelItems(service.feeText, '. ').map(item => [item.channel, item.text]));
    if (times.length > 0) blank();
    for (const { channel, text } of times) {
        const time = statutoryLiteral(text, str);
        if (time === undefined) {
            procedureFlags.push(flag(service.file, service.line, `durationText "${text}"`, say.badDuration));
            member(`channel ${channel} time not-regulated`);
        } else {
            member(`channel ${channel} time ${time}`);
        }
        const feeText = fees.get(channel);
        if (feeText === undefined) continue;
        let body = feeText;
        let exemptions: string[] = [];
        const exempt = body.indexOf('; miễn, giảm: ');
        if (exempt >= 0) {
            // Exemptions were joined with ", ": a new one starts with a capital letter.
            exemptions = body.slice(exempt + '; miễn, giảm: '.length).split(/, (?=\p{Lu})/u);
            body = body.slice(0, exempt);
        }
        if (body !== 'không quy định') {
            for (const fee of splitItems(body, /^(Lệ phí|Phí)( \(|: )/u)) {
                const literal = feeLiteral(fee, str);
                if (literal === undefined) procedureFlags.push(flag(service.file, service.feeLine, `feeText "${fee}"`, say.badFee));
                else lines.push(`        ${literal}`);
            }
        }
        for (const exemption of exemptions) lines.push(`        exempt ${str(exemption)}`);
    }

    // Forms, documents and results.
    const forms = new Map<string, Form>();
    const formByNo = new Map<string, Form>();
    for (const t of service.fileTemplates) {
        const form = { name: nameOf(t.no), ...formOf(t.name) };
        forms.set(form.name, form);
        formByNo.set(t.no, form);
    }
    const parts = template?.parts ?? [];
    const documents: string[] = [];
    const results: string[] = [];
    for (const part of parts) {
        if (part.type === 1) documents.push(documentLine(part, formByNo, f => procedureFlags.push(flag(part.file, part.line, `partTip "${f}"`, say.badTip))));
        else if (part.type === 2) {
            let form: Form | undefined;
            const m = /^Theo (.+)$/u.exec(part.tip);
            if (m) {
                const read = formOf(m[1]!);
                form = [...forms.values()].find(f => f.title === read.title && f.code === read.code) ?? { name: nameFromTitle(read.title), ...read };
                forms.set(form.name, form);
            }
            results.push(`result ${str(part.name)}${form ? ` on form ${form.name}` : ''}`);
        } else {
            procedureFlags.push(flag(part.file, part.line, `DossierPart ${part.partNo} partType ${part.type}`, say.badPartType));
        }
    }
    if (forms.size > 0) blank();
    for (const form of forms.values()) member(`form ${form.name} ${str(form.title)}${form.code !== undefined ? ` code ${str(form.code)}` : ''}`);
    if (documents.length > 0) blank();
    documents.forEach(member);
    if (results.length > 0) blank();
    results.forEach(member);
    if (!template) procedureFlags.push(flag(service.file, service.line, `templateNo ${service.templateNo}`, say.noTemplate));

    if (process) stepsOf(process, src, member, blank, flag, procedureFlags);
    else procedureFlags.push(flag(service.file, service.line, `processNo ${service.processNo}`, say.noProcess));

    if (procedureFlags.length > 0) {
        // What the procedure could not take, first thing in its block.
        lines.splice(1, 0, ...procedureFlags.map(f => `    ${f}`), '');
    }
    while (lines[lines.length - 1] === '') lines.pop();
    lines.push('}');
    return { code: service.code, name: src.name, text: `${lines.join('\n')}\n`, unresolved };
}

function documentLine(part: DossierPartDoc, formByNo: ReadonlyMap<string, Form>, unreadable: (text: string) => void): string {
    const words = [`document ${str(part.name)}`];
    const segments = part.tip.split('; ');
    const head = /^(Bản chính|Bản sao chứng thực|Bản sao|Số lượng): ([0-9]+) bản$/u.exec(segments[0] ?? '');
    const form = part.fileTemplateNo !== '' ? formByNo.get(part.fileTemplateNo) : undefined;
    const extra: string[] = [];
    if (head) {
        if (head[1] !== 'Số lượng') words.push(PAPERS[head[1]!]!);
        words.push(`quantity ${Number(head[2])}`);
        for (const segment of segments.slice(2)) {
            const media = /^nộp (bản điện tử|bản giấy)(?: hoặc (bản điện tử|bản giấy))?$/u.exec(segment);
            const channel = /^(.+) khi nộp (trực tiếp|trực tuyến|qua dịch vụ bưu chính công ích)$/u.exec(segment);
            if (segment.startsWith('theo ')) continue;
            if (media) {
                for (const m of [media[1], media[2]]) if (m) extra.push(m === 'bản điện tử' ? 'electronic' : 'paper');
            } else if (channel) {
                const clauses = channelClauses(channel[1]!, CHANNEL_WORDS[channel[2]!]!);
                if (clauses === undefined) unreadable(segment);
                else extra.push(...clauses);
            }
            // Anything else is the rest of a form's title that held "; " (the `theo …` segment).
        }
    } else {
        const paper = FILE_MARKS[part.fileMark];
        if (paper) words.push(paper);
    }
    if (form) words.push(`on form ${form.name}`);
    words.push(part.required ? 'required' : 'optional');
    return [...words, ...extra].join(' ');
}

// What a component is on one channel (`onChannelText`), as clauses of the language.
function channelClauses(text: string, channel: string): string[] | undefined {
    const media: Record<string, string[]> = {
        'bản điện tử hoặc bản giấy': ['electronic', 'paper'], 'bản giấy hoặc bản điện tử': ['paper', 'electronic'],
        'bản điện tử': ['electronic'], 'bản giấy': ['paper']
    };
    if (media[text]) return media[text]!.map(m => `${m} for ${channel}`);
    if (text === 'không quy định') return [];
    const m = /^(bản chính|bản sao chứng thực|bản sao)( \(bằng giấy hoặc điện tử\)| điện tử| bằng giấy)?$/u.exec(text);
    if (!m) return undefined;
    const paper = PAPERS[m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1)]!;
    const clauses = [`${paper} for ${channel}`];
    if (m[2] === ' điện tử') clauses.push(`electronic for ${channel}`);
    else if (m[2] === ' bằng giấy') clauses.push(`paper for ${channel}`);
    else if (m[2]) clauses.push(`paper for ${channel}`, `electronic for ${channel}`);
    return clauses;
}

// Working hours the target converted from calendar days (8 × 5/7 per day), back to calendar days when whole.
function calendarLiteral(hours: number): string {
    const days = hours * 7 / 40;
    return Math.abs(days - Math.round(days)) < 0.01 ? `${Math.round(days)}cd` : hoursLiteral(hours);
}

type Flag = (file: string, line: number, what: string, why: string) => string;

function stepsOf(process: ServiceProcessDoc, src: ProcedureSources, member: (t: string) => void, blank: () => void, flag: Flag, procedureFlags: string[]): void {
    const steps = process.steps.filter(step => step.code !== CLOSING_STEP);
    const byCode = new Map(steps.map(step => [step.code, step]));
    const nameOfStep = new Map(steps.map(step => [step.code, nameOf(step.code)]));
    const bodies = new Map<string, string>();
    const cases = new Map<string, { name: string; title: string; start?: string }>();
    const caseByTitle = (title: string, code?: string): { name: string; title: string; start?: string } => {
        const found = [...cases.values()].find(c => c.title === title);
        if (found) return found;
        const made = { name: code !== undefined ? nameOf(code) : nameFromTitle(title), title };
        cases.set(made.name, made);
        return made;
    };
    // Submissions of cases with tables of their own ("Nộp hồ sơ: Trường hợp …").
    for (const action of process.actions) {
        const m = /^Nộp hồ sơ: (.+)$/u.exec(action.name);
        if (action.pre === '' && m && byCode.has(action.post)) caseByTitle(m[1]!).start = nameOfStep.get(action.post);
    }
    let clockAfter: string | undefined;
    const stepTexts: string[][] = [];
    for (const step of steps) {
        const out = stepText(step, process, src, byCode, nameOfStep, bodies, caseByTitle, flag);
        if (out.beforeClock) clockAfter = nameOfStep.get(step.code);
        stepTexts.push(out.lines);
    }
    if (!process.actions.some(a => a.pre === '' && a.code === SUBMIT && a.name === 'Nộp hồ sơ') && !process.actions.some(a => a.pre === '')) {
        procedureFlags.push(flag(process.file, process.line, 'actions', say.noSubmission));
    }
    if (bodies.size > 0 || cases.size > 0 || clockAfter) blank();
    for (const [name, title] of bodies) member(`body ${name} ${str(title)}`);
    for (const c of cases.values()) member(`case ${c.name} ${str(c.title)}${c.start ? ` { start ${c.start} }` : ''}`);
    if (clockAfter) member(`clock starts after ${clockAfter}`);
    for (const text of stepTexts) {
        blank();
        text.forEach((line, i) => member(i === 0 ? line : `    ${line}`));
    }
}

function performerOf(meaning: RoleMeaning | undefined, src: ProcedureSources, bodies: Map<string, string>): string | undefined {
    if (!meaning) return undefined;
    switch (meaning.kind) {
        case 'applicant': return 'applicant';
        case 'single': {
            const unit = src.catalogue.units.get(meaning.name);
            if (unit) return unit.name;
            bodies.set(meaning.name, meaning.title);
            return meaning.name;
        }
        default: return meaning.ref;
    }
}

// `A hoặc B; phối hợp: C, D`: each name to a reference (catalogue titles, bodies, the applicant); undefined when one does not map.
function performersOf(text: string, src: ProcedureSources, bodies: ReadonlyMap<string, string>, origin: { file: string; line: number }): string | undefined {
    const lookup = (name: string): string | undefined => {
        const assigned = name.endsWith(' được phân công');
        const bare = assigned ? name.slice(0, -' được phân công'.length) : name;
        const ref = bare === 'Tổ chức, cá nhân' ? 'applicant'
            : src.catalogue.performers.get(fold(bare)) ?? [...bodies].find(([, title]) => fold(title) === fold(bare))?.[0] ?? named(bare);
        return ref === undefined ? undefined : `${ref}${assigned ? ' assigned' : ''}`;
    };
    // A performer no role names: `title (unit title)` or `Lãnh đạo unit title`, of a unit the catalogue has or
    // whose title reads as a unit's; its name is made of its title (docs/import.md).
    const named = (text: string): string | undefined => {
        const leaders = /^Lãnh đạo (.+)$/u.exec(text);
        const { head, groups } = trailingGroups(text);
        const unitTitle = leaders ? leaders[1]! : groups.length > 0 ? groups[groups.length - 1]! : undefined;
        if (unitTitle === undefined) return undefined;
        const known = [...src.catalogue.units.values()].some(u => fold(u.title) === fold(unitTitle));
        if (!known && kindOfTitle(unitTitle) === undefined && !/bưu điện/iu.test(unitTitle)) return undefined;
        const unit = src.catalogue.unitByTitle(unitTitle, origin);
        if (leaders) return `leaders of ${unit.name}`;
        const title = groups.length > 1 ? `${head} (${groups.slice(0, -1).join(') (')})` : head;
        return `${unit.name}.${src.catalogue.position(unit, nameFromTitle(title), title).name}`;
    };
    // Names hold ", " themselves ("Ủy ban nhân dân xã, phường, đặc khu"): join pieces until one maps.
    const names = (list: string, separator: string): string[] | undefined => {
        const out: string[] = [];
        let pending = '';
        for (const piece of list.split(separator)) {
            pending = pending === '' ? piece : `${pending}${separator}${piece}`;
            const ref = lookup(pending);
            if (ref !== undefined) { out.push(ref); pending = ''; }
        }
        return pending === '' ? out : undefined;
    };
    const [mainText, partnersText] = text.split('; phối hợp: ');
    const main = names(mainText!, ' hoặc ');
    const partners = partnersText !== undefined ? names(partnersText, ', ') : [];
    if (!main || !partners || main.length === 0) return undefined;
    return `${main.join(' or ')}${partners.length > 0 ? ` with ${partners.join(', ')}` : ''}`;
}

function stepText(
    step: StepDoc, process: ServiceProcessDoc, src: ProcedureSources, byCode: ReadonlyMap<string, StepDoc>,
    nameOfStep: ReadonlyMap<string, string>, bodies: Map<string, string>,
    caseByTitle: (title: string, code?: string) => { name: string }, flag: Flag
): { lines: string[]; beforeClock: boolean } {
    const header: string[] = [`step ${nameOfStep.get(step.code)} ${str(step.name)}`];
    const more: string[] = [];
    const kind = step.groupName === '' ? undefined : GROUP_KINDS[step.groupName];
    if (kind) header.push(kind);
    else if (step.groupName !== '') more.push(flag(step.file, step.line, `groupName "${step.groupName}"`, say.unknownGroup));
    const instruction = readInstruction(step.instruction);
    const role = src.roles.get(step.roleCode);
    let by = performerOf(role, src, bodies);
    if (by === undefined) more.push(flag(step.file, step.roleLine, `roleCode ${step.roleCode}`, say.unknownRole));
    if (instruction.performers !== undefined) {
        const all = performersOf(instruction.performers, src, bodies, step);
        if (all !== undefined) by = all;
        else more.push(flag(step.file, step.line, `"Thực hiện: ${instruction.performers}"`, say.unknownPerformer));
    }
    if (by !== undefined) header.push(`by ${by}`);
    const mainUnit = by?.split(' ')[0] === 'leaders' ? by.split(' ')[2] : by?.split(/[ .]/)[0];
    if (mainUnit !== undefined) src.catalogue.performs(mainUnit, src.level);
    let hours = step.hours;
    if (instruction.handover && !instruction.handover.notCounted) hours -= literalHours(instruction.handover.deadline);
    hours = Math.max(0, Math.round(hours * 100) / 100);
    const beforeClock = instruction.uncounted === 'trước khi nhận đủ hồ sơ hợp lệ';
    if (hours > 0) header.push(src.calendarDays ? calendarLiteral(hours) : hoursLiteral(hours));
    if (instruction.uncounted !== undefined && !beforeClock && !(instruction.uncounted === 'thời gian của tổ chức, cá nhân' && by === 'applicant')) {
        header.push(instruction.uncounted === '' ? 'not-counted' : `not-counted ${str(instruction.uncounted)}`);
    }
    if ((step.name.endsWith(CUT) && step.name.length >= 230)) more.push(flag(step.file, step.line, 'stepName', say.cutText(255)));
    if (step.instruction.endsWith(CUT) && step.instruction.length >= 230) more.push(flag(step.file, step.line, 'instructionNote', say.cutText(255)));
    if (instruction.task !== undefined) more.unshift(`task ${str(instruction.task)}`);
    const actions = process.actions.filter(a => a.pre === step.code && a.post !== CLOSING_STEP);
    const closing = process.actions.filter(a => a.pre === step.code && a.post === CLOSING_STEP);
    const onward = [...actions, ...closing];
    if (instruction.digitises) more.push('digitises');
    if (instruction.signsDigitally || onward.some(a => a.eSignature)) more.push('signs-digitally');
    if (instruction.requestsPayment || onward.some(a => a.requestPayment === 1)) more.push('requests payment');
    if (instruction.handover) {
        const partner = src.catalogue.unitByTitle(instruction.handover.partner, step);
        const h = instruction.handover;
        more.push(`handover to ${partner.name}${h.channel ? ` via ${h.channel}` : ''} within ${h.deadline}${h.notCounted ? ' not-counted' : ''}`);
    } else if (instruction.handoverText !== undefined) {
        more.push(flag(step.file, step.line, `"${instruction.handoverText}"`, say.badHandover));
    }
    more.push(...transitions(step, actions, byCode, nameOfStep, caseByTitle, flag));
    return { lines: [header.join(' '), ...more], beforeClock };
}

// One transition per action; a fork ("nhánh song song i/n") joins its branches again.
function transitions(
    step: StepDoc, actions: readonly ActionDoc[], byCode: ReadonlyMap<string, StepDoc>, nameOfStep: ReadonlyMap<string, string>,
    caseByTitle: (title: string, code?: string) => { name: string }, flag: Flag
): string[] {
    const out: string[] = [];
    let fork: { prefix: string; targets: string[]; total: number } | undefined;
    for (const action of actions) {
        const target = byCode.get(action.post);
        if (!target) {
            out.push(flag(action.file, action.line, `postStepCode ${action.post}`, say.unknownStep));
            continue;
        }
        let prefix = '';
        const middle = action.code.startsWith(`${step.code}-`) && action.code.endsWith(`-${action.post}`)
            ? action.code.slice(step.code.length + 1, action.code.length - action.post.length - 1) : undefined;
        if (middle !== undefined && middle !== '' && OUTCOMES.has(middle)) prefix = `on ${middle} `;
        else if (middle !== undefined && middle !== '') {
            const title = action.name.endsWith(`: ${target.name}`) ? action.name.slice(0, -(target.name.length + 2)) : action.name;
            prefix = `when ${caseByTitle(title, middle).name} `;
        }
        const to = nameOfStep.get(action.post)!;
        const branch = /nhánh song song (\d+)\/(\d+)/u.exec(action.note);
        if (branch) {
            if (!fork || branch[1] === '1' || fork.prefix !== prefix) {
                fork = { prefix, targets: [], total: Number(branch[2]) };
                out.push('');
            }
            fork.targets.push(to);
            out[out.length - 1] = `${fork.prefix}-> ${fork.targets.join(', ')}`;
            if (fork.targets.length === fork.total) fork = undefined;
        } else {
            fork = undefined;
            out.push(`${prefix}-> ${to}`);
        }
    }
    return out;
}
