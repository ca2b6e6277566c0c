import type {
    ChannelModel, DurationModel, FeeModel, FeeUnitName, PerformerModel, PerformersModel, StepModel, TimeRulesModel, TimingModel, TotalModel, UnitRef
} from '../../model/procedure-model.js';
import { formatAmount, formatDuration, formatNumber } from './vietnamese-time.js';

// What the published tables write, in their words: performers, time not counted, totals with their cut,
// fees with their units and brackets, the reception rules. Shared by every reader-facing target.

/** "Không tính thời gian": how the tables mark a step whose time does not count. */
export const NOT_COUNTED = 'Không tính thời gian';

/** "Không quy định": the law sets no limit. */
export const NOT_REGULATED = 'Không quy định';

/** A unit's title, with its ward variant as the tables write it: `Phòng Kinh tế/Phòng Kinh tế, Hạ tầng và Đô thị`. */
export function unitText(unit: Pick<UnitRef, 'title' | 'wardTitle'>): string {
    return unit.wardTitle !== undefined && unit.wardTitle !== unit.title ? `${unit.title}/${unit.wardTitle}` : unit.title;
}

/** One performer as the table writes it: `Chuyên viên`, `Sở Nội vụ`, `Lãnh đạo Sở Nội vụ`, `Hội đồng tư vấn`, `Tổ chức, cá nhân`. */
export function performerText(performer: PerformerModel, withUnit = false): string {
    const base = performer.kind === 'applicant' ? 'Tổ chức, cá nhân'
        : performer.kind === 'body' ? performer.body!.title
            : performer.kind === 'leaders' ? `Lãnh đạo ${unitText(performer.unit!)}`
                : performer.kind === 'position'
                    ? (withUnit ? `${performer.position!.title} (${unitText(performer.unit!)})` : performer.position!.title)
                    : unitText(performer.unit!);
    return performer.assigned ? `${base} được phân công` : base;
}

/** Who performs a step, on one line: `A hoặc B; phối hợp: C, D`. */
export function performersText(performers: PerformersModel, withUnit = true): string {
    const main = [performers.main, ...performers.alternatives].map(p => performerText(p, withUnit)).join(' hoặc ');
    return performers.partners.length > 0 ? `${main}; phối hợp: ${performers.partners.map(p => performerText(p, withUnit)).join(', ')}` : main;
}

/** Why a step's time does not count, as a short Vietnamese phrase (empty when it counts). */
export function uncountedText(step: StepModel): string {
    if (!step.uncounted) return '';
    const why = step.uncounted.note ?? (step.uncounted.reason === 'applicant' ? 'thời gian của tổ chức, cá nhân'
        : step.uncounted.reason === 'before-clock' ? 'trước khi nhận đủ hồ sơ hợp lệ' : undefined);
    return why !== undefined ? `${NOT_COUNTED} (${why})` : NOT_COUNTED;
}

/** The electronic-procedure attributes of a step: `Số hóa hồ sơ`, `Ký số`, `Thanh toán trực tuyến`. */
export function electronicTexts(step: StepModel): string[] {
    const texts: string[] = [];
    if (step.digitises) texts.push('Số hóa hồ sơ');
    if (step.signsDigitally) texts.push('Ký số kết quả');
    if (step.requestsPayment) texts.push('Yêu cầu thanh toán phí, lệ phí trực tuyến');
    return texts;
}

/** A channel's statutory time as written, or `Không quy định`. */
export function statutoryText(channel: Pick<ChannelModel, 'statutoryTime' | 'notRegulated' | 'sameDayCutOff'>, minutesPerDay?: number): string {
    if (!channel.statutoryTime) return NOT_REGULATED;
    const cutOff = channel.sameDayCutOff !== undefined ? ` (tiếp nhận sau ${clockText(channel.sameDayCutOff)} thì trả trong ngày làm việc tiếp theo)` : '';
    return `${formatDuration(channel.statutoryTime, minutesPerDay)}${cutOff}`;
}

/** A duration of a published total as the table writes it: `96 giờ`, `48 ngày`, `12 ngày làm việc`. */
export function writtenDuration(duration: DurationModel): string {
    const amount = formatNumber(duration.amount);
    switch (duration.unit) {
        case 'min': return `${amount} phút`;
        case 'h': return `${amount} giờ`;
        case 'wd': return `${amount} ngày làm việc`;
        case 'same-day': return 'Trong ngày';
        default: return `${amount} ngày`;
    }
}

