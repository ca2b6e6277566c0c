import type { TthcFile } from '@tthc/language';
import type { LangiumDocument } from 'langium';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { workspace } from '../language/check-helper.js';
import { arithmeticVerdicts } from '../support/decision-arithmetic.js';
import { readDecisionFile, type DecisionProcedure } from '../support/decision-tables.js';
import { ARITHMETIC_CODES, PUBLISHED_TABLES, verdictOfNumbers, type ArithmeticCode, type PublishedTable } from './published-tables.js';

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
    test('parses, and every reference resolves', () => {
        const paths = Object.keys(filesOf(province));
        expect(paths.length).toBeGreaterThan(1);
        for (const path of paths) {
            const diagnostics = documents.get(path)!.diagnostics ?? [];
            expect(diagnostics.filter(d => codeOf(d.code) === 'syntax-error' || codeOf(d.code) === 'unknown-reference').map(d => d.message), path).toEqual([]);
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


// The raw decision text, read by the table reader (test/support/decision-tables.ts), for each table written in the
// language: its time cells are the ones recorded here, and its own arithmetic (steps against the published total
// and subtotals) is the tool's verdict. So the verdicts come from the published text, not from a copy of it.
const rawProcedures = new Map<string, DecisionProcedure[]>();
function readerProcedure(table: PublishedTable, heading: string): DecisionProcedure[] {
    let procedures = rawProcedures.get(table.raw);
    if (!procedures) {
        procedures = readDecisionFile(join(RAW, table.raw));
        rawProcedures.set(table.raw, procedures);
    }
    const wanted = normalised(heading).toLowerCase().trim();
    return procedures.filter(p => [p.title, p.caseLabel ?? '', p.group?.title ?? '', ...p.caseTotals.map(t => t.label)]
        .map(text => normalised(text).toLowerCase().trim())
        .some(text => text.length > 0 && (text.includes(wanted) || (text.length > 10 && wanted.includes(text)))));
}

// A table whose cases share one table (their totals listed one after the other): the reader sums the whole table.
const withCaseTotals = (procedure: DecisionProcedure): boolean => procedure.caseTotals.length > 0;

describe('the raw decision text agrees', () => {
    const flows = PUBLISHED_TABLES.flatMap(table => table.flows.map((flow, index) => [`${table.fixture} #${index + 1}`, table, flow] as const));

    test.each(flows)('%s: the table reader finds the table and its time cells are the ones written down', (_, table, flow) => {
        const found = readerProcedure(table, flow.heading ?? table.heading);
        expect(found.length, `'${flow.heading ?? table.heading}' in raw/${table.raw}`).toBe(1);
        const cells = found[0].rows.flatMap(row => row.timeText === undefined ? [] : [normalised(row.timeText).trim()]);
        const written = flow.cells.map(cell => normalised(cell).trim());
        if (withCaseTotals(found[0])) {
            // Each case's path is a selection of the table's rows.
            const left = [...cells];
            for (const cell of written) {
                const at = left.indexOf(cell);
                expect(at, `${cell} among ${JSON.stringify(cells)}`).toBeGreaterThanOrEqual(0);
                left.splice(at, 1);
            }
        } else {
            // The reader keeps a cell's time and leaves a remark after it ("05 ngày làm việc (không tính …)") to the row.
            expect(written.length).toBe(cells.length);
            written.forEach((cell, i) => expect(cell.startsWith(cells[i]), `${cell} / ${cells[i]}`).toBe(true));
        }
    });

    test.each(PUBLISHED_TABLES.map(t => [t.fixture, t] as const))('%s: the reader\'s arithmetic of the raw table is the tool\'s verdict', (_, table) => {
        const verdicts = table.flows.flatMap(flow => readerProcedure(table, flow.heading ?? table.heading))
            .filter((procedure, index, all) => all.indexOf(procedure) === index && !withCaseTotals(procedure))
            .flatMap(procedure => arithmeticVerdicts(procedure))
            .filter(verdict => (verdict.check === 'total' || verdict.check === 'part') && verdict.addsUp !== undefined);
        const reported = (documents.get(table.fixture)!.diagnostics ?? []).some(d => codeOf(d.code) === 'total-mismatch');
        if (verdicts.length === 0) {
            // Cases listed in one table: the reader cannot tell the paths apart, the recorded verdict stands.
            expect(table.flows.some(flow => readerProcedure(table, flow.heading ?? table.heading).some(withCaseTotals))).toBe(true);
            return;
        }
        expect(reported, verdicts.map(v => `${v.check} ${v.what ?? ''}: ${v.stated} vs ${v.computed}: ${v.why}`).join('\n')).toBe(verdicts.some(v => v.addsUp === false));
    });
});
