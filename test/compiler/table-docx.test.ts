// The publication table as a Word document (tables/<code>.docx): its structure read back from
// word/document.xml (tables, merged cells, header block, Vietnamese durations), golden text renderings,
// byte-identical output whatever the clock and the time zone, and hostile text that stays text.
import { tableTarget, type OutputFile, type ProcedureModel, type ProvinceBuild } from '@tthc/compiler';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { expectGolden } from '../golden-helper.js';
import { parseWellFormed } from '../markup/well-formed.js';
import { docxBlocks, docxParts, docxText, type DocxBlock, type DocxCell } from '../support/docx-text.js';
import { buildOf } from './build-helper.js';

const STEP_HEADERS = ['Bước', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian', 'Biểu mẫu / Kết quả'];

let lamDong: ProvinceBuild;
let published: ProvinceBuild;
let lamDongFiles: OutputFile[];
let publishedFiles: OutputFile[];
beforeAll(async () => {
    lamDong = await buildOf('examples/lam-dong');
    published = await buildOf('test/compiler/fixtures/published');
    lamDongFiles = await tableTarget.compile(lamDong);
    publishedFiles = await tableTarget.compile(published);
});

function docxOf(files: readonly OutputFile[], code: string): Uint8Array {
    const file = files.find(f => f.path === `tables/${code}.docx`);
    expect(file?.bytes, `tables/${code}.docx`).toBeInstanceOf(Uint8Array);
    return file!.bytes!;
}

async function blocksOf(files: readonly OutputFile[], code: string): Promise<DocxBlock[]> {
    return docxBlocks((await docxParts(docxOf(files, code))).documentXml);
}

function tables(blocks: readonly DocxBlock[]): Array<ReadonlyArray<readonly DocxCell[]>> {
    return blocks.flatMap(b => (b.kind === 'table' ? [b.rows] : []));
}

function paragraphs(blocks: readonly DocxBlock[]): string[] {
    return blocks.flatMap(b => (b.kind === 'paragraph' ? [b.text] : []));
}

const texts = (row: readonly DocxCell[]) => row.map(c => c.paragraphs.join(' / '));

describe('one Word document per procedure', () => {
    test('beside each Markdown page, a .docx: a zip holding the WordprocessingML parts', async () => {
        const pages = lamDongFiles.filter(f => f.path.endsWith('.md') && !f.path.endsWith('index.md')).map(f => f.path.replace(/\.md$/, ''));
        const documents = lamDongFiles.filter(f => f.path.endsWith('.docx')).map(f => f.path.replace(/\.docx$/, ''));
        expect(documents).toEqual(pages);
        expect(documents).toHaveLength(lamDong.procedures.length);
        for (const file of lamDongFiles.filter(f => f.path.endsWith('.docx'))) {
            expect(file.content).toBe('');
            const parts = await docxParts(file.bytes!);
            expect(parts.entries).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
            expect(tables(docxBlocks(parts.documentXml)).length, file.path).toBeGreaterThan(0);
        }
    });

    test('the header block: the name, the total as published with its cut, the code; then the step table with its columns', async () => {
        for (const procedure of lamDong.procedures) {
            const blocks = await blocksOf(lamDongFiles, procedure.code);
            const lines = paragraphs(blocks);
            expect(lines[0]).toBe(procedure.title);
            expect(lines[1]).toBe('Quy trình nội bộ giải quyết thủ tục hành chính, Tỉnh Lâm Đồng');
            expect(lines[2], procedure.code).toMatch(/^Tổng thời gian giải quyết: \S/);
            expect(lines[3]).toBe(`Mã thủ tục: ${procedure.code}`);
            const [steps] = tables(blocks);
            expect(texts(steps[0])).toEqual(STEP_HEADERS);
            expect(steps[1][0].paragraphs).toEqual(['Bước 1']);
        }
        // Cà Mau's decision states its cuts (test/fixtures/published/ca-mau).
        const caMau = await buildOf('test/fixtures/published/ca-mau');
        const withCut = caMau.procedures.filter(p => p.total?.cut !== undefined);
        expect(withCut.length, 'a procedure with a stated cut').toBeGreaterThan(0);
        const caMauFiles = await tableTarget.compile(caMau);
        for (const procedure of withCut) {
            expect(paragraphs(await blocksOf(caMauFiles, procedure.code))[2]).toMatch(/^Tổng thời gian giải quyết: .*\(cắt giảm [^)]*\)/);
        }
    });

    test('subtotal and total rows: the label spans the empty columns (w:gridSpan), the time keeps its column', async () => {
        const [steps] = tables(await blocksOf(publishedFiles, '1.011111'));
        const labels = steps.filter(row => row[0].span > 1);
        expect(labels.map(row => row[0].paragraphs[0])).toEqual([
            'Tổng thời gian tại Trung tâm Phục vụ hành chính công tỉnh',
            'Tổng thời gian tại Sở Nội vụ',
            'Tổng thời gian giải quyết'
        ]);
        for (const row of labels) {
            expect(row[0].span).toBe(3);
            expect(row.map(c => c.span).reduce((a, b) => a + b, 0)).toBe(STEP_HEADERS.length);
        }
        expect(labels[1][1].paragraphs).toEqual(['56 giờ làm việc', 'Công bố: 56 giờ']);
        // Times as the provinces write them.
        const time = steps.map(row => row.at(-2)!.paragraphs.join(' / '));
        expect(time).toContain('04 giờ làm việc');
        expect(time).toContain('12 giờ làm việc (1,5 ngày làm việc)');
        expect(time).toContain('Không tính thời gian / (04 giờ làm việc)');
    });

    test('a time shared by the steps of a part is one cell merged down (w:vMerge), written once', async () => {
        const [steps] = tables(await blocksOf(publishedFiles, '2.000001'));
        const column = STEP_HEADERS.indexOf('Thời gian');
        const merged = steps.filter(row => row.length === STEP_HEADERS.length && row[column].vMerge !== undefined);
        expect(merged.map(row => [row[0].paragraphs[0], row[column].vMerge, row[column].paragraphs.join(' / ')])).toEqual([
            ['Bước 2', 'restart', '06 giờ làm việc (chung cho Bước 2, Bước 3)'],
            ['Bước 3', 'continue', '']
        ]);
    });

    test('a group of procedures: the header lists the group and its members', async () => {
        const lines = paragraphs(await blocksOf(publishedFiles, '2.000002'));
        expect(lines.find(l => l.startsWith('Nhóm thủ tục hành chính:'))).toMatch(/2\.000001 .*; 2\.000002 /);
    });

    test('cases with tables of their own: one table per case, headed "a) …", "b) …", each from Bước 1', async () => {
        const blocks = await blocksOf(publishedFiles, '1.012345');
        const headings = paragraphs(blocks).filter(l => /^[a-z]\) /.test(l));
        expect(headings.length).toBeGreaterThanOrEqual(2);
        const stepTables = tables(blocks).filter(t => texts(t[0]).join('|') === STEP_HEADERS.join('|'));
        expect(stepTables.length).toBeGreaterThanOrEqual(headings.length);
        for (const table of stepTables) expect(table[1][0].paragraphs).toEqual(['Bước 1']);
    });

    test('A4 portrait, Times New Roman 13, the header row repeated on each page', async () => {
        const parts = await docxParts(docxOf(lamDongFiles, lamDong.procedures[0].code));
        expect(parts.documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
        expect(parts.documentXml).toContain('<w:tblHeader/>');
        const styles = await parts.part('word/styles.xml');
        expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Times New Roman".*<w:sz w:val="26"\/>/s);
    });

    test('golden text renderings (rows × cells) of three documents', async () => {
        for (const code of ['1.011111', '1.012345', '2.000001']) {
            expectGolden(`table-docx/${code}.txt`, docxText(await blocksOf(publishedFiles, code)));
        }
    });
});