/** A published total: `48 ngày (cắt giảm 12/60 ngày, tỷ lệ 20%) kể từ …`, or `Không quy định`. */
export function totalText(total: TotalModel): string {
    const main = total.duration ? writtenDuration(total.duration) : NOT_REGULATED;
    const cut = total.cut
        ? ` (cắt giảm ${formatNumber(total.cut.cut.amount, false)}/${writtenDuration(total.cut.of)}${total.cut.ratioPercent !== undefined ? `, tỷ lệ ${formatNumber(total.cut.ratioPercent, false)}%` : ''})`
        : '';
    return `${main}${cut}${total.note !== undefined ? `, ${total.note}` : ''}`;
}

/** Counted time, and the time written that does not count: `96 giờ làm việc; không tính thời gian: 04 giờ làm việc`. */
export function countedText(planned: number, uncounted: number, unit: TimingModel['unit'], minutesPerDay?: number): string {
    const counted = formatAmount(planned, unit, minutesPerDay);
    return uncounted > 0 ? `${counted}; ${NOT_COUNTED.toLowerCase()}: ${formatAmount(uncounted, unit, minutesPerDay)}` : counted;
}

/** A time of day as Vietnamese texts write it: `15 giờ`, `15 giờ 30`. */
export function clockText(clock: string): string {
    const [hours, minutes] = clock.split(':');
    return Number(minutes) === 0 ? `${Number(hours)} giờ` : `${Number(hours)} giờ ${minutes}`;
}

/** The reception rules a table states under its heading: the cut-off and the forwarding of paper dossiers. */
export function receptionRuleTexts(rules: TimeRulesModel): string[] {
    const lines: string[] = [];
    if (rules.cutOff !== undefined) {
        lines.push(`Hồ sơ tiếp nhận sau ${clockText(rules.cutOff)} được chuyển vào đầu giờ ngày làm việc tiếp theo.`);
    }
    if (rules.forwardPaperWithin) {
        lines.push(`Hồ sơ giấy được chuyển đến cơ quan giải quyết trong thời hạn ${formatDuration(rules.forwardPaperWithin, rules.minutesPerDay)}.`);
    }
    if (rules.minutesPerDay !== 480) {
        lines.push(`Mỗi ngày làm việc tính ${formatNumber(rules.minutesPerDay / 60)} giờ.`);
    }
    return lines;
}

// The units fees are counted per, as fee schedules write them: "per copy" is "đồng/bản", not "đồng/trang".
const FEE_UNITS: Readonly<Record<FeeUnitName, readonly [string, string]>> = {
    page: ['trang', 'trang'],
    copy: ['bản', 'bản'],
    parcel: ['thửa', 'thửa đất'],
    dossier: ['hồ sơ', 'hồ sơ'],
    item: ['trường hợp', 'trường hợp'],
    certificate: ['giấy chứng nhận', 'giấy chứng nhận']
};

/** An amount of VND as published: `1.000.000 đồng`. */
export function vndText(amount: number): string {
    return `${formatNumber(amount, false)} đồng`;
}

/**
 * A fee as published: `Phí: 20.000 đồng/bản, từ bản thứ 3; giảm 50% (Cấp bản sao)`,
 * `Lệ phí: trên 1.000.000.000 đồng đến 10.000.000.000 đồng: 10.000.000 đồng + 0,5% phần vượt trên 1.000.000.000 đồng`.
 */
export function feeText(fee: FeeModel): string {
    const kind = fee.kind === 'charge' ? 'Phí' : 'Lệ phí';
    const unit = fee.per ? FEE_UNITS[fee.per] : undefined;
    let amount = unit ? `${vndText(fee.amountVnd)}/${unit[0]}` : vndText(fee.amountVnd);
    if (fee.ratePercent !== undefined) {
        amount += ` + ${formatNumber(fee.ratePercent, false)}% phần vượt trên ${vndText(fee.overVnd ?? 0)}`;
    }
    const bracket = fee.overVnd !== undefined || fee.upToVnd !== undefined
        ? [fee.overVnd !== undefined ? `trên ${vndText(fee.overVnd)}` : '', fee.upToVnd !== undefined ? `đến ${vndText(fee.upToVnd)}` : ''].filter(Boolean).join(' ')
        : '';
    const parts = [bracket ? `${bracket}: ${amount}` : amount];
    const from = fee.fromUnit ?? fee.fromPage;
    if (from !== undefined && unit) parts.push(`từ ${unit[1]} thứ ${from}`);
    if (fee.capVnd !== undefined) parts.push(`tối đa ${vndText(fee.capVnd)}`);
    if (fee.discountPercent !== undefined) parts.push(`giảm ${formatNumber(fee.discountPercent, false)}%`);
    if (fee.basis !== undefined) parts.push(`tính trên: ${fee.basis}`);
    const when = fee.when ? ` (${fee.when.text})` : '';
    const note = fee.note !== undefined ? ` (${fee.note})` : '';
    return `${kind}${when}: ${parts.join(', ')}${note}`;
}
