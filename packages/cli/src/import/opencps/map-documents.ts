import { str } from './tthc-text.js';
import type { DossierPartDoc } from './bundle-documents.js';

// Dossier components as the target writes them (dossier-template.ts, texts.ts `documentTip`), read back.

const PAPERS: Readonly<Record<string, string>> = { 'Bản chính': 'original', 'Bản sao chứng thực': 'certified-copy', 'Bản sao': 'copy' };
const FILE_MARKS: Readonly<Record<number, string>> = { 3: 'original', 2: 'certified-copy', 1: 'copy' };
const CHANNEL_WORDS: Readonly<Record<string, string>> = { 'trực tiếp': 'in-person', 'trực tuyến': 'online', 'qua dịch vụ bưu chính công ích': 'postal' };

/** A form of the procedure: its name, title and official number. */
export interface Form { name: string; title: string; code?: string }

/** A form's name as written (`Mẫu số 11/ĐK: Đơn …`): its official number, when it starts like one, and its title. */
export function formOf(text: string): { title: string; code?: string } {
    const m = /^(Mẫu[^:]*|Biểu mẫu[^:]*|Phụ lục[^:]*): (.+)$/u.exec(text);
    return m ? { code: m[1]!, title: m[2]! } : { title: text };
}

/**
 * A dossier component's `document …` line from its DossierPart: paper and quantity from `partTip`
 * (`Bản chính: 01 bản; bắt buộc; theo …; nộp bản điện tử; bản chính khi nộp trực tiếp`), else paper from `fileMark`;
 * the form from `fileTemplateNo`; what it is on each channel. A channel clause that cannot be read is `unreadable`.
 */
export function documentLine(part: DossierPartDoc, formByNo: ReadonlyMap<string, Form>, unreadable: (text: string) => void): string {
    const words = [`document ${str(part.name)}`];
    const segments = part.tip.split('; ');
    const head = /^(Bản chính|Bản sao chứng thực|Bản sao|Số lượng): ([0-9]+) bản$/u.exec(segments[0] ?? '');
    const form = part.fileTemplateNo !== '' ? formByNo.get(part.fileTemplateNo) : undefined;
    const extra: string[] = [];
    if (head) {
        if (head[1] !== 'Số lượng') words.push(PAPERS[head[1]!]!);
        words.push(`quantity ${Number(head[2])}`);
        for (const segment of segments.slice(2)) {
            const media = /^nộp (bản điện tử|bản giấy)(?: hoặc (bản điện tử|bản giấy))?$/u.exec(segment);
            const channel = /^(.+) khi nộp (trực tiếp|trực tuyến|qua dịch vụ bưu chính công ích)$/u.exec(segment);
            if (segment.startsWith('theo ')) continue;
            if (media) {
                for (const m of [media[1], media[2]]) if (m) extra.push(m === 'bản điện tử' ? 'electronic' : 'paper');
            } else if (channel) {
                const clauses = channelClauses(channel[1]!, CHANNEL_WORDS[channel[2]!]!);
                if (clauses === undefined) unreadable(segment);
                else extra.push(...clauses);
            }
            // Anything else is the rest of a form's title that held "; " (the `theo …` segment).
        }
    } else {
        const paper = FILE_MARKS[part.fileMark];
        if (paper) words.push(paper);
    }
    if (form) words.push(`on form ${form.name}`);
    words.push(part.required ? 'required' : 'optional');
    return [...words, ...extra].join(' ');
}

// What a component is on one channel (`onChannelText`), as clauses of the language.
function channelClauses(text: string, channel: string): string[] | undefined {
    const media: Record<string, string[]> = {
        'bản điện tử hoặc bản giấy': ['electronic', 'paper'], 'bản giấy hoặc bản điện tử': ['paper', 'electronic'],
        'bản điện tử': ['electronic'], 'bản giấy': ['paper']
    };
    if (media[text]) return media[text]!.map(m => `${m} for ${channel}`);
    if (text === 'không quy định') return [];
    const m = /^(bản chính|bản sao chứng thực|bản sao)( \(bằng giấy hoặc điện tử\)| điện tử| bằng giấy)?$/u.exec(text);
    if (!m) return undefined;
    const paper = PAPERS[m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1)]!;
    const clauses = [`${paper} for ${channel}`];
    if (m[2] === ' điện tử') clauses.push(`electronic for ${channel}`);
    else if (m[2] === ' bằng giấy') clauses.push(`paper for ${channel}`);
    else if (m[2]) clauses.push(`paper for ${channel}`, `electronic for ${channel}`);
    return clauses;
}
