// The reader of published tables on small texts in the scrape's format (cells between lines holding `|`, an empty
// cell ending a row): layouts and cases that the shared decisions do not all show. Runs without ../shared.
import { describe, expect, test } from 'vitest';
import { arithmeticVerdicts } from '../support/decision-arithmetic.js';
import { readDecisionText } from '../support/decision-tables.js';

// A table in the scrape's format: each row's cells, rows separated by an empty cell.
function scraped(title: string, rows: readonly (readonly string[])[], after = ''): string {
    return [title, ...rows.map(cells => [...cells.flatMap(c => [c, '|']), '|'].join('\n'))].join('\n|\n') + `\n${after}`;
}

const HEADER_6 = ['**TT**', '**Nội dung công việc**', '**Đơn vị thực hiện**', '**Thời gian thực hiện**', '**Kết quả**', '**Mức độ DVC**'];

describe('reading a table', () => {
    test('a 6-column table with a time cell merged over two steps: the step below has no time, and says so', () => {
        const [p] = readDecisionText('x.md', scraped('**1. Thủ tục thử nghiệm**', [
            HEADER_6,
            ['Bước 1', 'Tiếp nhận hồ sơ', 'Bộ phận Một cửa', '0,5 ngày làm việc', 'Phiếu hẹn', 'Toàn trình'],
            ['Bước 2', 'Thẩm định hồ sơ', 'Phòng Kinh tế', '02 ngày làm việc', 'Tờ trình'],
            ['Bước 3', 'Trình ký', 'Lãnh đạo Phòng', 'Dự thảo'],
            ['Bước 4', 'Trả kết quả', 'Bộ phận Một cửa', 'Không tính thời gian', 'Kết quả'],
            ['**Tổng thời gian giải quyết TTHC**', '**2,5 ngày làm việc**']
        ]));
        expect(p.title).toBe('1. Thủ tục thử nghiệm');
        expect(p.columns).toEqual(['label', 'task', 'performer', 'time', 'product', 'level']);
        expect(p.rows.map(r => [r.label, r.task, r.performer, r.timeText, r.product])).toEqual([
            ['Bước 1', 'Tiếp nhận hồ sơ', 'Bộ phận Một cửa', '0,5 ngày làm việc', 'Phiếu hẹn'],
            ['Bước 2', 'Thẩm định hồ sơ', 'Phòng Kinh tế', '02 ngày làm việc', 'Tờ trình'],
            ['Bước 3', 'Trình ký', 'Lãnh đạo Phòng', undefined, 'Dự thảo'],
            ['Bước 4', 'Trả kết quả', 'Bộ phận Một cửa', 'Không tính thời gian', 'Kết quả']
        ]);
        expect(p.rows[0].level).toBe('Toàn trình');
        expect(arithmeticVerdicts(p)).toMatchObject([{
            check: 'total', addsUp: true, why: 'steps add up to 2,5 ngày làm việc; 1 step(s) not counted; 1 step(s) without a time cell'
        }]);
    });

    test('bare days under an hour total are not converted without the header\'s day rule', () => {
        const [p] = readDecisionText('x.md', scraped('**1. Thủ tục thử nghiệm**', [
            ['**Thứ tự công việc**', '**Đơn vị/người thực hiện**', '**Nội dung công việc**', '**Thời gian thực hiện**'],
            ['Bước 1', 'Bộ phận Một cửa', 'Tiếp nhận', '04 giờ'],
            ['Bước 2', 'Phòng Kinh tế', 'Thẩm định', '01 ngày'],
            ['**Tổng thời gian giải quyết TTHC**', '**12 giờ**']
        ]));
        expect(p.rows[0]).toMatchObject({ performer: 'Bộ phận Một cửa', task: 'Tiếp nhận' });
        expect(arithmeticVerdicts(p)).toMatchObject([{ addsUp: undefined, why: 'bare "ngày" in the steps, hours stated, and no day rule in the header' }]);
    });

    test('with the header\'s day rule they are, and a wrong total is reported with the arithmetic', () => {
        const [p] = readDecisionText('x.md', scraped('**1. Thủ tục thử nghiệm**', [
            ['**Thứ tự công việc**', '**Đơn vị/người thực hiện**', '**Nội dung công việc**', '**Thời gian thực hiện (tính mỗi ngày 08 giờ làm việc)**'],
            ['Bước 1', 'Bộ phận Một cửa', 'Tiếp nhận', '04 giờ'],
            ['Bước 2', 'Phòng Kinh tế', 'Thẩm định', '01 ngày'],
            ['**Tổng thời gian giải quyết TTHC**', '**16 giờ (tương đương 02 ngày)**']
        ]));
        expect(p.hoursPerDay).toBe(8);
        expect(arithmeticVerdicts(p).map(v => [v.check, v.addsUp, v.why])).toEqual([
            ['total', false, 'steps add up to 12 giờ, 4 less than stated; bare "ngày" at the header\'s 8 h a day'],
            ['equivalent', true, 'the equivalent is 16 giờ; bare "ngày" at the header\'s 8 h a day']
        ]);
    });

    test('a stated cut that does not agree with the statutory time is reported', () => {
        const [p] = readDecisionText('x.md', scraped('**1. Thủ tục thử nghiệm**', [
            ['**TT**', '**Nội dung công việc**', '**Đơn vị thực hiện**', '**Thời gian thực hiện**'],
            ['B1', 'Tiếp nhận', 'Bộ phận Một cửa', '10 ngày'],
            ['**Tổng thời gian giải quyết TTHC**', '**10 ngày (cắt giảm 03/12 ngày, tỷ lệ 20%)**']
        ]));
        expect(arithmeticVerdicts(p).find(v => v.check === 'cut')).toMatchObject({ addsUp: false, why: '12 − 3 = 9, not 10; 3/12 is 25%, not 20%' });
    });

    test('a list of procedures (no step rows) is not a step table', () => {
        expect(readDecisionText('x.md', scraped('**Danh mục**', [
            ['**STT**', '**Tên thủ tục hành chính**', '**Thời gian giải quyết**', '**Địa điểm**'],
            ['1', 'Thủ tục A', '05 ngày', 'Trung tâm']
        ]))).toEqual([]);
    });
});
