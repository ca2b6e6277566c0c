// A small seeded PRNG, so that the generated workspace is the same on every run and machine.

/**
 * A deterministic source of random choices (mulberry32: 32-bit state, good enough for test data,
 * and fast).
 * @typedef {object} Random
 * @property {() => number} next a float in [0, 1)
 * @property {(min: number, max: number) => number} int an integer in [min, max], both included
 * @property {(probability: number) => boolean} chance true with the given probability
 * @property {<T>(items: readonly T[]) => T} pick one item
 * @property {<T>(items: readonly T[], count: number) => T[]} sample `count` distinct items, in their original order
 */

/**
 * Creates a PRNG from a 32-bit seed.
 * @param {number} seed
 * @returns {Random}
 */
export function createRandom(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (min, max) => min + Math.floor(next() * (max - min + 1));
    const pick = items => items[Math.floor(next() * items.length)];
    const sample = (items, count) => {
        // Partial Fisher-Yates over the indices, then restore the original order so that the
        // output reads naturally (mandatory items first, and so on).
        const indices = items.map((_, i) => i);
        const n = Math.min(count, items.length);
        for (let i = 0; i < n; i++) {
            const j = i + Math.floor(next() * (indices.length - i));
            [indices[i], indices[j]] = [indices[j], indices[i]];
        }
        return indices.slice(0, n).sort((a, b) => a - b).map(i => items[i]);
    };
    return { next, int, chance: p => next() < p, pick, sample };
}

/**
 * A seed for item `index` of a stream, independent of how many items are generated: procedure 17
 * is the same in a workspace of 1,000 and one of 5,000.
 * @param {number} seed
 * @param {number} index
 * @returns {number}
 */
export function deriveSeed(seed, index) {
    let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    return (h ^ (h >>> 16)) >>> 0;
}
