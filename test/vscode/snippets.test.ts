// The snippets (the language server offers them; the extension contributes the same list) expand,
// with their default choices, into valid TTHC.
import { snippets } from '@tthc/language/lsp';
import { describe, expect, test } from 'vitest';
import { Diagnostic } from 'vscode-languageserver-types';
import { lspWorkspace } from '../lsp/lsp-workspace.js';

const body = (name: string): string => snippets.find(s => (s.name ?? s.keyword) === name)!.body;

/** A snippet's text as an editor inserts it when every placeholder keeps its default or first choice. */
function expand(text: string): string {
    let result = text;
    // Nested placeholders expand from the inside out.
    for (let previous = ''; previous !== result;) {
        previous = result;
        result = result.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
    }
    return result.replace(/\$\{\d+\}|\$\d+/g, 'X').replace(/\t/g, '    ');
}

async function syntaxErrors(text: string): Promise<string[]> {
    const ws = await lspWorkspace({ 'snippet.tthc': text });
    return (ws.document('snippet.tthc').diagnostics ?? []).filter(d => d.code === 'syntax-error').map(Diagnostic.getMessageString);
}

describe('the snippets', () => {
    test('a procedure parses', async () => {
        expect(await syntaxErrors(expand(body('procedure')))).toEqual([]);
    });

    test('a step with a hand-over parses inside a procedure', async () => {
        const step = `${expand(body('step')).replace(/X$/, '')}\n    ${expand(body('handover')).replace(/X$/, '')}`;
        expect(await syntaxErrors(`procedure P "p" {\n${step}\n}\n`)).toEqual([]);
    });

    test('a not-counted return step, a case and a part parse inside a procedure', async () => {
        const members = ['case', 'part', 'return-step'].map(name => `    ${expand(body(name)).replace(/X$/, '')}`).join('\n');
        expect(await syntaxErrors(`procedure P "p" {\n${members}\n}\n`)).toEqual([]);
    });

    test('a unit and a position parse inside a province', async () => {
        const unit = expand(body('unit')).replace(/X\n\}$/, `\n    ${expand(body('position')).replace(/X$/, '')}\n}`);
        expect(await syntaxErrors(`province P "p" {\n${unit}\n}\n`)).toEqual([]);
    });
});
