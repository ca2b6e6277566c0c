import { CASE_CODE_NOTE } from '@tthc/compiler';
import type { ActionDoc, ServiceProcessDoc, StepDoc } from './bundle-documents.js';
import { kindOfTitle } from './catalogue-model.js';
import type { RoleMeaning } from './map-roles.js';
import { CUT, type Flag, type ProcedureSources } from './mapped-procedure.js';
import { importMessages as say } from './opencps-import-messages.js';
import { statutoryLiteral, timeRuleLiteral, totalLiteral, trailingGroups } from './parse-texts.js';
import { literalHours, readInstruction } from './parse-step-texts.js';
import { type ImportedPart, partsOf, sharedHours } from './read-parts.js';
import { fold, hoursLiteral, nameFromTitle, nameOf, str } from './tthc-text.js';

// The steps of a ServiceProcess as the target writes them (process-flow.ts), read back into `step …` members.

const GROUP_KINDS: Readonly<Record<string, string>> = {
    'Tiếp nhận hồ sơ': 'reception', 'Chuyển hồ sơ': 'transfer', 'Phân công xử lý': 'assignment', 'Thẩm định': 'appraisal',
    'Xem xét, trình ký': 'review', 'Phê duyệt, ký': 'approval', 'Vào số, đóng dấu, ban hành': 'issue', 'Trả kết quả': 'return',
    'Kiểm tra thực địa': 'inspection', 'Niêm yết công khai': 'posting', 'Yêu cầu bổ sung hồ sơ': 'supplement-request',
    'Từ chối giải quyết': 'refusal', 'Xin lỗi, hẹn lại ngày trả kết quả': 'apology'
};
const OUTCOMES = new Set(['approved', 'incomplete', 'rejected', 'late']);
const CLOSING_STEP = 'HOAN-THANH';
const SUBMIT = '1100';

// Working hours the target converted from calendar days (8 × 5/7 per day), back to calendar days when whole.
function calendarLiteral(hours: number): string {
    const days = hours * 7 / 40;
    return Math.abs(days - Math.round(days)) < 0.01 ? `${Math.round(days)}cd` : hoursLiteral(hours);
}


/**
 * The bodies, cases, `clock starts after` and steps of a process as members of the procedure: one `step` per
 * ProcessStep (the closing `HOAN-THANH` left out), with its kind, performer, time, task, flags, hand-over and the
 * transitions of its actions.
 */
