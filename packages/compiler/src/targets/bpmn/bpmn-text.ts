/**
 * The words the BPMN output adds of its own (event and gateway labels, outcome names, documentation
 * headings) and the clean-up every source text gets before it is written. The words are Vietnamese,
 * like the titles they stand next to: reviewers read the diagram in Vietnamese (docs/bpmn-target.md
 * lists them with their English meaning).
 */
import type { HandoverModel, OutcomeName, StepModel } from '../../model/procedure-model.js';
import { memoText } from '../../xml/memo-text.js';
import { replaceUnsafeCharacters } from '../../markup/markup-text.js';

/**
 * A source text as documentation: NFC, `\n` line ends, characters XML cannot carry as U+FFFD (the one
 * policy, `markup/markup-text.ts`). Escaping is the XML writer's job.
 */
export const cleanText: (text: string) => string = memoText(text => {
    const nfc = text.normalize('NFC');
    return replaceUnsafeCharacters(nfc.includes('\r') ? nfc.replace(/\r\n?/g, '\n') : nfc);
});

/**
 * A source text as a `name` attribute: one line. Texts may span lines in the language, and a line
 * break in an attribute would be read back as a space anyway (attribute-value normalisation).
 */
export const cleanName: (text: string) => string = memoText(text => cleanText(text).replace(/\s+/g, ' ').trim());

/** Label of the start event: the dossier is filed. */
export const START_LABEL = 'Nộp hồ sơ';

/** Label of a forking exclusive gateway (bpmnlint's `label-required` asks for one). */
export const DECISION_LABEL = 'Kết quả?';

/** Label of the end event after a path's last step, by the step's kind. */
export function endLabel(step: StepModel): string {
    switch (step.kind) {
        case 'return': return 'Đã trả kết quả';
        case 'refusal': return 'Đã trả văn bản từ chối';
        case 'supplement-request': return 'Đã yêu cầu bổ sung hồ sơ';
        default: return 'Kết thúc';
    }
}

/** Label of a sequence flow taken on an outcome. */
export function outcomeLabel(outcome: OutcomeName): string {
    switch (outcome) {
        case 'default': return 'Đạt yêu cầu';
        case 'approved': return 'Đồng ý';
        case 'rejected': return 'Không đủ điều kiện';
        case 'incomplete': return 'Hồ sơ chưa đầy đủ';
        case 'late': return 'Có nguy cơ trễ hạn';
    }
}

/**
 * The condition of a flow taken on an outcome, as an expression over a process variable `outcome`
 * that the step sets (JUEL, the expression language of Camunda and Flowable).
 */
export function outcomeCondition(outcome: OutcomeName): string {
    return `\${outcome == '${outcome}'}`;
}

/** The name of the gateway where a procedure with case tables of their own chooses its case. */
export const CASE_CHOICE_LABEL = 'Trường hợp nào?';

/** The condition of a case's branch (`when Case ->`): the case's name, an identifier of the source. */
export function caseCondition(caseId: string): string {
    return `\${case == '${caseId.replace(/[^\p{L}\p{N}_]/gu, '_')}'}`;
}

const KIND_LABELS: Readonly<Record<string, string>> = {
    'reception': 'tiếp nhận hồ sơ',
    'transfer': 'chuyển hồ sơ',
    'assignment': 'phân công',
    'appraisal': 'thẩm định',
    'review': 'xem xét',
    'approval': 'phê duyệt, ký',
    'issue': 'vào số, đóng dấu, ký số',
    'return': 'trả kết quả',
    'inspection': 'kiểm tra thực tế',
    'posting': 'niêm yết công khai',
    'supplement-request': 'yêu cầu bổ sung hồ sơ',
    'refusal': 'từ chối',
    'apology': 'xin lỗi, hẹn lại ngày trả kết quả'
};

/** A step kind in Vietnamese with the keyword it was written with: `thẩm định (appraisal)`. */
export function kindLabel(kind: string): string {
    const label = KIND_LABELS[kind];
    return label === undefined ? kind : `${label} (${kind})`;
}

const CHANNEL_LABELS: Readonly<Record<NonNullable<HandoverModel['channel']>, string>> = {
    'document-system': 'hệ thống quản lý văn bản',
    'LGSP': 'nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)',
    'NDXP': 'nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)',
    'postal': 'dịch vụ bưu chính'
};

/** How a hand-over travels, in words. */
export function channelLabel(channel: HandoverModel['channel']): string | undefined {
    return channel === undefined ? undefined : CHANNEL_LABELS[channel];
}
