import type { CaseModel, ChannelModel, DocumentChannelModel, DocumentModel, FeeModel, FormModel, ProcedureModel, StatutoryModel, TotalModel } from '../../model/procedure-model.js';
import { NOT_REGULATED, clockText, feeText } from '../table/published-text.js';
import { decimal, durationText } from './durations.js';
import { channelText, paperText } from './kinds.js';

// The ServiceInfo texts are what OpenCPS shows citizens about a procedure (trình tự, cách thức, hồ sơ, ...):
// one line each, items joined with "; ", in Vietnamese like the Portal. xml.ts cuts them to the schema's length.

/**
 * Trình tự thực hiện: the main-flow steps in order; a procedure whose cases have tables of their own
 * lists each case's steps under its title ("Trường hợp …: 1. …; 2. …").
 */
export function processText(procedure: ProcedureModel): string {
    const titleOf = new Map(procedure.steps.map(step => [step.id, step.title]));
    const numbered = (ids: readonly string[]): string => ids.map((id, i) => `${i + 1}. ${titleOf.get(id)}`).join('; ');
    const separate = procedure.timing.flows.filter(f => f.caseId !== undefined
        && (!procedure.timing.ownFlowComplete || procedure.cases.some(c => c.id === f.caseId && c.start !== undefined)));
    if (separate.length === 0) return numbered(procedure.steps.filter(step => step.mainFlow).map(step => step.id));
    const own = procedure.timing.ownFlowComplete ? procedure.timing.flows.filter(f => f.caseId === undefined) : [];
    return [...own, ...separate].map(flow => {
        const title = procedure.cases.find(c => c.id === flow.caseId)?.title;
        return title === undefined ? numbered(flow.steps) : `${title}: ${numbered(flow.steps)}`;
    }).join('. ');
}

/** Cách thức thực hiện: the channels, the online level and whether any one-stop unit of the province receives. */
export function methodText(procedure: ProcedureModel): string {
    const online = procedure.online === 'full' ? ' (toàn trình)' : procedure.online === 'partial' ? ' (một phần)' : '';
    const channels = procedure.channels.map(channel => channelText(channel.kind) + (channel.kind === 'online' ? online : ''));
    if (procedure.boundaryIndependent) {
        channels.push('Không phụ thuộc địa giới hành chính: nộp tại bất kỳ bộ phận một cửa nào trong tỉnh');
    }
    return channels.join('; ');
}

/** Thành phần hồ sơ: each component with its paper, quantity and whether it is required. */
export function dossierText(procedure: ProcedureModel): string {
    return procedure.documents.map((document, i) => `${i + 1}. ${document.title} (${documentTip(document)})`).join('; ');
}

/** What the applicant is told of a component: paper, quantity, required, the form it is written on, and what it is on each channel its clauses name. */
export function documentTip(document: DocumentModel): string {
    const paper = paperText(document.paper);
    const parts = [`${paper ?? 'Số lượng'}: ${String(document.quantity).padStart(2, '0')} bản`, document.required ? 'bắt buộc' : 'không bắt buộc'];
    if (document.form) {
        parts.push(`theo ${document.form.code ?? 'mẫu'}: ${document.form.title}`);
    }
    if (document.media.length > 0) parts.push(mediaText(document.media));
    for (const on of document.byChannel) parts.push(`${onChannelText(on)} khi nộp ${channelText(on.channel).toLowerCase()}`);
    return parts.join('; ');
}

/**
 * What a component is on one channel, as the Portal words it: `bản chính`, `bản sao điện tử`, `bản chính
 * bằng giấy`, `bản điện tử hoặc bản giấy`.
 */
