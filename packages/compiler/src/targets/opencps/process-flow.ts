import type { ProcedureModel, ProvinceBuild, StepModel } from '../../model/procedure-model.js';
import { relativeSource } from '../target.js';
import { uniqueCodes } from './codes.js';
import { fieldText } from './xml.js';
import { outputPartNo } from './dossier-template.js';
import { NOT_COUNTED, electronicTexts, feeText, performersText, uncountedText } from '../table/published-text.js';
import { durationText, sharedPartHours, stepHours } from './durations.js';
import { DONE_STATUS, actionName, dossierStatus, groupName, handoverChannelText } from './kinds.js';
import { type OpenCpsRole, processRoles } from './roles.js';
import { type SequenceSpec, processSequences } from './sequences.js';

/**
 * The closing step: OpenCPS ends a dossier by its status, so after a `return` step that ends a path the
 * officer's action "Đã trả kết quả" moves the dossier to this step, whose status is `done`. Step codes made
 * from names never contain `-`, so this code cannot clash with one.
 */
export const CLOSING_STEP_CODE = 'HOAN-THANH';

/**
 * The action that starts a dossier: an empty `preStepCode` and the `submit` event, under the code OpenCPS v2
 * gives the submission (`1100`). Action codes made from step codes always contain `-`, so they never clash.
 */
export const SUBMIT_ACTION_CODE = '1100';

/** A ProcessStep (and its ProcessSequence) before it is written. */
export interface StepSpec {
    /** The step's name in the source; absent for the closing step. */
    readonly id?: string;
    readonly code: string;
    readonly name: string;
    readonly sequenceNo: string;
    readonly groupName: string;
    readonly status: string;
    readonly hours: number;
    readonly instruction: string;
    /** What did not fit in `instruction`'s 255 characters (`briefNote`), '' when everything did. */
    readonly brief: string;
    readonly role: OpenCpsRole;
    /** The step's alternatives and partners that have roles, after `role` (service-process.ts writes them as StepRoles). */
    readonly others: readonly OpenCpsRole[];
}

/** A ProcessAction before it is written. */
export interface ActionSpec {
    readonly code: string;
    readonly name: string;
    readonly pre: string;
    readonly post: string;
    readonly autoEvent: string;
    readonly returnFiles: string;
    readonly note: string;
    /** OpenCPS's `requestPayment` (0: no change, 1: request the fee, `REQUEST_PAYMENT_YEU_CAU_NOP_TAM_UNG`). */
    readonly requestPayment: number;
    /** OpenCPS's `paymentFee`: `{"paymentFee": "…"}`, the fee's description, when payment is requested. */
    readonly paymentFee: string;
    /** The action signs the result digitally (`eSignature`). */
    readonly eSignature: boolean;
}

/** The workflow of a procedure in OpenCPS's terms. */
export interface ProcessFlow {
    readonly roles: readonly OpenCpsRole[];
    readonly steps: readonly StepSpec[];
    readonly actions: readonly ActionSpec[];
    /** The ProcessSequences: one per part, one per step in no part (sequences.ts). */
    readonly sequences: readonly SequenceSpec[];
}

/** Introduces the code of the case a submission starts, in its `configNote` (`…; mã trường hợp: KhongHoiDong`). */
export const CASE_CODE_NOTE = 'mã trường hợp:';

/** Introduces a step's time as the table writes it, in its `instructionNote`, where durationCount does not say it all. */
export const OWN_TIME = 'Thời gian thực hiện:';

// The step's task; who performs it when the table names more than one (alternatives, partners) or the one
// assigned; the
// electronic procedure (OpenCPS has no field for digitisation); time not counted; the hand-over.
function instructionParts(step: StepModel): string[] {
    const parts: string[] = [];
    if (step.task !== undefined) parts.push(step.task);
    const { main, alternatives, partners } = step.performers;
    // The role says who performs, not that the officer is the one assigned ("được phân công"): the table's words do.
    if (alternatives.length > 0 || partners.length > 0 || main.assigned) parts.push(`Thực hiện: ${performersText(step.performers)}`);
    parts.push(...electronicTexts(step));
    // durationCount holds working hours only: the step's time as the table writes it is said here when that is
    // more than its hours tell (a step whose time does not count has durationCount 0; calendar days; a time
    // counted from an event).
    const own = step.duration;
    if (own && own.fromStep === undefined && (!step.counted || own.from !== undefined || own.calendarDays !== undefined)) {
        parts.push(`${OWN_TIME} ${durationText(own).toLowerCase()}${own.from !== undefined ? ` (kể từ ${own.from})` : ''}`);
    }
    if (!step.counted) parts.push(uncountedText(step));
    const handover = step.handover;
    if (handover) {
        const channel = handoverChannelText(handover.channel);
        const reason = handover.notCountedReason !== undefined ? `: ${handover.notCountedReason}` : '';
        const notCounted = handover.notCounted ? ` (${NOT_COUNTED.toLowerCase()}${reason})` : '';
        parts.push(`Liên thông: chuyển ${handover.partner.title}${channel ? ` qua ${channel}` : ''}, thời hạn ${durationText(handover.deadline).toLowerCase()}${notCounted}`);
    }
    return parts;
}

