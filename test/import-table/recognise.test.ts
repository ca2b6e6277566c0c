import { describe, expect, it } from 'vitest';
import { findHeader, headerRole, readDocx, readHeading, recogniseTables, type PublishedProcedure } from '@tthc/cli';
import { wordDocument, type WordBlock } from '../support/table-documents.js';

const HEADER = ['Bước', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian', 'Biểu mẫu, kết quả'];

async function recognise(blocks: readonly WordBlock[]): Promise<ReturnType<typeof recogniseTables>> {
    return recogniseTables(await readDocx(await wordDocument(blocks)));
}

function steps(procedure: PublishedProcedure): Array<[string, string, string[], string | undefined, number | undefined]> {
    return procedure.cases.flatMap(c => c.steps.map(s => [s.name, s.task.text, s.performers.map(p => p.text), s.time?.text, s.part] as [string, string, string[], string | undefined, number | undefined]));
}

describe('column headers', () => {
    it.each([
        ['Bước', 'label'], ['BƯỚC', 'label'], ['Số TT', 'label'], ['TT', 'label'], ['Thứ tự công việc', 'label'], ['STT', 'label'],
        ['Nội dung công việc', 'task'], ['Trình tự', 'task'], ['Nội dung thực hiện', 'task'],
        ['Trách nhiệm', 'performer'], ['Trách nhiệm thực hiện', 'performer'], ['Đơn vị/người thực hiện', 'performer'], ['Cơ quan thực hiện', 'performer'],
        ['Thời gian', 'time'], ['Thời gian thực hiện (tính mỗi ngày 08 giờ làm việc)', 'time'], ['thoi gian', 'time'],
        ['Biểu mẫu, kết quả', 'product'], ['Kết quả/Sản phẩm', 'product'], ['Ghi chú', undefined]
    ])('%s is a %s column', (header, role) => {
        expect(headerRole(header)).toBe(role);
    });

    it('finds the header row and says which required columns a step table lacks', () => {
        const row = (r: number, texts: string[]) => ({ row: r, cells: texts.map((text, i) => ({ text, column: i + 1, originRow: r })) });
        expect(findHeader([row(1, ['Danh mục']), row(2, ['Bước', 'Nội dung', 'Thời gian'])])).toMatchObject({ at: 1, missing: ['performer'] });
        expect(findHeader([row(1, ['STT', 'Tên thủ tục', 'Lĩnh vực'])])).toBeUndefined();
    });
});

describe('the text before a table', () => {
    it('reads the title, code and total, the total\'s value on the next line', () => {
        expect(readHeading(['PHỤ LỤC II', '1. Thủ tục cấp giấy phép (mã 1.012994)', 'Tổng thời gian giải quyết TTHC:', '15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ']))
            .toEqual({ title: 'Thủ tục cấp giấy phép', codes: ['1.012994'], total: '15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ' });
        expect(readHeading(['Tên thủ tục: Đăng ký khai sinh', 'Mã thủ tục: 1.001193', '- Tổng thời gian giải quyết: 03 ngày làm việc']))
            .toEqual({ title: 'Đăng ký khai sinh', codes: ['1.001193'], total: '03 ngày làm việc' });
    });

    it('reads a code with the suffix a province or agency prints after it, and a code ending a sentence', () => {
        // The bench's round trip through the table target's .docx found `2.000012.000.00.00.H39` read as `2.000012`.
        expect(readHeading(['Tên thủ tục: Cấp phép', 'Mã thủ tục: 2.000012.000.00.00.H39']).codes).toEqual(['2.000012.000.00.00.H39']);
        expect(readHeading(['Tên thủ tục: Cấp phép', 'Mã thủ tục: 1.014466.H12']).codes).toEqual(['1.014466.H12']);
        expect(readHeading(['Tên thủ tục: Cấp phép', 'Mã thủ tục: 1.001193.']).codes).toEqual(['1.001193']);
    });

    it('reads a group and its members, and a case heading', () => {
        expect(readHeading(['2. Nhóm 02 TTHC, gồm:', '2.1. Thủ tục A (1.000001)', '2.2. Thủ tục B']).group)
            .toEqual({ title: 'Nhóm 02 TTHC', members: [{ title: 'Thủ tục A (1.000001)', codes: ['1.000001'] }, { title: 'Thủ tục B', codes: [] }] });
        expect(readHeading(['b) Trường hợp có thẩm định thực địa'])).toEqual({ codes: [], caseTitle: 'b) Trường hợp có thẩm định thực địa' });
    });
});

describe('step tables', () => {
    it('reads steps, several performers, a performer merged over two steps, parts and their subtotals', async () => {
        const { procedures, missingColumns } = await recognise([
            '1. Thủ tục X',
            { rows: [
                HEADER,
                [{ text: 'Tại UBND cấp xã', span: 5 }],
                ['Bước 1', 'Tiếp nhận hồ sơ', { text: 'Công chức một cửa', vMerge: 'restart' }, '01 giờ làm việc', 'Mẫu 01'],
                ['Bước 2', 'Trả kết quả cho cơ quan cấp tỉnh', { vMerge: 'continue' }, '0,5 ngày', ''],
                [{ text: 'Tổng thời gian giải quyết TTHC tại UBND cấp xã: 05 giờ', span: 5 }],
                ['Bước 3', 'Thẩm định', 'Chuyên viên hoặc Lãnh đạo phòng', '02 ngày làm việc', ''],
                [{ text: 'Tổng thời gian giải quyết TTHC', span: 3 }, { text: '2,5 ngày', span: 2 }]
            ] }
        ]);
        expect(missingColumns).toEqual([]);
        expect(procedures).toHaveLength(1);
        const [procedure] = procedures;
        expect(steps(procedure)).toEqual([
            ['B1', 'Tiếp nhận hồ sơ', ['Công chức một cửa'], '01 giờ làm việc', 0],
            ['B2', 'Trả kết quả cho cơ quan cấp tỉnh', ['Công chức một cửa'], '0,5 ngày', 0],
            ['B3', 'Thẩm định', ['Chuyên viên hoặc Lãnh đạo phòng'], '02 ngày làm việc', undefined]
        ]);
        expect(procedure.parts).toEqual([{ title: 'Tại UBND cấp xã', subtotal: { text: '05 giờ', table: 1, row: 5, column: 'Bước' } }]);
        expect(procedure.total).toMatchObject({ text: '2,5 ngày', row: 7, column: 'Thời gian' });
        expect(procedure.cases[0].steps[0].product?.text).toBe('Mẫu 01');
    });

    it('takes a sub-row (step cell merged down) as another performer of the step, or as a step of its own with its own time', async () => {
        const { procedures } = await recognise([
            '1. Thủ tục Y',
            { rows: [
                HEADER,
                [{ text: 'B1', vMerge: 'restart' }, { text: 'Tiếp nhận', vMerge: 'restart' }, 'Công chức một cửa', { text: '4 giờ', vMerge: 'restart' }, ''],
                [{ vMerge: 'continue' }, { vMerge: 'continue' }, 'Nhân viên bưu điện', { vMerge: 'continue' }, ''],
                [{ text: 'B2', vMerge: 'restart' }, 'Thẩm định', 'Chuyên viên', '1 ngày', ''],
                [{ vMerge: 'continue' }, 'Trình ký', 'Lãnh đạo phòng', '0,5 ngày', '']
            ] }
        ]);
        expect(steps(procedures[0])).toEqual([
            ['B1', 'Tiếp nhận', ['Công chức một cửa', 'Nhân viên bưu điện'], '4 giờ', undefined],
            ['B2', 'Thẩm định', ['Chuyên viên'], '1 ngày', undefined],
            ['B2b', 'Trình ký', ['Lãnh đạo phòng'], '0,5 ngày', undefined]
        ]);
    });

    it('keeps a step and the sub-rows its task cell is merged down over, each with its own time, as one part', async () => {
        const { procedures } = await recognise([
            '1. Thủ tục X',
            { rows: [
                HEADER,
                ['B1', 'Tiếp nhận', 'Công chức một cửa', '1/4 ngày', ''],
                [{ text: 'B2', vMerge: 'restart' }, { text: 'Phòng chuyên môn thụ lý và xử lý hồ sơ', vMerge: 'restart' }, 'Lãnh đạo phòng phân công thụ lý', '1/4 ngày', ''],
                [{ vMerge: 'continue' }, { vMerge: 'continue' }, 'Chuyên viên thụ lý, xử lý hồ sơ', '01 ngày', ''],
                ['B3', 'Xem xét, phê duyệt', 'Lãnh đạo Sở', '1/4 ngày', '']
            ] }
        ]);
        const [procedure] = procedures;
        expect(steps(procedure).map(([name, , , time, part]) => [name, time, part])).toEqual([
            ['B1', '1/4 ngày', undefined], ['B2', '1/4 ngày', 0], ['B2b', '01 ngày', 0], ['B3', '1/4 ngày', undefined]
        ]);
        expect(procedure.parts).toEqual([{ title: 'Bước 2: Phòng chuyên môn thụ lý và xử lý hồ sơ', subRows: true }]);
    });

    it('takes a sub-row going on with the step\'s numbered items ("1. Nộp hồ sơ" then "2. Kiểm tra …") as the step\'s task, not a step', async () => {
        // Bắc Ninh 1582, table 2.2: its B1 on two rows, performer and time merged down; table 2.1 writes it in one cell.
        const { procedures } = await recognise([
            '1. Thủ tục Y',
            { rows: [
                HEADER,
                [{ text: 'Bước 1', vMerge: 'restart' }, '1. Nộp hồ sơ: Trực tiếp tại Trung tâm.', { text: 'Công chức một cửa', vMerge: 'restart' }, { text: '0,5 ngày', vMerge: 'restart' }, ''],
                [{ vMerge: 'continue' }, '2. Kiểm tra tính đầy đủ của hồ sơ.', { vMerge: 'continue' }, { vMerge: 'continue' }, ''],
                ['Bước 2', 'Thẩm định', 'Chuyên viên', '1 ngày', ''],
                [{ vMerge: 'continue' }, 'Dự thảo Công văn', { vMerge: 'continue' }, { vMerge: 'continue' }, '']
            ] }
        ]);
        expect(steps(procedures[0])).toEqual([
            ['B1', '1. Nộp hồ sơ: Trực tiếp tại Trung tâm.\n2. Kiểm tra tính đầy đủ của hồ sơ.', ['Công chức một cửa'], '0,5 ngày', undefined],
            // Not numbered on: a step of its own sharing the step's time (Lạng Sơn 2487 table 5).
            ['B2', 'Thẩm định', ['Chuyên viên'], undefined, 0],
            ['B2b', 'Dự thảo Công văn', ['Chuyên viên'], undefined, 0]
        ]);
    });

    it('keeps one time merged down over several steps as a part with that time', async () => {
        const { procedures } = await recognise([
            '1. Thủ tục Z',
            { rows: [
                HEADER,
                ['1', 'Thẩm định', 'Chuyên viên', { text: '03 ngày làm việc', vMerge: 'restart' }, ''],
                ['2', 'Trình ký', 'Lãnh đạo phòng', { vMerge: 'continue' }, ''],
                ['3', 'Trả kết quả', 'Công chức một cửa', 'Không tính thời gian', '']
            ] }
        ]);
        const [procedure] = procedures;
        expect(steps(procedure)).toEqual([
            // The time counts once, the part's: neither step has one of its own (part-time-and-step-time).
            ['B1', 'Thẩm định', ['Chuyên viên'], undefined, 0],
            ['B2', 'Trình ký', ['Lãnh đạo phòng'], undefined, 0],
            ['B3', 'Trả kết quả', ['Công chức một cửa'], 'Không tính thời gian', undefined]
        ]);
        expect(procedure.parts[0]).toMatchObject({ title: 'Thời gian chung của B1–B2', time: { text: '03 ngày làm việc' } });
    });

    it('reads "a) / b)" cases, inside one table with case totals, and as tables of their own', async () => {
        const inOne = await recognise([
            '1. Thủ tục có hai trường hợp',
            { rows: [
                HEADER,
                [{ text: 'a) Trường hợp không phải thẩm định thực địa', span: 5 }],
                ['B1', 'Tiếp nhận', 'Công chức một cửa', '1 ngày', ''],
                [{ text: 'Tổng thời gian thực hiện trong trường hợp a', span: 3 }, { text: '1 ngày', span: 2 }],
                [{ text: 'b) Trường hợp phải thẩm định thực địa', span: 5 }],
                ['B1', 'Tiếp nhận', 'Công chức một cửa', '1 ngày', ''],
                ['B2', 'Thẩm định thực địa', 'Chuyên viên', '3 ngày', ''],
                [{ text: 'Tổng thời gian thực hiện trong trường hợp b', span: 3 }, { text: '4 ngày', span: 2 }]
            ] }
        ]);
        const separate = await recognise([
            '1. Thủ tục có hai trường hợp',
            'a) Trường hợp không phải thẩm định thực địa',
            { rows: [HEADER, ['B1', 'Tiếp nhận', 'Công chức một cửa', '1 ngày', ''], [{ text: 'Tổng thời gian', span: 3 }, { text: '1 ngày', span: 2 }]] },
            'b) Trường hợp phải thẩm định thực địa',
            { rows: [HEADER, ['B1', 'Tiếp nhận', 'Công chức một cửa', '1 ngày', ''], ['B2', 'Thẩm định thực địa', 'Chuyên viên', '3 ngày', ''], [{ text: 'Tổng thời gian', span: 3 }, { text: '4 ngày', span: 2 }]] }
        ]);
        for (const { procedures } of [inOne, separate]) {
            expect(procedures).toHaveLength(1);
            const [procedure] = procedures;
            expect(procedure.cases.map(c => [c.letter, c.title, c.total?.text, c.steps.map(s => s.name)])).toEqual([
                ['A', 'a) Trường hợp không phải thẩm định thực địa', '1 ngày', ['A1']],
                ['B', 'b) Trường hợp phải thẩm định thực địa', '4 ngày', ['B1', 'B2']]
            ]);
        }
    });

    it('reads several procedures of one document, and reports a step table without a responsibility column', async () => {
        const { procedures, missingColumns } = await recognise([
            '1. Thủ tục một', { rows: [HEADER, ['1', 'Tiếp nhận', 'Công chức một cửa', '1 giờ', '']] },
            '2. Thủ tục hai', { rows: [HEADER, ['1', 'Tiếp nhận', 'Công chức một cửa', '2 giờ', '']] },
            '3. Thủ tục ba', { rows: [['Bước', 'Nội dung', 'Thời gian'], ['1', 'Tiếp nhận', '2 giờ']] },
            'Danh mục', { rows: [['STT', 'Tên thủ tục'], ['1', 'Thủ tục một']] }
        ]);
        expect(procedures.map(p => p.heading.title)).toEqual(['Thủ tục một', 'Thủ tục hai']);
        expect(missingColumns).toEqual([{ table: 3, row: 1, missing: ['performer'] }]);
    });
});