export function onChannelText(on: DocumentChannelModel): string {
    const kind = paperText(on.paper)?.toLowerCase();
    if (kind === undefined) return on.media.length > 0 ? on.media.map(m => (m === 'electronic' ? 'bản điện tử' : 'bản giấy')).join(' hoặc ') : 'không quy định';
    if (on.media.length === 2) return `${kind} (bằng giấy hoặc điện tử)`;
    if (on.media.length === 1) return `${kind} ${on.media[0] === 'electronic' ? 'điện tử' : 'bằng giấy'}`;
    return kind;
}

/** How a component may be submitted: `nộp bản điện tử hoặc bản giấy`. */
export function mediaText(media: DocumentModel['media']): string {
    return `nộp ${media.map(m => (m === 'electronic' ? 'bản điện tử' : 'bản giấy')).join(' hoặc ')}`;
}

/** Introduces the procedure's published total in `durationText`, after the channels' times and before the cases'. */
export const PROCEDURE_TOTAL = 'Tổng thời gian giải quyết theo quy trình nội bộ';

/**
 * Thời hạn giải quyết: each channel's statutory time as written, with its note; then the procedure's published total
 * (`Tổng thời gian giải quyết theo quy trình nội bộ: 96 giờ làm việc (…)`), its reception cut-off and forwarding of paper
 * dossiers (`Hồ sơ tiếp nhận sau 15 giờ được chuyển vào đầu giờ ngày làm việc tiếp theo`), and each case's time and total.
 */
export function durationsText(procedure: ProcedureModel): string {
    const channels = procedure.channels.map(channel => `${channelText(channel.kind)}: ${statutoryTimeText({ ...channel, duration: channel.statutoryTime })}`);
    const total = procedure.total ? [`${PROCEDURE_TOTAL}: ${totalText(procedure.total)}`] : [];
    return [...channels, ...total, ...timeRuleTexts(procedure), ...procedure.cases.flatMap(caseTimeTexts)].join('; ');
}

/** How the time rules a procedure counts with are written in `durationText`: the words before and after the value. */
export const TIME_RULE_WORDS = {
    cutOff: ['Hồ sơ tiếp nhận sau', 'được chuyển vào đầu giờ ngày làm việc tiếp theo'],
    forwardPaper: ['Hồ sơ giấy được chuyển đến cơ quan giải quyết trong thời hạn', '']
} as const;

// The reception cut-off and the forwarding of paper dossiers the procedure counts with (its own or the
// province's), in the words of the table target's reception rules.
function timeRuleTexts(procedure: ProcedureModel): string[] {
    const rules = procedure.timeRules;
    const texts: string[] = [];
    if (rules.cutOff !== undefined) texts.push(`${TIME_RULE_WORDS.cutOff[0]} ${clockText(rules.cutOff)} ${TIME_RULE_WORDS.cutOff[1]}`);
    if (rules.forwardPaperWithin) texts.push(`${TIME_RULE_WORDS.forwardPaper[0]} ${durationText(rules.forwardPaperWithin).toLowerCase()}`);
    return texts;
}


// A statutory time with its same-day cut-off and its note, as a channel's or a case's.
function statutoryTimeText(limit: Pick<StatutoryModel, 'duration' | 'sameDayCutOff' | 'note'>): string {
    const time = limit.duration ? durationText(limit.duration) : NOT_REGULATED;
    const cutOff = limit.sameDayCutOff !== undefined ? ` (tiếp nhận sau ${clockText(limit.sameDayCutOff)} thì trả trong ngày làm việc tiếp theo)` : '';
    return `${time}${cutOff}${limit.note ? ` (${limit.note})` : ''}`;
}

/** The words that introduce a case's statutory time and its published total in `durationText`. */
export const CASE_TIME = 'thời hạn giải quyết';
export const CASE_TOTAL = 'tổng thời gian giải quyết theo quy trình nội bộ';

/**
 * A case's own statutory time and published total as the Portal writes per-case times after the channels'
 * ("Trường hợp …: thời hạn giải quyết 30 ngày làm việc"; "Trường hợp …: tổng thời gian giải quyết theo quy trình
 * nội bộ 27 ngày làm việc (cắt giảm 3 ngày làm việc so với 30 ngày làm việc, tỷ lệ 10%) (kể từ …)").
 */
