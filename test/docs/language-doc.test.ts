// docs/vi/language.md mirrors docs/language.md: the same sections in the same order, the same examples byte for
// byte (code-blocks.test.ts parses them), and links within each page that reach one of its headings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

const english = readFileSync(join(ROOT, 'docs/language.md'), 'utf8');
const vietnamese = readFileSync(join(ROOT, 'docs/vi/language.md'), 'utf8');

const headings = (doc: string): string[] => doc.split('\n').filter(line => /^#{1,6} /.test(line));
const codeBlocks = (doc: string): string[] => [...doc.matchAll(/```(tthc|text)\n([\s\S]*?)```/g)].map(m => `${m[1]}\n${m[2]}`);

/** GitHub's anchor of a heading: lower case, punctuation dropped (letters of any script kept), spaces as hyphens. */
function anchorOf(heading: string): string {
    return heading.replace(/^#+ /, '').trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

describe('docs/vi/language.md', () => {
    test("has the English page's sections, in the same order and at the same levels", () => {
        const levels = (doc: string) => headings(doc).map(h => h.split(' ')[0]);
        expect(levels(vietnamese)).toEqual(levels(english));
        expect(headings(vietnamese).length).toBeGreaterThan(10);
    });

    test("has the English page's examples, byte for byte, in the same order", () => {
        expect(codeBlocks(vietnamese)).toEqual(codeBlocks(english));
    });

    test.each([['docs/language.md', english], ['docs/vi/language.md', vietnamese]])('%s: links within the page reach one of its headings', (_page, doc) => {
        const anchors = new Set(headings(doc).map(anchorOf));
        const links = [...doc.matchAll(/\]\(#([^)]+)\)/g)].map(m => m[1]);
        expect(links.length).toBeGreaterThan(3);
        expect(links.filter(link => !anchors.has(link))).toEqual([]);
    });
});
