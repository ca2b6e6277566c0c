import { splitPerformers, type CatalogueMatcher, type TitleMatch } from './catalogue-match.js';

/** What a responsibility cell says: who performs, who may instead, who takes part, and a hand-over partner. */
export interface PerformerCell {
    /** The performer and its alternatives ("hoặc"), each the text it was read from. */
    readonly alternatives: readonly string[];
    /** "Phối hợp: A, B": who takes part. */
    readonly partners: readonly string[];
    /** "Cơ quan phối hợp: X": the agency the dossier is handed over to. */
    readonly handover?: string;
}

/**
 * Splits a responsibility cell into its performers: one per line or per "hoặc", "/" or ";", except that a unit's
 * line followed by a position's line ("Sở Nội vụ" / "Chuyên viên") is one performer, as tables write a position with
 * its unit; "Phối hợp: …" lines name partners and "Cơ quan phối hợp: …" a hand-over's partner agency.
 */
export function readPerformerCell(text: string): PerformerCell {
    const partners: string[] = [];
    let handover: string | undefined;
    const groups: string[][] = [[]];
    for (const raw of text.split('\n')) {
        const line = raw.replace(/^[-+•]\s*/u, '').trim();
        if (!line) continue;
        const partner = /^phối hợp:\s*(.+)$/iu.exec(line);
        const agency = /^cơ quan phối hợp:\s*(.+)$/iu.exec(line);
        if (agency) {
            handover = agency[1].trim();
        } else if (partner) {
            partners.push(...splitList(partner[1]));
        } else if (/^hoặc\s+/iu.test(line)) {
            groups.push([line.replace(/^hoặc\s+/iu, '')]);
        } else {
            groups[groups.length - 1].push(line);
        }
    }
    const alternatives = groups.filter(g => g.length > 0).map(g => g.join('\n'));
    return { alternatives, partners, ...(handover ? { handover } : {}) };
}

// "A (Unit), B (Unit)": commas inside parentheses do not split.
function splitList(text: string): string[] {
    const out: string[] = [];
    let depth = 0;
    let current = '';
    for (const ch of text) {
        if (ch === '(') depth++;
        if (ch === ')') depth--;
        if (ch === ',' && depth === 0) {
            out.push(current.trim());
            current = '';
        } else {
            current += ch;
        }
    }
    if (current.trim()) out.push(current.trim());
    return out;
}

/** One performer text matched: whole, as "position (unit)", as unit line + position line, or split into several. */
export function matchPerformerText(text: string, matcher: CatalogueMatcher): Array<{ text: string; match: TitleMatch }> {
    const whole = matcher.performer(text.replace(/\n/g, ' '));
    if (whole.kind === 'match') return [{ text, match: whole }];
    const withUnit = /^(.+?) \((.+)\)$/su.exec(text.replace(/\n/g, ' ').trim());
    if (withUnit) {
        const match = matcher.positionIn(withUnit[1], withUnit[2]);
        if (match.kind !== 'none') return [{ text, match }];
    }
    const lines = text.split('\n');
    if (lines.length === 2) {
        const match = matcher.positionIn(lines[1], lines[0]);
        if (match.kind !== 'none') return [{ text: text.replace(/\n/g, ' / '), match }];
    }
    const pieces = splitPerformers(text);
    if (pieces.length <= 1) return [{ text: text.replace(/\n/g, ' '), match: whole }];
    return pieces.map(piece => ({ text: piece, match: matcher.performer(piece) }));
}
