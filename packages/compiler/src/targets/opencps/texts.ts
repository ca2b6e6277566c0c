import type { ChannelModel, DocumentModel, FeeModel, FormModel, ProcedureModel } from '../../model/procedure-model.js';
import { durationText } from './durations.js';
import { channelText, paperText } from './kinds.js';

// The ServiceInfo texts are what OpenCPS shows citizens about a procedure (trình tự, cách thức, hồ sơ, ...):
// one line each, items joined with "; ", in Vietnamese like the Portal. xml.ts cuts them to the schema's length.

/** Trình tự thực hiện: the main-flow steps in order. */
export function processText(procedure: ProcedureModel): string {
    return procedure.steps.filter(step => step.mainFlow).map((step, i) => `${i + 1}. ${step.title}`).join('; ');
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

/** What the applicant is told of a component: paper, quantity, required, and the form it is written on. */
export function documentTip(document: DocumentModel): string {
    const paper = paperText(document.paper);
    const parts = [`${paper ?? 'Số lượng'}: ${String(document.quantity).padStart(2, '0')} bản`, document.required ? 'bắt buộc' : 'không bắt buộc'];
    if (document.form) {
        parts.push(`theo ${document.form.code ?? 'mẫu'}: ${document.form.title}`);
    }
    return parts.join('; ');
}

/** Thời hạn giải quyết: each channel's statutory time as written, with its note. */
export function durationsText(procedure: ProcedureModel): string {
    return procedure.channels.map(channel => `${channelText(channel.kind)}: ${durationText(channel.statutoryTime)}${channel.note ? ` (${channel.note})` : ''}`).join('; ');
}

/** Phí, lệ phí: each channel's fees and exemptions. */
export function feesText(procedure: ProcedureModel): string {
    return procedure.channels.map(channelFees).join('. ');
}

function channelFees(channel: ChannelModel): string {
    const fees = channel.fees.length === 0 ? 'không quy định' : channel.fees.map(feeText).join(', ');
    const exemptions = channel.exemptions.length === 0 ? '' : `; miễn, giảm: ${channel.exemptions.join(', ')}`;
    return `${channelText(channel.kind)}: ${fees}${exemptions}`;
}

function feeText(fee: FeeModel): string {
    const amount = `${vnd(fee.amountVnd)}${fee.perPage ? '/trang' : ''}`;
    const from = fee.fromPage === undefined ? amount : `từ trang thứ ${fee.fromPage}: ${amount}`;
    const cap = fee.capVnd === undefined ? '' : `, tối đa ${vnd(fee.capVnd)}`;
    return `${from}${cap}${fee.note ? ` (${fee.note})` : ''}`;
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
