import type { ChannelModel, FormModel, HandoverModel, OutcomeName, ProcedureModel } from '../../model/procedure-model.js';

/** The columns of the published table, in the order the Chairman's decision annexes it. */
export const STEP_HEADERS = ['Bước', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian', 'Biểu mẫu / Kết quả'] as const;

/** The columns of the exception paths. */
export const EXCEPTION_HEADERS = ['Trường hợp', 'Phát sinh tại', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian', 'Biểu mẫu / Kết quả', 'Bước tiếp theo'] as const;

/** The columns of the total against the statutory time. */
export const TOTAL_HEADERS = ['Hình thức nộp hồ sơ', 'Thời hạn giải quyết theo quy định', 'Tổng thời gian theo quy trình', 'Đối chiếu'] as const;

/** The columns of the index of all procedures. */
export const INDEX_HEADERS = ['STT', 'Mã thủ tục', 'Tên thủ tục hành chính', 'Cấp thực hiện', 'Tổng thời gian theo quy trình', 'Thời hạn giải quyết', 'Đối chiếu'] as const;

// The channel names of the National Public Service Portal (CACHTHUCTHUCHIEN).
const CHANNELS: Readonly<Record<ChannelModel['kind'], string>> = {
    'in-person': 'Trực tiếp',
    online: 'Trực tuyến',
    postal: 'Qua dịch vụ bưu chính'
};

/** A channel as the Portal names it: `Trực tiếp`, `Trực tuyến`, `Qua dịch vụ bưu chính`. */
export function channelName(kind: ChannelModel['kind']): string {
    return CHANNELS[kind];
}

/** Where a channel sorts: in person, online, postal, whatever order the source used. */
export function channelRank(kind: ChannelModel['kind']): number {
    return ['in-person', 'online', 'postal'].indexOf(kind);
}

/** The implementing level: `Cấp tỉnh` or `Cấp xã` (xã, phường, đặc khu alike). */
export function levelName(level: ProcedureModel['level']): string {
    return level === 'province' ? 'Cấp tỉnh' : 'Cấp xã';
}

/** The online service level of Decree 42/2022/NĐ-CP. */
export function onlineName(online: NonNullable<ProcedureModel['online']>): string {
    return online === 'full' ? 'Toàn trình' : 'Một phần';
}

// The exception outcomes in the order the one-stop rules meet them: at reception (incomplete), on
// appraisal (not eligible), near the deadline (late). Wording after Decree 118/2025/NĐ-CP and the
// one-stop forms 02, 03 and 04.
const SITUATIONS: ReadonlyArray<readonly [OutcomeName, string]> = [
    ['incomplete', 'Hồ sơ chưa đầy đủ, chưa hợp lệ'],
    ['rejected', 'Hồ sơ không đủ điều kiện giải quyết'],
    ['late', 'Hồ sơ quá hạn giải quyết']
];

/** The case an exception outcome names, e.g. `Hồ sơ chưa đầy đủ, chưa hợp lệ`. */
export function situationName(outcome: OutcomeName): string {
    return SITUATIONS.find(([name]) => name === outcome)?.[1] ?? outcome;
}

/** Where an outcome sorts among the exception paths. */
export function situationRank(outcome: OutcomeName): number {
    const index = SITUATIONS.findIndex(([name]) => name === outcome);
    return index < 0 ? SITUATIONS.length : index;
}

// The hand-over channels by their official names; the acronyms are what practitioners search for.
const HANDOVER_CHANNELS: Readonly<Record<NonNullable<HandoverModel['channel']>, string>> = {
    'document-system': 'Hệ thống quản lý văn bản và điều hành',
    LGSP: 'Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)',
    NDXP: 'Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)',
    postal: 'dịch vụ bưu chính công ích'
};

/** A hand-over channel by name, e.g. `Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)`. */
export function handoverChannelName(channel: NonNullable<HandoverModel['channel']>): string {
    return HANDOVER_CHANNELS[channel];
}

/** A form as the table cites it: `Mẫu số 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ`, or its title alone. */
export function formLabel(form: FormModel): string {
    return form.code !== undefined ? `${form.code}: ${form.title}` : form.title;
}

/** A main-flow step as other cells refer to it: `Bước 3`. */
export function stepLabel(number: number): string {
    return `Bước ${number}`;
}
