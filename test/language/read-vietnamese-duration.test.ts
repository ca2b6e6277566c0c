// The reader of durations as published internal-procedure tables write them. Every string below is taken from the
// decisions in ../shared/data/qtnb-2025-decisions-md/raw/ (file and line in the comment), written here as a fixture so
// that this test runs without that folder.
import { budgetAgency, readVietnameseDuration, readVietnameseNumber, readVietnameseTotal, type VietnameseDuration } from '@tthc/language';
import { describe, expect, test } from 'vitest';

function amount(value: number, unit: 'minute' | 'hour' | 'working-day' | 'calendar-day' | 'bare-day', more: Partial<VietnameseDuration> = {}): VietnameseDuration {
    return { kind: 'amount', amount: value, unit, atMost: false, ...more } as VietnameseDuration;
}

describe('readVietnameseNumber', () => {
    test.each([
        ['0,5', 0.5], ['0.25', 0.25], ['04', 4], ['1/4', 0.25], ['1/2', 0.5], ['33,33', 33.33], ['112', 112]
    ])('%s is %d', (text, value) => {
        expect(readVietnameseNumber(text)).toBe(value);
    });

    test.each(['', 'a', '1/0', '1,2,3', '-1', '½'])('%j is not a number', text => {
        expect(readVietnameseNumber(text)).toBeUndefined();
    });
});

describe('readVietnameseDuration: step cells', () => {
    test.each<[string, VietnameseDuration]>([
        ['0,5 ngày', amount(0.5, 'bare-day')], // 71153021e3559f5e.md:1049
        ['4,5 ngày', amount(4.5, 'bare-day')], // 71153021e3559f5e.md:1069
        ['02 ngày', amount(2, 'bare-day')],
        ['01 ngày', amount(1, 'bare-day')],
        ['1/4 ngày', amount(0.25, 'bare-day')], // ad52bc0b105a20cd.md
        ['1/2 ngày', amount(0.5, 'bare-day')],
        ['0,25 ngày làm việc', amount(0.25, 'working-day')], // 80bb1f677e7d4d75.md
        ['0.25 ngày làm việc', amount(0.25, 'working-day')],
        ['05 ngày làm việc', amount(5, 'working-day')],
        ['04 giờ', amount(4, 'hour')], // a9e3b1619c1d3512.md
        ['112 giờ', amount(112, 'hour')],
        ['02 giờ làm việc', amount(2, 'hour')], // e8652ce55bfaba04.md
        ['58 giờ làm việc', amount(58, 'hour')],
        ['**40 giờ làm việc**', amount(40, 'hour')], // f7f2733d47a603dc.md: emphasis is not part of the time
        ['30 phút làm việc', amount(30, 'minute')], // what the table target writes of 30min (vietnamese-time.ts)
        ['90 phút làm việc (1,5 giờ)', amount(90, 'minute', { equivalent: { amount: 1.5, unit: 'hour' } } as Partial<VietnameseDuration>)],
        ['15 ngày theo lịch', amount(15, 'calendar-day')],
        ['15 ngày (theo lịch)', amount(15, 'calendar-day')],
        ['15 ngày lịch', amount(15, 'calendar-day')],
        ['Không tính thời gian', { kind: 'not-counted' }], // 71153021e3559f5e.md B8
        ['Không tính vào thời gian giải quyết', { kind: 'not-counted' }],
        ['Không quy định', { kind: 'no-limit' }],
        ['Giờ hành chính', { kind: 'office-hours' }] // e8652ce55bfaba04.md Bước 7
    ])('%j', (text, expected) => {
        expect(readVietnameseDuration(text)).toEqual(expected);
    });
});