// The schema's length of `instructionNote` and `briefNote`.
const NOTE_MAX = 255;

/**
 * A step's texts in `instructionNote` and, for what does not fit there, `briefNote`: the parts in order, joined
 * with `. `, as many as fit in the first; the rest, in order, in the second (both fields OpenCPS shows the
 * officer). A part longer than either field alone is still cut (xml.ts), which the import reports.
 */
export function stepNotes(parts: readonly string[]): { instruction: string; brief: string } {
    const fits = (texts: readonly string[]): boolean => fieldText(texts.join('. '), Number.MAX_SAFE_INTEGER).length <= NOTE_MAX;
    let count = 0;
    while (count < parts.length && (count === 0 || fits(parts.slice(0, count + 1)))) count++;
    return { instruction: parts.slice(0, count).join('. '), brief: parts.slice(count).join('. ') };
}

/** OpenCPS's `requestPayment` for an action that requests the fee (ProcessActionTerm.REQUEST_PAYMENT_YEU_CAU_NOP_TAM_UNG). */
export const REQUEST_PAYMENT_FEE = 1;

// What OpenCPS reads from `paymentFee` when it creates the payment file: a JSON object whose `paymentFee`
// is the fee's description; the amount is entered at the step, as the fees depend on the case.
// The field holds 255 characters: the description is cut before it is wrapped, so that the JSON stays whole.
function paymentFee(procedure: ProcedureModel): string {
    const fees = procedure.channels.flatMap(channel => channel.fees.map(feeText));
    const description = fees.length > 0 ? fees.join('; ') : 'Phí, lệ phí';
    for (let max = PAYMENT_FEE_MAX - 20; max > 0; max -= 10) {
        const json = JSON.stringify({ paymentFee: fieldText(description, max) });
        if (json.length <= PAYMENT_FEE_MAX) return json;
    }
    return JSON.stringify({ paymentFee: 'Phí, lệ phí' });
}

// The schema's length of `paymentFee`.
const PAYMENT_FEE_MAX = 255;

/**
 * The roles, steps and actions of a procedure:
 * - one role per distinct performer (`Unit.Position`, or `Unit`);
 * - one step per step, in declaration order, with its time limit in working hours, its status, its task
 *   and its performer; then the closing step when a path ends in a return;
 * - the submission into the first step; one action per transition target (a parallel fork gives one per
 *   branch, an exception outcome its own name and code); the closing actions.
 */
