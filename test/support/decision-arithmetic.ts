// The arithmetic of a published procedure: the counted step times summed and compared with the stated total, the
// stated part subtotals and budgets, the stated equivalents and the stated cut. Hours and days are converted at the
// header's day rule ("tính mỗi ngày 08 giờ làm việc") or, without one, only between working hours and working days
// (8 hours); a bare "ngày" is kept as a bare day and is never turned into hours without the header's rule.
import type { VietnameseAmount, VietnameseDuration, VietnameseTimeAmount } from '@tthc/language';
import type { DecisionProcedure, DecisionRow } from './decision-tables.js';

/** The counted times of some rows, per unit, and what could not be counted. */
export interface TimeSum {
    readonly hours: number;
    readonly workingDays: number;
    readonly bareDays: number;
    readonly calendarDays: number;
    /** Rows whose time says it is not counted ("Không tính thời gian"). */
    readonly notCounted: number;
    /** Rows with "Giờ hành chính" (no amount) or "Không quy định". */
    readonly noAmount: number;
    /** Rows without a time cell (merged over several rows, or blank). */
    readonly noTime: number;
    /** Time cells the reader does not know, as written. */
    readonly unread: readonly string[];
}

/** One arithmetic check of a procedure. */
export interface ArithmeticVerdict {
    readonly file: string;
    readonly line: number;
    readonly title: string;
    readonly caseLabel?: string;
    /**
     * What is checked: the total, a part's subtotal row, a budget listed in the total (against the part at the same
     * place), the total stated above the table, the total's stated equivalent, the stated cut, or totals per case.
     */
    readonly check: 'total' | 'part' | 'budget' | 'total-above' | 'equivalent' | 'cut' | 'case-totals';
    /** The part or budget's title, for parts. */
    readonly what?: string;
    readonly stated: string;
    readonly computed: string;
    /** True when the numbers agree, false when they do not, undefined when they cannot be compared. */
    readonly addsUp: boolean | undefined;
    readonly why: string;
}

const EPSILON = 1e-9;

/** Sums the counted times of `rows` per unit. */
export function sumRows(rows: readonly DecisionRow[]): TimeSum {
    const sum = { hours: 0, workingDays: 0, bareDays: 0, calendarDays: 0, notCounted: 0, noAmount: 0, noTime: 0, unread: [] as string[] };
    for (const row of rows) {
        if (row.timeText === undefined) {
            // A sub-row without a time cell belongs to its step; a step without one has its time merged or blank.
            sum.noTime += row.label === undefined ? 0 : 1;
        } else if (!row.time) {
            sum.unread.push(row.timeText);
        } else if (row.time.kind === 'not-counted') {
            sum.notCounted++;
        } else if (row.time.kind !== 'amount') {
            sum.noAmount++;
        } else if (row.time.unit === 'hour' || row.time.unit === 'minute') {
            sum.hours += row.time.unit === 'minute' ? row.time.amount / 60 : row.time.amount;
        } else if (row.time.unit === 'working-day') {
            sum.workingDays += row.time.amount;
        } else if (row.time.unit === 'bare-day') {
            sum.bareDays += row.time.amount;
        } else {
            sum.calendarDays += row.time.amount;
        }
    }
    return sum;
}

function round(n: number): string {
    return String(Math.round(n * 1000) / 1000).replace('.', ',');
}

/** A sum as the tables would write it: "15 ngày + 5 ngày làm việc", "96 giờ". */
export function sumText(sum: TimeSum): string {
    const parts = [
        sum.hours ? `${round(sum.hours)} giờ` : '', sum.workingDays ? `${round(sum.workingDays)} ngày làm việc` : '',
        sum.bareDays ? `${round(sum.bareDays)} ngày` : '', sum.calendarDays ? `${round(sum.calendarDays)} ngày theo lịch` : ''
    ].filter(p => p !== '');
    return parts.length > 0 ? parts.join(' + ') : '0';
}

function unitText(amount: VietnameseAmount): string {
    const unit = { minute: 'phút', hour: 'giờ', 'working-day': 'ngày làm việc', 'bare-day': 'ngày', 'calendar-day': 'ngày theo lịch' }[amount.unit];
    return `${round(amount.amount)} ${unit}`;
}

interface Converted {
    readonly value?: number;
    readonly notes: string[];
    readonly problem?: string;
}

