import { foldText } from './fold-text.js';

// The start of a task's text that says what kind of step it is. A task that starts otherwise gets no kind: the
// import does not guess (the language accepts a step without one).
const KINDS: ReadonlyArray<readonly [RegExp, string]> = [
    [/^(tiep nhan|nhan ho so)/, 'reception'],
    [/^(tra ket qua|tra kq)/, 'return'],
    [/^phan cong/, 'assignment'],
    [/^(tham dinh|thu ly)/, 'appraisal'],
    [/^(xem xet|kiem tra lai|trinh ky|trinh lanh dao)/, 'review'],
    // "Ký" followed by what is signed, never a word that only starts with it ("Kỹ thuật viên" folds to "ky thuat …").
    [/^(ky (duyet|ban hanh|van ban|to trinh|quyet dinh|giay|ket qua|xac nhan|chung thuc|phieu|thong bao|cong van)|ky$|phe duyet)/, 'approval'],
    [/^(ban hanh|phat hanh|vao so|dong dau|lay so)/, 'issue'],
    [/^(chuyen ho so|luan chuyen)/, 'transfer']
];

/** The kind of a step from the start of its task, when exactly one kind's words open it. */
export function stepKindOf(task: string): string | undefined {
    const f = foldText(task);
    const kinds = KINDS.filter(([pattern]) => pattern.test(f)).map(([, kind]) => kind);
    return kinds.length === 1 ? kinds[0] : undefined;
}
