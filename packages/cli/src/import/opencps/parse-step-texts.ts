import { OWN_TIME } from '@tthc/compiler';
import { durationLiteral, trailingGroups } from './parse-texts.js';

/** What the target wrote into a step's `instructionNote`, read back. */
export interface StepInstruction {
    task?: string;
    performers?: string;
    digitises: boolean;
    signsDigitally: boolean;
    requestsPayment: boolean;
    /** `Thời gian thực hiện: 15 ngày làm việc (kể từ …)` of a step whose time does not count: its duration literal and `from`. */
    ownTime?: { literal: string; from?: string };
    /** The own time was written but could not be read. */
    ownTimeText?: string;
    /** `Không tính thời gian (…)`: the reason in brackets, '' without one. */
    uncounted?: string;
    handover?: { partner: string; channel?: string; deadline: string; deadlineText: string; notCounted: boolean; notCountedReason?: string };
    /** The hand-over was written but could not be read. */
    handoverText?: string;
}

const NOT_COUNTED = 'Không tính thời gian';
const HANDOVER_CHANNELS: Readonly<Record<string, string>> = {
    'hệ thống quản lý văn bản': 'document-system', 'LGSP': 'LGSP', 'NDXP': 'NDXP', 'dịch vụ bưu chính': 'postal'
};

// Takes the last segment (after `. `) that starts with `prefix` off `text`.
function takeLast(text: string, test: (segment: string) => boolean): { rest: string; segment?: string } {
    if (test(text)) return { rest: '', segment: text };
    for (let i = text.lastIndexOf('. '); i >= 0; i = text.lastIndexOf('. ', i - 1)) {
        const segment = text.slice(i + 2);
        if (test(segment)) return { rest: text.slice(0, i), segment };
        if (i === 0) break;
    }
    return { rest: text };
}

/**
 * Reads an `instructionNote` as `process-flow.ts` writes it: `task. Thực hiện: …. Số hóa hồ sơ. Ký số kết quả.
 * Yêu cầu thanh toán phí, lệ phí trực tuyến. Không tính thời gian (…). Liên thông: chuyển … qua …, thời hạn …`,
 * every part optional, read from the end so that a task holding `. ` stays whole.
 */
export function readInstruction(note: string): StepInstruction {
    const out: StepInstruction = { digitises: false, signsDigitally: false, requestsPayment: false };
    let text = note.trim();
    const handover = takeLast(text, s => s.startsWith('Liên thông: chuyển '));
    if (handover.segment !== undefined) {
        text = handover.rest;
        const m = /^Liên thông: chuyển (.+?)(?: qua (hệ thống quản lý văn bản|LGSP|NDXP|dịch vụ bưu chính))?, thời hạn (.+?)( \(không tính thời gian(?:: (.+))?\))?$/u.exec(handover.segment);
        const deadline = m ? durationLiteral(m[3]!.charAt(0).toUpperCase() + m[3]!.slice(1)) ?? durationLiteral(m[3]!) : undefined;
        if (m && deadline !== undefined) {
            out.handover = { partner: m[1]!, ...(m[2] ? { channel: HANDOVER_CHANNELS[m[2]] } : {}), deadline, deadlineText: m[3]!, notCounted: m[4] !== undefined, ...(m[5] !== undefined ? { notCountedReason: m[5] } : {}) };
        } else {
            out.handoverText = handover.segment;
        }
    }
    const uncounted = takeLast(text, s => s === NOT_COUNTED || s.startsWith(`${NOT_COUNTED} (`));
    if (uncounted.segment !== undefined) {
        text = uncounted.rest;
        out.uncounted = uncounted.segment === NOT_COUNTED ? '' : uncounted.segment.slice(NOT_COUNTED.length + 2, -1);
    }
    const own = takeLast(text, s => s.startsWith(`${OWN_TIME} `));
    if (own.segment !== undefined) {
        text = own.rest;
        const read = trailingGroups(own.segment.slice(OWN_TIME.length + 1));
        const groups = read.groups;
        // `15 ngày (tính là 11 ngày làm việc)` is one duration.
        const head = groups.length > 0 && groups[0]!.startsWith('tính là ') ? `${read.head} (${groups.shift()!})` : read.head;
        const from = groups.length === 1 && groups[0]!.startsWith('kể từ ') ? groups[0]!.slice('kể từ '.length) : undefined;
        const literal = groups.length === 0 || from !== undefined ? durationLiteral(head.charAt(0).toUpperCase() + head.slice(1)) ?? durationLiteral(head) : undefined;
        if (literal !== undefined) out.ownTime = { literal, ...(from !== undefined ? { from } : {}) };
        else out.ownTimeText = own.segment;
    }
    const flags: Array<[string, 'digitises' | 'signsDigitally' | 'requestsPayment']> = [
        ['Yêu cầu thanh toán phí, lệ phí trực tuyến', 'requestsPayment'], ['Ký số kết quả', 'signsDigitally'], ['Số hóa hồ sơ', 'digitises']
    ];
    for (const [phrase, flag] of flags) {
        const found = takeLast(text, s => s === phrase);
        if (found.segment !== undefined) {
            text = found.rest;
            out[flag] = true;
        }
    }
    const performers = takeLast(text, s => s.startsWith('Thực hiện: '));
    if (performers.segment !== undefined) {
        text = performers.rest;
        out.performers = performers.segment.slice('Thực hiện: '.length);
    }
    if (text !== '') out.task = text;
    return out;
}

/** Working hours of a duration literal (`4h`, `0.5wd`, `15cd as 11wd`, `15cd`, `same-day`), calendar days at 5 working days a week as the target converts them. */
export function literalHours(literal: string): number {
    const parts = literal.split(' as ');
    const main = parts[parts.length - 1]!;
    if (main === 'same-day') return 8;
    const m = /^([0-9.]+)(min|wd|cd|h|d)$/.exec(main);
    if (!m) return 0;
    const n = Number(m[1]);
    switch (m[2]) {
        case 'min': return n / 60;
        case 'h': return n;
        case 'cd': return n * 8 * 5 / 7;
        default: return n * 8;
    }
}
