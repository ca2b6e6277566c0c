import { foldText, foldTitle } from './fold-text.js';

/** What the text before a table says about the procedure(s) it is for. */
export interface TableHeading {
    readonly title?: string;
    readonly codes: readonly string[];
    /** The total stated before the table ("Tổng thời gian giải quyết: 15 ngày …"), the part after the colon. */
    readonly total?: string;
    /**
     * The procedure's statutory time stated before the table ("Thời gian giải quyết: 03 ngày làm việc", without
     * "Tổng"): the procedure's total only when the table states none of its own.
     */
    readonly statutoryTime?: string;
    /** "Nhóm 02 TTHC, gồm:" with its members, when one table serves several procedures. */
    readonly group?: { readonly title: string; readonly members: ReadonlyArray<{ readonly title: string; readonly codes: readonly string[] }> };
    /** "a) Trường hợp …": the case the table is for. */
    readonly caseTitle?: string;
    /** The record's facts a header block states ("Lĩnh vực: …", "Cấp thực hiện: Cấp xã", "Cơ quan thực hiện: …"). */
    readonly sector?: string;
    readonly level?: 'province' | 'commune';
    readonly authority?: string;
    readonly online?: 'full' | 'partial';
    readonly boundaryIndependent?: boolean;
    /**
     * The level a section heading in capitals states ("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH", "… THUỘC THẨM QUYỀN GIẢI QUYẾT
     * CỦA ỦY BAN NHÂN DÂN CẤP XÃ"): it holds for the tables after it, up to the next such heading.
     */
    readonly sectionLevel?: 'province' | 'commune';
    /**
     * The layout of the table target's documents (the subtitle "Quy trình nội bộ giải quyết thủ tục hành chính, …"):
     * working days always say "làm việc", and a total is published only where "Công bố: …" says so.
     */
    readonly ownLayout?: boolean;
}

// A section heading's level: the procedures of the province or of the commune, or those the province's or the commune's
// People's Committee decides.
const SECTION_LEVEL = /\b(?:(?:cac )?thu tuc hanh chinh|tthc) cap (tinh|xa)\b|\btham quyen (?:giai quyet )?cua uy ban nhan dan cap (tinh|xa)\b/;

// Headings of a document's sections, never a procedure's name.
const SECTIONS = /^(cac buoc thuc hien|cac truong hop ngoai le|tong thoi gian giai quyet|quy trinh noi bo( .*)?|phu luc( .*)?|noi dung cu the( .*)?)$/;

// A procedure code with the suffix a province or agency prints after it (`1.014466.H12`, `2.000012.000.00.00.H39`), as
// the language's procedure codes allow it (format-checks.ts).
const CODE = /\b([123]\.\d{6}(?:\.\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}|\.[A-Z]\d{2})?)(?!\.?\w)/g;
const NUMBERED = /^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+\S/u;

/** Whether a text opens a case ("a) Trường hợp …", "Trường hợp …", "2.1. Trường hợp …"). */
export function isCaseHeading(text: string): boolean {
    const f = foldText(text);
    // Folding turns "2.1." into "2 1": the numbers are matched as they fold.
    return /^[a-z]\)/.test(text.trim().toLowerCase()) || /^(\d+( \d+)* )?truong hop /.test(f);
}

function codesIn(text: string): string[] {
    return [...new Set([...text.matchAll(CODE)].map(m => m[1]))];
}

// "1. Thủ tục cấp …" → "Thủ tục cấp …"; the numbering is the decision's, not the procedure's.
function withoutNumber(text: string): string {
    return text.replace(/^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+/u, '').trim();
}

// "Tổng thời gian giải quyết TTHC:" with its value on the next line (or in the next paragraph) is one line.
function joinLabels(lines: readonly string[]): string[] {
    const out: string[] = [];
    const split = lines.flatMap(line => line.split('\n')).map(line => line.trim()).filter(Boolean);
    for (let i = 0; i < split.length; i++) {
        const line = split[i];
        if (/:$/u.test(line) && /^(?:[-+•]\s*)?(?:(?:tổng )?thời gian|mã|tên)/iu.test(line) && i + 1 < split.length) {
            out.push(`${line} ${split[++i]}`);
        } else {
            out.push(line);
        }
    }
    return out;
}

/**
 * Reads the paragraphs before a table: "Tên thủ tục: …" (or the last numbered heading that is not a section in
 * capitals or a case), "Mã thủ tục: …" or codes in the title, "Tổng thời gian giải quyết: …", a group ("Nhóm 02
 * TTHC, gồm:" and its numbered members) and a case heading.
 */