describe('readVietnameseDuration: totals', () => {
    test('an hour total with its equivalent in bare days and the counted-from phrase (a9e3b1619c1d3512.md)', () => {
        expect(readVietnameseDuration('168 giờ (tương đương 21 ngày) kể từ ngày nhận đủ hồ sơ theo quy định')).toEqual(amount(168, 'hour', {
            equivalent: { amount: 21, unit: 'bare-day' }, countedFrom: 'kể từ ngày nhận đủ hồ sơ theo quy định'
        }));
    });

    test('an hour total whose equivalent carries the counted-from phrase, before its budgets (f7f2733d47a603dc.md)', () => {
        expect(readVietnameseDuration('96 giờ làm việc (12 ngày làm việc kể từ ngày\nnhận đủ hồ sơ theo quy định) trong đó:')).toEqual(amount(96, 'hour', {
            equivalent: { amount: 12, unit: 'working-day' }, countedFrom: 'kể từ ngày nhận đủ hồ sơ theo quy định'
        }));
    });

    test('a ceiling (ff4de67291d44c52.md, 80bb1f677e7d4d75.md)', () => {
        expect(readVietnameseDuration('**Không quá 17 ngày kể từ ngày nhận được hồ sơ hợp lệ.**')).toEqual(amount(17, 'bare-day', {
            atMost: true, countedFrom: 'kể từ ngày nhận được hồ sơ hợp lệ'
        }));
        expect(readVietnameseDuration('Không quá 05 ngày làm việc')).toEqual(amount(5, 'working-day', { atMost: true }));
    });

    test('a ceiling with a stated cut and budgets to follow (8a68cd97082b71f2.md)', () => {
        expect(readVietnameseDuration('Trong thời hạn tối đa là 48 ngày *(cắt giảm 12/60 ngày, tỷ lệ 20%) *kể từ ngày nhận đủ hồ sơ hợp lệ, trong đó:')).toEqual(amount(48, 'bare-day', {
            atMost: true, countedFrom: 'kể từ ngày nhận đủ hồ sơ hợp lệ', cut: { cut: 12, of: 60, unit: 'bare-day', ratio: 20 }
        }));
    });

    test('a cut in working days with a decimal ratio (b1bac569be973504.md)', () => {
        expect(readVietnameseDuration('Trong thời hạn 02 ngày làm việc *(cắt giảm 01/03 ngày làm việc, tỷ lệ 33,33%) *kể từ ngày nhận đủ hồ sơ hợp lệ.')).toEqual(amount(2, 'working-day', {
            countedFrom: 'kể từ ngày nhận đủ hồ sơ hợp lệ', cut: { cut: 1, of: 3, unit: 'working-day', ratio: 33.33 }
        }));
    });

    test('the statutory frame before the amount (e8652ce55bfaba04.md)', () => {
        expect(readVietnameseDuration('Theo quy định thời gian giải quyết trong trường hợp này là 80 giờ\nlàm việc (tương đương 10 ngày làm việc) kể từ ngày nhận được hồ sơ đầy đủ và\nhợp lệ')).toEqual(amount(80, 'hour', {
            equivalent: { amount: 10, unit: 'working-day' }, countedFrom: 'kể từ ngày nhận được hồ sơ đầy đủ và hợp lệ'
        }));
    });

    test.each<[string, string]>([
        ['63 ngày kể từ ngày kết thúc nhận hồ sơ', 'kể từ ngày kết thúc nhận hồ sơ'], // 71153021e3559f5e.md:1440
        ['15 ngày kể từ ngày nhận ý kiến của chuyên gia, các bên liên quan xem xét hồ sơ.', 'kể từ ngày nhận ý kiến của chuyên gia, các bên liên quan xem xét hồ sơ'],
        ['**03 ngày làm việc** (kể từ ngày nhận đủ hồ sơ)', 'kể từ ngày nhận đủ hồ sơ'], // b3a4b2605f9a281f.md
        ['05 ngày kể từ ngày họp hội đồng', 'kể từ ngày họp hội đồng']
    ])('the counted-from phrase of %j is kept as written', (text, from) => {
        const read = readVietnameseDuration(text);
        expect(read?.kind === 'amount' && read.countedFrom).toBe(from);
    });

    test('a time the text puts outside the procedure keeps that remark (80bb1f677e7d4d75.md)', () => {
        expect(readVietnameseDuration('trong thời hạn chậm nhất 05 ngày làm việc kể từ ngày phê duyệt thông tin dự án (không tính trong quy trình giải quyết hồ sơ)')).toEqual(amount(5, 'working-day', {
            atMost: true, countedFrom: 'kể từ ngày phê duyệt thông tin dự án', notCountedRemark: 'không tính trong quy trình giải quyết hồ sơ'
        }));
    });
});

