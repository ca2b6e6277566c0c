/** A fee amount as written, read into a number with what is wrong with it, if anything. */
export interface ParsedAmount {
    /** The value in VND; NaN when the text is not a number at all. */
    readonly value: number;
    readonly negative: boolean;
    /** True when the amount has a fractional part or a thousands separator such as `2.000`. */
    readonly notWhole: boolean;
}

/** Reads an `Amount` (`2000`, `200_000`, `-5`, `1500.5`, `2.000`). */
export function parseAmount(text: string): ParsedAmount {
    const compact = text.replace(/\s+/g, '').replaceAll('_', '');
    const negative = compact.startsWith('-');
    const digits = negative ? compact.slice(1) : compact;
    if (/^[0-9]+$/.test(digits)) {
        const value = Number(digits);
        return { value: negative ? -value : value, negative, notWhole: false };
    }
    const value = /^[0-9]+\.[0-9]+$/.test(digits) ? Number(digits) : Number.NaN;
    return { value: negative ? -value : value, negative, notWhole: true };
}
