// Every internal-procedure table of the published decisions (../shared/data/qtnb-2025-decisions-md/raw/), rebuilt as
// the province laid it out by test/support/published-docx.ts, imported with the catalogue of its hand-written fixture
// (test/fixtures/published/<province>/) and compared with that fixture. The golden file of each decision records, per
// table, every problem the import reports (what `--partial` writes as `unresolved "…"`) and how the import differs
// from the hand-written procedure, step by step; docs/import.md ("Published tables") says why they differ.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { importTable, loadCatalogue, readTitleMap, type CatalogueTitles, type TableProblem, type TitleMap } from '@tthc/cli';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { expectGolden } from '../golden-helper.js';
import { decisionFiles, decisionsDir, decisionsProblem, readDecisionFile } from '../support/decision-tables.js';
import { buildPublishedDocx } from '../support/published-docx.js';
import { buildPublishedXlsx } from '../support/published-xlsx.js';
import { describeMarks, proseMarks } from './prose-marks.js';
import { procedureIn, structure, type WrittenStructure } from './written-structure.js';

const DIR = decisionsDir();
const problem = decisionsProblem(DIR);
if (problem) throw new Error(problem);
const OUT = mkdtempSync(join(tmpdir(), 'tthc-published-import-'));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

const withTables = decisionFiles(DIR).filter(file => readDecisionFile(file).some(p => p.layout === 'table'));

function problemLine(p: TableProblem): string {
    return `  ${p.code} (table ${p.table ?? '-'}, row ${p.row ?? '-'}, column ${p.column ?? '-'}): ${(p.text ?? '').replace(/\s+/g, ' ')}${p.candidates ? ` [${p.candidates.join(', ')}]` : ''}`;
}

function differences(imported: WrittenStructure, handWritten: WrittenStructure): string[] {
    const lines: string[] = [];
    for (const key of ['total', 'members', 'cases', 'parts'] as const) {
        const a = JSON.stringify(imported[key]);
        const b = JSON.stringify(handWritten[key]);
        if (a !== b) lines.push(`  ${key}: imported ${a}, written ${b}`);
    }
    const count = Math.max(imported.steps.length, handWritten.steps.length);
    for (let i = 0; i < count; i++) {
        if (imported.steps[i] !== handWritten.steps[i]) lines.push(`  step #${i + 1}: imported [${imported.steps[i] ?? 'none'}], written [${handWritten.steps[i] ?? 'none'}]`);
    }
    return lines;
}

// A province's mapping file (`--map`), when its fixtures have one: what the decision's text decides and no rule of the
// import can, each entry with the text that decides it (test/fixtures/published/README.md).
function provinceMap(folder: string, catalogue: CatalogueTitles): TitleMap | undefined {
    const file = join(folder, 'table-map.json');
    if (!existsSync(file)) return undefined;
    const read = readTitleMap(readFileSync(file, 'utf8'), catalogue);
    if (read.kind !== 'ok') throw new Error(`${file}: ${JSON.stringify(read.fault)}`);
    return read.map;
}

/** The tables whose import is the hand-written procedure itself, as far as a table carries it. */
const SAME = [
    'bac-ninh/chap-thuan-chu-truong-dau-tu.tthc',
    'bac-ninh/chap-thuan-nha-dau-tu.tthc',
    'bac-ninh/cong-bo-du-an-dau-tu-kinh-doanh.tthc',
    'bac-ninh/dieu-chinh-du-an-dau-tu.tthc',
    'bac-ninh/dieu-chinh-van-ban-chap-thuan-nha-dau-tu.tthc',
    'bac-ninh/gia-han-thoi-han-hoat-dong-du-an.tthc',
    'bac-ninh/tham-dinh-bao-cao-nckt-du-an-bt.tthc',
    'bac-ninh/trinh-tu-chuan-bi-du-an-ppp-nha-dau-tu-de-xuat.tthc',
    'lang-son/cap-giay-chung-nhan-doanh-nghiep-khcn.tthc',
    'lang-son/cap-thay-doi-cap-lai-giay-chung-nhan-doanh-nghiep-khcn.tthc',
    'lang-son/dang-ky-nhiem-vu-doi-moi-sang-tao.tthc',
    'lang-son/danh-gia-ket-qua-nhiem-vu-khcn.tthc',
    'lang-son/nhom-02-cap-lai-giay-cong-nhan.tthc',
    'lang-son/nhom-07-cong-nhan-doi-moi-sang-tao.tthc',
    'lang-son/sua-doi-cham-dut-hop-dong-tai-tro.tthc',
    'nghe-an/ho-tro-chi-phi-hoc-tap-mam-non-pho-thong-cong-lap.tthc',
    'nghe-an/ho-tro-chi-phi-hoc-tap-mam-non-tu-thuc.tthc',
    'nghe-an/ho-tro-chi-phi-hoc-tap-thpt-tu-thuc.tthc',
    'nghe-an/khau-tru-kinh-phi-boi-thuong.tthc',
    'nghe-an/mien-giam-hoc-phi-gdnn-dh-cong-lap.tthc',
    'nghe-an/mien-giam-hoc-phi-gdnn-dh-tu-thuc.tthc',
    'nghe-an/tro-cap-mot-lan-doi-tuong-con-song.tthc',
    'nghe-an/tro-cap-mot-lan-doi-tuong-da-tu-tran.tthc',
    'son-la/cap-giay-chung-nhan-luu-hanh-tu-do-cfs.tthc',
    'son-la/dang-ky-kham-chua-benh-si-quan-phuc-vien.tthc',
    'son-la/mien-hoc-phi-con-ha-si-quan-binh-si.tthc',
    'son-la/sua-doi-cap-lai-giay-chung-nhan-cfs.tthc',
    'son-la/tro-cap-mot-lan-doi-tuong-con-song.tthc',
    'son-la/tro-cap-mot-lan-doi-tuong-da-tu-tran.tthc',
    'son-la/xac-minh-quan-nhan-mat-tich.tthc',
    'son-la/xac-nhan-can-bo-nghi-huu-mac-benh-hiem-ngheo.tthc',
    'vinh-long/dang-ky-cai-nghien-ma-tuy-tu-nguyen.tthc'
];

