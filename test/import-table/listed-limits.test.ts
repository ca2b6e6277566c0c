// A total cell that lists several limits and no total (Bắc Ninh 1490/QĐ-UBND): the table does not say which rows each
// limit covers, so the mapping file's `limits` decide it; without them, or with a decision that does not fit the
// table, the cell stays one `bad-total` and is written as `unresolved "…"`.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { importTable, readTitleMap, type CatalogueTitles } from '@tthc/cli';
import { describe, expect, it } from 'vitest';
import { tempWorkspace, tthc } from '../cli/run-cli.js';
import { wordDocument, type WordBlock } from '../support/table-documents.js';

const CATALOGUE: CatalogueTitles = {
    units: [
        { name: 'SoTaiChinh', title: 'Sở Tài chính', level: 'province', positions: [{ name: 'ChuyenVien', title: 'Chuyên viên' }] },
        { name: 'UBNDTinh', title: 'UBND tỉnh', level: 'province', positions: [] }
    ],
    forms: []
};

const CATALOGUE_TEXT = `province X "Tỉnh X" {
    unit SoTaiChinh "Sở Tài chính" level province kind department {
        position ChuyenVien "Chuyên viên"
    }
    unit UBNDTinh "UBND tỉnh" level province kind people-committee
}
`;

const FOOT = '- Thời hạn trả lời nhà đầu tư: Trong thời hạn 02 ngày làm việc kể từ ngày nhận được văn bản đề xuất.\n' +
    '- Thời hạn thẩm định: Không quá 03 ngày.\n- Thời hạn phê duyệt: Không quá 01 ngày làm việc.';

const DOCUMENT: WordBlock[] = ['1. Thủ tục thẩm định dự án', { rows: [
    ['Bước', 'Nội dung', 'Trách nhiệm', 'Thời gian'],
    ['I', { text: 'Trình tự đề xuất', span: 3 }],
    ['Bước 1', 'Xem xét đề xuất', 'Chuyên viên Sở Tài chính', '01 ngày làm việc'],
    ['Bước 2', 'Trả lời nhà đầu tư', 'UBND tỉnh', '01 ngày làm việc'],
    ['II', { text: 'Trình tự thẩm định', span: 3 }],
    ['Bước 1', 'Thẩm định hồ sơ', 'Chuyên viên Sở Tài chính', '02 ngày'],
    ['Bước 2', 'Phê duyệt dự án', 'UBND tỉnh', '01 ngày làm việc'],
    ['Bước 3', 'Trả kết quả', 'Chuyên viên Sở Tài chính', '01 ngày'],
    [{ text: 'Tổng thời gian giải quyết TTHC', span: 3 }, FOOT]
] }];

function limitsMap(limits: unknown[]): string {
    return `${JSON.stringify({ limits }, null, 2)}\n`;
}

const DECIDED = [
    { limit: 'Thời hạn trả lời nhà đầu tư', steps: ['I.1-2'], why: 'khối I' },
    { limit: 'thoi han tham dinh', steps: ['II.1', 'II.3'], why: 'khối II trừ bước 2' },
    { limit: 'Thời hạn phê duyệt', steps: ['II.2'], why: 'bước phê duyệt' }
];

async function imported(limits?: unknown[]) {
    const map = limits ? readTitleMap(limitsMap(limits), CATALOGUE) : undefined;
    if (map && map.kind !== 'ok') throw new Error(JSON.stringify(map));
    const result = await importTable(await wordDocument(DOCUMENT), 'docx', 'qd.docx', CATALOGUE, map?.map);
    return { result, map: map?.map, text: result.procedures[0].text };
}

