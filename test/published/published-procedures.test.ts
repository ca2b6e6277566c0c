import { isProcedure, type TthcFile } from '@tthc/language';
import { AstUtils, type LangiumDocument } from 'langium';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { workspace } from '../language/check-helper.js';
import { ARITHMETIC_CODES, PUBLISHED_TABLES, verdictOfNumbers, type ArithmeticCode } from './published-tables.js';

// Real internal-procedure tables of November 2025 decisions, written in the language (test/fixtures/published/),
// checked as projects: they parse and link, and the tool's verdict on each table's arithmetic is the one its
// published numbers call for (published-tables.ts).

const FIXTURES = join(ROOT, 'test/fixtures/published');
// The decisions' text, kept outside the repository beside it (see ../shared/data/qtnb-2025-decisions-md/SOURCE.md).
const RAW = resolve(ROOT, '../shared/data/qtnb-2025-decisions-md/raw');
const provinces = readdirSync(FIXTURES, { withFileTypes: true }).filter(e => e.isDirectory()).map(e => e.name).sort();
const documents = new Map<string, LangiumDocument>();
const arithmetic: ReadonlySet<string> = new Set(ARITHMETIC_CODES);

/**
 * Every `.tthc` file of a province folder, by its path under test/fixtures/published/, the catalogue first:
 * the workspace helper parses the files one by one outside the builder's updates, so the project map made while
 * a procedure is parsed does not see a catalogue added after it, and the procedure would not link to it.
 */
function filesOf(province: string): Record<string, string> {
    const files: Record<string, string> = {};
    const names = readdirSync(join(FIXTURES, province)).filter(n => n.endsWith('.tthc')).sort();
    for (const name of ['catalogue.tthc', ...names.filter(n => n !== 'catalogue.tthc')]) {
        files[`${province}/${name}`] = readFileSync(join(FIXTURES, province, name), 'utf8');
    }
    return files;
}

/** Text compared as printed, whatever its line breaks and bold markers. */
function normalised(text: string): string {
    return text.normalize('NFC').replace(/\*/g, '').replace(/\s+/g, ' ');
}

const codeOf = (code: unknown): string => String(code);

beforeAll(async () => {
    // One workspace per province: each folder is a project of its own (its catalogue and its procedures).
    for (const province of provinces) {
        const project = await workspace(filesOf(province));
        for (const [path, document] of project.documents) documents.set(path, document);
    }
}, 120_000);

describe('published tables written in the language', () => {
    test('at least 20 procedures from at least 5 decisions', () => {
        expect(PUBLISHED_TABLES.length).toBeGreaterThanOrEqual(20);
        expect(new Set(PUBLISHED_TABLES.map(t => t.raw)).size).toBeGreaterThanOrEqual(5);
    });

    test('every procedure of the fixtures has one entry, and every entry names a procedure of its fixture', () => {
        const declared = [...documents].flatMap(([path, document]) =>
            (document.parseResult.value as TthcFile).procedures.map(p => `${path}#${p.name}`));
        expect(PUBLISHED_TABLES.map(t => `${t.fixture}#${t.procedure}`).sort()).toEqual(declared.sort());
    });

    test.each(PUBLISHED_TABLES.map(t => [`${t.raw} "${t.heading}"`, t] as const))('%s: the heading is the raw table\'s and the fixture cites it', (_, table) => {
        expect(existsSync(RAW), `the decisions' text is expected at ${RAW}`).toBe(true);
        const raw = normalised(readFileSync(join(RAW, table.raw), 'utf8'));
        for (const heading of [table.heading, ...table.flows.flatMap(f => f.heading ?? [])]) {
            expect(raw, `'${heading}' in raw/${table.raw}`).toContain(normalised(heading));
        }
        const fixture = readFileSync(join(FIXTURES, table.fixture), 'utf8');
        expect(fixture.startsWith(`// Source: raw/${table.raw}: Quyết định ${table.decision}`)).toBe(true);
    });
});

describe.each(provinces)('test/fixtures/published/%s', province => {
    test('parses, and every reference resolves (but to the procedure\'s own bodies, parts and cases: not yet in scope)', () => {
        const paths = Object.keys(filesOf(province));
        expect(paths.length).toBeGreaterThan(1);
        for (const path of paths) {
            const document = documents.get(path)!;
            const diagnostics = document.diagnostics ?? [];
            expect(diagnostics.filter(d => codeOf(d.code) === 'syntax-error').map(d => d.message), path).toEqual([]);
            // Known defect: the scope computation exports a procedure's steps and forms only, so `by Body`,
            // `part Part` and `when Case` do not resolve. Any other unknown name is a mistake of the fixture.
            const unresolved = diagnostics.filter(d => codeOf(d.code) === 'unknown-reference').map(d => {
                const offset = document.textDocument.offsetAt(d.range.start);
                const node = AstUtils.getContainerOfType(findNodeAt(document, offset), isProcedure);
                const local = new Set([...(node?.bodies ?? []), ...(node?.parts ?? []), ...(node?.cases ?? [])].map(n => n.name));
                const name = document.textDocument.getText(d.range);
                return { name, local: local.has(name) };
            });
            expect(unresolved.filter(u => !u.local).map(u => u.name), path).toEqual([]);
        }
    });
});

describe('the verdict on each table\'s arithmetic', () => {
    test.each(PUBLISHED_TABLES.map(t => [t.fixture, t] as const))('%s: the recorded verdict is what the published numbers call for', (_, table) => {
        expect(verdictOfNumbers(table), table.why).toEqual([...table.verdict]);
    });

    test.each(PUBLISHED_TABLES.map(t => [t.fixture, t] as const))('%s: the tool reports that verdict (and the known false positives)', (_, table) => {
        const document = documents.get(table.fixture);
        expect(document, table.fixture).toBeDefined();
        const reported = new Set((document!.diagnostics ?? []).map(d => codeOf(d.code)).filter(code => arithmetic.has(code)));
        const expected = new Set<ArithmeticCode>([...table.verdict, ...(table.falsePositives ?? []).map(f => f.code)]);
        expect([...reported].sort(), `${table.why}\n${(table.falsePositives ?? []).map(f => `${f.code}: ${f.why}`).join('\n')}`).toEqual([...expected].sort());
    });
});

/** The deepest AST node whose text covers an offset. */
function findNodeAt(document: LangiumDocument, offset: number) {
    let node = document.parseResult.value;
    for (;;) {
        const inner = AstUtils.streamContents(node).find(child => {
            const cst = child.$cstNode;
            return cst !== undefined && cst.offset <= offset && offset < cst.end;
        });
        if (!inner) return node;
        node = inner;
    }
}
