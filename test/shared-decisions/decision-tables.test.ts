// The published decisions of November 2025 (../shared/data/qtnb-2025-decisions-md/, test data kept beside the
// repository) read into procedures, and their arithmetic: which tables add up to their stated totals. A table's
// structure (rows, parts, totals) is pinned here so that the reader cannot regress silently.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { arithmeticVerdicts, sumRows, sumText } from '../support/decision-arithmetic.js';
import { decisionInventory } from '../support/decision-inventory.js';
import { type DecisionProcedure, decisionFiles, decisionsDir, decisionsProblem, readDecisionFile } from '../support/decision-tables.js';

const DIR = decisionsDir();
const PROBLEM = decisionsProblem(DIR);

function procedures(file: string): DecisionProcedure[] {
    expect(PROBLEM, PROBLEM).toBeUndefined();
    return readDecisionFile(join(DIR, 'raw', file));
}

function at(file: string, line: number): DecisionProcedure {
    const found = procedures(file).find(p => p.line === line);
    if (!found) {
        throw new Error(`no procedure at ${file}:${line}`);
    }
    return found;
}

function labels(procedure: DecisionProcedure): string[] {
    return procedure.rows.map(r => r.label ?? '·');
}

describe('the published decisions', () => {
    test('a missing folder is reported with what is missing and how to get it', () => {
        const missing = decisionsDir({ QTNB_DECISIONS: '/nonexistent/qtnb' });
        expect(missing).toBe('/nonexistent/qtnb');
        expect(decisionsProblem(missing)).toMatch(/decisions are missing at \/nonexistent\/qtnb\/raw.*\.\.\/shared.*QTNB_DECISIONS/);
    });

    test('every file is read: procedures per file', () => {
        expect(PROBLEM, PROBLEM).toBeUndefined();
        const counts = Object.fromEntries(decisionFiles(DIR).map(path => [path.split('/').pop(), readDecisionFile(path).length]));
        expect(counts).toEqual({
            '71153021e3559f5e.md': 8, '80bb1f677e7d4d75.md': 3, '817cf0e3de96bc43.md': 2, '8a68cd97082b71f2.md': 2,
            // a coordination regulation for land registration, not a step table
            '994dfbc3967e5ebf.md': 0,
            'a9e3b1619c1d3512.md': 1, 'ad52bc0b105a20cd.md': 6, 'b1bac569be973504.md': 1, 'b3a4b2605f9a281f.md': 1,
            'e8652ce55bfaba04.md': 5, 'f7f2733d47a603dc.md': 2, 'ff4de67291d44c52.md': 6
        });
    });

    test('every step time is read, every procedure has a stated total', () => {
        expect(PROBLEM, PROBLEM).toBeUndefined();
        for (const path of decisionFiles(DIR)) {
            for (const p of readDecisionFile(path)) {
                const where = `${p.file}:${p.line}`;
                expect(p.rows.filter(r => r.timeText !== undefined && !r.time).map(r => `${r.line}: ${r.timeText}`), where).toEqual([]);
                expect(p.total !== undefined || p.caseTotals.length > 0, where).toBe(true);
                expect(p.title, where).not.toBe('');
            }
        }
    });
});

