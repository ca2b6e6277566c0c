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

/**
 * The superseded text that a citation names, if any. When the citation names several texts ("Decree
 * 107/2021 amending Decree 61/2018"), the one named first is the one cited.
 */
export function findSupersededText(citation: string): SupersededText | undefined {
    const folded = fold(citation);
    let first: { text: SupersededText; index: number } | undefined;
    for (const { text, pattern } of patterns) {
        const match = pattern.exec(folded);
        if (match && (!first || match.index < first.index)) {
            first = { text, index: match.index };
        }
    }
    return first?.text;
}

/** Whether a text contains a legal document number such as `61/2018/NĐ-CP` or `60/2014/QH13`. */
export function hasDocumentNumber(text: string): boolean {
    return /[0-9]+\/[0-9]{4}\/[^\s/]+/.test(text);
}
