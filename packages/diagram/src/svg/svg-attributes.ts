import { escapeMarkupAttribute } from '@tthc/compiler';

/**
 * Attribute helpers for the SVG. Every text from the source goes through the compiler's one
 * sanitiser: `escapeMarkupText` for element content, `escapeMarkupAttribute` (here, in `attrs`) for
 * attribute values, so a title like `<script>` renders as text and never as an element.
 */

/** A number as an attribute value: at most one decimal, no exponent, no `-0`. */
export function num(value: number): string {
    const rounded = Math.round(value * 10) / 10;
    return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Attributes from a record, in insertion order, values escaped; undefined values are left out. */
export function attrs(values: Readonly<Record<string, string | number | undefined>>): string {
    return Object.entries(values)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeMarkupAttribute(v as string)}"`)
        .join('');
}
