import { foldCompact } from '../references/text-folding.js';

/** A legal text that was wholly replaced, and what replaced it. */
export interface SupersededText {
    /** The number as cited, e.g. `61/2018/NĐ-CP`. */
    readonly number: string;
    readonly replacement: string;
    /** The replacement's title, as a fix writes it into the citation. */
    readonly title: string;
    /** Where the replacement is stated: document, article where known, and what was read (URL or search record). */
    readonly source: string;
    /** The day the replacement took effect (ISO date), when the source says it. */
    readonly since?: string;
}

/**
 * Texts that a procedure written today should no longer cite, because another text replaced them as a
 * whole. Data, not logic: add a row only when a text is wholly replaced and the replacement is read in a
 * source (a text only amended, e.g. 123/2015/NĐ-CP or 23/2015/NĐ-CP, stays citable and is not listed).
 * Every row names its source; docs/rules.md (superseded-legal-basis) lists them for readers.
 *
 * - 61/2018/NĐ-CP and its amendment 107/2021/NĐ-CP → 118/2025/NĐ-CP (dated 9 June 2025, in force 1 July
 *   2025): the project's domain notes (shared/domain.md §2); the dates were read in public records found
 *   with the search tool (code corpus, file ids 61616335697 and 68909517275). The repealing article itself
 *   was not found in the searchable corpora.
 * - 45/2013/QH13 (Land Law 2013) → 31/2024/QH15 (Land Law 2024), in force 1 August 2024: Law 31/2024/QH15,
 *   Article 252 ("Luật Đất đai số 45/2013/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành"),
 *   text read in the search tool's code corpus (file id 68981102237).
 * - 15/2021/NĐ-CP → 175/2024/NĐ-CP of 30 December 2024 on construction activities ("thay thế Nghị định số
 *   15/2021/NĐ-CP ngày 03/3/2021"): two public summaries in the code corpus (file ids 61970899410, 61982945817).
 * - 01/2021/NĐ-CP → 168/2025/NĐ-CP of 30 June 2025 on enterprise registration, in force 1 July 2025
 *   ("Nghị định 01/2021/NĐ-CP hết hiệu lực 01/07/2025 (thay bằng 168/2025/NĐ-CP)"): code corpus, file ids
 *   69708853756 and 68881634005; full text of 168/2025 at
 *   https://xaydungchinhsach.chinhphu.vn/toan-van-nghi-dinh-168-2025-nd-cp-ve-dang-ky-doanh-nghiep-119250702175708554.htm
 */
export const supersededTexts: readonly SupersededText[] = [
    {
        number: '61/2018/NĐ-CP',
        replacement: '118/2025/NĐ-CP',
        title: 'Nghị định 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông',
        source: 'Nghị định 118/2025/NĐ-CP ngày 09/6/2025, hiệu lực 01/7/2025 (shared/domain.md §2; dates: search tool, code corpus, file ids 61616335697, 68909517275)',
        since: '2025-07-01'
    },
    {
        number: '107/2021/NĐ-CP',
        replacement: '118/2025/NĐ-CP',
        title: 'Nghị định 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông',
        source: 'Nghị định 118/2025/NĐ-CP ngày 09/6/2025, hiệu lực 01/7/2025 (shared/domain.md §2; dates: search tool, code corpus, file ids 61616335697, 68909517275)',
        since: '2025-07-01'
    },
    {
        number: '45/2013/QH13',
        replacement: '31/2024/QH15',
        title: 'Luật Đất đai số 31/2024/QH15',
        source: 'Luật Đất đai 31/2024/QH15, Điều 252 khoản 2 (search tool, code corpus, file id 68981102237)',
        since: '2024-08-01'
    },
    {
        number: '15/2021/NĐ-CP',
        replacement: '175/2024/NĐ-CP',
        title: 'Nghị định 175/2024/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng',
        source: 'Nghị định 175/2024/NĐ-CP ngày 30/12/2024 (search tool, code corpus, file ids 61970899410, 61982945817)',
        since: '2024-12-30'
    },
    {
        number: '01/2021/NĐ-CP',
        replacement: '168/2025/NĐ-CP',
        title: 'Nghị định 168/2025/NĐ-CP về đăng ký doanh nghiệp',
        source: 'Nghị định 168/2025/NĐ-CP ngày 30/6/2025, hiệu lực 01/7/2025 (search tool, code corpus, file ids 69708853756, 68881634005; '
            + 'https://xaydungchinhsach.chinhphu.vn/toan-van-nghi-dinh-168-2025-nd-cp-ve-dang-ky-doanh-nghiep-119250702175708554.htm)',
        since: '2025-07-01'
    }
];

// Citations are compared folded (see foldCompact): "Nghị định số 61/2018/NĐ-CP", "61/2018/ND-CP" and
// "61 / 2018 / nđ-cp" are the same text. A number must not be the tail of a longer one (101/2021 is not 01/2021).
const patterns = supersededTexts.map(text => ({
    text,
    pattern: new RegExp(`(^|[^0-9])${foldCompact(text.number).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`)
}));

/**
 * The superseded text that a citation names, if any. When the citation names several texts ("Decree
 * 107/2021 amending Decree 61/2018"), the one named first is the one cited.
 */
export function findSupersededText(citation: string): SupersededText | undefined {
    const folded = foldCompact(citation);
    let first: { text: SupersededText; index: number } | undefined;
    for (const { text, pattern } of patterns) {
        const match = pattern.exec(folded);
        if (match && (!first || match.index < first.index)) {
            first = { text, index: match.index };
        }
    }
    return first?.text;
}

/** Whether a citation names a document number, compared as the check compares them (see {@link foldCompact}). */
export function citesDocumentNumber(citation: string, number: string): boolean {
    return foldCompact(citation).includes(foldCompact(number));
}

/** Whether a text contains a legal document number such as `61/2018/NĐ-CP` or `60/2014/QH13`. */
export function hasDocumentNumber(text: string): boolean {
    return /[0-9]+\/[0-9]{4}\/[^\s/]+/.test(text);
}
