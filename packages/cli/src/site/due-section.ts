import { escapeHtml } from '@tthc/compiler';
import { isoWeekdayOfDate, vietnameseWeekday, type ProcedureDueProblem } from '@tthc/language';
import type { SampleDue, SiteDueTimes } from './sample-dues.js';

const channelNames: Record<string, string> = { 'in-person': 'Trực tiếp', online: 'Trực tuyến', postal: 'Bưu chính' };
const problems: Record<ProcedureDueProblem['kind'], string> = {
    'no-province': 'Chưa xác định được tỉnh của thủ tục (khai báo authority).',
    'no-calendar': 'Tỉnh chưa khai báo lịch làm việc (calendar) trong danh mục.',
    'unknown-channel': 'Thủ tục không có hình thức nộp này.',
    'unknown-condition': 'Thủ tục không có trường hợp này.',
    'condition-required': 'Quy trình tách theo từng trường hợp.',
    incomplete: 'Có bước chưa có thời gian.',
    'invalid-received': 'Thời điểm tiếp nhận không hợp lệ.',
    'no-working-time': 'Lịch làm việc của tỉnh không có ngày làm việc nào.'
};

/** `thứ Hai 06/01/2025 09:00` of an ISO local date-time (`2025-01-06T09:00`, with or without seconds and offset). */
export function siteDateTime(instant: string): string {
    const time = instant.length > 10 ? ` ${instant.slice(11, 16)}` : '';
    return `${vietnameseWeekday(isoWeekdayOfDate(instant.slice(0, 10)))} ${instant.slice(8, 10)}/${instant.slice(5, 7)}/${instant.slice(0, 4)}${time}`;
}

// The columns' names: the table's header, and each cell's `data-label` for the stacked rows of a narrow screen.
const LABELS = ['Hình thức nộp', 'Trường hợp', 'Bắt đầu tính thời hạn', 'Hết thời hạn theo quy định', 'Hạn trả kết quả theo quy trình', 'Ngày hẹn trả'] as const;

function plus(names: readonly string[] | undefined): string {
    return names && names.length > 0 ? ` + thời gian của ${names.join(', ')}` : '';
}

function row(due: SampleDue): string {
    const channel = escapeHtml(due.channel ? channelNames[due.channel] : '—');
    const condition = escapeHtml(due.condition ?? '');
    if ('problem' in due.result) {
        return `<tr><td data-label="${LABELS[0]}">${channel}</td><td data-label="${LABELS[1]}">${condition}</td><td colspan="4">${escapeHtml(problems[due.result.problem])}</td></tr>`;
    }
    const plan = due.result;
    // No statutory time stated for this channel or case: nothing to end.
    const limit = plan.limit ? `${siteDateTime(plan.limit)}${plus(plan.limitPlus)}` : '—';
    const over = plan.overLimit ? ' class="error"' : '';
    return `<tr><td data-label="${LABELS[0]}">${channel}</td><td data-label="${LABELS[1]}">${condition}</td><td data-label="${LABELS[2]}">${escapeHtml(`${siteDateTime(plan.clockStarts)}${plus(plan.clockStartsPlus)}`)}</td>`
        + `<td data-label="${LABELS[3]}">${escapeHtml(limit)}</td><td${over} data-label="${LABELS[4]}">${escapeHtml(`${plan.overLimit ? '⚠ ' : ''}${siteDateTime(plan.due)}${plus(plan.duePlus)}`)}</td><td data-label="${LABELS[5]}">${escapeHtml(siteDateTime(plan.appointment))}</td></tr>`;
}

/**
 * The procedure page's section of due times: for the site's sample receipt, on each channel (and case), when the
 * statutory time starts and ends, when the steps bring the result, and the appointment date; every text escaped.
 */
export function dueSection(dues: SiteDueTimes, id: string): string {
    const rows = dues.byProcedure.get(id) ?? [];
    if (rows.length === 0) return '';
    const years = [...new Set(rows.flatMap(r => ('problem' in r.result ? [] : r.result.warnings.map(w => w.year))))].sort((a, b) => a - b);
    const how = dues.derived
        ? 'thời điểm mẫu mặc định: 09:00 thứ Hai làm việc đầu tiên của năm đầu tiên có lịch nghỉ lễ; chọn thời điểm khác bằng <code>tthc build --sample-received</code>'
        : 'thời điểm mẫu chọn bằng <code>--sample-received</code>';
    return [
        '<h2>Thời hạn theo lịch làm việc (ví dụ)</h2>',
        `<p>Hồ sơ tiếp nhận lúc ${escapeHtml(siteDateTime(dues.received))} (${how}).</p>`,
        ...(years.length > 0 ? [`<p class="warning">${escapeHtml(`⚠ Chưa khai báo đủ ngày nghỉ của năm ${years.join(', ')}: ngày trong năm đó có thể sớm hơn thực tế.`)}</p>`] : []),
        `<table class="due stacked"><thead><tr>${LABELS.map(label => `<th>${label}</th>`).join('')}</tr></thead>`,
        `<tbody>\n${rows.map(row).join('\n')}\n</tbody></table>`
    ].join('\n');
}