// The sum in the stated amount's unit, with what the conversion assumed, or why it cannot be done.
function convert(sum: TimeSum, unit: VietnameseAmount['unit'], hoursPerDay: number | undefined): Converted {
    const notes: string[] = [];
    const perDay = hoursPerDay ?? 8;
    if (unit === 'calendar-day') {
        return sum.hours || sum.workingDays || sum.bareDays
            ? { notes, problem: 'calendar days stated, other units in the steps' }
            : { value: sum.calendarDays, notes };
    }
    if (sum.calendarDays) {
        return { notes, problem: 'calendar days in the steps, another unit stated' };
    }
    if (unit === 'hour') {
        if (sum.bareDays && !hoursPerDay) {
            return { notes, problem: 'bare "ngày" in the steps, hours stated, and no day rule in the header' };
        }
        if (sum.bareDays) {
            notes.push(`bare "ngày" at the header's ${perDay} h a day`);
        }
        return { value: sum.hours + (sum.workingDays + sum.bareDays) * perDay, notes };
    }
    if (sum.hours && unit === 'bare-day' && !hoursPerDay) {
        return { notes, problem: 'hours in the steps, bare "ngày" stated, and no day rule in the header' };
    }
    if (sum.hours) {
        notes.push(`hours at ${perDay} h a day`);
    }
    if (unit === 'working-day' && sum.bareDays) {
        notes.push('bare "ngày" steps taken as the stated working days');
    }
    if (unit === 'bare-day' && sum.workingDays) {
        notes.push('"ngày làm việc" steps added to the bare "ngày"');
    }
    return { value: sum.hours / perDay + sum.workingDays + sum.bareDays, notes };
}

function describe(sum: TimeSum): string[] {
    const notes: string[] = [];
    if (sum.notCounted) {
        notes.push(`${sum.notCounted} step(s) not counted`);
    }
    if (sum.noAmount) {
        notes.push(`${sum.noAmount} step(s) without an amount ("Giờ hành chính")`);
    }
    if (sum.noTime) {
        notes.push(`${sum.noTime} step(s) without a time cell`);
    }
    return notes;
}

/** Compares a sum with a stated time. */
export function compareSum(sum: TimeSum, stated: VietnameseDuration | undefined, statedText: string, hoursPerDay?: number):
    Pick<ArithmeticVerdict, 'stated' | 'computed' | 'addsUp' | 'why'> {
    const computed = sumText(sum);
    if (sum.unread.length > 0) {
        return { stated: statedText, computed, addsUp: undefined, why: `time cell(s) not read: ${sum.unread.join('; ')}` };
    }
    if (!stated || stated.kind !== 'amount') {
        return { stated: statedText, computed, addsUp: undefined, why: 'the stated time is not an amount the reader knows' };
    }
    const converted = convert(sum, stated.unit, hoursPerDay);
    if (converted.value === undefined) {
        return { stated: statedText, computed, addsUp: undefined, why: converted.problem ?? '' };
    }
    const notes = [...converted.notes, ...describe(sum)];
    const difference = converted.value - stated.amount;
    const value = unitText({ amount: converted.value, unit: stated.unit });
    if (Math.abs(difference) < EPSILON) {
        return { stated: statedText, computed, addsUp: true, why: [`steps add up to ${value}`, ...notes].join('; ') };
    }
    const off = `${round(Math.abs(difference))} ${difference > 0 ? 'more' : 'less'} than stated`;
    return { stated: statedText, computed, addsUp: false, why: [`steps add up to ${value}, ${off}`, ...notes].join('; ') };
}

function checkEquivalent(amount: VietnameseTimeAmount, hoursPerDay: number | undefined): Pick<ArithmeticVerdict, 'computed' | 'addsUp' | 'why'> | undefined {
    const equivalent = amount.equivalent;
    if (!equivalent || equivalent.unit === amount.unit) {
        return undefined;
    }
    const sum = sumRows([{ line: 0, timeText: '', time: { kind: 'amount', ...equivalent, atMost: false }, label: 'x', extra: [] }]);
    const result = compareSum(sum, amount, '', hoursPerDay ?? (equivalent.unit === 'bare-day' ? undefined : 8));
    return { computed: unitText(equivalent), addsUp: result.addsUp, why: result.why.replace('steps add up to', 'the equivalent is') };
}

function checkCut(amount: VietnameseTimeAmount): Pick<ArithmeticVerdict, 'computed' | 'addsUp' | 'why'> | undefined {
    const cut = amount.cut;
    if (!cut) {
        return undefined;
    }
    const remaining = cut.of - cut.cut;
    const ratio = Math.round(cut.cut / cut.of * 10000) / 100;
    const problems = [
        Math.abs(remaining - amount.amount) > EPSILON ? `${round(cut.of)} − ${round(cut.cut)} = ${round(remaining)}, not ${round(amount.amount)}` : '',
        cut.ratio !== undefined && Math.abs(ratio - cut.ratio) > 0.01 ? `${round(cut.cut)}/${round(cut.of)} is ${round(ratio)}%, not ${round(cut.ratio)}%` : ''
    ].filter(p => p !== '');
    return {
        computed: `${round(cut.of)} − ${round(cut.cut)} = ${round(remaining)}; ${round(ratio)}%`,
        addsUp: problems.length === 0,
        why: problems.length === 0 ? 'the cut, the statutory time and the ratio agree' : problems.join('; ')
    };
}

