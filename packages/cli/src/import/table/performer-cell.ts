import { splitPerformers, type CatalogueMatcher, type TitleMatch } from './catalogue-match.js';
import { foldText } from './fold-text.js';

/** What a responsibility cell says: who performs, who may instead, who takes part, and a hand-over partner. */
export interface PerformerCell {
    /** The performer and its alternatives ("hoặc"), each the text it was read from. */
    readonly alternatives: readonly string[];
    /** "Phối hợp: A, B": who takes part. */
    readonly partners: readonly string[];
    /** "Cơ quan phối hợp: X": the agency the dossier is handed over to. */
    readonly handover?: string;
}

/**
 * Splits a responsibility cell into its performers: one per line or per "hoặc", "/" or ";", except that a unit's
 * line followed by a position's line ("Sở Nội vụ" / "Chuyên viên") is one performer, as tables write a position with
 * its unit; "Phối hợp: …" lines name partners and "Cơ quan phối hợp: …" a hand-over's partner agency.
 */
export function readPerformerCell(text: string): PerformerCell {
    const partners: string[] = [];
    let handover: string | undefined;
    const groups: string[][] = [[]];
    for (const raw of text.split('\n')) {
        const line = raw.replace(/^[-+•]\s*/u, '').trim();
        if (!line) continue;
        const partner = /^phối hợp:\s*(.+)$/iu.exec(line);
        const agency = /^cơ quan phối hợp:\s*(.+)$/iu.exec(line);
        if (agency) {
            handover = agency[1].trim();
        } else if (partner) {
            partners.push(...splitList(partner[1]));
        } else if (/^hoặc\s+/iu.test(line)) {
            groups.push([line.replace(/^hoặc\s+/iu, '')]);
        } else {
            groups[groups.length - 1].push(line);
        }
    }
    const alternatives = groups.filter(g => g.length > 0).map(g => g.join('\n'));
    return { alternatives, partners, ...(handover ? { handover } : {}) };
}

// "A (Unit), B (Unit)": commas inside parentheses do not split.
function splitList(text: string): string[] {
    const out: string[] = [];
    let depth = 0;
    let current = '';
    for (const ch of text) {
        if (ch === '(') depth++;
        if (ch === ')') depth--;
        if (ch === ',' && depth === 0) {
            out.push(current.trim());
            current = '';
        } else {
            current += ch;
        }
    }
    if (current.trim()) out.push(current.trim());
    return out;
}

/** A performer text as matched: `described` when only the cell's first words name it, the rest saying what it does. */
export interface PerformerMatch {
    readonly text: string;
    readonly match: TitleMatch;
    readonly described?: boolean;
    /** "A và B" where A and B are no alternatives (not one body at two levels): B takes part (`with`). */
    readonly partner?: boolean;
}

/**
 * The verbs a descriptive responsibility cell goes on with after its performer ("Lãnh đạo phòng xem xét, trình …",
 * "Chuyên viên thụ lý, xử lý hồ sơ", "Cán bộ một cửa … chuyển hồ sơ liên thông …"), folded. "Ký", "trả", "nhận" only
 * with what follows them as a task: "Phòng Kỹ thuật", "Thanh tra" fold to "… ky thuat", "… tra" and name units.
 */
export const TASK_VERB = /^(tiep nhan|nhan ho so|chuyen|luan chuyen|xem xet|tham dinh|trinh|phan cong|thu ly|xu ly|kiem tra|ra soat|ky (duyet|ban hanh|van ban|to trinh|quyet dinh|giay|ket qua|xac nhan|phieu|thong bao|cong van)|phe duyet|giai quyet|tra (ket qua|ho so)|gui|lap|du thao|tong hop|phat hanh|dong dau|vao so|thuc hien|bao cao|cap nhat|lien thong)( |$)/;

/**
 * The performer a descriptive cell names in its first words: the longest run of leading words that names catalogue
 * entries exactly (never loosely) and is followed by a task verb. Undefined when no such run exists.
 */
export function leadingPerformer(text: string, matcher: CatalogueMatcher): TitleMatch | undefined {
    const words = text.replace(/\s+/g, ' ').trim().split(' ');
    for (let n = words.length - 1; n >= 1; n--) {
        if (!TASK_VERB.test(foldText(words.slice(n).join(' ')))) continue;
        const match = matcher.performer(words.slice(0, n).join(' '), { loose: false });
        if (match.kind !== 'none') return match;
    }
    return undefined;
}

