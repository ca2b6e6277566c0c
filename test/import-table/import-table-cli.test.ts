import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTthcLspServices } from '@tthc/language/lsp';
import { EmptyFileSystem, URI } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempWorkspace, tthc } from '../cli/run-cli.js';
import { wordDocument, workbook, type WordBlock } from '../support/table-documents.js';

const CATALOGUE = `province LamDong "Tỉnh Lâm Đồng" days working {
    unit TTPVHCCXa "Trung tâm Phục vụ hành chính công xã" level commune kind one-stop {
        position CongChuc "Công chức Bộ phận Một cửa"
    }
    unit UBNDXa "Ủy ban nhân dân xã" level commune kind people-committee {
        position ChuTich "Chủ tịch Ủy ban nhân dân xã" leader
    }
    unit VanPhongXa "Văn phòng HĐND và UBND xã" level commune kind office {
        position CongChucTuPhap "Công chức Tư pháp - Hộ tịch"
    }
    form Mau01 "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" code "01"
}
`;

const HEADER = ['Bước', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian', 'Biểu mẫu, kết quả'];

function table(rows: ReadonlyArray<ReadonlyArray<string>>): WordBlock {
    return { rows: [HEADER, ...rows] };
}

const GOOD: readonly WordBlock[] = [
    '1. Thủ tục đăng ký khai sinh',
    'Mã thủ tục: 1.001193',
    'Tổng thời gian giải quyết: 03 ngày làm việc',
    table([
        ['1', 'Tiếp nhận hồ sơ', 'Công chức Bộ phận Một cửa', '04 giờ', 'Mẫu 01'],
        ['2', 'Thẩm định, trình ký', 'Công chức Tư pháp - Hộ tịch', '1,5 ngày làm việc', ''],
        ['3', 'Ký Giấy khai sinh', 'Chủ tịch UBND xã', '01 ngày làm việc', ''],
        ['4', 'Trả kết quả', 'Công chức Bộ phận Một cửa', 'Không tính thời gian', '']
    ]),
    '2. Thủ tục đăng ký khai tử',
    table([
        ['1', 'Tiếp nhận hồ sơ', 'Công chức Bộ phận Một cửa hoặc Công chức Tư pháp - Hộ tịch', '0,5 ngày', ''],
        ['2', 'Ký trích lục', 'Chủ tịch Ủy ban nhân dân xã', '0,5 ngày', '']
    ])
];

async function workspace(blocks: readonly WordBlock[], name = 'qd.docx'): Promise<string> {
    return tempWorkspace({ 'catalogue.tthc': CATALOGUE, [name]: await wordDocument(blocks) });
}

function importInto(dir: string, file = 'qd.docx', ...options: string[]): ReturnType<typeof tthc> {
    return tthc(['import', 'table', join(dir, file), '--catalogue', dir, '--out', join(dir, 'procedures'), ...options]);
}

function tthcFiles(dir: string): string[] {
    return existsSync(join(dir, 'procedures')) ? readdirSync(join(dir, 'procedures')).sort() : [];
}

let formatted: (text: string) => Promise<string>;

beforeAll(() => {
    const { shared, Tthc } = createTthcLspServices(EmptyFileSystem);
    formatted = async text => {
        const uri = URI.parse(`memory:///check/${Math.random()}.tthc`);
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        const edits = await Tthc.lsp.Formatter!.formatDocument(document, { textDocument: { uri: uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
        return edits.length === 0 ? text : `${edits.length} edits`;
    };
});

describe('tthc import table', () => {
    it('writes one formatted .tthc per procedure that links to the catalogue, the same bytes every time', async () => {
        const dir = await workspace(GOOD);
        const run = importInto(dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(tthcFiles(dir)).toEqual(['thu-tuc-dang-ky-khai-sinh.tthc', 'thu-tuc-dang-ky-khai-tu.tthc']);
        const text = readFileSync(join(dir, 'procedures/thu-tuc-dang-ky-khai-sinh.tthc'), 'utf8');
        expect(text).toBe(`// Imported by tthc import table from qd.docx, table 1.
procedure ThuTucDangKyKhaiSinh "Thủ tục đăng ký khai sinh" {
    code 1.001193
    total 3wd
    // Biểu mẫu, kết quả: Mẫu 01
    step B1 "Tiếp nhận hồ sơ" reception by TTPVHCCXa.CongChuc 4h produces Mau01 -> B2
    step B2 "Thẩm định, trình ký" appraisal by VanPhongXa.CongChucTuPhap 1.5wd -> B3
    step B3 "Ký Giấy khai sinh" approval by UBNDXa.ChuTich 1wd -> B4
    step B4 "Trả kết quả" return by TTPVHCCXa.CongChuc not-counted
}
`);
        expect(await formatted(text)).toBe(text);
        expect(readFileSync(join(dir, 'procedures/thu-tuc-dang-ky-khai-tu.tthc'), 'utf8'))
            .toContain('step B1 "Tiếp nhận hồ sơ" reception by TTPVHCCXa.CongChuc or VanPhongXa.CongChucTuPhap 0.5d -> B2');
        // The references link: the check reports what a table does not carry (channels, results…), nothing unresolved.
        const check = tthc(['check', dir]);
        expect(check.stdout).not.toMatch(/unresolved|linking|unknown-reference/);
        const again = await workspace(GOOD);
        importInto(again);
        for (const file of tthcFiles(dir)) {
            expect(readFileSync(join(again, 'procedures', file))).toEqual(readFileSync(join(dir, 'procedures', file)));
        }
    });

    it('imports a workbook, a sheet per table', async () => {
        const dir = tempWorkspace({
            'catalogue.tthc': CATALOGUE,
            'qd.xlsx': await workbook([{
                name: 'KS',
                rows: [['Tên thủ tục: Đăng ký khai sinh'], HEADER, ['1', 'Tiếp nhận hồ sơ', 'Công chức Bộ phận Một cửa', '04 giờ', ''], ['2', 'Trả kết quả', '', 'Không tính thời gian', '']],
                merges: ['A1:E1', 'C3:C4']
            }])
        });
        const run = importInto(dir, 'qd.xlsx');
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(readFileSync(join(dir, 'procedures/dang-ky-khai-sinh.tthc'), 'utf8')).toContain('step B2 "Trả kết quả" return by TTPVHCCXa.CongChuc not-counted');
    });

    it('fails without writing anything when a responsibility matches no catalogue entry, and says where', async () => {
        const dir = await workspace([...GOOD.slice(0, 3), table([['1', 'Tiếp nhận hồ sơ', 'Phòng Văn hóa - Xã hội', '04 giờ', '']])]);
        const run = importInto(dir);
        expect(run.status).toBe(1);
        expect(run.stderr).toContain(`error: '${join(dir, 'qd.docx')}', table 1, row 2, column 'Trách nhiệm': responsibility 'Phòng Văn hóa - Xã hội' matches no unit or position of the catalogue; add it to the catalogue or correct the cell.`);
        expect(run.stderr).toContain('nothing was written');
        expect(tthcFiles(dir)).toEqual([]);
    });

    it('with --partial writes what mapped and leaves the rest as unresolved, which tthc check rejects', async () => {
        const dir = await workspace([...GOOD.slice(0, 3), table([['1', 'Tiếp nhận hồ sơ', 'Phòng Văn hóa - Xã hội', '2 tuần', '']])]);
        const run = importInto(dir, 'qd.docx', '--partial');
        expect(run.status).toBe(1);
        const text = readFileSync(join(dir, 'procedures/thu-tuc-dang-ky-khai-sinh.tthc'), 'utf8');
        expect(text).toContain(`    step B1 "Tiếp nhận hồ sơ" reception
        unresolved "(bảng 1, dòng 2, cột 'Trách nhiệm') trách nhiệm 'Phòng Văn hóa - Xã hội' không khớp đơn vị, vị trí nào của danh mục; hãy bổ sung vào danh mục hoặc sửa ô này"
        unresolved "(bảng 1, dòng 2, cột 'Thời gian') thời gian '2 tuần' không đọc được (ví dụ cách ghi đúng: \\"01 giờ làm việc\\", \\"0,5 ngày\\", \\"02 ngày làm việc\\", \\"Không tính thời gian\\"); hãy sửa ô này"`);
        expect(await formatted(text)).toBe(text);
        const check = tthc(['check', dir]);
        expect(check.status).toBe(1);
        expect(check.stdout.match(/ error unresolved /g)).toHaveLength(2);
    });

    it('reports a responsibility that matches several entries', async () => {
        const dir = await workspace([...GOOD.slice(0, 3), table([['1', 'Tiếp nhận hồ sơ', 'Công chức', '04 giờ', '']])]);
        const run = importInto(dir);
        expect(run.status).toBe(1);
        expect(run.stderr).toContain("row 2, column 'Trách nhiệm': responsibility 'Công chức' matches several catalogue entries (TTPVHCCXa.CongChuc, VanPhongXa.CongChucTuPhap)");
    });

    it('reports a time it cannot read, and a table without a responsibility column', async () => {
        const dir = await workspace([
            ...GOOD.slice(0, 3), table([['1', 'Tiếp nhận hồ sơ', 'Công chức Bộ phận Một cửa', 'trong ngày', '']]),
            '2. Thủ tục khác', { rows: [['Bước', 'Nội dung', 'Thời gian'], ['1', 'Tiếp nhận', '1 giờ']] }
        ]);
        const run = importInto(dir);
        expect(run.status).toBe(1);
        expect(run.stderr).toContain("table 2, row 1: a step table without the column responsibility (Trách nhiệm); add it to the table's header.");
        expect(run.stderr).toContain("table 1, row 2, column 'Thời gian': time 'trong ngày' is not a duration the import reads");
        expect(tthcFiles(dir)).toEqual([]);
    });

    it('with --partial writes the procedures it could read and lists a table it could not', async () => {
        const dir = await workspace([...GOOD.slice(0, 4), '2. Thủ tục khác', { rows: [['Bước', 'Nội dung', 'Thời gian'], ['1', 'Tiếp nhận', '1 giờ']] }]);
        const run = importInto(dir, 'qd.docx', '--partial');
        expect(run.status).toBe(1);
        expect(run.stderr).toContain("table 2, row 1: a step table without the column responsibility (Trách nhiệm)");
        expect(tthcFiles(dir)).toEqual(['thu-tuc-dang-ky-khai-sinh.tthc']);
    });

    it('refuses a damaged archive, ill-formed XML, and a file that is neither .docx nor .xlsx, in one line each', async () => {
        const good = await wordDocument(GOOD);
        const dir = tempWorkspace({
            'catalogue.tthc': CATALOGUE,
            'cut.docx': good.slice(0, Math.floor(good.length / 2)),
            'text.docx': 'not a zip',
            'bad.docx': await wordDocument('<?xml version="1.0"?>\n<w:document xmlns:w="x">\n<w:body><w:p></w:body>'),
            'qd.pdf': 'x'
        });
        for (const [file, message] of [
            ['cut.docx', 'is not a readable .docx or .xlsx (not a zip archive, or a damaged one); save it again from Word or Excel.'],
            ['text.docx', 'is not a readable .docx or .xlsx'],
            ['bad.docx', ": word/document.xml:3:"],
            ['qd.pdf', 'is neither a .docx nor a .xlsx file']
        ]) {
            const run = importInto(dir, file);
            expect(run.status, file).toBe(2);
            expect(run.stderr.trim().split('\n'), file).toHaveLength(1);
            expect(run.stderr, file).toContain(message);
        }
        expect(tthcFiles(dir)).toEqual([]);
    });

    it('never replaces an existing .tthc without --force', async () => {
        const dir = await workspace(GOOD);
        importInto(dir);
        const path = join(dir, 'procedures/thu-tuc-dang-ky-khai-sinh.tthc');
        writeFileSync(path, '// mine\n');
        const refused = importInto(dir);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toContain(`'${path}' already exists; nothing was written: run again with --force to replace it`);
        expect(readFileSync(path, 'utf8')).toBe('// mine\n');
        const forced = importInto(dir, 'qd.docx', '--force');
        expect(forced.status).toBe(0);
        expect(readFileSync(path, 'utf8')).toContain('procedure ThuTucDangKyKhaiSinh');
        expect(readdirSync(join(dir, 'procedures')).filter(f => f.endsWith('.tmp'))).toEqual([]);
    });

    it('says so when the catalogue folder holds no catalogue, and speaks Vietnamese with --lang vi', async () => {
        const dir = await workspace([...GOOD.slice(0, 3), table([['1', 'Tiếp nhận hồ sơ', 'Phòng Văn hóa', '04 giờ', '']])]);
        const empty = tempWorkspace({ 'x.txt': '' });
        const none = tthc(['import', 'table', join(dir, 'qd.docx'), '--catalogue', empty, '--out', join(dir, 'procedures')]);
        expect(none.status).toBe(2);
        expect(none.stderr).toContain('no province catalogue in');
        const vi = tthc(['--lang', 'vi', 'import', 'table', join(dir, 'qd.docx'), '--catalogue', dir, '--out', join(dir, 'procedures')]);
        expect(vi.status).toBe(1);
        expect(vi.stderr).toContain("lỗi: '" + join(dir, 'qd.docx') + "', bảng 1, dòng 2, cột 'Trách nhiệm': trách nhiệm 'Phòng Văn hóa' không khớp đơn vị, vị trí nào của danh mục");
        expect(vi.stderr).toContain('chưa ghi tệp nào');
    });
});
