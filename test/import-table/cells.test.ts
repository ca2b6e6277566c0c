import { describe, expect, it } from 'vitest';
import { CatalogueMatcher, matchPerformerText, readExceptionTable, readPerformerCell, readTaskCell, readTimeCell, type GridRow, type SourceTable } from '@tthc/cli';

const matcher = new CatalogueMatcher({
    units: [
        { name: 'SoNoiVu', title: 'Sở Nội vụ', positions: [{ name: 'ChuyenVien', title: 'Chuyên viên' }, { name: 'VanThu', title: 'Văn thư Sở' }] },
        { name: 'SoTaiChinh', title: 'Sở Tài chính', positions: [{ name: 'ChuyenVien', title: 'Chuyên viên' }] },
        { name: 'TTPVHCC', title: 'Trung tâm Phục vụ hành chính công tỉnh', positions: [{ name: 'CongChuc', title: 'Công chức, viên chức tiếp nhận và trả kết quả' }] },
        { name: 'CongAn', title: 'Công an xã, phường, đặc khu', positions: [] }
    ],
    forms: []
});

describe('responsibility cells', () => {
    it('reads a unit line and a position line as one performer, "hoặc" as an alternative, partners and a hand-over partner', () => {
        const cell = readPerformerCell('Sở Nội vụ\nChuyên viên được phân công\nhoặc Chuyên viên (Sở Tài chính)\nPhối hợp: Công chức, viên chức tiếp nhận và trả kết quả (Trung tâm Phục vụ hành chính công tỉnh)\nCơ quan phối hợp: Công an xã, phường, đặc khu');
        expect(cell).toEqual({
            alternatives: ['Sở Nội vụ\nChuyên viên được phân công', 'Chuyên viên (Sở Tài chính)'],
            // Split at each comma outside parentheses; the import joins the pieces back into the longest titles that match.
            partners: ['Công chức', 'viên chức tiếp nhận và trả kết quả (Trung tâm Phục vụ hành chính công tỉnh)'],
            handover: 'Công an xã, phường, đặc khu'
        });
        expect(cell.alternatives.map(a => matchPerformerText(a, matcher).map(m => m.match))).toEqual([
            [{ kind: 'match', reference: 'SoNoiVu.ChuyenVien assigned', loose: false }],
            [{ kind: 'match', reference: 'SoTaiChinh.ChuyenVien', loose: false }]
        ]);
        expect(matchPerformerText(cell.partners.join(', '), matcher).map(m => m.match)).toEqual([{ kind: 'match', reference: 'TTPVHCC.CongChuc', loose: false }]);
        expect(matchPerformerText('Sở Nội vụ\nLãnh đạo Sở', matcher).map(m => m.match)).toEqual([{ kind: 'match', reference: 'leaders of SoNoiVu', loose: false }]);
    });
});

describe('time cells', () => {
    it('reads the step\'s time, a hand-over partner\'s time, a shared time and a time not counted', () => {
        expect(readTimeCell('02 giờ làm việc\nCơ quan phối hợp: 3,5 ngày làm việc (28 giờ)')).toEqual({
            time: { kind: 'duration', text: '2h' }, text: '02 giờ làm việc',
            handover: { time: { kind: 'duration', text: '3.5wd' }, text: '3,5 ngày làm việc (28 giờ)', notCounted: false }
        });
        expect(readTimeCell('20 giờ làm việc (2,5 ngày làm việc)').time).toEqual({ kind: 'duration', text: '20h' });
        expect(readTimeCell('03 ngày (chung cho Bước 2, Bước 3)', 'cd').time).toEqual({ kind: 'duration', text: '3cd' });
        expect(readTimeCell('15 ngày (tính là 11 ngày làm việc)', 'cd').time).toEqual({ kind: 'duration', text: '15cd as 11wd' });
        expect(readTimeCell('Không tính thời gian (thời gian của tổ chức, cá nhân)\n(10 ngày làm việc)')).toMatchObject({ time: { kind: 'not-counted' }, uncountedTime: '10wd' });
        expect(readTimeCell('Tính trong thời gian chung của Bước 2').time).toBeUndefined();
    });
});

describe('task cells', () => {
    it('splits the title from the task and reads the remarks of the electronic procedure, hand-overs and parallel steps', () => {
        expect(readTaskCell('Chuyển hồ sơ đăng ký thường trú\nChuyển dữ liệu cho Công an xã\nSố hóa hồ sơ; Ký số kết quả.\nLiên thông: chuyển hồ sơ đến Công an xã, phường, đặc khu qua Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP).\nThực hiện song song với Bước 6. Nhánh ngắn hơn, không cộng vào tổng thời gian.')).toEqual({
            title: 'Chuyển hồ sơ đăng ký thường trú', task: 'Chuyển dữ liệu cho Công an xã', digitises: true, signsDigitally: true, requestsPayment: false,
            handover: { partner: 'Công an xã, phường, đặc khu', channel: 'Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)' }, parallelWith: ['6'], branches: [], jumps: []
        });
        expect(readTaskCell('- Tiếp nhận hồ sơ.\n- Chuyển hồ sơ cho phòng.').title).toBe('Tiếp nhận hồ sơ. Chuyển hồ sơ cho phòng.');
    });
});

describe('exception tables', () => {
    it('reads the situations, where they arise and where they go', () => {
        const row = (r: number, texts: string[]): GridRow => ({ row: r, cells: texts.map((text, i) => ({ text, column: i + 1, originRow: r })) });
        const table: SourceTable = { index: 2, before: [], rows: [
            row(1, ['Trường hợp', 'Phát sinh tại', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian', 'Biểu mẫu / Kết quả', 'Bước tiếp theo']),
            row(2, ['Hồ sơ chưa đầy đủ, chưa hợp lệ', 'Bước 1: Tiếp nhận', 'Hướng dẫn bổ sung', 'Công chức', '', 'Mẫu số 02', 'Kết thúc']),
            row(3, ['Hồ sơ quá hạn giải quyết', 'Bước 3: Thẩm định', 'Chuyển đến Bước 5: Trả kết quả', '', '', '', '']),
            row(4, ['Ghi chú', '', '', '', '', '', ''])
        ] };
        const { exceptions, unknown } = readExceptionTable(table);
        expect(exceptions.map(e => [e.outcome, e.sources, e.goesTo, e.task?.text, e.next])).toEqual([
            ['incomplete', [{ number: '1', title: 'Tiếp nhận' }], undefined, 'Hướng dẫn bổ sung', []],
            ['late', [{ number: '3', title: 'Thẩm định' }], '5', undefined, []]
        ]);
        expect(unknown).toEqual([4]);
    });
});