describe('readVietnameseDuration never guesses', () => {
    test.each([
        '', 'ngày', 'giờ', 'Xem xét 2 ngày', '15 ngày nữa', '2 ngày rưỡi', 'Kể từ ngày nhận được Văn bản xin ý kiến thẩm định',
        '0,5 ngày *(trường hợp không công nhận phải trả lời bằng văn bản)*', // a remark is the reader's business
        'Phòng Văn hóa - Xã hội', 'Toàn trình', '11/06/2010 32', 'Không tính', '12 tháng', '3 tuần'
    ])('%j is not a duration', text => {
        expect(readVietnameseDuration(text)).toBeUndefined();
    });
});

describe('readVietnameseTotal', () => {
    test('a total with per-agency budgets (f7f2733d47a603dc.md:471)', () => {
        const total = readVietnameseTotal('**96 giờ làm việc (12 ngày làm việc kể từ ngày\nnhận đủ hồ sơ theo quy định) trong đó:**\n' +
            '**- Tại UBND cấp xã: 40 giờ làm việc (tương\nđương với 05 ngày làm việc kể từ ngày tiếp nhận hồ sơ đầy đủ);**\n' +
            '**- Tại Sở Nội vụ: 56 giờ làm việc (tương đương\nvới 07 ngày làm việc kể từ ngày tiếp nhận hồ sơ đầy đủ)**');
        expect(total.duration).toMatchObject({ kind: 'amount', amount: 96, unit: 'hour' });
        expect(total.budgets.map(b => [b.label, b.duration])).toEqual([
            ['Tại UBND cấp xã', amount(40, 'hour', { equivalent: { amount: 5, unit: 'working-day' }, countedFrom: 'kể từ ngày tiếp nhận hồ sơ đầy đủ' })],
            ['Tại Sở Nội vụ', amount(56, 'hour', { equivalent: { amount: 7, unit: 'working-day' }, countedFrom: 'kể từ ngày tiếp nhận hồ sơ đầy đủ' })]
        ]);
    });

    test('budgets written without a colon (b1bac569be973504.md)', () => {
        const total = readVietnameseTotal('Trong thời hạn 02 ngày làm việc (cắt giảm 01/03 ngày làm việc, tỷ lệ 33,33%) kể từ ngày nhận đủ hồ sơ hợp lệ.\n' +
            '- Tại Sở Văn hóa, Thể thao và\nDu lịch 01 ngày làm việc;\n- Tại Văn phòng Ủy ban nhân dân\ntỉnh 01 ngày làm việc.');
        expect(total.budgets.map(b => [b.label, b.text])).toEqual([
            ['Tại Sở Văn hóa, Thể thao và Du lịch', '01 ngày làm việc'], ['Tại Văn phòng Ủy ban nhân dân tỉnh', '01 ngày làm việc']
        ]);
    });

    test('only phases with their own limits, no total of its own (80bb1f677e7d4d75.md:830)', () => {
        const total = readVietnameseTotal('**- Thời hạn thẩm định\nbáo cáo nghiên cứu khả thi: Không quá 15 ngày.**\n**- Thời hạn phê duyệt dự\nán PPP: Không quá 05 ngày làm việc.**');
        expect(total.duration).toBeUndefined();
        expect(total.budgets.map(b => [b.label, b.duration])).toEqual([
            ['Thời hạn thẩm định báo cáo nghiên cứu khả thi', amount(15, 'bare-day', { atMost: true })],
            ['Thời hạn phê duyệt dự án PPP', amount(5, 'working-day', { atMost: true })]
        ]);
    });

    test('a budget whose time is not known keeps its text and has no duration', () => {
        const total = readVietnameseTotal('- Tại Sở Nội vụ: theo thực tế');
        expect(total.budgets).toEqual([{ label: 'Tại Sở Nội vụ', text: 'theo thực tế' }]);
    });

    test('the agency a budget or a part names', () => {
        expect(budgetAgency('Tại Sở Nông nghiệp và Môi trường')).toBe('sở nông nghiệp và môi trường');
        expect(budgetAgency('- Quy trình giải quyết tại Sở Nông nghiệp và Môi trường')).toBe('sở nông nghiệp và môi trường');
        expect(budgetAgency('Tổng thời gian giải quyết TTHC ở cấp xã là:')).toBe('cấp xã');
        expect(budgetAgency('Thời hạn phê duyệt dự án PPP')).toBeUndefined();
    });
});
