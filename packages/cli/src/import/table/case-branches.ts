import { foldText } from './fold-text.js';
import type { PublishedProcedure, PublishedStep } from './recognise-tables.js';

/** The name of the procedure's n-th foot case (`case TruongHop2 "Trường hợp …"`), the total's own being the first. */
export function footCaseName(index: number): string {
    return `TruongHop${index + 2}`;
}

const NEGATION = new Set(['khong', 'chua']);
const BRANCH = /^[-+•]?\s*(?:trong\s+)?trường hợp\s+(.+?)\s+thì\s.*?chuyển (?:sang|đến|tới)\s+(?:bước\s+|b)(\d+)\b/iu;

// The condition a branch line states, as words, with whether it is negated ("không đầy đủ", "chưa đầy đủ").
function conditionWords(text: string): { negated: boolean; words: Set<string> } {
    const words = foldText(text).split(' ').filter(Boolean);
    return { negated: words.some(w => NEGATION.has(w)), words: new Set(words.filter(w => !NEGATION.has(w))) };
}

/**
 * The transitions a step's cells state as branches on the conditions of the table's foot totals ("- Trong trường hợp
 * đầy đủ thông tin thì cấp Phiếu xác minh và chuyển sang B5; - Trường hợp không đầy đủ thông tin thì … chuyển sang
 * B4." under the foot rows "… trong trường hợp hồ sơ đầy đủ thông tin xác minh: 10 ngày" and "… trong trường hợp hồ sơ
 * chưa đầy đủ thông tin, cần phải xác minh: 30 ngày"): each branch goes with the condition of the same sense (negated
 * by "không"/"chưa" or not) that shares the most words with it; the total's own is the step's next step, a foot case's
 * is `when TruongHop2 -> B4`. Undefined when the table has no foot cases or a branch matches no condition alone.
 */
export function caseBranches(step: PublishedStep, steps: readonly PublishedStep[], procedure: PublishedProcedure): string[] | undefined {
    const cases = procedure.footCases ?? [];
    if (cases.length === 0 || procedure.totalCondition === undefined) return undefined;
    const conditions = [procedure.totalCondition, ...cases.map(c => c.condition)].map(conditionWords);
    const byLabel = new Map(steps.map(s => [s.label, s.name]));
    const lines = [step.task.text, step.product?.text ?? ''].flatMap(t => t.replace(/\n(?![-+•])/gu, ' ').split('\n'));
    let next: string | undefined;
    const when: string[] = [];
    for (const line of lines) {
        const branch = BRANCH.exec(line.trim());
        const target = branch ? byLabel.get(branch[2]) : undefined;
        if (!branch || !target) continue;
        const said = conditionWords(branch[1]);
        const scores = conditions.map(c => (c.negated !== said.negated ? -1 : [...said.words].filter(w => c.words.has(w)).length));
        const best = Math.max(...scores);
        if (best <= 0 || scores.filter(s => s === best).length > 1) return undefined;
        const index = scores.indexOf(best);
        if (index === 0) next = target;
        else when.push(`when ${footCaseName(index - 1)} -> ${target}`);
    }
    if (next === undefined || when.length === 0) return undefined;
    return [`-> ${next}`, ...when];
}
