import type { ChannelModel, DocumentModel, OutcomeName, ProcedureModel, StepModel } from '../../model/procedure-model.js';

/**
 * The dossier status a step puts a dossier in, from OpenCPS v2's status list (`receiving`, `processing`,
 * `waiting`, `releasing`, `done`, `denied`, ...): the state the dossier is in while the step is due.
 * - `reception`: `receiving`; `return`: `releasing` (the result waits to be handed over; the closing step
 *   of this target then sets `done`);
 * - `supplement-request`: `waiting` (for the applicant's supplement); `refusal`: `denied` (final);
 * - every other kind, and a step without a kind: `processing` (an apology keeps the dossier in process
 *   under a new date).
 */
export function dossierStatus(step: StepModel): string {
    switch (step.kind) {
        case 'reception': return 'receiving';
        case 'return': return 'releasing';
        case 'supplement-request': return 'waiting';
        case 'refusal': return 'denied';
        default: return 'processing';
    }
}

/** The status of the closing step that ends a dossier after its result is returned. */
export const DONE_STATUS = 'done';

const groupNames: Record<string, string> = {
    'reception': 'Tiếp nhận hồ sơ',
    'transfer': 'Chuyển hồ sơ',
    'assignment': 'Phân công xử lý',
    'appraisal': 'Thẩm định',
    'review': 'Xem xét, trình ký',
    'approval': 'Phê duyệt, ký',
    'issue': 'Vào số, đóng dấu, ban hành',
    'return': 'Trả kết quả',
    'inspection': 'Kiểm tra thực địa',
    'posting': 'Niêm yết công khai',
    'supplement-request': 'Yêu cầu bổ sung hồ sơ',
    'refusal': 'Từ chối giải quyết',
    'apology': 'Xin lỗi, hẹn lại ngày trả kết quả'
};

/** A step's `groupName`: what OpenCPS groups its steps under, the step kind in Vietnamese (empty without a kind). */
export function groupName(step: StepModel): string {
    return step.kind === undefined ? '' : groupNames[step.kind] ?? step.kind;
}

const outcomeNames: Record<OutcomeName, string> = {
    default: 'Bước tiếp theo',
    approved: 'Đồng ý, bước tiếp theo',
    incomplete: 'Hồ sơ chưa đầy đủ, yêu cầu bổ sung',
    rejected: 'Không đủ điều kiện, từ chối',
    late: 'Quá hạn, xin lỗi và hẹn lại'
};

/** An action's name (the button an officer presses): the outcome and the step it leads to. */
export function actionName(outcome: OutcomeName, target: StepModel): string {
    return `${outcomeNames[outcome]}: ${target.title}`;
}

/**
 * The `fileMark` OpenCPS v2 records for a paper (its web client lists 0 none, 1 bản chụp, 2 bản sao,
 * 3 bản gốc): `copy` is a photocopy or scan, `certified-copy` a copy from the register or certified.
 */
export function fileMark(paper: DocumentModel['paper']): number {
    switch (paper) {
        case 'original': return 3;
        case 'certified-copy': return 2;
        case 'copy': return 1;
        default: return 0;
    }
}

/** A paper in Vietnamese, as the Portal writes it. */
export function paperText(paper: DocumentModel['paper']): string | undefined {
    switch (paper) {
        case 'original': return 'Bản chính';
        case 'certified-copy': return 'Bản sao chứng thực';
        case 'copy': return 'Bản sao';
        default: return undefined;
    }
}

/** A channel in Vietnamese. */
export function channelText(kind: ChannelModel['kind']): string {
    switch (kind) {
        case 'in-person': return 'Trực tiếp';
        case 'online': return 'Trực tuyến';
        case 'postal': return 'Qua dịch vụ bưu chính công ích';
    }
}

/**
 * The online service level OpenCPS records (`maxLevel`, `serviceLevel`: the levels 2 to 4 of the former
 * Decree 43/2011 scale, which Decree 42/2022/NĐ-CP renamed): `full` (toàn trình) is level 4, `partial`
 * (một phần) level 3, and a procedure with no online service level 2 (information and forms online).
 */
export function serviceLevel(online: ProcedureModel['online']): number {
    switch (online) {
        case 'full': return 4;
        case 'partial': return 3;
        default: return 2;
    }
}

/** A hand-over channel in Vietnamese. */
export function handoverChannelText(channel: NonNullable<StepModel['handover']>['channel']): string | undefined {
    switch (channel) {
        case 'document-system': return 'hệ thống quản lý văn bản';
        case 'LGSP': return 'LGSP';
        case 'NDXP': return 'NDXP';
        case 'postal': return 'dịch vụ bưu chính';
        default: return undefined;
    }
}
