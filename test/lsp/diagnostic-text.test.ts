import { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, PROCEDURE, lspWorkspace } from './lsp-workspace.js';

describe('the language server reports echoed source text bounded and on one line', () => {
    test('a hostile title, a token with a line break, a control character and a long name', async () => {
        const workspace = await lspWorkspace({
            'catalogue.tthc': CATALOGUE.replace('"Ủy ban nhân dân xã"', '"Ủy ban nhân dân huyện \u001b]0;pwned\u0007"'),
            'procedure.tthc': PROCEDURE
                .replace('code 1.001193', 'code "1.001193\nxyz"')
                .replace('sector "Hộ tịch"', 'sector "Hộ tịch" \u001b')
                .replace('by UBNDXa.ChuTich', `by ${'D'.repeat(100_000)}`)
        });
        const messages = ['catalogue.tthc', 'procedure.tthc'].flatMap(path => (workspace.document(path).diagnostics ?? []).map(Diagnostic.getMessageString));
        expect(messages.length).toBeGreaterThanOrEqual(4);
        for (const message of messages) {
            expect([...message].every(c => c >= ' ' && c !== '\u007f'), message).toBe(true);
            expect(message.length).toBeLessThan(400);
        }
        expect(messages).toContain("Unexpected character '\\u001b': remove it, or put text in double quotes; see docs/language.md for the syntax.");
    });
});