describe('deterministic: the same input gives the same bytes', () => {
    const zone = process.env.TZ;
    afterEach(() => {
        vi.useRealTimers();
        if (zone === undefined) delete process.env.TZ;
        else process.env.TZ = zone;
    });

    test('whatever the clock and the time zone of the build (dates in docProps/core.xml and in the zip entries)', async () => {
        vi.useFakeTimers({ toFake: ['Date'] });
        process.env.TZ = 'UTC';
        vi.setSystemTime(new Date('2030-01-02T03:04:05Z'));
        const first = await tableTarget.compile(published);
        process.env.TZ = 'Asia/Ho_Chi_Minh';
        vi.setSystemTime(new Date('2031-07-08T21:22:23Z'));
        const second = await tableTarget.compile(structuredClone(published));
        const docx = (files: OutputFile[]) => files.filter(f => f.path.endsWith('.docx'));
        expect(docx(first).length).toBe(published.procedures.length);
        expect(docx(second)).toEqual(docx(first));
        const core = await (await docxParts(docx(first)[0].bytes!)).part('docProps/core.xml');
        expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-07-01T00:00:00Z</dcterms:created>');
    });
});

describe('source text is text: hostile titles give a well-formed document', () => {
    // Markup, a CDATA end, quotes, an entity, characters XML 1.0 forbids (C0 controls, a lone surrogate,
    // U+FFFE) and bidi overrides.
    const HOSTILE = `<w:p><script>alert(1)</script>]]>"'&amp;\u0000\u0001\u000b\u007f\ud800\ufffe \u202eRLO\u202c end`;
    const SHOWN = `<w:p><script>alert(1)</script>]]>"'&amp;\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd \u202eRLO\u202c end`;

    test('in the name, a step and a unit: every part parses, the text reads back as written, unsafe characters as U+FFFD', async () => {
        const procedure = published.procedures.find(p => p.code === '1.011111')!;
        const hostile: ProvinceBuild = {
            ...published,
            procedures: [{
                ...procedure,
                title: HOSTILE,
                steps: procedure.steps.map((s, i) => (i === 0 ? { ...s, title: HOSTILE, unit: { ...s.unit, title: HOSTILE } } : s))
            } satisfies ProcedureModel]
        };
        const bytes = docxOf(await tableTarget.compile(hostile), '1.011111');
        const parts = await docxParts(bytes);
        for (const name of parts.entries.filter(e => e.endsWith('.xml') || e.endsWith('.rels'))) {
            parseWellFormed(await parts.part(name));
        }
        const blocks = docxBlocks(parts.documentXml);
        expect(paragraphs(blocks)[0]).toBe(SHOWN);
        const [steps] = tables(blocks);
        expect(steps[1][1].paragraphs[0]).toBe(SHOWN);
        expect(steps[1][2].paragraphs[0]).toBe(SHOWN);
        expect(parts.documentXml).not.toContain('<script>');
        expect(parseWellFormed(parts.documentXml).getElementsByTagName('script')).toHaveLength(0);
        expect(await parts.part('docProps/core.xml')).toContain('&lt;w:p&gt;');
        // xmllint, where the machine has it, agrees.
        const folder = mkdtempSync(join(tmpdir(), 'tthc-docx-'));
        try {
            const file = join(folder, 'document.xml');
            writeFileSync(file, parts.documentXml);
            const lint = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
            if (!lint.error) expect(lint.status, lint.stderr).toBe(0);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
