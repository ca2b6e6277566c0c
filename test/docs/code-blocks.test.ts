import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { workspace } from '../language/check-helper.js';

// Every ```tthc block a user reads must at least parse; rules.md blocks are fragments, checked by rules-doc.test.ts.
const pagesIn = (folder: string) => readdirSync(join(ROOT, folder)).filter(f => f.endsWith('.md') && f !== 'rules.md').map(f => `${folder}/${f}`);
const pages = ['README.md', ...pagesIn('docs'), ...pagesIn('docs/vi')];
const blocks = pages.flatMap(page =>
    [...readFileSync(join(ROOT, page), 'utf8').matchAll(/```tthc\n([\s\S]*?)```/g)].map((match, index) => ({ page, index, text: match[1] })));

describe('code blocks in the documentation', () => {
    test('there are some', () => {
        expect(blocks.length).toBeGreaterThan(2);
    });

    test.each(blocks)('$page block $index parses', async ({ text }) => {
        // a channel or step line on its own is wrapped in a procedure
        const source = /^\s*(province|procedure|\/\/)/.test(text) ? text : `procedure P "P" {\n${text}\n}\n`;
        const ws = await workspace({ 'doc.tthc': source });
        const syntax = (ws.document('doc.tthc')?.diagnostics ?? []).filter(d => d.code === 'syntax-error');
        expect(syntax.map(d => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
    });
});