describe('published tables imported with the catalogue of their hand-written procedure', () => {
    const same: string[] = [];
    test.each(withTables.map(f => [basename(f), f] as const))('%s', async (name, raw) => {
        const built = await buildPublishedDocx(raw, OUT);
        const lines: string[] = [];
        for (const table of built.tables) {
            const fixture = join(ROOT, 'test/fixtures/published', table.fixture);
            const folder = dirname(fixture);
            const catalogue = loadCatalogue(folder);
            if (catalogue.kind !== 'ok') throw new Error(`no catalogue in ${folder}`);
            const result = await importTable(readFileSync(built.file), 'docx', basename(built.file), catalogue.titles, provinceMap(folder, catalogue.titles));
            const numbers = table.tables.map(i => i + 1);
            const imported = result.procedures.find(p => p.text.startsWith(`// Imported by tthc import table from ${basename(built.file)}, table ${numbers[0]}.`));
            lines.push(`## ${table.fixture} (${table.heading.replace(/\s+/g, ' ').slice(0, 100)}; tables ${numbers.join(', ')})`);
            lines.push('problems:', ...result.problems.filter(p => p.table !== undefined && numbers.includes(p.table)).map(problemLine));
            if (!imported) {
                lines.push('not imported');
                continue;
            }
            const work = mkdtempSync(join(OUT, 'work-'));
            writeFileSync(join(work, 'catalogue.tthc'), readFileSync(join(folder, 'catalogue.tthc')));
            writeFileSync(join(work, imported.fileName), imported.text);
            const mine = structure(await procedureIn(join(work, 'catalogue.tthc'), join(work, imported.fileName)));
            // What the fixture marks as stated outside the table (test/fixtures/published/README.md) is set aside.
            const handWritten = await procedureIn(join(folder, 'catalogue.tthc'), fixture, table.procedureNames[0]);
            const written = structure(handWritten, true);
            const aside = describeMarks(proseMarks(handWritten));
            if (aside.length > 0) lines.push(`set aside, from the decision's text: ${aside.join(', ')}`);
            const diff = differences(mine, written);
            if (diff.length === 0) same.push(table.fixture);
            lines.push(diff.length === 0 ? 'the hand-written procedure' : 'differs from the hand-written procedure:', ...diff, '');
        }
        expectGolden(`import-table/${name.replace(/\.md$/, '.txt')}`, `${lines.join('\n')}\n`);
    }, 120_000);

    // The same tables one under another on one worksheet (as provinces also keep them), merged ranges for merged cells.
    test.each(withTables.map(f => [basename(f), f] as const))('%s as a workbook imports as the Word document does', async (_name, raw) => {
        const docx = await buildPublishedDocx(raw, OUT);
        const xlsx = await buildPublishedXlsx(raw, OUT);
        const folder = dirname(join(ROOT, 'test/fixtures/published', docx.tables[0].fixture));
        const catalogue = loadCatalogue(folder);
        if (catalogue.kind !== 'ok') throw new Error(`no catalogue in ${folder}`);
        const fromWord = await importTable(readFileSync(docx.file), 'docx', 'decision', catalogue.titles, provinceMap(folder, catalogue.titles));
        const fromSheet = await importTable(readFileSync(xlsx.file), 'xlsx', 'decision', catalogue.titles, provinceMap(folder, catalogue.titles));
        // Rows are the sheet's there, the table's here: the rest is the same.
        const body = (text: string): string => text.split('\n').slice(1).join('\n').replace(/, dòng \d+/g, '');
        expect(fromSheet.procedures.map(p => body(p.text))).toEqual(fromWord.procedures.map(p => body(p.text)));
        expect(fromSheet.problems.map(p => [p.code, p.table, p.column, p.text])).toEqual(fromWord.problems.map(p => [p.code, p.table, p.column, p.text]));
    }, 120_000);

    test('these tables import to the hand-written procedure', () => {
        expect([...same].sort()).toEqual(SAME);
    });
});
