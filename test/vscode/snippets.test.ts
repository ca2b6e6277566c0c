// The snippets the extension contributes expand (with their default choices) into valid TTHC.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lspWorkspace } from '../lsp/lsp-workspace.js';

const snippets: Record<string, { prefix: string; body: string[] }> = JSON.parse(readFileSync('packages/vscode/snippets/tthc.json', 'utf8'));

/** A snippet's text as VS Code inserts it when every placeholder keeps its default or first choice. */
function expand(body: readonly string[]): string {
    let text = body.join('\n');
    // Nested placeholders expand from the inside out.
    for (let previous = ''; previous !== text;) {
        previous = text;
        text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
    }
    return text.replace(/\$\d+/g, '');
}

async function syntaxErrors(text: string): Promise<string[]> {
    const ws = await lspWorkspace({ 'snippet.tthc': text });
    return (ws.document('snippet.tthc').diagnostics ?? []).filter(d => d.code === 'syntax-error').map(d => d.message);
}

describe('the contributed snippets', () => {
    test('a procedure parses', async () => {
        expect(await syntaxErrors(expand(snippets.Procedure.body))).toEqual([]);
    });

    test('a step, with a hand-over, parses inside a procedure', async () => {
        const step = expand(snippets.Step.body).replace('-> Next', `${expand(snippets['Hand-over'].body)}\n    -> Next`);
        expect(await syntaxErrors(`procedure P "p" {\n${step}\nstep Next "n" return\n}\n`)).toEqual([]);
    });

    test('a unit and a position parse inside a province', async () => {
        const unit = expand(snippets.Unit.body).replace('}', `${expand(snippets.Position.body)}\n}`);
        expect(await syntaxErrors(`province P "p" {\n${unit}\n}\n`)).toEqual([]);
    });
});
