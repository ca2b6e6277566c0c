import { readVietnameseDuration, readVietnameseTotal, type VietnameseAmount } from '@tthc/language';

/** A time cell in the language: a duration (`0.5d`, `4h`, `2wd`), `not-counted`, or not readable. */
export type StepTime = { readonly kind: 'duration'; readonly text: string } | { readonly kind: 'not-counted' } | { readonly kind: 'unreadable' };

const UNIT_SUFFIX = { 'minute': 'min', 'hour': 'h', 'working-day': 'wd', 'calendar-day': 'cd', 'bare-day': 'd' } as const;

/** An amount as a duration literal: `0.5d`, `4h`, `1/3d`; undefined when the number has no exact literal. */
export function durationLiteral(amount: VietnameseAmount, bareDay: 'd' | 'cd' = 'd'): string | undefined {
    const suffix = amount.unit === 'bare-day' ? bareDay : UNIT_SUFFIX[amount.unit];
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
/**
 * `bareDay`: what a bare "ngày" is: `d` (the day kind of the procedure or province decides), or `cd` in documents
 * that always write working days as "ngày làm việc" (the table target's).
 */
export function stepTime(text: string, bareDay: 'd' | 'cd' = 'd'): StepTime {
    // "15 ngày (tính là 11 ngày làm việc)": calendar days and what they are worth in working time.
    const worth = /^(.+?)\s*\(tính là (.+)\)$/u.exec(text.trim());
    if (worth) {
        const days = readVietnameseDuration(worth[1]);
        const equivalent = stepTime(worth[2], bareDay);
        if (days?.kind === 'amount' && (days.unit === 'bare-day' || days.unit === 'calendar-day') && equivalent.kind === 'duration') {
            const literal = durationLiteral({ amount: days.amount, unit: 'calendar-day' });
            if (literal) return { kind: 'duration', text: `${literal} as ${equivalent.text}` };
        }
        return { kind: 'unreadable' };
    }
    const read = readVietnameseDuration(text);
    if (read?.kind === 'not-counted') return { kind: 'not-counted' };
    if (read?.kind !== 'amount') return { kind: 'unreadable' };
    const literal = durationLiteral(read, bareDay);
    return literal ? { kind: 'duration', text: literal } : { kind: 'unreadable' };
}

/** A total in the language (`15d cut 12d of 60d 20% "kể từ …"`), or undefined when it cannot be read. */
export function totalTime(text: string, quote: (s: string) => string, bareDay: 'd' | 'cd' = 'd'): string | undefined {
    // "48 ngày (cắt giảm …), kể từ ngày …": the comma before the event is the table's punctuation.
    const clean = text.trim().replace(/,\s*(kể từ )/u, ' $1').replace(/[.;]$/u, '');
    const read = totalOf(clean, quote, bareDay);
    if (read) return read;
    // "96 giờ, 12 ngày làm việc kể từ …": a total and, after the comma, a note kept as written.
    const noted = /^([^,]+),\s*(.+)$/u.exec(clean);
    const head = noted ? totalOf(noted[1], quote, bareDay) : undefined;
    return head && !head.includes('"') ? `${head} ${quote(noted![2])}` : undefined;
}

/** The published figure of a total cell: the "Công bố: …" line when the table gives the counted one too. */
export function publishedTotalText(text: string): string {
    const lines = text.split('\n').map(l => l.trim()).filter(Boolean);
    const published = lines.find(l => /^Công bố:/iu.test(l));
    return published ? published.replace(/^Công bố:\s*/iu, '') : (lines[0] ?? '');
}

function totalOf(text: string, quote: (s: string) => string, bareDay: 'd' | 'cd'): string | undefined {
    const total = readVietnameseTotal(text);
    const read = total.duration;
    if (read?.kind === 'no-limit') return 'not-regulated';
    if (read?.kind !== 'amount') return undefined;
    const literal = durationLiteral(read, bareDay);
    if (!literal) return undefined;
    let out = literal;
    if (read.cut) {
        const unit = read.cut.unit ?? read.unit;
        const cut = durationLiteral({ amount: read.cut.cut, unit }, bareDay);
        const of = durationLiteral({ amount: read.cut.of, unit }, bareDay);
        if (cut && of) out += ` cut ${cut} of ${of}${read.cut.ratio !== undefined ? ` ${read.cut.ratio}%` : ''}`;
    }
    if (read.countedFrom) out += ` ${quote(read.countedFrom)}`;
    return out;
}
