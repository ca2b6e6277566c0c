import type { Lexer } from 'langium';

// The tokens right before a cross-reference in grammars/tthc.langium: `by`, `leaders of`, `or`, `with`,
// `handover to`, `authority`, `on form`, `produces`, `->`, `when` (a case), `part`, `clock starts after`,
// a case's `start`, `signs-for` and the `,` of a list. Only a start after one of them is worth asking the
// parser about, so a long line of keywords in a catalogue costs no parse.
const REFERENCE_LEADS = new Set(['by', 'of', 'or', 'with', 'to', 'authority', 'form', 'produces', '->', 'when', 'in', 'after', 'start', 'signs-for', ',']);

// A word as a designer types it in a title: letters (accents included, composed or not), digits, `_`.
const WORD = /^[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*$/u;

/** At most this many words are taken as a typed title (titles are searched by a few of their words). */
const MAX_WORDS = 8;

/**
 * Where the words typed before `offset` may start a reference, nearest first: the offsets of the
 * words of the line's last run of space-separated words (up to the cursor) that follow a token which
 * may precede a reference. In `by tu phap|` that is `phap` (after `tu`: no) and `tu` (after `by`: yes),
 * so the result is the offset of `tu`. Words may be keywords (`to` is also a Vietnamese word, "tổ").
 */
export function typedWordStarts(lexer: Lexer, text: string, offset: number): number[] {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const tokens = lexer.tokenize(text.substring(lineStart, offset)).tokens;
    const last = tokens.length - 1;
    const end = (i: number): number => tokens[i].startOffset + tokens[i].image.length;
    if (last < 0 || end(last) !== offset - lineStart) return [];
    const starts: number[] = [];
    for (let i = last; i >= 0 && last - i < MAX_WORDS; i--) {
        const token = tokens[i];
        if (!WORD.test(token.image)) break;
        if (i < last && !/^[ \t]+$/.test(text.substring(lineStart + end(i), lineStart + tokens[i + 1].startOffset))) break;
        const previous = tokens[i - 1];
        if (previous !== undefined && REFERENCE_LEADS.has(previous.image)) {
            starts.push(lineStart + token.startOffset);
        }
    }
    return starts;
}
