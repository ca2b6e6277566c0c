import { readVietnameseDuration, readVietnameseTotal, type VietnameseAmount } from '@tthc/language';

/** A time cell in the language: a duration (`0.5d`, `4h`, `2wd`), `not-counted`, or not readable. */
export type StepTime = { readonly kind: 'duration'; readonly text: string } | { readonly kind: 'not-counted' } | { readonly kind: 'unreadable' };

const UNIT_SUFFIX = { 'hour': 'h', 'working-day': 'wd', 'calendar-day': 'cd', 'bare-day': 'd' } as const;

/** An amount as a duration literal: `0.5d`, `4h`, `1/3d`; undefined when the number has no exact literal. */
export function durationLiteral(amount: VietnameseAmount): string | undefined {
    const suffix = UNIT_SUFFIX[amount.unit];
    const n = amount.amount;
    if (!Number.isFinite(n) || n < 0) return undefined;
    if (Number.isInteger(n * 1000)) return `${Number(n.toFixed(3))}${suffix}`;
    for (let d = 2; d <= 24; d++) {
        const numerator = n * d;
        if (Math.abs(numerator - Math.round(numerator)) < 1e-9) return `${Math.round(numerator)}/${d}${suffix}`;
    }
    return undefined;
}

/**
 * Reads a time cell as the tables write it ("01 giờ làm việc", "0,5 ngày", "1/2 ngày", "02 ngày làm việc",
 * "Không quá 05 ngày làm việc", "Không tính thời gian") with the language's reader; a bare "ngày" stays `d` (the
 * catalogue's or procedure's `days` says which), "ngày làm việc" is `wd`, "ngày theo lịch" `cd`.
 */
export function stepTime(text: string): StepTime {
    const read = readVietnameseDuration(text);
    if (read?.kind === 'not-counted') return { kind: 'not-counted' };
    if (read?.kind !== 'amount') return { kind: 'unreadable' };
    const literal = durationLiteral(read);
    return literal ? { kind: 'duration', text: literal } : { kind: 'unreadable' };
}

/** A total in the language (`15d cut 12d of 60d 20% "kể từ …"`), or undefined when it cannot be read. */
export function totalTime(text: string, quote: (s: string) => string): string | undefined {
    const total = readVietnameseTotal(text);
    const read = total.duration;
    if (read?.kind === 'no-limit') return 'not-regulated';
    if (read?.kind !== 'amount') return undefined;
    const literal = durationLiteral(read);
    if (!literal) return undefined;
    let out = literal;
    if (read.cut) {
        const unit = read.cut.unit ?? read.unit;
        const cut = durationLiteral({ amount: read.cut.cut, unit });
        const of = durationLiteral({ amount: read.cut.of, unit });
        if (cut && of) out += ` cut ${cut} of ${of}${read.cut.ratio !== undefined ? ` ${read.cut.ratio}%` : ''}`;
    }
    if (read.countedFrom) out += ` ${quote(read.countedFrom)}`;
    return out;
}
