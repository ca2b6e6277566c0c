// The Word and Excel fixtures of the published tables (test/support/published-docx.ts, published-xlsx.ts), built
// from ../shared/data/qtnb-2025-decisions-md/raw/ into a temporary folder: each holds every table of its decision,
// laid out as printed (merged cells back), reads back to the same steps and time cells as the raw text, and names
// the hand-written fixture of each table.
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { stepLabel } from '../support/decision-cells.js';
import { decisionFiles, decisionsDir, decisionsProblem, readDecisionFile } from '../support/decision-tables.js';
import { docxBlocks, docxParts, docxText, type DocxCell } from '../support/docx-text.js';
import { buildPublishedDocx, type PublishedFile } from '../support/published-docx.js';
import { buildPublishedXlsx } from '../support/published-xlsx.js';
import { PUBLISHED_TABLES } from './published-tables.js';

const DIR = decisionsDir();
const problem = decisionsProblem(DIR);
if (problem) throw new Error(problem);
const OUT = mkdtempSync(join(tmpdir(), 'tthc-published-docx-'));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

const withTables = decisionFiles(DIR).filter(file => readDecisionFile(file).some(p => p.layout === 'table'));
const built = new Map<string, PublishedFile>();
async function docxOf(raw: string): Promise<PublishedFile> {
    let file = built.get(raw);
    if (!file) {
        file = await buildPublishedDocx(raw, OUT);
        built.set(raw, file);
    }
    return file;
}

async function tablesOf(file: string): Promise<Array<ReadonlyArray<readonly DocxCell[]>>> {
    const blocks = docxBlocks((await docxParts(readFileSync(file))).documentXml);
    return blocks.flatMap(b => (b.kind === 'table' ? [b.rows] : []));
}

const text = (c: DocxCell | undefined): string => (c?.paragraphs ?? []).join(' ');

