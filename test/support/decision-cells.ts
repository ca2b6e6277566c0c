// The cells of a scraped decision (../shared/data/qtnb-2025-decisions-md/raw/*.md): every table cell is on its own
// line(s), cells are separated by lines holding only `|`, and two separators in a row (an empty cell) end a row.

/** One cell: its text as written (lines joined with `\n`), the same text cleaned, and the line it starts on (1-based). */
export interface Cell {
    readonly raw: string;
    readonly text: string;
    readonly line: number;
}

/** The text of a cell as the reader compares it: NFC, no markdown emphasis, one space between words. */
export function cleanCell(raw: string): string {
    return raw.normalize('NFC').replace(/\*+/g, ' ').replace(/__/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Splits a scraped decision into cells; an empty cell (`text === ''`) marks the end of a row. */
export function splitCells(source: string): Cell[] {
    const lines = source.normalize('NFC').split(/\r?\n/);
    const cells: Cell[] = [];
    let current: string[] = [];
    let start = 1;
    const close = (): void => {
        const raw = current.join('\n').trim();
        cells.push({ raw, text: cleanCell(raw), line: start });
    };
    lines.forEach((line, index) => {
        if (line.trim() === '|') {
            close();
            current = [];
            start = index + 2;
        } else {
            if (current.length === 0 && line.trim() === '') {
                start = index + 2;
                return;
            }
            current.push(line);
        }
    });
    close();
    return cells;
}

/** A step label as tables write it: "Bước 1", "B1", "**Bước 12**". Returns the label cleaned, or undefined. */
export function stepLabel(text: string): string | undefined {
    const match = /^(Bước\s*\d+[a-z]?|B\d+[a-z]?)\.?$/iu.exec(text);
    return match ? match[1].replace(/\s+/g, ' ') : undefined;
}

/** A case heading ("a) Trường hợp …", "2.1. Trường hợp …", "1.1. Trường hợp …"), cleaned, or undefined. */
export function caseHeading(text: string): string | undefined {
    return /^(?:[a-z]\)|\d+(?:\.\d+)+\.?)\s*Trường hợp\b/iu.test(text) ? text : undefined;
}