export function processFlow(build: ProvinceBuild, procedure: ProcedureModel, roleCodes: ReadonlyMap<string, string>): ProcessFlow {
    if (procedure.steps.length === 0) {
        // A checked procedure has steps; a hand-made model may not, and the schema needs one.
        throw new Error(`procedure '${procedure.code}' has no step: an OpenCPS process needs at least one`);
    }
    const { roles, roleOf, othersOf } = processRoles(procedure, roleCodes);
    const codes = uniqueCodes(procedure.steps.map(step => step.id));
    const stepById = new Map(procedure.steps.map(step => [step.id, step]));
    const codeOf = (id: string): string => {
        const code = codes.get(id);
        if (code === undefined) {
            throw new Error(`procedure '${procedure.code}' leads to an unknown step '${id}'`);
        }
        return code;
    };
    const closing = procedure.steps.filter(step => step.kind === 'return' && step.transitions.length === 0);
    const closes = new Set(closing);
    const width = Math.max(2, String(procedure.steps.length + 1).length);
    const sequenceNo = (n: number): string => String(n).padStart(width, '0');

    const specs: StepSpec[] = procedure.steps.map(step => ({
        id: step.id,
        code: codeOf(step.id),
        name: step.title,
        sequenceNo: sequenceNo(step.sequence),
        groupName: groupName(step),
        status: dossierStatus(step),
        hours: stepHours(step, sharedPartHours(procedure, step)),
        ...stepNotes(instructionParts(step)),
        role: roleOf(step),
        others: othersOf(step)
    }));
    if (closing.length > 0) {
        specs.push({
            code: CLOSING_STEP_CODE,
            name: 'Hoàn thành (đã trả kết quả)',
            sequenceNo: sequenceNo(procedure.steps.length + 1),
            groupName: 'Hoàn thành',
            status: DONE_STATUS,
            hours: 0,
            instruction: 'Hồ sơ đã được trả kết quả cho người nộp',
            brief: '',
            role: roleOf(closing[0]),
            others: []
        });
    }
    // The steps of a part share its ProcessSequence (sequences.ts).
    const { sequenceOf, sequences } = processSequences(procedure, specs.map(spec => ({ ...spec, roleCode: spec.role.code })));
    const steps = specs.map(spec => {
        const shared = spec.id !== undefined ? sequenceOf.get(spec.id) : undefined;
        return shared === undefined ? spec : { ...spec, sequenceNo: shared };
    });

    const returnFiles = procedure.results.map((_, i) => outputPartNo(i)).join(',');
    // A case with a table of its own (`start`) is submitted into its own first step: another submission.
    // OpenCPS v2 submits a dossier with the action code `1100` and takes the first action of that code
    // whose `preCondition` holds or is empty (CPSDossierBusinessLocalServiceImpl.getProcessAction): every
    // submission has that code, and which one a dossier takes is a `preCondition` the province writes
    // (docs/opencps-target.md says which and why the sources cannot say it).
    const caseStarts = procedure.cases.filter(c => c.start !== undefined && c.start !== procedure.steps[0].id && stepById.has(c.start));
    const choose = caseStarts.length > 0 ? '; nhiều thao tác nộp: đặt điều kiện (preCondition) để chọn trường hợp khi nộp' : '';
    // A case whose table starts at the first step is submitted by the procedure's own submission: its name says
    // which case it is, as the others' do.
    const firstCase = procedure.cases.find(c => c.start === procedure.steps[0].id);
    const caseCodes = uniqueCodes(procedure.cases.map(c => c.id));
    // A case's submission names the case by its title (the action's name) and by its code (`mã trường hợp: …` in
    // configNote), as a `when Case ->` action does in its code: the case's name comes back from it.
    const caseCode = (id: string): string => `; ${CASE_CODE_NOTE} ${caseCodes.get(id)}`;
    const actions: ActionSpec[] = [{
        code: SUBMIT_ACTION_CODE, name: firstCase ? `Nộp hồ sơ: ${firstCase.title}` : 'Nộp hồ sơ', pre: '', post: codeOf(procedure.steps[0].id), autoEvent: 'submit', returnFiles: '',
        note: `Hồ sơ được nộp: vào bước đầu tiên của quy trình${choose}${firstCase ? caseCode(firstCase.id) : ''}`, requestPayment: 0, paymentFee: '', eSignature: false
    }];
    const fee = procedure.steps.some(step => step.requestsPayment) ? paymentFee(procedure) : '';
    for (const c of caseStarts) {
        actions.push({
            code: SUBMIT_ACTION_CODE, name: `Nộp hồ sơ: ${c.title}`, pre: '', post: codeOf(c.start!), autoEvent: 'submit', returnFiles: '',
            note: `${c.title}: vào bước đầu tiên của trường hợp${choose}${caseCode(c.id)}`, requestPayment: 0, paymentFee: '', eSignature: false
        });
    }
    for (const step of procedure.steps) {
        const from = codeOf(step.id);
        for (const transition of step.transitions) {
            const where = relativeSource(build, transition.source);
            transition.targets.forEach((id, i) => {
                const to = codeOf(id);
                const fork = transition.targets.length > 1 ? `; nhánh song song ${i + 1}/${transition.targets.length}` : '';
                // `when Case ->`: a branch the officer takes in that case ("Trường hợp …").
                const caseTitle = transition.caseId !== undefined ? procedure.cases.find(c => c.id === transition.caseId)?.title ?? transition.caseId : undefined;
                const code = transition.caseId !== undefined ? `${from}-${caseCodes.get(transition.caseId)}-${to}`
                    : transition.outcome === 'default' ? `${from}-${to}` : `${from}-${transition.outcome}-${to}`;
                // Payment and signature belong to the step's work going on, not to a branch back to the applicant.
                const onward = !transition.exception;
                actions.push({
                    code,
                    name: caseTitle !== undefined ? `${caseTitle}: ${stepById.get(id)!.title}` : actionName(transition.outcome, stepById.get(id)!),
                    pre: from,
                    post: to,
                    autoEvent: '',
                    returnFiles: '',
                    note: `${where.file}:${where.line}${fork}${caseTitle !== undefined ? `; ${caseTitle}` : ''}`,
                    requestPayment: onward && step.requestsPayment ? REQUEST_PAYMENT_FEE : 0,
                    paymentFee: onward && step.requestsPayment ? fee : '',
                    eSignature: onward && step.signsDigitally
                });
            });
        }
        if (closes.has(step)) {
            actions.push({
                code: `${from}-${CLOSING_STEP_CODE}`, name: 'Đã trả kết quả, kết thúc hồ sơ', pre: from, post: CLOSING_STEP_CODE, autoEvent: '',
                returnFiles, note: 'Trả các thành phần kết quả cho người nộp',
                requestPayment: step.requestsPayment ? REQUEST_PAYMENT_FEE : 0, paymentFee: step.requestsPayment ? fee : '', eSignature: step.signsDigitally
            });
        }
    }

    return { roles, steps, actions, sequences };
}