describe('Word fixtures of the published decisions', () => {
    test('a decision with tables is laid out in one document; the prose-only ones have none', () => {
        expect(withTables.map(f => basename(f))).toEqual([
            '71153021e3559f5e.md', '80bb1f677e7d4d75.md', '817cf0e3de96bc43.md', 'a9e3b1619c1d3512.md', 'ad52bc0b105a20cd.md',
            'b3a4b2605f9a281f.md', 'e8652ce55bfaba04.md', 'f7f2733d47a603dc.md', 'ff4de67291d44c52.md'
        ]);
    });

    test.each(withTables.map(f => [basename(f), f] as const))('%s: every table, its header as printed, its steps and their time cells as written', async (_, raw) => {
        const procedures = readDecisionFile(raw).filter(p => p.layout === 'table');
        const { file } = await docxOf(raw);
        const tables = await tablesOf(file);
        expect(tables).toHaveLength(procedures.length);
        procedures.forEach((procedure, i) => {
            const [header, ...rows] = tables[i];
            expect(header).toHaveLength(procedure.columns.length);
            const timeColumn = procedure.columns.indexOf('time');
            // Rows with a step label are the steps, in order, with the time cell as the decision writes it.
            const steps = rows.filter(row => row[0].span === 1 && stepLabel(text(row[0])) !== undefined);
            const labelled = procedure.rows.filter(r => r.label !== undefined);
            expect(steps.map(row => stepLabel(text(row[0])))).toEqual(labelled.map(r => r.label));
            expect(steps.map(row => text(row[timeColumn]))).toEqual(labelled.map(r => r.timeText ?? ''));
            // Every row covers every column.
            for (const row of rows) expect(row.reduce((sum, c) => sum + c.span, 0)).toBe(procedure.columns.length);
            // A sub-row (several performers of one step) continues its step's label cell.
            const subRows = procedure.rows.filter(r => r.label === undefined).length;
            expect(rows.filter(row => row[0].vMerge === 'continue').length).toBe(subRows);
            if (procedure.total) {
                const total = rows.find(row => text(row[0]).startsWith(procedure.total!.label));
                expect(total?.[0].span, procedure.total.label).toBe(Math.max(1, timeColumn));
            }
        });
    });

    test('the layouts the provinces use: several procedures in one document, a group, "a) / b)" cases, sub-rows merged down, subtotals, hours and fractions', async () => {
        const langSon = await docxOf(join(DIR, 'raw/71153021e3559f5e.md'));
        const document = docxText(docxBlocks((await docxParts(readFileSync(langSon.file))).documentXml));
        expect(document).toContain('1. Nhóm 07 TTHC, gồm:\n1.1 Thủ tục công nhận trung tâm đổi mới sáng tạo cấp tỉnh\n');
        expect(document).toMatch(/\na\) Trường hợp không thành lập hội đồng tư vấn công nhận\n\[table\]\n/);
        expect(document).toMatch(/\nb\) Trường hợp thành lập hội đồng tư vấn công nhận\n\[table\]\n/);
        expect(document).toContain('| Tổng thời gian giải quyết TTHC: {span 3} | 15 ngày |');
        expect(document).toContain('| 0,5 ngày |');
        expect(document).toContain('| Không tính thời gian |');
        // Sơn La 2929: a step done by two positions, the second in a sub-row under the step's label and unit.
        const sonLa = await docxOf(join(DIR, 'raw/ad52bc0b105a20cd.md'));
        const [allowance] = await tablesOf(sonLa.file);
        const b2 = allowance.findIndex(row => text(row[0]) === 'B2');
        expect(allowance[b2].map(c => c.vMerge ?? '')).toEqual(['restart', 'restart', '', '', '']);
        expect(allowance[b2 + 1].map(c => c.vMerge ?? '')).toEqual(['continue', 'continue', '', '', '']);
        expect(allowance[b2 + 1].map(text).slice(2)).toEqual(['Chuyên viên được phân công', 'Dự thảo Quyết định thành lập Hội đồng chính sách', '1/4 ngày']);
        // Nghệ An 3854: the commune's and the department's subtotals in hours.
        const ngheAn = await docxOf(join(DIR, 'raw/f7f2733d47a603dc.md'));
        const [commune] = await tablesOf(ngheAn.file);
        const subtotals = commune.filter(row => row[0].span > 1).map(row => text(row[1]));
        expect(subtotals).toEqual(expect.arrayContaining(['40 giờ làm việc', '56 giờ làm việc']));
        // Nghệ An 3854: the online level written once for a run of steps is merged down over them.
        expect(commune.slice(1, 7).map(row => row[4].vMerge ?? '')).toEqual(['restart', 'continue', 'continue', 'continue', 'continue', 'continue']);
        // Bắc Ninh 1490, table 2: numbered phases as rows across the table.
        const bacNinh = await docxOf(join(DIR, 'raw/80bb1f677e7d4d75.md'));
        const [, appraisal] = await tablesOf(bacNinh.file);
        expect(appraisal[1].map(c => [text(c), c.span])).toEqual([['I.', 1], ['Trình tự đề xuất dự án', 4]]);
    });

    test('each table a fixture writes is named, with the fixture (on disk) and the procedure it declares', async () => {
        const named = new Map<string, { raw: string; tables: number[] }>();
        for (const raw of withTables) {
            const { tables } = await docxOf(raw);
            const indexes = tables.flatMap(t => t.tables);
            expect(new Set(indexes).size, `${basename(raw)}: no table given to two fixtures`).toBe(indexes.length);
            for (const table of tables) {
                expect(existsSync(join(ROOT, 'test/fixtures/published', table.fixture)), table.fixture).toBe(true);
                expect(readFileSync(join(ROOT, 'test/fixtures/published', table.fixture), 'utf8')).toMatch(new RegExp(`\\bprocedure ${table.procedureNames[0]}\\b`));
                named.set(`${table.fixture}#${table.procedureNames[0]}`, { raw: basename(raw), tables: table.tables });
            }
        }
        // Every published table in a table layout has its Word fixture (Cà Mau's two decisions are prose).
        const expected = PUBLISHED_TABLES.filter(t => withTables.some(raw => basename(raw) === t.raw)).map(t => `${t.fixture}#${t.procedure}`);
        expect([...named.keys()].sort()).toEqual([...new Set(expected)].sort());
        expect(named.get('lang-son/nhom-07-cong-nhan-doi-moi-sang-tao.tthc#Nhom07CongNhan')).toEqual({ raw: '71153021e3559f5e.md', tables: [0, 1] });
    });
});

describe('Excel fixtures', () => {
    test.each(['71153021e3559f5e.md', 'ad52bc0b105a20cd.md'])('%s: the same tables on one worksheet, merged cells as Excel merges', async name => {
        const raw = join(DIR, 'raw', name);
        const { file, tables } = await buildPublishedXlsx(raw, OUT);
        expect(tables).toEqual((await docxOf(raw)).tables);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(file);
        const sheet = workbook.worksheets[0];
        const values: string[] = [];
        sheet.eachRow(row => row.eachCell(c => values.push(String(c.value ?? ''))));
        const procedures = readDecisionFile(raw).filter(p => p.layout === 'table');
        for (const row of procedures.flatMap(p => p.rows)) if (row.timeText) expect(values).toContain(row.timeText);
        const merges: string[] = (sheet.model as unknown as { merges: string[] }).merges;
        // Totals across the columns before the time, and (Sơn La) sub-rows under a step's label and unit.
        expect(merges.some(m => /^A\d+:[B-D]\d+$/.test(m) && m.split(':').map(a => a.replace(/\D/g, '')).every((n, _, all) => n === all[0]))).toBe(true);
        if (name === 'ad52bc0b105a20cd.md') expect(merges.some(m => /^A(\d+):A(\d+)$/.test(m))).toBe(true);
    });
});