/**
 * A responsibility cell that lists, one dash line each, who does which part of the step ("- Cán bộ một cửa … cấp xã
 * chuyển hồ sơ liên thông lên Sở Nội vụ;" / "- Cán bộ một cửa Sở Nội vụ … tiếp nhận và chuyển xử lý …"): each line
 * names a performer by its first words and goes on with what that one does. They act together, not instead of one
 * another: the first performs, the others take part.
 */
export function isSharedWork(text: string, matcher: CatalogueMatcher): boolean {
    const lines = text.split('\n').map(l => l.trim()).filter(Boolean);
    return lines.length >= 2 && lines.every(l => /^[-+•]\s*/u.test(l) && !/^[-+•]\s*hoặc\s/iu.test(l))
        && lines.every(l => {
            const line = l.replace(/^[-+•]\s*/u, '').replace(/[.;]+$/u, '');
            return matcher.performer(line).kind === 'none' && leadingPerformer(line, matcher) !== undefined;
        });
}

// "Trung tâm Phục vụ hành chính công tỉnh, cấp xã" (or "cấp tỉnh/cấp xã"): the title at both levels, when each names
// exactly one entry.
function bothLevels(text: string, matcher: CatalogueMatcher): PerformerMatch[] | undefined {
    // Also "… cấp tỉnh/cấp xã": the slash between the two levels of one title.
    const m = /^(.+?) (?:cấp )?tỉnh(?:,? (?:và |hoặc )?|\s*\/\s*)(?:cấp )?xã$/iu.exec(text.trim());
    if (!m) return undefined;
    const pieces = [`${m[1]} tỉnh`, `${m[1]} cấp xã`].map(piece => ({ text: piece, match: matcher.performer(piece, { loose: false }) }));
    return pieces.every(p => p.match.kind === 'match') ? pieces : undefined;
}

/**
 * One performer text matched: whole, as "position (unit)", as unit line + position line, as a title at both levels
 * ("… tỉnh, cấp xã"), split into several (an alternative "A và B" as A with B taking part), or, for a text (or piece)
 * naming nothing whole, by the performer its first words name (`described`). `receivedAt`: the units of the
 * procedure's reception; beside alternatives all among them, an alternative "A và B" is its side among them, the
 * other taking part.
 */
export function matchPerformerText(text: string, matcher: CatalogueMatcher, receivedAt?: ReadonlySet<string>): PerformerMatch[] {
    const whole = matcher.performer(text.replace(/\n/g, ' '));
    if (whole.kind === 'match') return [{ text, match: whole }];
    const withUnit = /^(.+?) \((.+)\)$/su.exec(text.replace(/\n/g, ' ').trim());
    if (withUnit) {
        const match = matcher.positionIn(withUnit[1], withUnit[2]);
        if (match.kind !== 'none') return [{ text, match }];
    }
    const lines = text.split('\n');
    if (lines.length === 2) {
        const match = matcher.positionIn(lines[1], lines[0]);
        if (match.kind !== 'none') return [{ text: text.replace(/\n/g, ' / '), match }];
    }
    const levels = bothLevels(text.replace(/\n/g, ' '), matcher);
    if (levels) return levels;
    const described = (piece: string, match: TitleMatch): PerformerMatch => {
        if (match.kind !== 'none') return { text: piece, match };
        const leading = leadingPerformer(piece, matcher);
        if (leading) return { text: piece, match: leading, described: true };
        const remark = withoutRemark(piece, matcher);
        return remark ? { text: piece, match: remark, described: true } : { text: piece, match };
    };
    const pieces = splitPerformers(text);
    if (pieces.length <= 1) {
        const joined = joinedByAnd(text.replace(/\n/g, ' '), matcher);
        if (joined) return joined;
        return [described(text.replace(/\n/g, ' '), whole)];
    }
    // "Công chức phòng chuyên môn và Công chức Sở … tại Trung tâm … tỉnh hoặc Công chức Trung tâm … cấp xã": an
    // alternative naming nothing whole may be "A và B" itself, each side named as an alternative is (loosely too:
    // the import reports it).
    const matches = sharedHead(pieces, pieces.map(piece => matcher.performer(piece)), matcher);
    return matches.flatMap((match, i) => {
        if (match.kind !== 'none') return [described(pieces[i], match)];
        // Beside alternatives that are all where the dossier was received ("… hoặc Công chức Trung tâm … cấp xã"),
        // the side of "A và B" that is so too is their alternative, and the other side takes part.
        const others = matches.filter((_, j) => j !== i);
        const atReception = receivedAt && others.every(m => m.kind === 'match' && receivedAt.has(unitOf(m.reference))) ? receivedAt : undefined;
        return joinedByAnd(pieces[i], matcher, atReception, true) ?? [described(pieces[i], match)];
    });
}