/** Every arithmetic check of a procedure: total, total stated above, parts and budgets, equivalents, cuts. */
export function arithmeticVerdicts(procedure: DecisionProcedure): ArithmeticVerdict[] {
    const base = { file: procedure.file, line: procedure.line, title: procedure.title, ...(procedure.caseLabel ? { caseLabel: procedure.caseLabel } : {}) };
    const verdicts: ArithmeticVerdict[] = [];
    const all = sumRows(procedure.rows);
    const perDay = procedure.hoursPerDay;
    if (procedure.caseTotals.length > 0) {
        verdicts.push({
            ...base, check: 'case-totals', stated: procedure.caseTotals.map(t => `${t.label}: ${t.headText ?? t.text}`).join(' | '),
            computed: sumText(all), addsUp: undefined,
            why: 'one table lists the branches of several cases, each with its own total: a case\'s path is not the sum of the table'
        });
    }
    const total = procedure.total;
    if (total) {
        const statedText = total.headText ?? total.budgets.map(b => `${b.label}: ${b.text}`).join('; ');
        if (total.duration) {
            verdicts.push({ ...base, check: 'total', ...compareSum(all, total.duration, statedText, perDay) });
        } else if (total.budgets.length > 0) {
            // Only phases with their own limits: the steps against the limits added up.
            const unreadBudget = total.budgets.find(b => !b.duration || b.duration.kind !== 'amount');
            const limits = sumRows(total.budgets.map(b => ({ line: 0, label: 'x', timeText: b.text, time: b.duration, extra: [] })));
            const compared = unreadBudget
                ? { stated: statedText, computed: sumText(all), addsUp: undefined, why: `a listed limit is not a time the reader knows: "${unreadBudget.label}: ${unreadBudget.text}"` }
                : compareSumToSum(all, limits, perDay, statedText);
            verdicts.push({ ...base, check: 'total', ...compared });
        } else {
            verdicts.push({ ...base, check: 'total', stated: statedText, computed: sumText(all), addsUp: undefined, why: 'the stated total is not a time the reader knows' });
        }
        for (const check of [total.duration?.kind === 'amount' ? checkEquivalent(total.duration, perDay) : undefined]) {
            if (check) {
                verdicts.push({ ...base, check: 'equivalent', stated: statedText, ...check });
            }
        }
        const cut = total.duration?.kind === 'amount' ? checkCut(total.duration) : undefined;
        if (cut) {
            verdicts.push({ ...base, check: 'cut', stated: statedText, ...cut });
        }
    }
    const above = procedure.totalAbove;
    if (above) {
        verdicts.push({ ...base, check: 'total-above', ...compareSum(all, above.duration, above.headText ?? above.text, perDay) });
    }
    // A table's part subtotals against the budgets its total lists ("trong đó: - Tại UBND cấp xã: 40 giờ …"), in order.
    const budgets = procedure.layout === 'table' ? total?.budgets ?? [] : [];
    if (budgets.length > 0 && budgets.length === procedure.parts.length) {
        procedure.parts.forEach((part, i) => {
            const rows = procedure.rows.slice(part.from, part.to);
            verdicts.push({ ...base, check: 'budget', what: budgets[i].label, ...compareSum(sumRows(rows), budgets[i].duration, budgets[i].text, perDay) });
        });
    }
    for (const part of procedure.parts) {
        const rows = procedure.rows.slice(part.from, part.to);
        verdicts.push({ ...base, check: 'part', what: part.title, ...compareSum(sumRows(rows), part.time, part.timeText ?? '(no time stated)', perDay) });
    }
    return verdicts;
}

// Steps against limits that are themselves a mix of units ("05 ngày làm việc" + "Không quá 15 ngày" + …): equal
// when each unit agrees, or when the days agree once bare and working days are put together.
function compareSumToSum(sum: TimeSum, limits: TimeSum, perDay: number | undefined, statedText: string): Pick<ArithmeticVerdict, 'stated' | 'computed' | 'addsUp' | 'why'> {
    const computed = sumText(sum);
    const stated = `${statedText} (= ${sumText(limits)})`;
    const days = (s: TimeSum): number => s.workingDays + s.bareDays + s.hours / (perDay ?? 8);
    if (sum.calendarDays || limits.calendarDays) {
        return { stated, computed, addsUp: undefined, why: 'calendar days on one side' };
    }
    const exact = Math.abs(sum.workingDays - limits.workingDays) < EPSILON && Math.abs(sum.bareDays - limits.bareDays) < EPSILON && Math.abs(sum.hours - limits.hours) < EPSILON;
    const difference = days(sum) - days(limits);
    if (exact || Math.abs(difference) < EPSILON) {
        return { stated, computed, addsUp: true, why: exact ? 'the steps add up to the listed limits, unit by unit' : 'the steps add up to the listed limits once bare and working days are put together' };
    }
    return { stated, computed, addsUp: false, why: `the steps come to ${round(Math.abs(difference))} day(s) ${difference > 0 ? 'more' : 'less'} than the listed limits` };
}