export function readHeading(lines: readonly string[]): TableHeading {
    let title: string | undefined;
    let named: string | undefined;
    let total: string | undefined;
    let statutoryTime: string | undefined;
    let caseTitle: string | undefined;
    let group: { title: string; members: Array<{ title: string; codes: string[] }> } | undefined;
    const codes: string[] = [];
    const facts: { sector?: string; level?: 'province' | 'commune'; sectionLevel?: 'province' | 'commune'; authority?: string; online?: 'full' | 'partial'; boundaryIndependent?: boolean; ownLayout?: boolean } = {};
    let first: string | undefined;
    for (const raw of joinLabels(lines)) {
        const line = raw.replace(/\n/g, ' ').replace(/^[-+•]\s+(?=(?:tổng )?thời gian|mã|tên)/iu, '').trim();
        const f = foldText(line);
        const label = /^([^:]{1,60}):\s*(.*)$/u.exec(line);
        const key = label ? foldText(label[1]) : '';
        if (/^Quy trình nội bộ giải quyết thủ tục hành chính, /u.test(line)) facts.ownLayout = true;
        if (line === line.toUpperCase()) {
            const section = SECTION_LEVEL.exec(foldTitle(line));
            if (section) facts.sectionLevel = (section[1] ?? section[2]) === 'xa' ? 'commune' : 'province';
        }
        if (SECTIONS.test(foldText(withoutNumber(line)))) continue;
        if (label && key === 'pham vi tiep nhan') {
            if (/^khong phu thuoc/.test(foldText(label[2]))) facts.boundaryIndependent = true;
            continue;
        }
        if (label && key === 'linh vuc') {
            facts.sector = label[2].trim();
        } else if (label && key === 'cap thuc hien') {
            const level = foldText(label[2]);
            if (level === 'cap xa') facts.level = 'commune';
            else if (level === 'cap tinh') facts.level = 'province';
        } else if (label && key === 'co quan thuc hien') {
            facts.authority = label[2].trim();
        } else if (label && key === 'muc do dich vu cong truc tuyen') {
            const online = foldText(label[2]);
            if (online === 'toan trinh') facts.online = 'full';
            else if (online === 'mot phan') facts.online = 'partial';
        } else if (label && /^(ket qua giai quyet|phi le phi.*|pham vi tiep nhan|nhom thu tuc hanh chinh)$/.test(key)) {
            continue;
        } else if (label && /^(ma|ma so|ma thu tuc|ma tthc|ma thu tuc hanh chinh)$/.test(key)) {
            codes.push(...codesIn(label[2]));
        } else if (label && /^ten (thu tuc|tthc)( hanh chinh)?$/.test(key)) {
            named = label[2].trim();
            codes.push(...codesIn(label[2]));
        } else if (label && /^(tong )?thoi gian (giai quyet|thuc hien)/.test(key) && label[2]) {
            // "Tổng thời gian …" is the internal procedure's total; "Thời gian giải quyết …" the procedure's time by law.
            if (key.startsWith('tong ')) total = label[2].trim();
            else statutoryTime = label[2].trim();
        } else if (/^(\d+ )?nhom \d+ (tthc|thu tuc)/.test(f)) {
            group = { title: withoutNumber(line).replace(/,?\s*gồm:?$/u, ''), members: [] };
            title = undefined;
        } else if (isCaseHeading(line)) {
            caseTitle = line;
        } else if (group && (NUMBERED.test(line) || /^[-+•]\s/u.test(line))) {
            group.members.push({ title: withoutNumber(line.replace(/^[-+•]\s+/u, '')).replace(/\s*[.;]$/u, ''), codes: codesIn(line) });
        } else if (NUMBERED.test(line) && line !== line.toUpperCase()) {
            title = withoutNumber(line);
            group = undefined;
            caseTitle = undefined;
            codes.push(...codesIn(line));
        } else if (!label && line !== line.toUpperCase()) {
            // A header block's first line is the procedure's name ("Đăng ký khai sinh", then "Mã thủ tục: …").
            first ??= line;
        }
    }
    const finalTitle = named ?? group?.title ?? title ?? (codes.length > 0 || Object.keys(facts).length > 0 ? first : undefined);
    return {
        ...(finalTitle ? { title: finalTitle.replace(/\s*\((?:mã|mã số)[^)]*\)\s*$/iu, '').trim() } : {}),
        codes: [...new Set(codes)],
        ...(total ? { total } : {}),
        ...(statutoryTime ? { statutoryTime } : {}),
        ...(group ? { group } : {}),
        ...(caseTitle ? { caseTitle } : {}),
        ...facts
    };
}