export function stepsOf(process: ServiceProcessDoc, src: ProcedureSources, member: (t: string) => void, blank: () => void, flag: Flag, procedureFlags: string[]): void {
    const steps = process.steps.filter(step => step.code !== CLOSING_STEP);
    const byCode = new Map(steps.map(step => [step.code, step]));
    const nameOfStep = new Map(steps.map(step => [step.code, nameOf(step.code)]));
    const bodies = new Map<string, string>();
    const cases = new Map<string, ImportedCase>();
    const caseByTitle = (title: string, code?: string): ImportedCase => {
        const found = [...cases.values()].find(c => c.title === title);
        if (found) return found;
        const made = { name: code !== undefined ? nameOf(code) : nameFromTitle(title), title };
        cases.set(made.name, made);
        return made;
    };
    // Submissions of cases with tables of their own ("Nộp hồ sơ: Trường hợp …").
    for (const action of process.actions) {
        const m = /^Nộp hồ sơ: (.+)$/u.exec(action.name);
        if (action.pre === '' && m && byCode.has(action.post)) {
            // The case's code, which the target writes in configNote (`…; mã trường hợp: KhongHoiDong`).
            const code = action.note.split('; ').find(item => item.startsWith(`${CASE_CODE_NOTE} `))?.slice(CASE_CODE_NOTE.length + 1);
            const c = caseByTitle(m[1]!, code !== undefined && code !== '' ? code : undefined);
            c.start = nameOfStep.get(action.post);
            c.submission = action;
        }
    }
    // The parts of the table: the ProcessSequences that steps share (read-parts.ts).
    const parts = partsOf(process, steps, sequence => {
        procedureFlags.push(flag(sequence.file, sequence.line, `ProcessSequence ${sequence.sequenceNo} "${sequence.name}"`, say.badPart));
    });
    const partOfStep = new Map(parts.flatMap(part => part.steps.map(code => [code, part] as const)));
    let clockAfter: string | undefined;
    const stepTexts: string[][] = [];
    for (const step of steps) {
        const part = partOfStep.get(step.code);
        const out = stepText(step, process, src, byCode, nameOfStep, bodies, caseByTitle, flag, part && { part, first: part.steps[0] === step.code });
        if (out.beforeClock) clockAfter = nameOfStep.get(step.code);
        stepTexts.push(out.lines);
    }
    if (!process.actions.some(a => a.pre === '' && a.code === SUBMIT && a.name === 'Nộp hồ sơ') && !process.actions.some(a => a.pre === '')) {
        procedureFlags.push(flag(process.file, process.line, 'actions', say.noSubmission));
    }
    let total: string | undefined;
    if (src.procedureTotal !== undefined) {
        const literal = totalLiteral(src.procedureTotal, str);
        if (literal === undefined) procedureFlags.push(flag(src.service.file, src.service.line, `durationText "${src.procedureTotal}"`, say.badProcedureTotal));
        else total = `total ${literal}`;
    }
    const rules: string[] = [];
    for (const text of src.timeRules ?? []) {
        const literal = timeRuleLiteral(text);
        if (literal === undefined) procedureFlags.push(flag(src.service.file, src.service.line, `durationText "${text}"`, say.badTimeRule));
        else rules.push(literal);
    }
    if (bodies.size > 0 || cases.size > 0 || clockAfter || total !== undefined || parts.length > 0 || rules.length > 0) blank();
    for (const [name, title] of bodies) member(`body ${name} ${str(title)}`);
    // Cases in the order durationText names them (the procedure's order); the others after, as met.
    const named = (c: ImportedCase): number => {
        const i = (src.caseTimes ?? []).findIndex(item => item.title === c.title);
        return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    for (const c of [...cases.values()].sort((a, b) => named(a) - named(b))) {
        const limits = caseLimits(c, src, flag, procedureFlags);
        // A case with a table of its own has its own statutory time or published total: without either in
        // durationText, the bundle does not carry it.
        if (c.submission && limits.length === 0) procedureFlags.push(flag(c.submission.file, c.submission.line, `case ${c.name}`, say.caseTime));
        const words = [...limits, ...(c.start ? [`start ${c.start}`] : [])];
        member(`case ${c.name} ${str(c.title)}${words.length > 0 ? ` { ${words.join(' ')} }` : ''}`);
    }
    for (const item of src.caseTimes ?? []) {
        if (![...cases.values()].some(c => c.title === item.title)) {
            procedureFlags.push(flag(src.service.file, src.service.line, `durationText "${item.title}: …"`, say.unknownCase));
        }
    }
    if (total !== undefined) member(total);
    rules.forEach(member);
    for (const part of parts) member(`part ${part.name} ${str(part.title)}${part.words.map(w => ` ${w}`).join('')}`);
    if (clockAfter) member(`clock starts after ${clockAfter}`);
    for (const text of stepTexts) {
        blank();
        text.forEach((line, i) => member(i === 0 ? line : `    ${line}`));
    }
}

/** A case of the process: its name and title, its first step and the submission that starts its table. */
interface ImportedCase {
    name: string;
    title: string;
    start?: string;
    submission?: ActionDoc;
}

// The `time …` and `total …` of a case, from its items of durationText; an item that does not read exactly
// as the target writes it is flagged (and the case keeps no limit from it).
function caseLimits(c: ImportedCase, src: ProcedureSources, flag: Flag, procedureFlags: string[]): string[] {
    const words: string[] = [];
    for (const item of (src.caseTimes ?? []).filter(i => i.title === c.title)) {
        const literal = item.kind === 'time' ? statutoryLiteral(item.text, str) : totalLiteral(item.text, str);
        const keyword = item.kind === 'time' ? 'time' : 'total';
        if (literal === undefined || words.some(w => w.startsWith(`${keyword} `))) {
            procedureFlags.push(flag(src.service.file, src.service.line, `durationText "${item.title}: ${item.text}"`, item.kind === 'time' ? say.badDuration : say.badTotal));
        } else {
            words.push(`${keyword} ${literal}`);
        }
    }
    return words;
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
    // A unit named alone (a partner "Sở Tài chính", which has no role) is that unit: `title/ward title` as the
    // target writes a unit with a ward title (published-text.ts, unitText), whose ward title the bundle cannot say.
    const named = (text: string): string | undefined => {
        const leaders = /^Lãnh đạo (.+)$/u.exec(text);
        const { head, groups } = trailingGroups(text);
        if (!leaders && groups.length === 0) {
            const title = text.split('/')[0]!;
            const known = [...src.catalogue.units.values()].some(u => fold(u.title) === fold(title));
            return known || kindOfTitle(title) !== undefined ? src.catalogue.unitByTitle(title, origin).name : undefined;
        }
        const unitTitle = leaders ? leaders[1]! : groups[groups.length - 1]!;
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
    caseByTitle: (title: string, code?: string) => { name: string }, flag: Flag, inPart?: { part: ImportedPart; first: boolean }
): { lines: string[]; beforeClock: boolean } {
    const header: string[] = [`step ${nameOfStep.get(step.code)} ${str(step.name)}`];
    const more: string[] = [];
    const kind = step.groupName === '' ? undefined : GROUP_KINDS[step.groupName];
    if (kind) header.push(kind);
    else if (step.groupName !== '') more.push(flag(step.file, step.line, `groupName "${step.groupName}"`, say.unknownGroup));
    // The target continues in briefNote what did not fit in instructionNote (process-flow.ts, stepNotes).
    const instruction = readInstruction(step.brief === '' ? step.instruction : `${step.instruction}. ${step.brief}`);
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
    // A part's shared time counts at its first step (the target's sharedPartHours); its steps have none of their own.
    if (inPart?.part.time !== undefined) {
        hours -= inPart.first ? sharedHours(inPart.part) : 0;
        if (Math.abs(hours) > 0.01) more.push(flag(step.file, step.line, `durationCount ${step.hours}`, say.badPartTime));
    }
    hours = Math.max(0, Math.round(hours * 100) / 100);
    const beforeClock = instruction.uncounted === 'trước khi nhận đủ hồ sơ hợp lệ';
    // The step's time as the table writes it (`Thời gian thực hiện: …`) when the target gave it: the time of a step
    // whose time does not count (no hours), or the same hours written in calendar days or from an event.
    const own = instruction.ownTime;
    const ownAgrees = own !== undefined && (hours === 0 || Math.abs(literalHours(own.literal) - hours) < 0.01);
    if (own && ownAgrees) header.push(`${own.literal}${own.from !== undefined ? ` from ${str(own.from)}` : ''}`);
    else if (hours > 0) header.push(src.calendarDays ? calendarLiteral(hours) : hoursLiteral(hours));
    if (instruction.ownTimeText !== undefined || (own && !ownAgrees)) {
        more.push(flag(step.file, step.line, `"${instruction.ownTimeText ?? `${own!.literal}`}"`, say.badStepTime));
    }
    if (inPart) header.push(`in ${inPart.part.name}`);
    if (instruction.uncounted !== undefined && !beforeClock && !(instruction.uncounted === 'thời gian của tổ chức, cá nhân' && by === 'applicant')) {
        header.push(instruction.uncounted === '' ? 'not-counted' : `not-counted ${str(instruction.uncounted)}`);
    }
    if ((step.name.endsWith(CUT) && step.name.length >= 230)) more.push(flag(step.file, step.line, 'stepName', say.cutText(255)));
    if (step.instruction.endsWith(CUT) && step.instruction.length >= 230) more.push(flag(step.file, step.line, 'instructionNote', say.cutText(255)));
    if (step.brief.endsWith(CUT) && step.brief.length >= 230) more.push(flag(step.file, step.line, 'briefNote', say.cutText(255)));
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
        const notCounted = h.notCounted ? ` not-counted${h.notCountedReason !== undefined ? ` ${str(h.notCountedReason)}` : ''}` : '';
        more.push(`handover to ${partner.name}${h.channel ? ` via ${h.channel}` : ''} within ${h.deadline}${notCounted}`);
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

