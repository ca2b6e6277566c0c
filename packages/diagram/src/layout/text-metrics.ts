/**
 * Text sizes without a browser: a per-font average glyph width (generous for Vietnamese, whose
 * diacritics do not widen a glyph) and greedy word wrapping by character count. Estimates are
 * deliberately wide so wrapped lines stay inside their box in any of the fallback fonts.
 */

/** A font size and weight used by the diagram. */
export interface TextStyle {
    readonly size: number;
    readonly bold: boolean;
}

/** Estimated width of one line, in user units. */
export function textWidth(text: string, style: TextStyle): number {
    return Array.from(text).length * charWidth(style);
}

/** How many characters fit in `width`. */
export function charsThatFit(width: number, style: TextStyle): number {
    return Math.max(1, Math.floor(width / charWidth(style)));
}

/**
 * Wraps text into lines of at most `maxChars` characters: greedily at spaces, and a word longer
 * than a line is cut (a long code or URL must not overflow either).
 */
export function wrapText(text: string, maxChars: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(w => w.length > 0)) {
        let rest = Array.from(word);
        const candidate = line.length === 0 ? word : `${line} ${word}`;
        if (Array.from(candidate).length <= maxChars) {
            line = candidate;
            continue;
        }
        if (line.length > 0) {
            lines.push(line);
        }
        while (rest.length > maxChars) {
            lines.push(rest.slice(0, maxChars).join(''));
            rest = rest.slice(maxChars);
        }
        line = rest.join('');
    }
    if (line.length > 0 || lines.length === 0) {
        lines.push(line);
    }
    return lines;
}

// Average advance of a sans-serif glyph is about 0.5em; 0.6em (0.64em bold) leaves a margin.
function charWidth(style: TextStyle): number {
    return style.size * (style.bold ? 0.64 : 0.6);
}
