// The mapping file of `tthc import table --map`: a person's decision of which catalogue entry a title means, once per
// province, used before the import's own rules; a stale entry is reported, a bad file is one line with its place.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTable, readTitleMap, type CatalogueTitles } from '@tthc/cli';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT, tempWorkspace, tthc } from '../cli/run-cli.js';
import { wordDocument, type WordBlock } from '../support/table-documents.js';

const CATALOGUE: CatalogueTitles = {
    units: [
        { name: 'PhongKeHoach', title: 'Phòng Kế hoạch', level: 'province', positions: [{ name: 'ChuyenVien', title: 'Chuyên viên' }] },
        { name: 'PhongTaiVu', title: 'Phòng Tài vụ', level: 'province', positions: [{ name: 'ChuyenVien', title: 'Chuyên viên' }] },
        { name: 'SoTaiChinh', title: 'Sở Tài chính', level: 'province', positions: [] }
    ],
    forms: []
};

const CATALOGUE_TEXT = `province X "Tỉnh X" {
    unit PhongKeHoach "Phòng Kế hoạch" level province kind division {
        position ChuyenVien "Chuyên viên"
    }
    unit PhongTaiVu "Phòng Tài vụ" level province kind division {
        position ChuyenVien "Chuyên viên"
    }
    unit SoTaiChinh "Sở Tài chính" level province kind department
}
`;

const HEADER = ['Bước', 'Nội dung', 'Trách nhiệm', 'Thời gian'];
const DOCUMENT: WordBlock[] = [
    '1. Thủ tục cấp phép', { rows: [HEADER, ['1', 'Thẩm định', 'Chuyên viên', '1 giờ'], ['2', 'Thẩm định', 'Phòng chuyên môn', '1 giờ']] },
    '2. Thủ tục gia hạn', { rows: [HEADER, ['1', 'Thẩm định', 'Chuyên viên', '1 giờ']] }
];

function mapOf(entries: unknown[]): string {
    return `${JSON.stringify({ entries }, null, 2)}\n`;
}

function read(text: string) {
    return readTitleMap(text, CATALOGUE);
}

