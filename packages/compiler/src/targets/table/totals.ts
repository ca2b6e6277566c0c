import type { ProcedureModel } from '../../model/procedure-model.js';
import { channelName, channelRank } from './vietnamese-terms.js';
import { statutoryText } from './published-text.js';
import { formatAmount } from './vietnamese-time.js';

/** How the planned total compares with a statutory time. */
export type Verdict = 'equal' | 'under' | 'over';

/** The planned total against one channel's statutory time. */
export interface ChannelTotal {
    readonly kind: ProcedureModel['channels'][number]['kind'];
    /** `Trực tiếp`, `Trực tuyến`, `Qua dịch vụ bưu chính`. */
    readonly name: string;
    /** The statutory time as written, in Vietnamese. */
    readonly statutoryText: string;
    /** The channel's note on its time (`Kể từ ngày nhận đủ hồ sơ hợp lệ`), if any. */
    readonly note?: string;
    readonly verdict: Verdict;
    /** `Bằng thời hạn giải quyết`, `Ngắn hơn thời hạn giải quyết 04 giờ làm việc`, `Vượt thời hạn giải quyết …`. */
    readonly verdictText: string;
}

/** The planned total in Vietnamese, in the procedure's time unit (`05 ngày làm việc`, `15 ngày`). */
export function plannedText(procedure: ProcedureModel): string {
    return formatAmount(procedure.timing.planned, procedure.timing.unit, procedure.timeRules.minutesPerDay);
}

/** Compares a planned total with a statutory time, to the hundredth of a unit (no float noise). */
export function verdictOf(planned: number, statutory: number): Verdict {
    const difference = Math.round(planned * 100) - Math.round(statutory * 100);
    return difference === 0 ? 'equal' : difference < 0 ? 'under' : 'over';
}

/**
 * The planned total against each channel's statutory time, in person, online, postal. The numbers
 * come from `timing` (both in the procedure's unit); the wording of the statutory time from the channel.
 */
export function channelTotals(procedure: ProcedureModel): ChannelTotal[] {
    const { planned, unit } = procedure.timing;
    return [...procedure.timing.channels]
        .sort((a, b) => channelRank(a.kind) - channelRank(b.kind))
        .map(({ kind, statutory }) => {
            const channel = procedure.channels.find(c => c.kind === kind);
            const verdict = verdictOf(planned, statutory);
            const perDay = procedure.timeRules.minutesPerDay;
            const difference = formatAmount(Math.abs(planned - statutory), unit, perDay);
            return {
                kind,
                name: channelName(kind),
                statutoryText: channel ? statutoryText(channel, perDay) : formatAmount(statutory, unit, perDay),
                ...(channel?.note !== undefined ? { note: channel.note } : {}),
                verdict,
                verdictText: verdict === 'equal' ? 'Bằng thời hạn giải quyết'
                    : verdict === 'under' ? `Ngắn hơn thời hạn giải quyết ${difference}`
                        : `Vượt thời hạn giải quyết ${difference}`
            };
        });
}

/** The worst verdict of a procedure across its channels (over, then under, then equal). */
export function worstVerdict(totals: readonly ChannelTotal[]): Verdict | undefined {
    if (totals.length === 0) return undefined;
    return totals.some(t => t.verdict === 'over') ? 'over' : totals.some(t => t.verdict === 'under') ? 'under' : 'equal';
}