describe('limits listed in one total cell', () => {
    it('become parts with their limit over the steps the map names, the block whose steps one covers keeping its title', async () => {
        const { result, map, text } = await imported(DECIDED);
        expect(result.problems.filter(p => p.code === 'bad-total')).toEqual([]);
        expect(text).toContain('part P1 "I. Trình tự đề xuất" limit 2wd\n');
        expect(text).toContain('part P2 "Thẩm định" limit 3d\n');
        expect(text).toContain('part P3 "Phê duyệt" limit 1wd\n');
        expect(text).not.toContain('II. Trình tự thẩm định');
        expect(text).not.toMatch(/^\s*total /m);
        expect(text).toMatch(/step B1_2 .* in P2 /);
        expect(text).toMatch(/step B2_2 .* in P3 /);
        expect(text).toMatch(/step B3 .* in P2\n/);
        expect(map!.unusedLimits()).toEqual([]);
    });

    it.each([
        ['no map', undefined],
        ['an item left undecided', DECIDED.slice(0, 2)],
        ['a step named twice', [DECIDED[0], { ...DECIDED[1], steps: ['II.1-3'] }, DECIDED[2]]],
        ['a step that is not there', [DECIDED[0], { ...DECIDED[1], steps: ['II.1', 'II.4'] }, DECIDED[2]]],
        ['a step number in two blocks without its block', [DECIDED[0], { ...DECIDED[1], steps: ['1', 'II.3'] }, DECIDED[2]]]
    ])('with %s, stay one bad-total written as unresolved, and the entries are reported unused', async (_name, limits) => {
        const { result, map, text } = await imported(limits);
        expect(result.problems.filter(p => p.code === 'bad-total').map(p => [p.row, p.column])).toEqual([[9, 'Thời gian']]);
        expect(text).toMatch(/^\s*unresolved ".*Thời hạn trả lời nhà đầu tư.*"$/m);
        expect(text).not.toContain(' limit ');
        expect(map?.unusedLimits().length ?? 0).toBe(limits?.length ?? 0);
    });

    it('are decided by the CLI with --map, which warns about a limit it could not apply', async () => {
        const dir = tempWorkspace({
            'catalogue.tthc': CATALOGUE_TEXT, 'qd.docx': await wordDocument(DOCUMENT),
            'map.json': limitsMap(DECIDED),
            'stale.json': limitsMap([...DECIDED, { limit: 'Thời hạn công bố', steps: ['I.1'], why: 'cũ' }])
        });
        const run = tthc(['import', 'table', join(dir, 'qd.docx'), '--catalogue', dir, '--out', join(dir, 'out'), '--map', join(dir, 'map.json')]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const written = readFileSync(join(dir, 'out/thu-tuc-tham-dinh-du-an.tthc'), 'utf8');
        expect(written).toContain('part P3 "Phê duyệt" limit 1wd');
        const checked = tthc(['check', join(dir, 'out'), join(dir, 'catalogue.tthc')]);
        // A table this small is no lawful procedure (no code, no channel): what matters is that the parts and their
        // limits are the language's, and that the steps fit them.
        expect(checked.stdout).toContain('thu-tuc-tham-dinh-du-an.tthc:2:11 error missing-attribute');
        expect(checked.stdout).not.toMatch(/syntax-error|linking-error|unresolved|part-over-limit/);
        const stale = tthc(['import', 'table', join(dir, 'qd.docx'), '--catalogue', dir, '--out', join(dir, 'out2'), '--map', join(dir, 'stale.json')]);
        expect(stale.stderr).toBe(`warning: '${join(dir, 'stale.json')}':25:5: the limit 'Thời hạn công bố' was not applied in '${join(dir, 'qd.docx')}': no time cell there lists it with every other limit of the cell decided, times that read, and steps that exist, none twice; correct the entry or remove it.\n`);
        const vi = tthc(['--lang', 'vi', 'import', 'table', join(dir, 'qd.docx'), '--catalogue', dir, '--out', join(dir, 'out3'), '--map', join(dir, 'stale.json')]);
        expect(vi.stderr).toContain(":25:5: thời hạn 'Thời hạn công bố' không được áp dụng trong");
    });
});