describe('a mapping file', () => {
    it('decides titles before the import\'s rules, by table, then heading, then everywhere; lists what matched nothing', async () => {
        const got = read(mapOf([
            { title: 'Chuyên viên', means: 'PhongKeHoach.ChuyenVien', why: 'Điều 3: Phòng Kế hoạch thẩm định' },
            { title: 'chuyen vien', heading: 'gia hạn', means: 'PhongTaiVu.ChuyenVien', why: 'Điều 4: gia hạn do Phòng Tài vụ' },
            { title: 'Phòng chuyên môn', table: 1, means: 'PhongTaiVu', why: 'Bảng 1: phòng chuyên môn là Phòng Tài vụ' },
            { title: 'Phòng chuyên môn', means: 'SoTaiChinh', why: 'never used: table 1 decides it' },
            { title: 'Văn thư', means: 'SoTaiChinh', why: 'stale' }
        ]));
        if (got.kind !== 'ok') throw new Error(JSON.stringify(got));
        const result = await importTable(await wordDocument(DOCUMENT), 'docx', 'x.docx', CATALOGUE, got.map);
        expect(result.problems).toEqual([]);
        expect(result.procedures[0].text).toContain('appraisal by PhongKeHoach.ChuyenVien 1h');
        expect(result.procedures[0].text).toContain('appraisal by PhongTaiVu 1h');
        expect(result.procedures[1].text).toContain('appraisal by PhongTaiVu.ChuyenVien 1h');
        expect(got.map.unused().map(e => [e.title, e.line, e.column])).toEqual([['Phòng chuyên môn', 20, 5], ['Văn thư', 25, 5]]);
        // Without the map the same document is two errors.
        const without = await importTable(await wordDocument(DOCUMENT), 'docx', 'x.docx', CATALOGUE);
        expect(without.problems.map(p => p.code)).toEqual(['several-performers', 'no-performer', 'several-performers']);
    });

    it.each([
        ['{ "entries": [ { "title": "A", } ] }', 'syntax', 1, 32],
        ['[]', 'not-object', 1, 1],
        ['{ "entries": [], "extra": 1 }', 'unknown-key', 1, 18],
        ['{ "entries": [ { "title": "A", "means": "SoTaiChinh" } ] }', 'missing-key', 1, 16],
        ['{ "entries": [ { "title": "A", "means": "SoTaiChinh", "why": "" } ] }', 'bad-value', 1, 62],
        ['{ "entries": [ { "title": "A", "means": "SoTaiChinh", "why": "x", "table": 0 } ] }', 'bad-value', 1, 76],
        ['{\n  "entries": [\n    { "title": "A", "means": "SoNoiVu", "why": "x" }\n  ]\n}', 'bad-reference', 3, 30],
        ['{ "entries": [ { "title": "A", "means": "leaders of PhongKeHoach.ChuyenVien", "why": "x" } ] }', 'bad-reference', 1, 41],
        ['{ "entries": [ { "title": "A", "means": "SoTaiChinh", "why": "x" }, { "title": "a", "means": "PhongTaiVu", "why": "y" } ] }', 'duplicate', 1, 80],
        ['{ "$schema": "x" }', 'missing-key', 1, 1],
        ['{ "limits": {} }', 'bad-value', 1, 13],
        ['{ "limits": [ 1 ] }', 'not-object', 1, 15],
        ['{ "limits": [ { "limit": "A", "steps": ["1"], "why": "x", "means": "B" } ] }', 'unknown-key', 1, 59],
        ['{ "limits": [ { "limit": "A", "why": "x" } ] }', 'missing-key', 1, 15],
        ['{ "limits": [ { "limit": "A", "steps": [], "why": "x" } ] }', 'bad-value', 1, 40],
        ['{ "limits": [ { "limit": "A", "steps": ["II.1-9", "bước 3"], "why": "x" } ] }', 'bad-value', 1, 51],
        ['{ "limits": [ { "limit": "A", "steps": ["1"], "why": "x" }, { "limit": "a", "steps": ["2"], "why": "y" } ] }', 'duplicate', 1, 61]
    ])('refuses %s with its place', (text, kind, line, column) => {
        expect(read(text)).toMatchObject({ kind: 'fault', fault: { kind, line, column } });
    });

    it('accepts every reference form the language writes', () => {
        const got = read(mapOf(['SoTaiChinh', 'PhongKeHoach.ChuyenVien', 'leaders of SoTaiChinh', 'PhongKeHoach.ChuyenVien assigned', 'leaders of PhongTaiVu assigned', 'applicant']
            .map((means, i) => ({ title: `T${i}`, means, why: 'x' }))));
        expect(got.kind).toBe('ok');
    });

    it('is described by its JSON Schema, which the committed maps satisfy', () => {
        const ajv = new Ajv2020({ allErrors: true });
        const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/tthc-table-map.schema.json'), 'utf8')));
        expect(validate(JSON.parse(mapOf([{ title: 'A', means: 'SoTaiChinh', why: 'x', heading: 'h', table: 2 }])))).toBe(true);
        expect(validate({ entries: [{ title: 'A', means: 'SoTaiChinh' }] })).toBe(false);
        expect(validate({ entries: [{ title: 'A', means: 'leaders of A.B', why: 'x' }] })).toBe(false);
        expect(validate({ limits: [{ limit: 'Thời hạn thẩm định', steps: ['II.1-9', '3', '4b'], why: 'x', table: 2 }] })).toBe(true);
        expect(validate({ limits: [{ limit: 'A', steps: ['bước 3'], why: 'x' }] })).toBe(false);
        expect(validate({ $schema: 'x' })).toBe(false);
        // Every map the published fixtures keep is one the schema accepts and the reader takes.
        const maps = readdirSync(join(ROOT, 'test/fixtures/published'), { withFileTypes: true })
            .filter(d => d.isDirectory() && existsSync(join(ROOT, 'test/fixtures/published', d.name, 'table-map.json')))
            .map(d => join(ROOT, 'test/fixtures/published', d.name, 'table-map.json'));
        expect(maps.length).toBeGreaterThan(0);
        for (const file of maps) expect(validate(JSON.parse(readFileSync(file, 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    });
});

describe('tthc import table --map', () => {
    it('imports what the map decides, warns about an entry that matched nothing, and refuses a bad map in one line', async () => {
        const good = mapOf([
            { title: 'Chuyên viên', means: 'PhongKeHoach.ChuyenVien', why: 'Điều 3' },
            { title: 'Phòng chuyên môn', means: 'PhongTaiVu', why: 'Điều 4' },
            { title: 'Văn thư', means: 'SoTaiChinh', why: 'stale' }
        ]);
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE_TEXT, 'qd.docx': await wordDocument(DOCUMENT), 'map.json': good, 'bad.json': '{ "entries": [ { "title": "A", "means": "SoNoiVu", "why": "x" } ] }\n' });
        const run = tthc(['import', 'table', join(dir, 'qd.docx'), '--catalogue', dir, '--out', join(dir, 'out'), '--map', join(dir, 'map.json')]);
        expect(run.stderr).toBe(`warning: '${join(dir, 'map.json')}':13:5: the entry for 'Văn thư' matched no responsibility of '${join(dir, 'qd.docx')}'; remove it or correct its title.\n`);
        expect(run.status).toBe(0);
        expect(readFileSync(join(dir, 'out/thu-tuc-cap-phep.tthc'), 'utf8')).toContain('appraisal by PhongTaiVu 1h');
        const bad = tthc(['import', 'table', join(dir, 'qd.docx'), '--catalogue', dir, '--out', join(dir, 'out2'), '--map', join(dir, 'bad.json')]);
        expect(bad.status).toBe(2);
        expect(bad.stderr).toBe(`tthc: '${join(dir, 'bad.json')}':1:41: 'SoNoiVu' names no unit or position of the catalogue (write Unit, Unit.Position, leaders of Unit or applicant, optionally followed by assigned); correct the mapping file (docs/import.md, "Deciding what no context decides").\n`);
        const vi = tthc(['--lang', 'vi', 'import', 'table', join(dir, 'qd.docx'), '--catalogue', dir, '--out', join(dir, 'out3'), '--map', join(dir, 'bad.json')]);
        expect(vi.stderr).toContain(`:1:41: 'SoNoiVu' không chỉ đơn vị, vị trí nào của danh mục`);
        const missing = tthc(['import', 'table', join(dir, 'qd.docx'), '--catalogue', dir, '--out', join(dir, 'out4'), '--map', join(dir, 'none.json')]);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toMatch(/^tthc: cannot read '.*none\.json': .*\n$/);
    });

    it('refuses a map larger than 4 MiB (not cut short and read as broken JSON) and one that is not UTF-8, in one line', async () => {
        const big = `{ "entries": [], "padding": "${'x'.repeat(4 * 1024 * 1024)}" }\n`;
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE_TEXT, 'qd.docx': await wordDocument(DOCUMENT), 'big.json': big, 'latin1.json': Buffer.from('{ "entries": [ { "title": "V\xe4n", "means": "SoTaiChinh", "why": "x" } ] }\n', 'latin1') });
        const tooLarge = tthc(['import', 'table', join(dir, 'qd.docx'), '--catalogue', dir, '--out', join(dir, 'out'), '--map', join(dir, 'big.json')]);
        expect(tooLarge.stderr).toBe(`tthc: '${join(dir, 'big.json')}' is larger than 4 MiB, far more than a mapping file holds; name the province's mapping file (docs/import.md, "Deciding what no context decides").\n`);
        expect(tooLarge.status).toBe(2);
        const latin1 = tthc(['--lang', 'vi', 'import', 'table', join(dir, 'qd.docx'), '--catalogue', dir, '--out', join(dir, 'out'), '--map', join(dir, 'latin1.json')]);
        expect(latin1.stderr).toBe(`tthc: '${join(dir, 'latin1.json')}' không phải văn bản UTF-8; hãy lưu tệp ánh xạ dưới dạng UTF-8.\n`);
        expect(latin1.status).toBe(2);
    });

    it('is in the help, in both languages', () => {
        expect(tthc(['import', 'table', '--help']).stdout).toContain('--map <file.json>');
        expect(tthc(['--lang', 'vi', 'import', 'table', '--help']).stdout).toMatch(/--map <file\.json>\s+tệp ánh xạ/);
    });
});
