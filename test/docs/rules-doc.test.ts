import { issueCodes } from '@tthc/language';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { CATALOGUE, PROCEDURE, workspace } from '../language/check-helper.js';

const rulesDoc = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
// The Vietnamese page: same headings (so the same `#<code>` anchors for the rule links), same examples.
const vietnameseDoc = readFileSync(join(ROOT, 'docs/vi/rules.md'), 'utf8');

// Codes reported by the CLI for files it cannot parse: documented, exercised by the CLI tests. The rule settings'
// codes are about tthc-rules.json: their examples are JSON, applied in test/language/rule-settings.test.ts.
const fileLevelCodes = new Set(['file-encoding', 'file-empty', 'file-too-large', 'config-invalid', 'config-protected-rule']);

interface RuleSection {
    readonly code: string;
    readonly fails: string;
    readonly passes: string;
}

/** The sections of a rules page that have both examples, under its labels for them. */
function sections(doc = rulesDoc, labels = { fails: 'Fails:', passes: 'Passes:' }): RuleSection[] {
    const result: RuleSection[] = [];
    for (const part of doc.split(/^### /m).slice(1)) {
        const code = /^`([a-z-]+)`/.exec(part)?.[1];
        const fails = new RegExp(`^${labels.fails}\\n\`\`\`tthc\\n([\\s\\S]*?)\`\`\``, 'm').exec(part)?.[1];
        const passes = new RegExp(`^${labels.passes}\\n\`\`\`tthc\\n([\\s\\S]*?)\`\`\``, 'm').exec(part)?.[1];
        if (code && fails !== undefined && passes !== undefined) {
            result.push({ code, fails, passes });
        }
    }
    return result;
}

const keyed = new Set(['step', 'unit', 'channel', 'form', 'position', 'province', 'procedure']);
function keyOf(line: string): string {
    const tokens = line.trim().split(/\s+/);
    return keyed.has(tokens[0]) ? `${tokens[0]} ${tokens[1]}` : tokens[0];
}

/** Applies an example to the reference workspace, as the "How to read the examples" section says. */
function apply(example: string): Record<string, string> {
    const files = { catalogue: CATALOGUE.split('\n'), procedure: PROCEDURE.split('\n'), extra: [] as string[] };
    for (const raw of example.split('\n').filter(line => line.trim() !== '')) {
        const remove = raw.startsWith('- ');
        const add = raw.startsWith('+ ');
        const line = remove || add ? raw.slice(2) : raw;
        const key = keyOf(line);
        const target = (['catalogue', 'procedure'] as const).find(name => files[name].some(l => keyOf(l) === key));
        if (target && !add) {
            const lines = files[target];
            const index = lines.findIndex(l => keyOf(l) === key);
            if (remove) lines.splice(index, 1);
            else lines[index] = lines[index].match(/^\s*/)![0] + line.trim();
        } else if (remove) {
            throw new Error(`Nothing to remove for: ${raw}`);
        } else if (key.startsWith('procedure ')) {
            files.extra.push(line);
        } else if (key.startsWith('unit ') || key.startsWith('step ')) {
            const lines = key.startsWith('unit ') ? files.catalogue : files.procedure;
            lines.splice(lines.lastIndexOf('}'), 0, '  ' + line.trim());
        } else {
            // Before the steps: a declaration after a step could be read as one of its attributes (`part X`).
            const lines = files.procedure;
            lines.splice(lines.findIndex(l => keyOf(l).startsWith('step ')), 0, '  ' + line.trim());
        }
    }
    return { 'catalogue.tthc': files.catalogue.join('\n'), 'procedures/khai-sinh.tthc': files.procedure.join('\n'), 'procedures/extra.tthc': files.extra.join('\n') + '\n' };
}

async function codesOf(example: string): Promise<string[]> {
    const files = apply(example);
    if (files['procedures/extra.tthc'].trim() === '') delete files['procedures/extra.tthc'];
    const ws = await workspace(files);
    return [...ws.documents.keys()].flatMap(path => (ws.document(path)?.diagnostics ?? []).map(d => String(d.code)));
}

describe('docs/rules.md', () => {
    test('documents every code, each in a section of its own (file-level codes together)', () => {
        for (const code of issueCodes) {
            expect(rulesDoc, `docs/rules.md has no section for '${code}'`).toMatch(new RegExp('^### .*`' + code + '`', 'm'));
        }
    });

    test('has a failing and a passing example for every rule but the file-level ones', () => {
        const documented = new Set(sections().map(s => s.code));
        expect(issueCodes.filter(code => !fileLevelCodes.has(code) && !documented.has(code))).toEqual([]);
    });

    test('the reference workspace is clean', async () => {
        expect(await codesOf('')).toEqual([]);
    });

    test.each(sections())('$code: the failing example reports it, the passing one does not', async ({ code, fails, passes }) => {
        expect(await codesOf(fails)).toContain(code);
        expect(await codesOf(passes)).not.toContain(code);
    });
});

// The Vietnamese examples are byte-identical to the English ones, which the tests above apply and check: comparing
// them proves the Vietnamese page right without running every example twice.
describe('docs/vi/rules.md', () => {
    const headings = (doc: string) => doc.split('\n').filter(line => line.startsWith('### '));
    const tthcBlocks = (doc: string) => [...doc.matchAll(/```tthc\n([\s\S]*?)```/g)].map(m => m[1]);

    test('has the English page\'s rule headings, in the same order: one section per code, at the same anchor', () => {
        expect(headings(vietnameseDoc)).toEqual(headings(rulesDoc));
        for (const code of issueCodes) {
            expect(vietnameseDoc, `docs/vi/rules.md has no section for '${code}'`).toMatch(new RegExp('^### .*`' + code + '`', 'm'));
        }
    });

    test('has the English page\'s failing and passing examples, byte for byte, under Vietnamese labels', () => {
        const vietnamese = sections(vietnameseDoc, { fails: 'Ví dụ vi phạm:', passes: 'Ví dụ đạt:' });
        expect(vietnamese.length).toBe(sections().length);
        expect(vietnamese).toEqual(sections());
    });

    test('has the same reference workspace and no other code block', () => {
        expect(tthcBlocks(vietnameseDoc)).toEqual(tthcBlocks(rulesDoc));
    });
});