function caseTimeTexts(c: CaseModel): string[] {
    const texts: string[] = [];
    if (c.limit) texts.push(`${c.title}: ${CASE_TIME} ${statutoryTimeText(c.limit)}`);
    if (c.total) texts.push(`${c.title}: ${CASE_TOTAL} ${totalText(c.total)}`);
    return texts;
}

/**
 * A published total as the Portal writes it: `48 ngày làm việc (cắt giảm 12 ngày làm việc so với 60 ngày làm việc,
 * tỷ lệ 20%) (kể từ …)`, `Không quy định`.
 */
export function totalText(total: TotalModel): string {
    const cut = total.cut
        ? ` (cắt giảm ${durationText(total.cut.cut)} so với ${durationText(total.cut.of)}${total.cut.ratioPercent !== undefined ? `, tỷ lệ ${decimal(total.cut.ratioPercent)}%` : ''})`
        : '';
    const time = total.duration ? durationText(total.duration) : NOT_REGULATED;
    return `${time}${cut}${total.note !== undefined ? ` (${total.note})` : ''}`;
}

/** Phí, lệ phí: each channel's fees and exemptions. */
export function feesText(procedure: ProcedureModel): string {
    return procedure.channels.map(channelFees).join('. ');
}

function channelFees(channel: ChannelModel): string {
    const fees = channel.fees.length === 0 ? 'không quy định' : channel.fees.map(openCpsFeeText).join('; ');
    const exemptions = channel.exemptions.length === 0 ? '' : `; miễn, giảm: ${channel.exemptions.join(', ')}`;
    return `${channelText(channel.kind)}: ${fees}${exemptions}`;
}


/** Introduces the note of a fee that has a basis (`tính trên: …`), in `feeText`. */
export const FEE_NOTE = 'ghi chú:';

/**
 * A fee as published (`feeText`), but for a fee with a basis: its note is introduced by `ghi chú:` (`tính trên: Tổng
 * chi phí (không bao gồm thuế) (ghi chú: …)`), since a basis may end with a parenthesis of its own and would
 * otherwise read as the basis and a note.
 */
export function openCpsFeeText(fee: FeeModel): string {
    if (fee.basis === undefined || fee.note === undefined) return feeText(fee);
    return `${feeText({ ...fee, note: undefined })} (${FEE_NOTE} ${fee.note})`;
}

/** An amount in whole VND, thousands grouped with `.` as Vietnamese writes them: `200.000 đồng`. */
export function vnd(amount: number): string {
    return `${String(Math.trunc(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}

/** Căn cứ pháp lý: number and title of each legal document. */
export function legalText(procedure: ProcedureModel): string {
    return procedure.legalBasis.map(law => law.title ? `${law.number}: ${law.title}` : law.number).join('; ');
}

/** Kết quả thực hiện. */
export function resultText(procedure: ProcedureModel): string {
    return procedure.results.map(result => result.title).join('; ');
}

/** Hướng dẫn for the agency's service configuration: the implementing level and how the procedure is received. */
export function instructionText(procedure: ProcedureModel): string {
    const parts = [`Cấp thực hiện: ${procedure.level === 'province' ? 'cấp tỉnh' : 'cấp xã'}`];
    if (procedure.boundaryIndependent) {
        parts.push('tiếp nhận không phụ thuộc địa giới hành chính');
    }
    if (procedure.online) {
        parts.push(`dịch vụ công trực tuyến ${procedure.online === 'full' ? 'toàn trình' : 'một phần'}`);
    }
    return parts.join('; ');
}

/** A form's name with its official number: `Mẫu số 11/ĐK: Đơn đăng ký biến động ...`. */
export function formName(form: FormModel): string {
    return form.code ? `${form.code}: ${form.title}` : form.title;
}