// "Chuyên viên phòng Văn hóa - Xã hội (thành viên Hội đồng chính sách cấp xã)": a remark in brackets after a title
// that names an entry exactly without it (the brackets name no unit: "Chuyên viên (Sở Nội vụ)" is read before).
function withoutRemark(text: string, matcher: CatalogueMatcher): TitleMatch | undefined {
    const remark = /^(.+?)\s*\([^()]*\)$/su.exec(text.trim());
    if (!remark) return undefined;
    const match = matcher.performer(remark[1], { loose: false });
    return match.kind === 'match' ? match : undefined;
}

// "Công chức, viên chức tại Trung tâm … tỉnh hoặc Trung tâm … xã, phường", "Bộ phận trả kết quả Trung tâm … tỉnh
// hoặc Trung tâm … xã": the first alternative's leading words (the position) hold for a later one that names only a
// unit (or nothing): that position of that unit, when the catalogue has it exactly.
function sharedHead(pieces: readonly string[], matches: readonly TitleMatch[], matcher: CatalogueMatcher): TitleMatch[] {
    const first = matches[0];
    if (first.kind !== 'match' || !first.reference.includes('.')) return [...matches];
    const words = pieces[0].replace(/\s+/g, ' ').trim().split(' ');
    return matches.map((match, i) => {
        if (i === 0 || (match.kind === 'match' && (match.reference.includes('.') || match.reference.startsWith('leaders of ')))) return match;
        for (let n = words.length - 1; n >= 1; n--) {
            const headed = matcher.performer(`${words.slice(0, n).join(' ')} ${pieces[i]}`, { loose: false });
            if (headed.kind === 'match' && headed.reference.includes('.')) return headed;
        }
        return match;
    });
}

// "A và B": when no title holds the whole text, and each side names an entry. One body at both levels ("Bộ phận một
// cửa tại Trung tâm … cấp tỉnh và Trung tâm … cấp xã") is either of them (`or`); else A performs and B takes part,
// except that, given `receivedAt`, the one side at a unit among them performs and the others take part.
function joinedByAnd(text: string, matcher: CatalogueMatcher, receivedAt?: ReadonlySet<string>, loose = false): PerformerMatch[] | undefined {
    const pieces = text.split(/\s+và\s+/u).map(p => p.trim()).filter(Boolean);
    if (pieces.length < 2) return undefined;
    const matches = sharedHead(pieces, pieces.map(piece => matcher.performer(piece, { loose })), matcher);
    if (!matches.every(m => m.kind === 'match')) return undefined;
    const references = matches.map(m => (m.kind === 'match' ? m.reference : ''));
    const levels = new Set(references.map(r => matcher.levelOf(unitOf(r))));
    const alternatives = levels.size === references.length && !levels.has(undefined);
    const receiving = receivedAt ? references.map((r, i) => (receivedAt.has(unitOf(r)) ? i : -1)).filter(i => i >= 0) : [];
    const performer = !alternatives && receiving.length === 1 ? receiving[0] : 0;
    const ordered = [performer, ...references.map((_, i) => i).filter(i => i !== performer)];
    return ordered.map((i, k) => ({ text: pieces[i], match: matches[i], ...(k > 0 && !alternatives ? { partner: true } : {}) }));
}

/** The unit of a reference (`Unit.Position`, `leaders of Unit`, `Unit assigned`). */
export function unitOf(reference: string): string {
    return reference.replace(/^leaders of /, '').replace(/ assigned$/, '').split('.')[0];
}
