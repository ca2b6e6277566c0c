// The compiler's one sanitiser (packages/compiler/src/markup/markup-text.ts) on hostile strings.
import { escapeMarkupAttribute, escapeMarkupText, replaceUnsafeCharacters } from '@tthc/compiler/markup';
import { describe, expect, test } from 'vitest';
import { parseWellFormed } from './well-formed.js';

// Every kind of character markup cannot carry, each between two letters.
const UNSAFE = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u000e', '\u001f', '\u007f', '\u0085', '\u009f', '\ud800', '\udfff', '\ufffe', '\uffff'];
const HOSTILE = ['<script>alert(1)</script>', ']]>', `"'&`, '&amp;', '<!-- x -->', '<![CDATA[x]]>', ...UNSAFE.map(c => `a${c}b`), 'tab\there', 'line\nfeed', 'carriage\rreturn'];

/** What a parser must give back: the text with each unsafe character as U+FFFD. */
function expected(text: string): string {
    return UNSAFE.reduce((t, c) => t.split(c).join('\ufffd'), text);
}

describe('the markup sanitiser', () => {
    test('replaces every character XML cannot carry, and only those, with U+FFFD', () => {
        for (const c of UNSAFE) {
            expect(replaceUnsafeCharacters(`a${c}b`), JSON.stringify(c)).toBe('a\ufffdb');
        }
        // Tab, line ends, a surrogate pair and U+FFFD itself stay.
        expect(replaceUnsafeCharacters('a\tb\nc\rd 🎉 \ufffd Hồ sơ')).toBe('a\tb\nc\rd 🎉 \ufffd Hồ sơ');
        // The halves of a pair in the wrong order are two lone surrogates.
        expect(replaceUnsafeCharacters('\udf89\ud83c')).toBe('\ufffd\ufffd');
    });

    test('text: markup characters as references, quotes as they are', () => {
        expect(escapeMarkupText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(escapeMarkupText(']]>')).toBe(']]&gt;');
        expect(escapeMarkupText(`"'&`)).toBe(`"'&amp;`);
        expect(escapeMarkupText('a\u0001b\ud800c\ufffed')).toBe('a\ufffdb\ufffdc\ufffdd');
        expect(escapeMarkupText('Thủ tục đăng ký khai sinh')).toBe('Thủ tục đăng ký khai sinh');
    });

    test('attribute: quotes, tab and line ends as references too', () => {
        expect(escapeMarkupAttribute(`"><script>'&`)).toBe(`&quot;&gt;&lt;script&gt;'&amp;`);
        expect(escapeMarkupAttribute('a\tb\nc\rd')).toBe('a&#x9;b&#xA;c&#xD;d');
        expect(escapeMarkupAttribute('a\u0000b\udfffc\uffff')).toBe('a\ufffdb\ufffdc\ufffd');
    });

    test('whatever the text, the document is well-formed and gives the text back', () => {
        for (const text of HOSTILE) {
            const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<root title="${escapeMarkupAttribute(text)}">${escapeMarkupText(text)}</root>`;
            const root = parseWellFormed(xml).documentElement;
            expect(root.getAttribute('title'), JSON.stringify(text)).toBe(expected(text));
            expect(root.textContent, JSON.stringify(text)).toBe(expected(text));
            expect(root.childElementCount).toBe(0);
        }
    });

    test('the parser is strict: it rejects the characters and markup the sanitiser removes', () => {
        expect(() => parseWellFormed('<root>a\u0001b</root>')).toThrow();
        expect(() => parseWellFormed('<root>a\uffffb</root>')).toThrow();
        expect(() => parseWellFormed('<root a="<">x</root>')).toThrow();
        expect(() => parseWellFormed('<root>&</root>')).toThrow();
    });
});