describe('the structure of chosen tables', () => {
    test('a commune part and a province part with subtotals and a combined total with budgets, performer before task (f7f2733d47a603dc.md)', () => {
        const p = at('f7f2733d47a603dc.md', 269);
        expect(p.title).toMatch(/^1\. Thủ tục giải quyết chế độ trợ cấp một lần/);
        expect(p.columns).toEqual(['label', 'performer', 'task', 'time', 'level']);
        expect(labels(p)).toEqual(Array.from({ length: 15 }, (_, i) => `Bước ${i + 1}`));
        expect(p.rows[0]).toMatchObject({ performer: 'Công chức tại Trung tâm Phục vụ hành chính công cấp xã', timeText: '04 giờ làm việc', level: 'Toàn trình' });
        expect(p.rows[14].time).toEqual({ kind: 'not-counted' });
        expect(p.parts.map(x => [x.from, x.to, x.timeText])).toEqual([[0, 6, '40 giờ làm việc'], [6, 15, '56 giờ làm việc']]);
        expect(p.total?.duration).toMatchObject({ amount: 96, unit: 'hour', equivalent: { amount: 12, unit: 'working-day' } });
        expect(p.total?.budgets.map(b => b.label)).toEqual(['Tại UBND cấp xã', 'Tại Sở Nội vụ']);
    });

    test('a group of seven procedures with one table per case, the total stated above and below (71153021e3559f5e.md)', () => {
        const [a, b] = [at('71153021e3559f5e.md', 1021), at('71153021e3559f5e.md', 1121)];
        expect(a.group?.title).toBe('1. Nhóm 07 TTHC, gồm:');
        expect(a.group?.members).toHaveLength(7);
        expect(b.group).toEqual(a.group);
        expect(a.caseLabel).toBe('a) Trường hợp không thành lập hội đồng tư vấn công nhận');
        expect(b.caseLabel).toBe('b) Trường hợp thành lập hội đồng tư vấn công nhận');
        // Task before performer in this layout (Số TT | Trình tự | Trách nhiệm | Thời gian).
        expect(a.columns).toEqual(['label', 'task', 'performer', 'time']);
        expect(a.rows[1]).toMatchObject({ label: 'B2', task: 'Phân công xử lý hồ sơ', performer: 'Lãnh đạo Phòng QLCN&TĐC', timeText: '0,5 ngày' });
        expect([a.rows.length, b.rows.length]).toEqual([8, 19]);
        expect([a.total?.headText, b.total?.headText]).toEqual(['15 ngày', '27 ngày']);
        expect(b.totalAbove?.duration).toMatchObject({ amount: 27, unit: 'bare-day', countedFrom: 'kể từ ngày nhận được hồ sơ hợp lệ' });
    });

    test('a row without a step label and without a time is kept as a sub-row (71153021e3559f5e.md, procedure 4)', () => {
        const p = at('71153021e3559f5e.md', 1697);
        expect(labels(p)).toEqual(['B1', 'B2', '·', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8']);
        expect(p.rows[2]).toMatchObject({ timeText: undefined, time: undefined });
        expect(p.rows[2].task).toMatch(/^Dự thảo Công văn lấy ý kiến/);
    });

    test('sub-rows with their own performers and times inside one step (817cf0e3de96bc43.md, procedure 2)', () => {
        const p = at('817cf0e3de96bc43.md', 362);
        expect(labels(p)).toEqual(['B1', 'B2', '·', '·', 'B3', 'B4', 'B5', 'B6', 'B7']);
        expect(p.rows.slice(1, 4).map(r => [r.performer, r.timeText])).toEqual([
            ['Lãnh đạo Phòng chuyên môn phân công thụ lý', '1/4 ngày'],
            ['Chuyên viên thụ lý, xử lý hồ sơ', '1,5 ngày'],
            ['Lãnh đạo phòng xem xét, thẩm định, trình lãnh đạo Sở phê duyệt', '1/4 ngày']
        ]);
        // A step row whose cells span columns keeps its task in the task column.
        expect(p.rows[6]).toMatchObject({ label: 'B5', task: 'Liên thông UBND tỉnh để thẩm định trình lãnh đạo UBND tỉnh ký phê duyệt', performer: undefined });
        expect(p.total?.headText).toBe('03 ngày');
        expect(p.totalAbove?.headText).toBe('03 ngày làm việc');
    });

    test('two cases inside one table, each with its own total (ff4de67291d44c52.md, procedure 2)', () => {
        const [first, second] = [at('ff4de67291d44c52.md', 388), at('ff4de67291d44c52.md', 600)];
        expect(first.codes).toEqual(['1.009646']);
        expect(second.codes).toEqual(['1.009646']);
        expect(first.caseLabel).toMatch(/^2\.1\. Trường hợp điều chỉnh dự án/);
        expect(second.caseLabel).toMatch(/^2\.2\. Trường hợp Điều chỉnh dự án đầu tư theo bản án/);
        expect(first.rows).toHaveLength(12);
        expect(labels(second)).toEqual(['Bước 1', '·', 'Bước 2', 'Bước 3', 'Bước 4', 'Bước 5', 'Bước 6', 'Bước 7', 'Bước 8']);
        expect(second.total?.duration).toMatchObject({ amount: 12, unit: 'bare-day', atMost: true });
    });

    test('one table listing two cases\' branches with a total per case (ad52bc0b105a20cd.md, procedure 4)', () => {
        const p = at('ad52bc0b105a20cd.md', 746);
        expect(p.total).toBeUndefined();
        expect(p.caseTotals.map(t => t.headText)).toEqual(['10 ngày', '30 ngày']);
        expect(labels(p)).toEqual(['B1', 'B2', '·', 'B3', 'B4', 'B5', 'B6', 'B7']);
    });

    test('a table split into numbered phases (80bb1f677e7d4d75.md, procedure 2)', () => {
        const p = at('80bb1f677e7d4d75.md', 389);
        expect(p.rows).toHaveLength(24);
        expect(p.rows[0].phase).toBe('Trình tự đề xuất dự án');
        expect(p.rows[12].phase).toMatch(/^Trình tự thẩm định, phê duyệt Báo cáo NCKT dự án/);
        expect(p.total?.duration).toBeUndefined();
        expect(p.total?.budgets).toHaveLength(3);
    });

    test('hours with the header\'s day rule and a total with its equivalent (a9e3b1619c1d3512.md)', () => {
        const [p] = procedures('a9e3b1619c1d3512.md');
        expect(p.hoursPerDay).toBe(8);
        expect(p.codes).toEqual(['1.012994']);
        expect(p.rows.map(r => r.timeText)).toEqual(['04 giờ', '04 giờ', '112 giờ', '24 giờ', '16 giờ', '08 giờ', 'Không tính thời gian']);
        expect(sumText(sumRows(p.rows))).toBe('168 giờ');
    });

    test('the prose variant: two cases, each with a stated cut, an agency part and a province part (8a68cd97082b71f2.md)', () => {
        const [first, second] = procedures('8a68cd97082b71f2.md');
        expect(first.layout).toBe('prose');
        expect(first.codes).toEqual(['1.014466']);
        expect(first.caseLabel).toMatch(/^1\.1\. Trường hợp/);
        expect(second.caseLabel).toMatch(/^1\.2\. Trường hợp/);
        expect(first.rows.map(r => [r.label, r.timeText])).toEqual([
            ['Bước 1', '0,5 ngày'], ['Bước 2', '42 ngày'], ['Bước 3', '0,5 ngày'], ['Bước 1', '4,5 ngày'], ['Bước 2', '0,5 ngày']
        ]);
        expect(first.rows.map(r => r.performer)).toEqual([
            'Chuyên viên trực tại Trung tâm Phục vụ hành chính công tỉnh', 'Chuyên viên Chi cục Thủy lợi', 'Văn thư',
            'Văn phòng Ủy ban nhân dân tỉnh', 'Văn thư'
        ]);
        expect(first.parts.map(x => [x.from, x.to, x.timeText])).toEqual([[0, 3, '43 ngày'], [3, 5, '05 ngày']]);
        expect(first.total?.duration).toMatchObject({ amount: 48, atMost: true, cut: { cut: 12, of: 60, ratio: 20 } });
        expect(second.total?.duration).toMatchObject({ amount: 36, cut: { cut: 9, of: 45, ratio: 20 } });
    });

    test('the prose variant for a group of two procedures (b1bac569be973504.md)', () => {
        const [p] = procedures('b1bac569be973504.md');
        expect(p.group?.members).toHaveLength(2);
        expect(p.codes).toEqual(['1.014464', '1.014465']);
        expect(p.rows.map(r => r.timeText)).toEqual(['0,25 ngày làm việc', '0,5 ngày làm việc', '0,25 ngày làm việc', '0,75 ngày làm việc', '0,25 ngày làm việc']);
        expect(p.rows.map(r => r.performer)).toEqual([
            'Chuyên viên trực tại Trung tâm Phục vụ hành chính công tỉnh', 'Chuyên viên Phòng Báo chí và Xuất bản', 'Văn thư',
            'Văn phòng Ủy ban nhân dân tỉnh', 'Văn thư'
        ]);
    });
});

describe('the arithmetic of every table', () => {
    function verdicts(): ReturnType<typeof arithmeticVerdicts> {
        expect(PROBLEM, PROBLEM).toBeUndefined();
        return decisionFiles(DIR).flatMap(path => readDecisionFile(path).flatMap(arithmeticVerdicts));
    }

    test('the one table whose steps do not add up is procedure 2 of 817cf0e3de96bc43.md: 3,5 days under "03 ngày"', () => {
        const wrong = verdicts().filter(v => v.addsUp === false);
        expect(wrong.map(v => [`${v.file}:${v.line}`, v.check, v.stated, v.computed])).toEqual([
            ['817cf0e3de96bc43.md:362', 'total', '03 ngày', '3,5 ngày'],
            ['817cf0e3de96bc43.md:362', 'total-above', '03 ngày làm việc', '3,5 ngày']
        ]);
        expect(wrong[0].why).toBe('steps add up to 3,5 ngày, 0,5 more than stated');
    });

    test('only the table that lists two cases\' branches cannot be checked by a sum', () => {
        const open = verdicts().filter(v => v.addsUp === undefined);
        expect(open.map(v => [`${v.file}:${v.line}`, v.check])).toEqual([['ad52bc0b105a20cd.md:746', 'case-totals']]);
    });

    test('the inventory lists every procedure and verdict (printed with DECISIONS_INVENTORY=1)', () => {
        expect(PROBLEM, PROBLEM).toBeUndefined();
        const inventory = decisionInventory(decisionFiles(DIR));
        if (process.env.DECISIONS_INVENTORY) {
            console.log(inventory);
        }
        expect(inventory.split('\n').filter(line => /^ {2}\S/u.test(line))).toHaveLength(37);
        expect(inventory).toContain('    NO total: stated 03 ngày; steps 3,5 ngày; steps add up to 3,5 ngày, 0,5 more than stated');
    });

    test('every other total, subtotal, budget, equivalent and cut agrees', () => {
        const right = verdicts().filter(v => v.addsUp === true);
        const byCheck = (check: string): number => right.filter(v => v.check === check).length;
        expect({
            total: byCheck('total'), above: byCheck('total-above'), part: byCheck('part'), budget: byCheck('budget'),
            equivalent: byCheck('equivalent'), cut: byCheck('cut')
        }).toEqual({ total: 35, above: 15, part: 10, budget: 4, equivalent: 8, cut: 3 });
    });

    test('a procedure whose steps are changed no longer adds up (the check is not vacuous)', () => {
        const p = at('e8652ce55bfaba04.md', 166);
        const changed: DecisionProcedure = { ...p, rows: p.rows.map((r, i) => i === 2 ? { ...r, time: { kind: 'amount', amount: 60, unit: 'hour', atMost: false } } : r) };
        expect(arithmeticVerdicts(p).find(v => v.check === 'total')?.addsUp).toBe(true);
        expect(arithmeticVerdicts(changed).find(v => v.check === 'total')).toMatchObject({ addsUp: false, why: expect.stringMatching(/82 giờ, 2 more than stated/) });
    });
});
