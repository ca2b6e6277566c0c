import { foldText } from './fold-text.js';

/** What a task cell says: the step's title and task, and the remarks the tables (and the table target) add. */
export interface TaskCell {
    readonly title: string;
    readonly task?: string;
    readonly digitises: boolean;
    readonly signsDigitally: boolean;
    readonly requestsPayment: boolean;
    /** "Liên thông: chuyển hồ sơ đến X qua Y.": the partner's title and the channel's words. */
    readonly handover?: { readonly partner: string; readonly channel?: string };
    /** "Thực hiện song song với Bước 6, Bước 7.": the step numbers it runs beside. */
    readonly parallelWith: readonly string[];
    /**
     * What the cell says is done when the dossier is incomplete or refused ("- Trường hợp hồ sơ chưa đầy đủ … thì …",
     * "+ Nếu hồ sơ chưa đầy đủ … thì …", "- Trường hợp từ chối nhận hồ sơ thì …"): the outcome and what follows "thì".
     */
    readonly branches: readonly TaskBranch[];
    /**
     * "Trường hợp đạt yêu cầu: chuyển Bước 6.", "Chuyển tiếp Bước 6.": a main-flow path past the next row (the table
     * target writes it so), with its outcome and the step number it goes to.
     */
    readonly jumps: ReadonlyArray<{ readonly outcome?: 'approved'; readonly step: string }>;
}

/** A branch a task cell states in words: its outcome and what is done then. */
export interface TaskBranch {
    readonly outcome: 'incomplete' | 'rejected';
    readonly text: string;
}

// The one-stop rules' two branches of a reception, as the tables write them in the step's task cell (Thông tư
// 03/2025/TT-VPCP's "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ" and "Phiếu từ chối tiếp nhận hồ sơ"). A line that
// says what happens to a complete dossier ("hồ sơ đầy đủ, hợp lệ thì …") names no branch.
const BRANCHES: ReadonlyArray<readonly [RegExp, TaskBranch['outcome']]> = [
    [/^[-+•*]?\s*(?:(?:trường hợp|nếu)\s+)?hồ sơ\s+(?:chưa|không)\s+(?:đầy\s+)?đủ[\s,].*?\sthì\s+(.+)$/iu, 'incomplete'],
    [/^[-+•*]?\s*(?:trường hợp|nếu)\s+từ chối\s+(?:tiếp\s+)?nhận\s+hồ sơ\s(?:.*?\s)?thì\s+(.+)$/iu, 'rejected']
];

/** The branches a task cell states in words, in the cell's order, one per outcome. */
export function taskBranches(text: string): TaskBranch[] {
    const out: TaskBranch[] = [];
    for (const line of text.normalize('NFC').split('\n').map(l => l.trim())) {
        for (const [pattern, outcome] of BRANCHES) {
            const m = pattern.exec(line);
            if (m && !out.some(b => b.outcome === outcome)) out.push({ outcome, text: m[1].replace(/[.;]+$/u, '') });
        }
    }
    return out;
}

const CHANNELS: ReadonlyArray<readonly [RegExp, string]> = [
    [/lgsp|cap tinh/, 'LGSP'], [/ndxp|quoc gia/, 'NDXP'], [/van ban|quan ly van ban|dieu hanh/, 'document-system'], [/buu chinh/, 'postal']
];

/** The hand-over channel a phrase names ("Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)" is `LGSP`). */
export function handoverChannel(words: string): string | undefined {
    const f = foldText(words);
    return CHANNELS.find(([pattern]) => pattern.test(f))?.[1];
}

/**
 * Reads a task cell: a list written with dashes is one title; otherwise the first line is the title and the rest the
 * task, except the lines that say the step digitises the dossier, signs digitally, requests payment, hands the
 * dossier over ("Liên thông: …") or runs beside other steps ("Thực hiện song song với …").
 */
export function readTaskCell(text: string): TaskCell {
    const lines = text.split('\n').map(l => l.trim()).filter(Boolean);
    if (lines.length > 0 && lines.every(l => /^[-+•]/u.test(l))) {
        return { title: lines.map(l => l.replace(/^[-+•]\s*/u, '')).join(' '), digitises: false, signsDigitally: false, requestsPayment: false, parallelWith: [], branches: taskBranches(text), jumps: [] };
    }
    const [first = '', ...rest] = lines;
    const task: string[] = [];
    let digitises = false;
    let signsDigitally = false;
    let requestsPayment = false;
    let handover: TaskCell['handover'];
    const parallelWith: string[] = [];
    const jumps: Array<TaskCell['jumps'][number]> = [];
    for (const line of rest) {
        // "Số hóa hồ sơ; Ký số kết quả.": split before folding, which turns ";" into a space.
        const remarks = line.split(';').map(foldText);
        if (remarks.every(r => ['so hoa ho so', 'ky so ket qua', 'yeu cau thanh toan phi le phi truc tuyen'].includes(r))) {
            digitises ||= remarks.includes('so hoa ho so');
            signsDigitally ||= remarks.includes('ky so ket qua');
            requestsPayment ||= remarks.includes('yeu cau thanh toan phi le phi truc tuyen');
            continue;
        }
        const link = /^Liên thông: chuyển hồ sơ đến (.+?)(?: qua (.+?))?\.?$/u.exec(line);
        if (link) {
            handover = { partner: link[1], ...(link[2] ? { channel: link[2] } : {}) };
            continue;
        }
        const jump = /^(Trường hợp đạt yêu cầu: chuyển|Chuyển tiếp) Bước (\d+[a-z]?)\.$/u.exec(line);
        if (jump) {
            jumps.push({ ...(jump[1] === 'Chuyển tiếp' ? {} : { outcome: 'approved' as const }), step: jump[2] });
            continue;
        }
        const parallel = /^Thực hiện song song với (.+?)\.(?: .*)?$/u.exec(line);
        if (parallel) {
            parallelWith.push(...[...parallel[1].matchAll(/Bước (\d+[a-z]?)/gu)].map(m => m[1]));
            continue;
        }
        task.push(line);
    }
    return {
        title: first.replace(/^[-+•]\s*/u, ''), ...(task.length > 0 ? { task: task.join(' ') } : {}),
        digitises, signsDigitally, requestsPayment, ...(handover ? { handover } : {}), parallelWith, branches: taskBranches(text), jumps
    };
}
