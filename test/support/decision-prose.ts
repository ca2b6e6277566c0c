// The prose variant of an internal procedure (the Cà Mau decisions): "a) Thời gian giải quyết: Trong thời hạn tối
// đa là 48 ngày (cắt giảm 12/60 ngày, tỷ lệ 20%) …, trong đó: - Tại Sở …: 43 ngày.", then "- Quy trình giải quyết
// tại Sở …" parts whose steps read "+ Bước 1: <who does what>: 0,5 ngày."
import { budgetAgency, readVietnameseDuration, readVietnameseTotal } from '@tthc/language';
import { cleanCell } from './decision-cells.js';
import type { DecisionPart, DecisionProcedure, DecisionRow, DecisionTotal } from './decision-tables.js';

interface Item {
    readonly raw: string;
    readonly text: string;
    readonly line: number;
}

// An item starts at a blank line or at a line that opens a list entry, a lettered or numbered heading, or bold text.
const ITEM_START = /^(?:[+-]\s|\*(?![(,]))/u;

function itemsOf(source: string): Item[] {
    const items: Item[] = [];
    let current: string[] = [];
    let start = 1;
    const close = (): void => {
        if (current.length > 0) {
            const raw = current.join('\n');
            items.push({ raw, text: cleanCell(raw), line: start });
        }
        current = [];
    };
    source.normalize('NFC').split(/\r?\n/).forEach((line, index) => {
        if (line.trim() === '' || line.trim() === '|' || ITEM_START.test(line.trim())) {
            close();
            start = index + 1;
        }
        if (line.trim() !== '' && line.trim() !== '|') {
            current.push(line.trim());
        }
    });
    close();
    return items;
}

// "…quyết định: 42 ngày (trường hợp không đủ điều kiện …)." → "42 ngày": the remark in brackets is not the time.
function stepTime(text: string): string | undefined {
    let body = text.replace(/\s*[.;]\s*$/u, '');
    for (let guard = 0; guard < 3 && /\)\s*\.?$/u.test(body); guard++) {
        body = body.replace(/\s*\([^()]*\)\s*\.?$/u, '').replace(/\s*[.;]\s*$/u, '');
    }
    const colon = body.lastIndexOf(': ');
    return colon < 0 ? undefined : body.slice(colon + 2).trim();
}

// The prose names who acts first, then what they do ("Văn thư ghi số, lưu hồ sơ…"): the performer is the words
// before the first of these verbs, when they start with the name of a role or a body.
const PERFORMER_START = /^(?:Chuyên viên|Công chức|Viên chức|Văn thư|Văn phòng|Lãnh đạo|Bộ phận|Trung tâm|Phòng|Sở|Ủy ban|UBND|Chi cục)\s/u;
const FIRST_VERB = /\s(?:hướng dẫn|tiếp nhận|ghi số|kiểm tra|thẩm định|xem xét|trình|ký|chuyển|lấy số|vào số|phát hành|trả kết quả|số hóa)[\s,]/u;

/** The performer a prose step names before its first verb, or undefined when it does not start with a role or body. */
export function prosePerformer(text: string): string | undefined {
    if (!PERFORMER_START.test(text)) {
        return undefined;
    }
    const verb = FIRST_VERB.exec(text);
    return verb ? text.slice(0, verb.index).trim() : undefined;
}

interface Draft {
    line: number;
    title: string;
    codes: string[];
    group?: { title: string; members: string[] };
    caseLabel?: string;
    total?: DecisionTotal;
    rows: DecisionRow[];
    parts: { title: string; line: number; from: number }[];
}

/** Reads the prose procedures of a decision ("+ Bước 1: …: 0,5 ngày."); none when the decision has only tables. */
export function readProseProcedures(file: string, source: string): DecisionProcedure[] {
    const items = itemsOf(source);
    if (!items.some(item => /^[+-]\s*Bước\s*\d+\s*:.*:\s*\S/u.test(item.text) && readVietnameseDuration(stepTime(item.text) ?? '') !== undefined)) {
        return [];
    }
    const drafts: Draft[] = [];
    let title = '';
    let codes: string[] = [];
    let group: Draft['group'];
    let caseLabel: string | undefined;
    let current: Draft | undefined;
    for (let n = 0; n < items.length; n++) {
        const { text, raw, line } = items[n];
        const step = /^[+-]\s*(Bước\s*\d+)\s*:\s*(.*)$/u.exec(text);
        const time = /^[a-z]\)\s*Thời gian giải quyết\s*:\s*(.*)$/iu.exec(text);
        if (/^\d+\.\s*Nhóm\s+\d+\s+(?:TTHC|thủ tục)|^Nhóm\s+\d+\s+thủ tục/iu.test(text)) {
            group = { title: text, members: [] };
            title = text;
            codes = [];
        } else if (/^\d+\.\s+\S/u.test(text) && raw.startsWith('**')) {
            const found = [...text.matchAll(/\b([123]\.\d{6})\b/gu)].map(m => m[1]);
            if (group && drafts.every(d => d.group !== group)) {
                group.members.push(text);
                codes = [...codes, ...found];
            } else {
                group = undefined;
                title = text;
                codes = found;
            }
            caseLabel = undefined;
        } else if (/^\d+(?:\.\d+)+\.?\s*Trường hợp/iu.test(text)) {
            caseLabel = text;
        } else if (time) {
            // The total and the budgets listed after it ("- Tại Sở …: 43 ngày.") up to the next lettered heading.
            const lines = [time[1]];
            while (n + 1 < items.length && /^-\s*Tại\s/u.test(items[n + 1].text)) {
                lines.push(items[++n].text);
            }
            current = { line, title, codes, ...(group ? { group } : {}), ...(caseLabel ? { caseLabel } : {}), rows: [], parts: [],
                total: { ...readVietnameseTotal(lines.join('\n')), line, label: 'Thời gian giải quyết' } };
            drafts.push(current);
        } else if (current && /Quy trình giải quyết tại\s/iu.test(text)) {
            current.parts.push({ title: text.replace(/^[a-z]\)\s*|^-\s*/u, '').replace(/:$/u, ''), line, from: current.rows.length });
        } else if (current && step) {
            const timeText = stepTime(step[2]);
            const task = timeText === undefined ? step[2] : step[2].slice(0, step[2].lastIndexOf(timeText)).replace(/:\s*$/u, '');
            current.rows.push({ label: step[1], line, performer: prosePerformer(task), task, timeText, time: timeText === undefined ? undefined : readVietnameseDuration(timeText), extra: [] });
        }
    }
    return drafts.map(draft => toProcedure(file, draft));
}

function toProcedure(file: string, draft: Draft): DecisionProcedure {
    const budgets = draft.total?.budgets ?? [];
    const parts: DecisionPart[] = draft.parts.map((part, i) => {
        const agency = budgetAgency(part.title);
        const budget = budgets.find(b => agency !== undefined && budgetAgency(b.label) === agency);
        return {
            title: part.title, line: part.line, from: part.from, to: draft.parts[i + 1]?.from ?? draft.rows.length,
            ...(budget ? { timeText: budget.text, time: budget.duration } : {})
        };
    });
    return {
        file, layout: 'prose', line: draft.line, title: draft.title, codes: draft.codes,
        ...(draft.group ? { group: draft.group } : {}), ...(draft.caseLabel ? { caseLabel: draft.caseLabel } : {}),
        columns: [], rows: draft.rows, parts, ...(draft.total ? { total: draft.total } : {}), caseTotals: []
    };
}
