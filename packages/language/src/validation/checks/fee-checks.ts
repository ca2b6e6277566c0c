import type { ValidationAcceptor } from 'langium';
import type { Channel, Fee, Procedure } from '../../generated/ast.js';
import { parseAmount } from '../../semantics/amounts.js';
import type { FeeProblem } from '../messages.js';
import { report } from '../report.js';

/**
 * Fees as provinces publish them: each amount whole and not negative, a cap at least the amount,
 * units counted from 1, a discount of at most 100%, a bracket's rate with the amount it applies above
 * and bounds that hold something.
 */
export function checkFee(fee: Fee, accept: ValidationAcceptor): void {
    if (fee.amount === undefined) {
        return; // cut short by a syntax error, which is reported
    }
    const invalid = (reason: FeeProblem, amount: string, property: 'amount' | 'cap' | 'over' | 'upTo' | 'fromPage' | 'fromUnit' | 'discount' | 'rate', bound?: string): void =>
        report(accept, 'fee-invalid', { amount, reason, bound }, { node: fee, property });
    const amount = checkedAmount(fee.amount, 'amount', invalid);
    if (fee.cap !== undefined) {
        const cap = checkedAmount(fee.cap, 'cap', invalid);
        if (amount !== undefined && cap !== undefined && cap < amount) invalid('cap-below-amount', fee.cap, 'cap');
    }
    const over = fee.over === undefined ? undefined : checkedAmount(fee.over, 'over', invalid);
    const upTo = fee.upTo === undefined ? undefined : checkedAmount(fee.upTo, 'upTo', invalid);
    if (over !== undefined && upTo !== undefined && upTo <= over) invalid('empty-bracket', fee.upTo!, 'upTo', fee.over);
    if (fee.rate !== undefined && fee.over === undefined) invalid('rate-without-over', fee.rate, 'rate');
    if (fee.fromPage !== undefined && fee.fromPage < 1) invalid('first-page', String(fee.fromPage), 'fromPage');
    if (fee.fromUnit !== undefined && fee.fromUnit < 1) invalid('first-unit', String(fee.fromUnit), 'fromUnit');
    if (fee.discount !== undefined && percentOf(fee.discount) > 100) invalid('discount-over-100', fee.discount, 'discount');
}

// The amount's value when it is a whole, non-negative number of VND; otherwise reported, and undefined.
function checkedAmount<P extends string>(text: string, property: P, invalid: (reason: FeeProblem, amount: string, property: P) => void): number | undefined {
    const parsed = parseAmount(text);
    if (parsed.negative) {
        invalid('negative', text, property);
        return undefined;
    }
    if (parsed.notWhole) {
        invalid('not-whole', text, property);
        return undefined;
    }
    return parsed.value;
}

function percentOf(text: string): number {
    return Number(text.replace('%', ''));
}

/** A fee's amounts, when all are valid: what the channel checks compare. */
interface ReadFee {
    readonly fee: Fee;
    readonly amount: bigint;
    readonly over: bigint | undefined;
    readonly upTo: bigint | undefined;
}

/**
 * The fees of one channel say one amount for each case, unit and bracket: no two fees for the same
 * case and unit (`fee-overlap`), brackets that follow one another without overlap or gap
 * (`fee-overlap`, `fee-bracket-gap`) and whose formula does not jump at a boundary
 * (`fee-bracket-discontinuous`), and one unit of a copy per case: per page or per copy
 * (`fee-unit-mixed`). Fees that `fee-invalid` reports, or whose `when` case does not resolve, are left
 * to those findings.
 */
export function checkChannelFees(channel: Channel, accept: ValidationAcceptor): void {
    const groups = new Map<string, ReadFee[]>();
    const units = new Map<string, Fee[]>();
    for (const fee of channel.fees) {
        const read = readFee(fee);
        if (!read) continue;
        const caseKey = caseKeyOf(fee);
        const unitKey = fee.perPage ? 'page' : fee.per ?? '';
        push(groups, `${fee.kind}\u0000${caseKey}\u0000${unitKey}`, read);
        push(units, `${fee.kind}\u0000${caseKey}`, fee);
    }
    for (const fees of groups.values()) {
        const brackets = fees.filter(f => f.over !== undefined || f.upTo !== undefined || f.fee.rate !== undefined);
        checkSameFees(channel, fees.filter(f => !brackets.includes(f)), accept);
        checkBrackets(channel, brackets, accept);
    }
    for (const fees of units.values()) {
        const perPage = fees.find(f => f.perPage);
        const perCopy = fees.find(f => f.per === 'copy');
        if (perPage && perCopy) {
            const later = channel.fees.indexOf(perPage) < channel.fees.indexOf(perCopy) ? perCopy : perPage;
            report(accept, 'fee-unit-mixed', { channel: channel.kind, kind: later.kind, case: caseNameOf(later) }, { node: later, property: later.perPage ? 'perPage' : 'per' });
        }
    }
}

function readFee(fee: Fee): ReadFee | undefined {
    if (fee.amount === undefined || (fee.case !== undefined && fee.case.ref === undefined)) return undefined;
    if (fee.rate !== undefined && fee.over === undefined) return undefined;
    const values = [fee.amount, fee.over, fee.upTo].map(text => (text === undefined ? undefined : parseAmount(text)));
    if (values.some(v => v !== undefined && (v.negative || v.notWhole))) return undefined;
    const [amount, over, upTo] = values.map(v => (v === undefined ? undefined : BigInt(v.value)));
    if (over !== undefined && upTo !== undefined && upTo <= over) return undefined;
    return { fee, amount: amount!, over, upTo };
}

