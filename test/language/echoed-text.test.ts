import { quoteSource, showControls, sourceText } from '@tthc/language';
import { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, check, edit } from './check-helper.js';

describe('quoteSource: source text as messages show it', () => {
    test('short text is quoted unchanged', () => {
        expect(quoteSource('Ủy ban nhân dân xã')).toBe("'Ủy ban nhân dân xã'");
        expect(sourceText('KhaiSinh')).toBe('KhaiSinh');
    });

    test('control characters are shown as escapes: \\n \\r \\t, else \\u followed by four hex digits', () => {
        expect(showControls('a\nb\r\tc\u001b[31m\u0007\u007f\u0085\u2028\u202e')).toBe('a\\nb\\r\\tc\\u001b[31m\\u0007\\u007f\\u0085\\u2028\\u202e');
        expect(quoteSource('x\ny')).toBe("'x\\ny'");
    });

    test('past 80 characters: cut, with an ellipsis and the count of what was cut', () => {
        expect(quoteSource('a'.repeat(80))).toBe(`'${'a'.repeat(80)}'`);
        expect(quoteSource('a'.repeat(81))).toBe(`'${'a'.repeat(80)}…' (1 more character)`);
        expect(sourceText('b'.repeat(100))).toBe(`${'b'.repeat(80)}… (20 more characters)`);
    });

    test('characters outside the basic plane are counted once and never split', () => {
        const text = '𝔸'.repeat(81);
        expect(quoteSource(text)).toBe(`'${'𝔸'.repeat(80)}…' (1 more character)`);
    });
});

describe('messages echo source text bounded and on one line (the editor shows the same messages)', () => {
    test('an 8 MB name in a reference', async () => {
        const name = 'B'.repeat(8_000_000);
        const { diagnostics } = await check(edit('by UBNDXa.ChuTich', `by ${name}`));
        const unknown = diagnostics.find(d => d.code === 'unknown-reference')!;
        expect(unknown.message).toBe(`There is no unit or position named '${'B'.repeat(80)}…' (7999920 more characters): declare it, or correct the name.`);
        for (const diagnostic of diagnostics) {
            expect(Diagnostic.getMessageString(diagnostic).length).toBeLessThan(400);
        }
    }, 60_000);

    test('an 8 MB token in a syntax error', async () => {
        const { diagnostics } = await check(edit('sector "Hộ tịch"', `sector ${'C'.repeat(8_000_000)}`));
        const syntax = diagnostics.find(d => d.code === 'syntax-error')!;
        expect(syntax.message).toBe(`Found '${'C'.repeat(80)}…' (7999920 more characters) where a quoted text was expected; see docs/language.md for the syntax.`);
    }, 60_000);

    test('a token holding a line break in a syntax error', async () => {
        const { diagnostics } = await check(edit('code 1.001193', 'code "1.001193\nxyz"'));
        const syntax = diagnostics.find(d => d.code === 'syntax-error')!;
        expect(syntax.message).toBe(`Found '"1.001193\\nxyz"' where a code such as 1.001193 or 000.00.00.H30 or a whole number was expected; see docs/language.md for the syntax.`);
    });

    test('an unexpected control character', async () => {
        const { diagnostics } = await check(edit('sector "Hộ tịch"', 'sector "Hộ tịch" \u001b'));
        expect(diagnostics[0].message).toBe("Unexpected character '\\u001b': remove it, or put text in double quotes; see docs/language.md for the syntax.");
    });

    test('a title holding terminal escape sequences', async () => {
        const catalogue = CATALOGUE.replace('"Ủy ban nhân dân xã"', '"Ủy ban nhân dân huyện \u001b]0;pwned\u0007\u001b[31m"');
        const { diagnostics } = await check(catalogue, null);
        const title = diagnostics.find(d => d.code === 'district-unit-title')!;
        expect(title.message).toContain("is titled 'Ủy ban nhân dân huyện \\u001b]0;pwned\\u0007\\u001b[31m'");
        expect(diagnostics.map(Diagnostic.getMessageString).every(m => [...m].every(c => c >= ' '))).toBe(true);
    });
});
