// How titles and headers are compared: without diacritics or case, with the standard abbreviations of Vietnamese
// administrative writing spelt out, so that "Chủ tịch UBND xã" and "Chủ tịch Ủy ban nhân dân xã" are one title.

/** Lower case, without diacritics (đ → d), punctuation other than `&` and `/` as spaces, one space between words. */
export function foldText(text: string): string {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
        .replace(/[^a-z0-9&/]+/g, ' ').replace(/\s+/g, ' ').trim();
}

// Folded abbreviation → folded words, whole words only. Only abbreviations with one reading in these tables.
const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
    ['ubnd', 'uy ban nhan dan'],
    ['hdnd', 'hoi dong nhan dan'],
    ['ttpvhcc', 'trung tam phuc vu hanh chinh cong'],
    // "TT PVHCC cấp xã": the centre's abbreviation written as two words.
    ['tt pvhcc', 'trung tam phuc vu hanh chinh cong'],
    ['tthcc', 'trung tam hanh chinh cong'],
    ['bpmc', 'bo phan mot cua'],
    ['bptn&tkq', 'bo phan tiep nhan va tra ket qua'],
    ['tn&tkq', 'tiep nhan va tra ket qua'],
    ['tthc', 'thu tuc hanh chinh'],
    ['ccmc', 'cong chuc mot cua'],
    ['vp', 'van phong'],
    ['ld', 'lanh dao'],
    ['cv', 'chuyen vien'],
    ['cc', 'cong chuc'],
    ['qd', 'quyet dinh'],
    ['vpdkdd', 'van phong dang ky dat dai'],
    ['nvbd', 'nhan vien buu dien'],
    // "Bộ CHQS tỉnh", "Ban CHQS xã".
    ['chqs', 'chi huy quan su']
];

const ABBREVIATION = new RegExp(`(^| )(${ABBREVIATIONS.map(([short]) => short.replace(/[&/]/g, '\\$&')).join('|')})(?= |$)`, 'g');
const SPELT = new Map(ABBREVIATIONS);

/** `foldText` with the standard abbreviations spelt out ("ubnd" → "uy ban nhan dan"). */
export function foldTitle(text: string): string {
    // "Phòng Kinh tế/ Kinh tế, …" and "Phòng Kinh tế/Kinh tế, …" are one title.
    return foldText(text).replace(/ ?\/ ?/g, '/').replace(ABBREVIATION, (_all, space: string, short: string) => space + SPELT.get(short)!);
}

/** A name usable as an identifier of the language: the title's words without diacritics, capitalised, joined. */
export function identifierOf(text: string, maxLength = 40): string {
    const words = foldText(text).replace(/[&/]/g, ' ').split(' ').filter(Boolean);
    let out = '';
    for (const word of words) {
        const next = out + word[0].toUpperCase() + word.slice(1);
        if (next.length > maxLength && out) break;
        out = next;
    }
    return /^[a-zA-Z_]/.test(out) ? out : `_${out}`;
}

/** A file name: the title's words without diacritics, kebab-case, at most `maxLength` characters, at word ends. */
export function fileNameOf(text: string, maxLength = 60): string {
    const words = foldText(text).replace(/[&/]/g, ' ').split(' ').filter(Boolean);
    let out = '';
    for (const word of words) {
        const next = out ? `${out}-${word}` : word;
        if (next.length > maxLength && out) break;
        out = next;
    }
    return out || 'thu-tuc';
}
