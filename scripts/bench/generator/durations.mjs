// Statutory times and the step durations that add up to them exactly. The checker compares the
// longest main-flow path with every channel's statutory time and reports an info when the path is
// shorter (`time-under-statutory`), so the generated durations must sum to the statutory time.

/** Working minutes in a working day (8 working hours), as in the language. */
export const MINUTES_PER_DAY = 480;

/**
 * A duration as written: `4h`, or `15cd as 11d`. The same shape as the `Duration` node.
 * @typedef {{ value: string, as?: string }} DurationData
 */

/**
 * A statutory time read from a template: how the channel writes it, and the total the steps must
 * add up to (working minutes, or calendar days when the whole procedure counts calendar days).
 * @typedef {object} StatutoryPlan
 * @property {'working' | 'calendar'} mode
 * @property {number} total
 * @property {{ sameDay: true } | { duration: DurationData }} written
 */

/**
 * Reads a template's statutory time: `same-day`, `5d`, `15cd as 11d` (working mode: counts as 11
 * working days) or `30cd` (calendar mode: every duration of the procedure in calendar days).
 * @param {string} spec
 * @returns {StatutoryPlan}
 */
export function planStatutory(spec) {
    if (spec === 'same-day') {
        return { mode: 'working', total: MINUTES_PER_DAY, written: { sameDay: true } };
    }
    const converted = /^([0-9]+)cd as ([0-9]+)d$/.exec(spec);
    if (converted) {
        return { mode: 'working', total: Number(converted[2]) * MINUTES_PER_DAY, written: { duration: { value: `${converted[1]}cd`, as: `${converted[2]}d` } } };
    }
    const calendar = /^([0-9]+)cd$/.exec(spec);
    if (calendar) {
        return { mode: 'calendar', total: Number(calendar[1]), written: { duration: { value: spec } } };
    }
    const days = /^([0-9]+)d$/.exec(spec);
    if (days) {
        return { mode: 'working', total: Number(days[1]) * MINUTES_PER_DAY, written: { duration: { value: spec } } };
    }
    throw new Error(`unknown statutory time '${spec}'`);
}

/**
 * Splits `total` into `weights.length` positive amounts that add up to `total` exactly, roughly in
 * proportion to the weights, in whole multiples of a granularity that keeps the written values
 * tidy (whole or half days, hours, half hours; whole or half calendar days).
 * @param {import('./random.mjs').Random} random
 * @param {number} total working minutes or calendar days
 * @param {readonly number[]} weights
 * @param {'working' | 'calendar'} mode
 * @returns {number[]}
 */
export function splitTotal(random, total, weights, mode) {
    const n = weights.length;
    const grains = mode === 'working' ? [480, 240, 60, 30] : [1, 0.5];
    // The coarsest grain that leaves room to vary (1.5 grains per part), else the finest that fits.
    const fitting = grains.filter(g => Number.isInteger(total / g) && total / g >= n);
    if (fitting.length === 0) {
        throw new Error(`cannot split ${total} into ${n} parts`);
    }
    const grain = fitting.find(g => total / g >= 1.5 * n) ?? fitting[fitting.length - 1];
    const units = Math.round(total / grain);
    // One grain each, then the rest in proportion to jittered weights; the remainder goes one
    // grain at a time to random parts, so that the sum is exact.
    const parts = weights.map(() => 1);
    const rest = units - n;
    const jittered = weights.map(w => w * (0.5 + random.next()));
    const sum = jittered.reduce((a, b) => a + b, 0);
    let given = 0;
    jittered.forEach((w, i) => {
        const share = Math.floor((rest * w) / sum);
        parts[i] += share;
        given += share;
    });
    for (let k = given; k < rest; k++) {
        parts[random.int(0, n - 1)] += 1;
    }
    return parts.map(p => p * grain);
}

/**
 * Writes an amount the way a designer would: `2d`, `0.5d`, `3h`, `1.5h`, `90min`, or `4cd`; whole
 * working days are now and then written in calendar days with their working equivalent
 * (`7cd as 5d`) when `allowConversion` is set.
 * @param {import('./random.mjs').Random} random
 * @param {number} amount working minutes or calendar days
 * @param {'working' | 'calendar'} mode
 * @param {boolean} [allowConversion]
 * @returns {DurationData}
 */
export function writeDuration(random, amount, mode, allowConversion = false) {
    if (mode === 'calendar') {
        return { value: `${amount}cd` };
    }
    if (amount % MINUTES_PER_DAY === 0) {
        const days = amount / MINUTES_PER_DAY;
        if (allowConversion && random.chance(0.3)) {
            // Calendar days include week-ends: 5 working days are 7 calendar days.
            return { value: `${Math.ceil((days * 7) / 5)}cd`, as: `${days}d` };
        }
        return random.chance(0.85) ? { value: `${days}d` } : { value: `${days * 8}h` };
    }
    if (amount % 240 === 0 && random.chance(0.5)) {
        return { value: `${amount / MINUTES_PER_DAY}d` };
    }
    if (amount % 60 === 0) {
        return { value: `${amount / 60}h` };
    }
    return random.chance(0.5) ? { value: `${amount}min` } : { value: `${amount / 60}h` };
}
