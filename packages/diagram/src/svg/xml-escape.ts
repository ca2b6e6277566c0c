/**
 * Escaping for SVG text and attribute values. Every text from the source goes through here: markup
 * characters become entities, so a title like `<script>` renders as text and never as an element.
 */

// Characters XML 1.0 forbids (controls other than tab, newline and return; lone surrogates;
// U+FFFE and U+FFFF): replaced, since no escape makes them legal.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for element content and for attribute values (both quotes included). */
export function escapeXml(text: string): string {
    return text.replace(INVALID, '\uFFFD').replace(/[&<>"']/g, c => ENTITIES[c]);
}

/** A number as an attribute value: at most one decimal, no exponent, no `-0`. */
export function num(value: number): string {
    const rounded = Math.round(value * 10) / 10;
    return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Attributes from a record, in insertion order, values escaped; undefined values are left out. */
export function attrs(values: Readonly<Record<string, string | number | undefined>>): string {
    return Object.entries(values)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v as string)}"`)
        .join('');
}
