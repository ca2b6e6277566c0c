// The comparison of an imported table with its hand-written procedure sets aside exactly what the fixture marks as
// stated outside the table ("// from the decision's text [...]: …"), and nothing else.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { procedureIn, structure } from './written-structure.js';

const DIR = mkdtempSync(join(tmpdir(), 'tthc-prose-marks-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
copyFileSync(join(ROOT, 'test/fixtures/published/vinh-long/catalogue.tthc'), join(DIR, 'catalogue.tthc'));

let count = 0;
async function written(body: string, setAside = true): Promise<ReturnType<typeof structure>> {
    const file = join(DIR, `p${++count}.tthc`);
    writeFileSync(file, `procedure P "P" {\n    level commune\n    authority UBNDXa\n${body}\n}\n`);
    return structure(await procedureIn(join(DIR, 'catalogue.tthc'), file), setAside);
}

const TABLE = [
    '    step B1 "Tiếp nhận" reception by TTPVHCCXa 1h -> B2',
    '    step B2 "Xử lý" appraisal by CongAnXa.CanBo assigned 2h -> B3',
    '    step B3 "Trả kết quả" return by TTPVHCCXa not-counted'
].join('\n');

describe('marks of what the decision states outside its table', () => {
    it('set aside a marked step and every transition to it, a marked alternative, partner, assigned and part', async () => {
        const plain = await written(TABLE);
        const withProse = await written([
            '    // from the decision\'s text [part]: "trong 05 ngày làm việc kể từ …" (Phụ lục I)',
            '    part P1 "Xử lý" limit 5wd',
            '    // from the decision\'s text [or TTPVHCCTinh]: nộp tại Trung tâm cấp tỉnh (Điều 2)',
            '    step B1 "Tiếp nhận" reception by TTPVHCCXa or TTPVHCCTinh 1h -> B2 on incomplete -> BoSung',
            '    // from the decision\'s text [assigned; with CongAnXa.ChiHuy]: "được phân công"',
            '    step B2 "Xử lý" appraisal by CongAnXa.CanBo assigned with CongAnXa.ChiHuy 2h in P1 -> B3',
            '    step B3 "Trả kết quả" return by TTPVHCCXa not-counted',
            '    // from the decision\'s text [step]: "Trường hợp hồ sơ chưa đầy đủ …" (Điều 3)',
            '    step BoSung "Hướng dẫn bổ sung" supplement-request by TTPVHCCXa'
        ].join('\n'));
        expect(withProse).toEqual({ ...plain, steps: plain.steps.map(s => s.replace(/CongAnXa\.CanBo assigned/, 'CongAnXa.CanBo')) });
        // Without setting aside, all of it shows.
        const all = await written([
            '    // from the decision\'s text [step]: "…"',
            '    step B1 "Tiếp nhận" reception by TTPVHCCXa 1h -> B2'
        ].join('\n'), false);
        expect(all.steps).toHaveLength(1);
    });

    it('leave an unmarked difference visible', async () => {
        const plain = await written(TABLE);
        const other = await written([
            '    // from the decision\'s text [step]: "…"',
            '    step B0 "Hướng dẫn" by TTPVHCCXa -> B1',
            '    step B1 "Tiếp nhận" reception by TTPVHCCXa or TTPVHCCTinh 1h -> B2',
            '    step B2 "Xử lý" appraisal by CongAnXa.CanBo assigned 3h -> B3',
            '    step B3 "Trả kết quả" return by TTPVHCCXa not-counted'
        ].join('\n'));
        expect(other.steps).toEqual([
            'TTPVHCCXa or TTPVHCCTinh ; 1h ;  ;  ; -> #2',
            'CongAnXa.CanBo assigned ; 3h ;  ;  ; -> #3',
            plain.steps[2]
        ]);
    });

    it('fail when they name what the procedure does not write, or what no mark may say', async () => {
        await expect(written([
            '    // from the decision\'s text [or TTPVHCCTinh]: "…"',
            '    step B1 "Tiếp nhận" reception by TTPVHCCXa 1h'
        ].join('\n'))).rejects.toThrow(/marked 'or TTPVHCCTinh' from the decision's text, but the step does not write it/);
        await expect(written([
            '    // from the decision\'s text [limit]: "…"',
            '    part P1 "Xử lý"',
            '    step B1 "Tiếp nhận" reception by TTPVHCCXa 1h in P1'
        ].join('\n'))).rejects.toThrow(/marked 'limit'/);
        await expect(written([
            '    // from the decision\'s text [case]: "…"',
            '    step B1 "Tiếp nhận" reception by TTPVHCCXa 1h'
        ].join('\n'))).rejects.toThrow(/marked 'case'/);
        await expect(written([
            '    // from the decision\'s text [everything]: "…"',
            '    step B1 "Tiếp nhận" reception by TTPVHCCXa 1h'
        ].join('\n'))).rejects.toThrow(/unknown mark 'everything'/);
    });
});