// The case a fee applies in: a procedure's case by name, a named case by its text (compared without
// case or spacing), or, for a fee without `when`, its note, the way cases were told apart before `when`.
function caseKeyOf(fee: Fee): string {
    if (fee.case) return `case:${fee.case.$refText}`;
    if (fee.caseText !== undefined) return `text:${normalised(fee.caseText)}`;
    return `note:${normalised(fee.note ?? '')}`;
}

function caseNameOf(fee: Fee): string | undefined {
    return fee.case?.$refText ?? fee.caseText;
}

function normalised(text: string): string {
    return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

// Flat fees of one case and unit: two of them from the same unit on (`from page 3`) are the same fee twice.
function checkSameFees(channel: Channel, fees: readonly ReadFee[], accept: ValidationAcceptor): void {
    const seen = new Set<number>();
    for (const { fee } of fees) {
        const from = fee.fromPage ?? fee.fromUnit ?? 1;
        if (seen.has(from)) {
            report(accept, 'fee-overlap', { channel: channel.kind, kind: fee.kind, case: caseNameOf(fee), reason: 'same' }, { node: fee, property: 'amount' });
        }
        seen.add(from);
    }
}

// Brackets of one case and unit, from the lowest: each starts where the one before ends, and a
// formula's amount at a boundary is the next bracket's amount. After a jump the next boundary is
// checked against the amount the formula reached, so that one wrong amount is one finding.
function checkBrackets(channel: Channel, brackets: readonly ReadFee[], accept: ValidationAcceptor): void {
    const sorted = [...brackets].sort((a, b) => compare(a.over ?? 0n, b.over ?? 0n));
    let base: Rational = { numerator: sorted[0]?.amount ?? 0n, denominator: 1n };
    for (let i = 1; i < sorted.length; i++) {
        const previous = sorted[i - 1];
        const next = sorted[i];
        const lower = next.over ?? 0n;
        const common = { channel: channel.kind, kind: next.fee.kind, case: caseNameOf(next.fee) };
        const where = { node: next.fee, property: next.fee.over !== undefined ? 'over' as const : 'amount' as const };
        let reached: Rational | undefined;
        if (previous.upTo === undefined || lower < previous.upTo) {
            report(accept, 'fee-overlap', { ...common, reason: 'bracket', upTo: previous.upTo?.toString(), over: lower.toString() }, where);
        } else if (lower > previous.upTo) {
            report(accept, 'fee-bracket-gap', { ...common, upTo: previous.upTo.toString(), over: lower.toString() }, where);
        } else if (next.fee.rate !== undefined) {
            reached = checkContinuity(previous, base, next, accept);
        }
        base = reached ?? { numerator: next.amount, denominator: 1n };
    }
}

/** A number of VND as a fraction of whole numbers: a rate of a basis need not be whole. */
interface Rational {
    readonly numerator: bigint;
    readonly denominator: bigint;
}

// `10_000_000 VND + 0.5% over 1_000_000_000 VND up-to 10_000_000_000 VND` reaches 55_000_000 VND at its
// upper bound; the next bracket's amount must be that. Exact: the rate is a fraction of whole numbers.
// Returns what the formula reached when the next amount differs (the finding is then made).
function checkContinuity(previous: ReadFee, base: Rational, next: ReadFee, accept: ValidationAcceptor): Rational | undefined {
    const upTo = previous.upTo!;
    const lower = previous.over ?? 0n;
    const rate = rateOf(previous.fee.rate ?? '0%');
    // base + rate × (upTo − lower), over one common denominator.
    const denominator = base.denominator * rate.denominator;
    const reached = { numerator: base.numerator * rate.denominator + (upTo - lower) * rate.numerator * base.denominator, denominator };
    if (reached.numerator === next.amount * denominator) return undefined;
    report(accept, 'fee-bracket-discontinuous', {
        amount: rationalToText(base), rate: previous.fee.rate ?? '0%', upTo: upTo.toString(), over: lower.toString(),
        reached: rationalToText(reached), next: next.amount.toString()
    }, { node: next.fee, property: 'amount' });
    return reached;
}

// `0.5%` as 5 / 1000.
function rateOf(rate: string): Rational {
    const [whole, fraction = ''] = rate.replace('%', '').split('.');
    return { numerator: BigInt(`${whole}${fraction}`), denominator: 100n * 10n ** BigInt(fraction.length) };
}

// A number of VND: whole when it is, else to two decimals (rounded down).
function rationalToText({ numerator, denominator }: Rational): string {
    const whole = numerator / denominator;
    const rest = numerator % denominator;
    if (rest === 0n) return whole.toString();
    const cents = (rest * 100n) / denominator;
    return `${whole}.${cents.toString().padStart(2, '0')}`;
}

function compare(a: bigint, b: bigint): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}

/**
 * `requests payment` asks the applicant to pay online: some channel of the procedure (or of a member
 * of its group) has a fee or charge to pay, more than 0 VND or a rate.
 */
export function checkPaymentStep(procedure: Procedure, accept: ValidationAcceptor): void {
    const paying = procedure.steps.filter(step => step.requestsPayment);
    if (paying.length === 0) {
        return;
    }
    const channels = [...procedure.channels, ...procedure.members.flatMap(member => member.channels)];
    const toPay = channels.some(channel => channel.fees.some(fee => fee.rate !== undefined || (fee.amount !== undefined && parseAmount(fee.amount).value !== 0)));
    if (!toPay) {
        for (const step of paying) {
            report(accept, 'payment-without-fee', { step: step.name }, { node: step, property: 'requestsPayment' });
        }
    }
}
