// What a published table says in its own cells and is read back: the branches a reception's task cell states in words,
// a return in office hours, a total stated twice or beside the time by law. Each holds for any province's tables.
import { importTable, type CatalogueTitles } from '@tthc/cli';
import { describe, expect, it } from 'vitest';
import { wordDocument, type WordBlock, type WordCell } from '../support/table-documents.js';

const catalogue: CatalogueTitles = {
    units: [
        { name: 'TTPVHCCXa', title: 'Trung tâm Phục vụ hành chính công xã', positions: [{ name: 'CongChuc', title: 'Công chức Bộ phận Một cửa' }] },
        { name: 'UBNDXa', title: 'Ủy ban nhân dân xã', positions: [{ name: 'ChuTich', title: 'Chủ tịch Ủy ban nhân dân xã' }] }
    ],
    forms: [{ name: 'GiayChungNhan', title: 'Giấy chứng nhận', code: 'Mẫu số 05' }]
};

const HEADER = ['Bước', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian'];

async function imported(blocks: readonly WordBlock[]): Promise<{ text: string; problems: Array<[string, number | undefined, string | undefined]> }> {
    const result = await importTable(await wordDocument(blocks), 'docx', 'x.docx', catalogue);
    return { text: result.procedures.map(p => p.text).join('\n'), problems: result.problems.map(p => [p.code, p.row, p.text]) };
}

describe('branches a task cell states in words', () => {
    it('are steps of their own, reached on incomplete and on rejected from the step, by its performers', async () => {
        const { text, problems } = await imported(['1. Thủ tục X', { rows: [
            HEADER,
            ['Bước 1', 'Kiểm tra, tiếp nhận hồ sơ:\n- Trường hợp hồ sơ chưa đầy đủ hoặc không hợp lệ thì hướng dẫn bổ sung, hoàn thiện hồ sơ vào Phiếu yêu cầu bổ sung.\n- Trường hợp hồ sơ đầy đủ, hợp lệ thì gửi Giấy tiếp nhận.\n- Trường hợp từ chối nhận hồ sơ thì lập Phiếu từ chối tiếp nhận hồ sơ.', 'Công chức Bộ phận Một cửa', '04 giờ'],
            ['Bước 2', 'Ký quyết định', 'Chủ tịch UBND xã', '04 giờ']
        ] }]);
        expect(problems).toEqual([]);
        expect(text).toMatch(/step B1 [^\n]*-> B2 on incomplete -> E1 on rejected -> E2\n/);
        expect(text).toMatch(/step E1 "Hướng dẫn bổ sung, hoàn thiện hồ sơ vào Phiếu yêu cầu bổ sung" supplement-request by TTPVHCCXa\.CongChuc\n/);
        expect(text).toMatch(/step E2 "Lập Phiếu từ chối tiếp nhận hồ sơ" refusal by TTPVHCCXa\.CongChuc\n/);
    });

    it('are read in the other ways the tables write them ("+ Nếu hồ sơ chưa đầy đủ …", "Hồ sơ không đầy đủ, hợp lệ thì …")', async () => {
        for (const line of ['+ Nếu hồ sơ chưa đầy đủ thành phần hoặc chưa hợp lệ thì hướng dẫn hoàn thiện, bổ sung hồ sơ.', '+ Hồ sơ không đầy đủ, hợp lệ thì trả hồ sơ và hướng dẫn bổ sung hồ sơ.']) {
            const { text } = await imported(['1. Thủ tục X', { rows: [
                HEADER,
                ['Bước 1', `Tiếp nhận, kiểm tra hồ sơ:\n+ Hồ sơ đầy đủ, hợp lệ thì chuyển xử lý.\n${line}`, 'Công chức Bộ phận Một cửa', '04 giờ'],
                ['Bước 2', 'Ký quyết định', 'Chủ tịch UBND xã', '04 giờ']
            ] }]);
            expect(text).toMatch(/-> B2 on incomplete -> E1\n/);
            expect(text).toMatch(/step E1 "[^"]+" supplement-request by TTPVHCCXa\.CongChuc\n/);
            expect(text).not.toMatch(/E2/);
        }
    });

    it('a cell that says only what happens to a complete dossier has none', async () => {
        const { text } = await imported(['1. Thủ tục X', { rows: [
            HEADER,
            ['Bước 1', 'Tiếp nhận hồ sơ:\n- Trường hợp hồ sơ đầy đủ, hợp lệ thì gửi Giấy tiếp nhận.', 'Công chức Bộ phận Một cửa', '04 giờ'],
            ['Bước 2', 'Ký quyết định', 'Chủ tịch UBND xã', '04 giờ']
        ] }]);
        expect(text).not.toMatch(/on incomplete|E1/);
    });
});

describe('a time cell "Giờ hành chính"', () => {
    it('is a step not counted, with the words as its reason, and a warning that says it is a reading', async () => {
        const { text, problems } = await imported(['1. Thủ tục X', { rows: [
            HEADER,
            ['Bước 1', 'Ký quyết định', 'Chủ tịch UBND xã', '04 giờ'],
            ['Bước 2', 'Trả kết quả', 'Công chức Bộ phận Một cửa', 'Giờ hành chính']
        ] }]);
        expect(text).toMatch(/step B2 "Trả kết quả" return by TTPVHCCXa\.CongChuc not-counted "Giờ hành chính"\n/);
        expect(problems).toEqual([['office-hours', 3, 'Giờ hành chính']]);
    });
});

describe('a total', () => {
    it('stated twice, once without the kind of day ("09 ngày" at the foot, "09 ngày làm việc" above), is the one that says it', async () => {
        const { text, problems } = await imported(['1. Thủ tục X', 'Tổng thời gian giải quyết TTHC: 09 ngày làm việc', { rows: [
            HEADER,
            ['Bước 1', 'Ký quyết định', 'Chủ tịch UBND xã', '09 ngày'],
            ['Tổng thời gian thực hiện:', '', '', '09 ngày']
        ] }]);
        expect(problems).toEqual([]);
        expect(text).toMatch(/\n\s+total 9wd\n/);
    });

    it('stated twice with different numbers is still a conflict', async () => {
        const { problems } = await imported(['1. Thủ tục X', 'Tổng thời gian giải quyết TTHC: 09 ngày làm việc', { rows: [
            HEADER,
            ['Bước 1', 'Ký quyết định', 'Chủ tịch UBND xã', '08 ngày'],
            ['Tổng thời gian thực hiện:', '', '', '08 ngày']
        ] }]);
        expect(problems.map(p => p[0])).toEqual(['total-conflict']);
    });

    it('at the table\'s foot is the total, not the time by law stated above the table ("Thời gian giải quyết: …")', async () => {
        const { text, problems } = await imported(['1. Thủ tục X', '- Thời gian giải quyết: 03 ngày làm việc', { rows: [
            HEADER,
            ['Bước 1', 'Ký quyết định', 'Chủ tịch UBND xã', '02 ngày'],
            ['Tổng thời gian thực hiện:', '', '', '02 ngày']
        ] }]);
        expect(problems).toEqual([]);
        expect(text).toMatch(/\n\s+total 2d\n/);
    });

    it('listed with an item "không tính trong quy trình giải quyết hồ sơ" is the other item\'s time, that item\'s step not counted', async () => {
        // Bắc Ninh 1490, "Thủ tục Công bố dự án đầu tư kinh doanh": the posting after the approval is listed apart.
        const { text, problems } = await imported(['1. Thủ tục X', { rows: [
            HEADER,
            ['Bước 1', 'Xem xét, phê duyệt thông tin dự án', 'Chủ tịch UBND xã', '10 ngày'],
            ['Bước 2', 'Đăng tải thông tin dự án lên hệ thống mạng đấu thầu quốc gia', 'Chủ tịch UBND xã', '05 ngày làm việc'],
            ['Tổng thời gian giải quyết TTHC', '', '', '- Tiếp nhận, thẩm định hồ sơ đề xuất dự án: Không quá 10 ngày kể từ ngày tiếp nhận hồ sơ\n- Đăng tải thông tin dự án trong thời hạn chậm nhất 05 ngày làm việc kể từ ngày phê duyệt (không tính trong quy trình giải quyết hồ sơ)']
        ] }]);
        expect(problems).toEqual([]);
        expect(text).toMatch(/\n\s+total 10d "kể từ ngày tiếp nhận hồ sơ"\n/);
        expect(text).toMatch(/step B2 [^\n]* 5wd not-counted "không tính trong quy trình giải quyết hồ sơ"/);
        // An item naming no step, or two counted items, leave the cell reported as it was.
        const unnamed = await imported(['1. Thủ tục X', { rows: [
            HEADER,
            ['Bước 1', 'Xem xét, phê duyệt thông tin dự án', 'Chủ tịch UBND xã', '10 ngày'],
            ['Tổng thời gian giải quyết TTHC', '', '', '- Thẩm định: Không quá 10 ngày\n- Công khai kết quả (không tính trong quy trình giải quyết hồ sơ)']
        ] }]);
        expect(unnamed.problems.map(p => p[0])).toEqual(['bad-total']);
    });

    it('is the time by law stated above the table when the table states none', async () => {
        const { text } = await imported(['1. Thủ tục X', 'Thời gian giải quyết: 03 ngày làm việc', { rows: [
            HEADER,
            ['Bước 1', 'Ký quyết định', 'Chủ tịch UBND xã', '02 ngày']
        ] }]);
        expect(text).toMatch(/\n\s+total 3wd\n/);
    });
});

describe('a total stated above the first of several case tables', () => {
    it('is that case\'s total when its foot states the same time, not the procedure\'s', async () => {
        const { text, problems } = await imported([
            '1. Thủ tục X', 'Tổng thời gian giải quyết: 15 ngày kể từ ngày nhận được hồ sơ hợp lệ', 'a) Trường hợp không thành lập hội đồng',
            { rows: [HEADER, ['B1', 'Ký quyết định', 'Chủ tịch UBND xã', '15 ngày'], ['Tổng thời gian giải quyết TTHC:', '', '', '15 ngày']] },
            'b) Trường hợp thành lập hội đồng',
            { rows: [HEADER, ['B1', 'Ký quyết định', 'Chủ tịch UBND xã', '27 ngày'], ['Tổng thời gian giải quyết TTHC:', '', '', '27 ngày']] }
        ]);
        expect(problems).toEqual([]);
        expect(text).not.toMatch(/\n\s+total 15d[^\n]*\n\s+case/);
        expect(text).toMatch(/case TruongHopA "a\) Trường hợp không thành lập hội đồng" \{\s+total 15d "kể từ ngày nhận được hồ sơ hợp lệ"/);
        expect(text).toMatch(/case TruongHopB "b\) Trường hợp thành lập hội đồng" \{\s+total 27d/);
    });
});

describe('cases numbered as sections ("2.1. Trường hợp …", "2.2. Trường hợp …")', () => {
    it('are the cases of the procedure the heading above names, each with its own table', async () => {
        const { text } = await imported([
            '2. Thủ tục điều chỉnh dự án', '2.1. Trường hợp điều chỉnh theo Khoản 3 Điều 41',
            { rows: [HEADER, ['Bước 1', 'Ký quyết định', 'Chủ tịch UBND xã', '17 ngày']] },
            '2.2. Trường hợp điều chỉnh theo bản án',
            { rows: [HEADER, ['Bước 1', 'Ký quyết định', 'Chủ tịch UBND xã', '12 ngày']] }
        ]);
        expect(text).toMatch(/procedure \w+ "Thủ tục điều chỉnh dự án" \{/);
        expect(text.match(/^\s*procedure /gm)).toHaveLength(1);
        expect(text).toMatch(/case TruongHopA "2\.1\. Trường hợp điều chỉnh theo Khoản 3 Điều 41" \{\s+start A1\s+\}/);
        expect(text).toMatch(/case TruongHopB "2\.2\. Trường hợp điều chỉnh theo bản án" \{\s+start B1\s+\}/);
    });
});

describe('the return row\'s "Kết quả: …" lines', () => {
    it('are the procedure\'s results, on the form the code in brackets names, each once', async () => {
        const { text, problems } = await imported(['1. Thủ tục X', { rows: [
            [...HEADER, 'Biểu mẫu / Kết quả'],
            ['Bước 1', 'Ký quyết định', 'Chủ tịch UBND xã', '04 giờ', ''],
            ['Bước 2', 'Trả kết quả', 'Công chức Bộ phận Một cửa', '04 giờ', 'Kết quả: Giấy chứng nhận đăng ký (Mẫu số 05)\nKết quả: Văn bản trả lời (nếu không cấp)']
        ] }]);
        expect(problems).toEqual([]);
        expect(text).toMatch(/\n\s+result "Giấy chứng nhận đăng ký" on form GiayChungNhan\n\s+result "Văn bản trả lời \(nếu không cấp\)"\n/);
        expect(text).not.toMatch(/produces/);
    });
});

describe('a second main-flow path a row states ("Trường hợp đạt yêu cầu: chuyển Bước 3.")', () => {
    it('is a transition past the next row, as the table target writes it', async () => {
        const { text } = await imported(['1. Thủ tục X', { rows: [
            HEADER,
            ['Bước 1', 'Thẩm định hồ sơ\nTrường hợp đạt yêu cầu: chuyển Bước 3.', 'Chủ tịch UBND xã', '04 giờ'],
            ['Bước 2', 'Kiểm tra thực tế', 'Chủ tịch UBND xã', '04 giờ'],
            ['Bước 3', 'Ký quyết định', 'Chủ tịch UBND xã', '04 giờ']
        ] }]);
        expect(text).toMatch(/step B1 "Thẩm định hồ sơ" [^\n]*-> B2 on approved -> B3\n/);
        expect(text).not.toMatch(/task "Trường hợp đạt/);
    });
});

describe('a branch whose words name one of its step\'s alternatives', () => {
    const twoCentres: CatalogueTitles = {
        units: [
            { name: 'TTTinh', title: 'Trung tâm Phục vụ hành chính công tỉnh', level: 'province', positions: [{ name: 'CongChuc', title: 'Công chức, viên chức tại Trung tâm Phục vụ hành chính công tỉnh' }] },
            { name: 'TTXa', title: 'Trung tâm Phục vụ hành chính công xã', level: 'commune', positions: [{ name: 'CongChuc', title: 'Công chức, viên chức tại Trung tâm Phục vụ hành chính công xã' }] },
            { name: 'UBNDXa', title: 'Ủy ban nhân dân xã', positions: [{ name: 'ChuTich', title: 'Chủ tịch Ủy ban nhân dân xã' }] }
        ],
        forms: []
    };
    it('is performed by that one ("thì công chức tại Trung tâm … tỉnh lập Phiếu từ chối …"), the others by all', async () => {
        const result = await importTable(await wordDocument(['1. Thủ tục X', { rows: [
            HEADER,
            ['Bước 1', 'Tiếp nhận hồ sơ.\n- Trường hợp hồ sơ chưa đầy đủ hoặc không hợp lệ thì hướng dẫn bổ sung, hoàn thiện hồ sơ.\n- Trường hợp từ chối nhận hồ sơ thì công chức tại Trung tâm Phục vụ hành chính công tỉnh lập Phiếu từ chối tiếp nhận hồ sơ.', 'Công chức, viên chức tại Trung tâm Phục vụ hành chính công tỉnh hoặc Trung tâm Phục vụ hành chính công xã', '02 giờ'],
            ['Bước 2', 'Ký quyết định', 'Chủ tịch UBND xã', '04 giờ']
        ] }]), 'docx', 'x.docx', twoCentres);
        const text = result.procedures.map(p => p.text).join('\n');
        expect(text).toMatch(/step E1 "[^"]+" supplement-request by TTTinh\.CongChuc or TTXa\.CongChuc\n/);
        expect(text).toMatch(/step E2 "[^"]+" refusal by TTTinh\.CongChuc\n/);
    });
});

describe('a responsibility cell listing, one dash line each, who does which part of the step', () => {
    const desks: CatalogueTitles = {
        units: [
            { name: 'TTXa', title: 'Trung tâm Phục vụ hành chính công cấp xã', level: 'commune', positions: [{ name: 'CanBo', title: 'Cán bộ một cửa của Trung tâm Phục vụ hành chính công cấp xã' }] },
            { name: 'TTTinh', title: 'Trung tâm Phục vụ hành chính công cấp tỉnh', level: 'province', positions: [{ name: 'CanBoSo', title: 'Cán bộ một cửa Sở Nội vụ tại Trung tâm Phục vụ hành chính công cấp tỉnh' }] }
        ],
        forms: []
    };
    it('is one performer with the others taking part, not alternatives', async () => {
        const result = await importTable(await wordDocument(['1. Thủ tục X', { rows: [
            HEADER,
            ['Bước 1', 'Liên thông Sở Nội vụ', '- Cán bộ một cửa của Trung tâm Phục vụ hành chính công cấp xã chuyển hồ sơ liên thông lên Sở Nội vụ;\n- Cán bộ một cửa Sở Nội vụ tại Trung tâm Phục vụ hành chính công cấp tỉnh tiếp nhận và chuyển xử lý theo quy trình.', '02 ngày']
        ] }]), 'docx', 'x.docx', desks);
        expect(result.procedures[0].text).toMatch(/step B1 "Liên thông Sở Nội vụ" by TTXa\.CanBo with TTTinh\.CanBoSo 2d\n/);
    });
    it('but two dash lines that only name performers stay alternatives', async () => {
        const result = await importTable(await wordDocument(['1. Thủ tục X', { rows: [
            HEADER,
            ['Bước 1', 'Tiếp nhận hồ sơ', '- Cán bộ một cửa của Trung tâm Phục vụ hành chính công cấp xã\n- Cán bộ một cửa Sở Nội vụ tại Trung tâm Phục vụ hành chính công cấp tỉnh', '02 ngày']
        ] }]), 'docx', 'x.docx', desks);
        expect(result.procedures[0].text).toMatch(/by TTXa\.CanBo or TTTinh\.CanBoSo 2d\n/);
    });
});

describe('a step column that names the unit in charge of a stage', () => {
    // Sơn La 2929, tables 1–2: "B2 | Phòng Văn hóa - Xã hội" over two sub-rows, "B3 | UBND cấp xã" over three, and
    // "B6 | Ủy ban nhân dân cấp xã | Phòng Văn hóa - Xã hội | Chi trả …" on one row.
    const stage = (rows: ReadonlyArray<ReadonlyArray<WordCell | string>>): ReturnType<typeof imported> =>
        imported(['1. Thủ tục X', { rows: [HEADER, ['B1', 'Tiếp nhận hồ sơ', 'Công chức Bộ phận Một cửa', '04 giờ'], ...rows] }]);

    it('makes a row without sub-rows a one-step part too, when other rows are stages over sub-rows', async () => {
        const { text } = await stage([
            [{ text: 'B2', vMerge: 'restart' }, { text: 'Ủy ban nhân dân xã', vMerge: 'restart' }, 'Chủ tịch UBND xã', '04 giờ'],
            [{ vMerge: 'continue' }, { vMerge: 'continue' }, 'Công chức Bộ phận Một cửa', '04 giờ'],
            ['B3', 'Ủy ban nhân dân xã', 'Chủ tịch UBND xã', '04 giờ'],
            ['B4', 'Trả kết quả', 'Công chức Bộ phận Một cửa', '04 giờ']
        ]);
        expect(text).toMatch(/part P1 "Bước 2: Ủy ban nhân dân xã"\n\s*part P2 "Bước 3: Ủy ban nhân dân xã"\n/);
        expect(text).toMatch(/step B3 [^\n]* in P2[ \n]/);
        expect(text).not.toMatch(/step B4 [^\n]* in P/);
    });

    it('keeps the parts in table order when the lone stage comes first', async () => {
        const { text } = await stage([
            ['B2', 'Ủy ban nhân dân xã', 'Chủ tịch UBND xã', '04 giờ'],
            [{ text: 'B3', vMerge: 'restart' }, { text: 'Ủy ban nhân dân xã', vMerge: 'restart' }, 'Chủ tịch UBND xã', '04 giờ'],
            [{ vMerge: 'continue' }, { vMerge: 'continue' }, 'Công chức Bộ phận Một cửa', '04 giờ']
        ]);
        expect(text).toMatch(/part P1 "Bước 2: Ủy ban nhân dân xã"\n\s*part P2 "Bước 3: Ủy ban nhân dân xã"\n/);
        expect(text).toMatch(/step B2 [^\n]* in P1[ \n]/);
        expect(text).toMatch(/step B3b? [^\n]* in P2[ \n]/);
    });

    it('is left a step when no row of the table is a stage over sub-rows', async () => {
        const { text } = await stage([['B2', 'Ủy ban nhân dân xã', 'Chủ tịch UBND xã', '04 giờ']]);
        expect(text).not.toMatch(/part /);
    });
});

describe('foot totals "… trong trường hợp …" of one path', () => {
    // Sơn La 2929, table 4: two totals at the foot, and B3's cell says which step each case goes on to.
    const table = (branches: string): Promise<Awaited<ReturnType<typeof imported>>> => imported(['1. Thủ tục X', { rows: [
        HEADER,
        ['B1', 'Tiếp nhận hồ sơ', 'Công chức Bộ phận Một cửa', '1 ngày'],
        ['B2', `Kiểm tra hồ sơ:\n${branches}`, 'Công chức Bộ phận Một cửa', '1 ngày'],
        ['B3', 'Xác minh thông tin', 'Công chức Bộ phận Một cửa', '20 ngày'],
        ['B4', 'Trả kết quả', 'Công chức Bộ phận Một cửa', '1 ngày'],
        ['Tổng thời gian thực hiện trong trường hợp hồ sơ đầy đủ thông tin:', '', '', '03 ngày'],
        ['Tổng thời gian thực hiện trong trường hợp hồ sơ chưa đầy đủ thông tin, cần phải xác minh:', '', '', '23 ngày']
    ] }]);

    it('are the total and a case entered where a branch names its condition', async () => {
        const { text } = await table('- Trong trường hợp đầy đủ thông tin thì cấp phiếu và chuyển sang B4;\n- Trường hợp không đầy đủ thông tin thì gửi văn bản đề nghị xác minh và chuyển sang B3.');
        expect(text).toMatch(/\n\s*total 3d\n/);
        expect(text).toMatch(/\n\s*case TruongHop2 "Trường hợp hồ sơ chưa đầy đủ thông tin, cần phải xác minh" \{ total 23d \}\n/);
        expect(text).toMatch(/step B2 [^\n]*-> B4 when TruongHop2 -> B3\n/);
    });

    it('leave the step going on to the next row when no branch names one condition alone', async () => {
        const { text } = await table('- Trường hợp cần thiết thì chuyển sang B4.');
        expect(text).toMatch(/case TruongHop2 /);
        expect(text).toMatch(/step B2 [^\n]*-> B3\n/);
    });
});
