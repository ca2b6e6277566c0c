/** A legal text that was replaced, and what replaced it. */
export interface SupersededText {
    /** The number as cited, e.g. `61/2018/NĐ-CP`. */
    readonly number: string;
    readonly replacement: string;
    readonly title: string;
}

/**
 * Texts that a procedure written after 1 July 2025 should no longer cite. Data, not logic: add a
 * row when a text is replaced. Sources: Decree 118/2025/NĐ-CP replaced Decree 61/2018/NĐ-CP and its
 * amendment Decree 107/2021/NĐ-CP from 1 July 2025 (see docs/rules.md, superseded-legal-basis).
 */
export const supersededTexts: readonly SupersededText[] = [
    {
        number: '61/2018/NĐ-CP',
        replacement: '118/2025/NĐ-CP',
        title: 'Nghị định 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông'
    },
    {
        number: '107/2021/NĐ-CP',
        replacement: '118/2025/NĐ-CP',
        title: 'Nghị định 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông'
    }
];

// Citations are compared without diacritics, case or spaces: "Nghị định số 61/2018/NĐ-CP",
// "61/2018/ND-CP" and "61 / 2018 / nđ-cp" are the same text.
function fold(text: string): string {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'D').replace(/\s+/g, '').toUpperCase();
}

const patterns = supersededTexts.map(text => ({
    text,
    pattern: new RegExp(`(^|[^0-9])${fold(text.number).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`)
}));

/** The superseded text that a citation names, if any. */
export function findSupersededText(citation: string): SupersededText | undefined {
    const folded = fold(citation);
    return patterns.find(p => p.pattern.test(folded))?.text;
}
