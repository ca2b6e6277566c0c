import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import {
    cleanText, escapeHtml, escapeHtmlAttribute, escapeMarkdown, formatAmount, formatCalendarDays, formatDuration, formatNumber, formatWorkingMinutes,
    safeFileName, tableTarget, type OutputFile, type ProcedureModel, type ProvinceBuild
} from '@tthc/compiler';
import { expectGolden } from '../golden-helper.js';
import { buildOf } from './build-helper.js';

let build: ProvinceBuild;
beforeAll(async () => {
    build = await buildOf('examples/lam-dong');
});

/** The model with its `readonly` taken off, all the way down, for tests to edit a copy. */
type Mutable<T> = T extends ReadonlyArray<infer U> ? Array<Mutable<U>> : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
type EditableBuild = Mutable<ProvinceBuild>;
type EditableProcedure = Mutable<ProcedureModel>;

/** The build with one procedure edited on a deep copy (the lowered model is plain data). */
function variant(code: string, edit: (procedure: EditableProcedure, build: EditableBuild) => void): ProvinceBuild {
    const copy = structuredClone(build) as EditableBuild;
    edit(copy.procedures.find(p => p.code === code)!, copy);
    return copy;
}

async function files(of: ProvinceBuild = build): Promise<Map<string, string>> {
    const out: OutputFile[] = await tableTarget.compile(of);
    return new Map(out.map(f => [f.path, f.content]));
}

async function page(code: string, extension: 'md' | 'html', of: ProvinceBuild = build): Promise<string> {
    const content = (await files(of)).get(`tables/${code}.${extension}`);
    expect(content, `tables/${code}.${extension}`).toBeDefined();
    return content!;
}

/** The table rows (`| … |` lines) of a Markdown text, grouped by table. */
function markdownTables(markdown: string): string[][] {
    const tables: string[][] = [];
    let current: string[] | undefined;
    for (const line of markdown.split('\n')) {
        if (line.startsWith('|')) {
            if (!current) tables.push(current = []);
            current.push(line);
        } else {
            current = undefined;
        }
    }
    return tables;
}

/** The cells of a GFM table row, split at the pipes that are not backslash-escaped. */
function cellsOf(row: string): string[] {
    const cells: string[] = [];
    let cell = '';
    for (let i = 0; i < row.length; i++) {
        if (row[i] === '\\') {
            cell += row[i] + (row[i + 1] ?? '');
            i++;
        } else if (row[i] === '|') {
            cells.push(cell);
            cell = '';
        } else {
            cell += row[i];
        }
    }
    cells.push(cell);
    // The leading and trailing pipes leave an empty first and last piece.
    expect(cells[0], row).toBe('');
    expect(cells.at(-1), row).toBe('');
    return cells.slice(1, -1).map(c => c.trim());
}

/** Checks what GFM needs of a table: a header, a delimiter row, then rows of as many cells as the header. */
function expectValidGfmTables(markdown: string): void {
    const tables = markdownTables(markdown);
    expect(tables.length).toBeGreaterThan(0);
    for (const rows of tables) {
        const width = cellsOf(rows[0]).length;
        expect(cellsOf(rows[1]).every(c => /^:?-{3,}:?$/.test(c)), rows[1]).toBe(true);
        for (const row of rows) expect(cellsOf(row), row).toHaveLength(width);
    }
}

const xmllint = '/usr/bin/xmllint';

/** xmllint's complaints about a text, read as XML or (with `--html`) as HTML; empty when it parses cleanly. */
function lint(content: string, ...options: string[]): string {
    const result = spawnSync(xmllint, ['--noout', ...options, '-'], { input: content, encoding: 'utf8' });
    return `${result.status === 0 ? '' : `exit ${result.status}\n`}${result.stderr}`;
}

describe('Vietnamese time', () => {
    test('numbers: decimal comma, two-digit whole numbers under ten, thousands with a dot', () => {
        expect(formatNumber(1)).toBe('01');
        expect(formatNumber(4)).toBe('04');
        expect(formatNumber(10)).toBe('10');
        expect(formatNumber(0)).toBe('0');
        expect(formatNumber(0.5)).toBe('0,5');
        expect(formatNumber(3.5)).toBe('3,5');
        expect(formatNumber(1.25)).toBe('1,25');
        expect(formatNumber(0.1 + 0.2)).toBe('0,3');
        expect(formatNumber(1440)).toBe('1.440');
        expect(formatNumber(7, false)).toBe('7');
    });

    test('durations as written, with the equivalent that helps', () => {
        expect(formatDuration({ text: '1h', unit: 'h', amount: 1, workingMinutes: 60 })).toBe('01 giờ làm việc');
        expect(formatDuration({ text: '4h', unit: 'h', amount: 4, workingMinutes: 240 })).toBe('04 giờ làm việc');
        expect(formatDuration({ text: '12h', unit: 'h', amount: 12, workingMinutes: 720 })).toBe('12 giờ làm việc (1,5 ngày làm việc)');
        expect(formatDuration({ text: '0.5d', unit: 'd', amount: 0.5, workingMinutes: 240 })).toBe('0,5 ngày làm việc (04 giờ)');
        expect(formatDuration({ text: '1.5d', unit: 'd', amount: 1.5, workingMinutes: 720 })).toBe('1,5 ngày làm việc (12 giờ)');
        expect(formatDuration({ text: '3d', unit: 'd', amount: 3, workingMinutes: 1440 })).toBe('03 ngày làm việc');
        expect(formatDuration({ text: '30min', unit: 'min', amount: 30, workingMinutes: 30 })).toBe('30 phút làm việc');
        expect(formatDuration({ text: '90min', unit: 'min', amount: 90, workingMinutes: 90 })).toBe('90 phút làm việc (1,5 giờ)');
        expect(formatDuration({ text: '15cd', unit: 'cd', amount: 15, calendarDays: 15 })).toBe('15 ngày');
        expect(formatDuration({ text: '15cd as 11d', unit: 'cd', amount: 15, calendarDays: 15, workingMinutes: 5280 })).toBe('15 ngày (tính là 11 ngày làm việc)');
        expect(formatDuration({ text: 'same-day', unit: 'same-day', amount: 1, workingMinutes: 480 })).toBe('Ngay trong ngày (01 ngày làm việc)');
    });

    test('totals in the largest unit that reads well', () => {
        expect(formatWorkingMinutes(480)).toBe('01 ngày làm việc');
        expect(formatWorkingMinutes(2400)).toBe('05 ngày làm việc');
        expect(formatWorkingMinutes(240)).toBe('04 giờ làm việc');
        expect(formatWorkingMinutes(45)).toBe('45 phút làm việc');
        expect(formatWorkingMinutes(90)).toBe('01 giờ 30 phút làm việc');
        expect(formatWorkingMinutes(720)).toBe('1,5 ngày làm việc (12 giờ)');
        expect(formatWorkingMinutes(780)).toBe('01 ngày 05 giờ làm việc (13 giờ)');
        expect(formatWorkingMinutes(0)).toBe('0 giờ làm việc');
        expect(formatCalendarDays(15)).toBe('15 ngày');
        expect(formatAmount(2, 'calendar-days')).toBe('02 ngày');
        expect(formatAmount(960, 'working-minutes')).toBe('02 ngày làm việc');
    });
});

describe('the table target', () => {
    test('is named table and writes an index and one Markdown, one HTML page and one Word document per procedure, under safe names', async () => {
        expect(tableTarget.name).toBe('table');
        const paths = [...(await files()).keys()];
        const codes = build.procedures.map(p => p.code);
        expect(paths).toEqual(['tables/index.md', 'tables/index.html', ...codes.flatMap(code => [`tables/${code}.md`, `tables/${code}.html`, `tables/${code}.docx`])]);
        for (const path of paths) {
            const name = path.slice('tables/'.length).replace(/\.(md|html|docx)$/, '');
            expect(safeFileName(name)).toBe(name);
        }
    });

    test('golden files: a small and a large procedure, a calendar-day one, and the index', async () => {
        const out = await files();
        for (const name of ['2.000884.md', '2.000884.html', '1.012855.md', '1.012855.html', '1.009997.md', 'index.md', 'index.html']) {
            expectGolden(`table/${name}`, out.get(`tables/${name}`)!);
        }
    });

    test('the main table: numbered main-flow steps, then the total line', async () => {
        const markdown = await page('2.000884', 'md');
        const [steps] = markdownTables(markdown);
        expect(cellsOf(steps[0])).toEqual(['Bước', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian', 'Biểu mẫu / Kết quả']);
        const rows = steps.slice(2).map(cellsOf);
        expect(rows.map(r => r[0])).toEqual(['Bước 1', 'Bước 2', 'Bước 3', 'Bước 4', '']);
        expect(rows[0][1]).toBe('**Tiếp nhận, kiểm tra giấy tờ**<br>Kiểm tra giấy tờ tùy thân và giấy tờ, văn bản cần chứng thực; thu phí; lập Giấy tiếp nhận hồ sơ');
        expect(rows[0][2]).toBe('Trung tâm Phục vụ hành chính công xã, phường, đặc khu<br>Công chức tiếp nhận và trả kết quả');
        expect(rows[0][3]).toBe('01 giờ làm việc');
        expect(rows[0][4]).toBe('Mẫu số 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả<br>Mẫu số 06: Sổ theo dõi hồ sơ');
        // The return step hands over the procedure's result.
        expect(rows[3][4]).toContain('Kết quả: Giấy tờ, văn bản đã được chứng thực chữ ký');
        expect(rows[4][1]).toBe('**Tổng thời gian giải quyết**');
        expect(rows[4][3]).toBe('**01 ngày làm việc**');
    });

    test('hand-overs name the partner, the channel and the sub-deadline; parallel branches are marked', async () => {
        const rows = markdownTables(await page('1.012855', 'md'))[0].slice(2).map(cellsOf);
        const police = rows.find(r => r[1].includes('Chuyển hồ sơ đăng ký thường trú'))!;
        expect(police[0]).toBe('Bước 5');
        expect(police[1]).toContain('Liên thông: chuyển hồ sơ đến Công an xã, phường, đặc khu qua Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP).');
        expect(police[1]).toContain('*Thực hiện song song với Bước 6.*');
        expect(police[2]).toContain('Cơ quan phối hợp: Công an xã, phường, đặc khu');
        expect(police[3]).toBe('02 giờ làm việc<br>Cơ quan phối hợp: 3,5 ngày làm việc (28 giờ)');
        const insurance = rows.find(r => r[1].includes('Chuyển hồ sơ cấp thẻ bảo hiểm y tế'))!;
        expect(insurance[0]).toBe('Bước 6');
        expect(insurance[1]).toContain('*Thực hiện song song với Bước 5. Nhánh ngắn hơn, không cộng vào tổng thời gian.*');
        expect(insurance[3]).toBe('01 giờ làm việc<br>Cơ quan phối hợp: 0,5 ngày làm việc (04 giờ)');
        // The join is on no branch.
        expect(rows.find(r => r[0] === 'Bước 7')![1]).not.toContain('song song');
        expect(rows.at(-1)![1]).toContain('Các bước thực hiện song song chỉ tính nhánh dài nhất.');
    });

    test('steps are numbered in flow order even when declared out of order', async () => {
        const shuffled = variant('2.000884', procedure => {
            const [first, ...rest] = procedure.steps;
            // The first step stays first (it is where every dossier starts); the others are reversed.
            procedure.steps = [first, ...rest.reverse()].map((s, i) => ({ ...s, sequence: i + 1 }));
        });
        const rows = markdownTables(await page('2.000884', 'md', shuffled))[0].slice(2).map(cellsOf);
        expect(rows.slice(0, 4).map(r => r[1].replace(/<br>.*/, ''))).toEqual([
            '**Tiếp nhận, kiểm tra giấy tờ**', '**Chứng kiến việc ký, ghi lời chứng**', '**Ký chứng thực**', '**Trả kết quả**'
        ]);
    });

    test('exception paths: which step branches, to which step, who, which form, and what follows', async () => {
        const [, exceptions] = markdownTables(await page('1.009997', 'md'));
        expect(cellsOf(exceptions[0])).toEqual(['Trường hợp', 'Phát sinh tại', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian', 'Biểu mẫu / Kết quả', 'Bước tiếp theo']);
        const rows = exceptions.slice(2).map(cellsOf);
        expect(rows.map(r => r[0])).toEqual([
            '**Hồ sơ chưa đầy đủ, chưa hợp lệ**', '**Hồ sơ không đủ điều kiện giải quyết**', '**Hồ sơ quá hạn giải quyết**'
        ]);
        expect(rows[0][1]).toBe('Bước 1: Tiếp nhận, kiểm tra hồ sơ<br>Bước 2: Thẩm định hồ sơ');
        expect(rows[0][2]).toMatch(/^\*\*Thông báo bổ sung, hoàn thiện hồ sơ\*\*/);
        expect(rows[0][5]).toBe('Mẫu số 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ');
        expect(rows[0][6]).toBe('Kết thúc');
        expect(rows[1][1]).toBe('Bước 3: Kiểm tra thực địa');
        expect(rows[2][1]).toBe('Bước 4: Xem xét, trình ký giấy phép');
        expect(rows[2][3]).toBe('Ủy ban nhân dân xã, phường, đặc khu<br>Phó Chủ tịch Ủy ban nhân dân xã');
        expect(rows[2][5]).toBe('Mẫu số 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả');
        expect(rows[2][6]).toBe('Tiếp tục Bước 5: Ký Giấy phép xây dựng');
    });

    test('an exception path of several steps lists each of them', async () => {
        const chained = variant('1.009997', procedure => {
            const apology = procedure.steps.find(s => s.id === 'XinLoi')!;
            const notify = { ...apology, id: 'ThongBaoTre', sequence: 11, title: 'Thông báo cho người nộp', produces: [], transitions: apology.transitions };
            apology.transitions = [{ ...apology.transitions[0], targets: ['ThongBaoTre'] }];
            procedure.steps.push(notify);
        });
        const rows = markdownTables(await page('1.009997', 'md', chained))[1].slice(2).map(cellsOf);
        expect(rows.at(-2)![6]).toBe('Tiếp tục Thông báo cho người nộp');
        expect(rows.at(-1)![0]).toBe('*Hồ sơ quá hạn giải quyết (tiếp theo)*');
        expect(rows.at(-1)![1]).toBe('Gửi phiếu xin lỗi và hẹn lại ngày trả kết quả');
        expect(rows.at(-1)![6]).toBe('Tiếp tục Bước 5: Ký Giấy phép xây dựng');
    });

    test('a procedure without exception paths says so', async () => {
        const plain = variant('2.000884', procedure => {
            procedure.steps = procedure.steps.filter(s => s.mainFlow).map(s => ({ ...s, transitions: s.transitions.filter(t => !t.exception) }));
        });
        const markdown = await page('2.000884', 'md', plain);
        expect(markdown).toContain('Quy trình không có trường hợp ngoại lệ.');
        expect(markdownTables(markdown)).toHaveLength(2);
    });
});

describe('the total against the statutory time per channel', () => {
    test('equal on every channel of the examples', async () => {
        const [, , totals] = markdownTables(await page('1.009997', 'md'));
        expect(totals.slice(2).map(cellsOf)).toEqual([
            ['Trực tiếp', '15 ngày<br>*Kể từ ngày nhận đủ hồ sơ hợp lệ*', '15 ngày', 'Bằng thời hạn giải quyết'],
            ['Trực tuyến', '15 ngày<br>*Kể từ ngày nhận đủ hồ sơ hợp lệ*', '15 ngày', 'Bằng thời hạn giải quyết'],
            ['Qua dịch vụ bưu chính', '15 ngày<br>*Kể từ ngày nhận đủ hồ sơ hợp lệ*', '15 ngày', 'Bằng thời hạn giải quyết']
        ]);
        // `same-day cut-off 15:00`: the 15:00 rule of same-day certification, said with the time.
        expect(await page('2.000884', 'md')).toContain('| Trực tiếp | Ngay trong ngày (01 ngày làm việc) (tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo) | 01 ngày làm việc | Bằng thời hạn giải quyết |');
    });

    test('over: a step made longer pushes the total past the statutory time', async () => {
        const over = variant('1.012855', procedure => {
            const step = procedure.steps.find(s => s.id === 'ThamDinhKhaiSinh')!;
            step.duration = { text: '8h', unit: 'h', amount: 8, workingMinutes: 480 };
            procedure.timing = { ...procedure.timing, planned: procedure.timing.planned + 240 };
        });
        const markdown = await page('1.012855', 'md', over);
        expect(markdown).toContain('| Bước 2 | **Thẩm định hồ sơ khai sinh**');
        expect(markdown).toContain('08 giờ làm việc (01 ngày làm việc)');
        expect(markdown).toContain('| Trực tiếp | 05 ngày làm việc | 5,5 ngày làm việc (44 giờ) | **Vượt thời hạn giải quyết 04 giờ làm việc** |');
        const html = await page('1.012855', 'html', over);
        expect(html).toContain('<tr class="over"><td>Trực tiếp</td>');
        expect(html).toContain('<strong>Vượt thời hạn giải quyết 04 giờ làm việc</strong>');
        const index = (await files(over)).get('tables/index.md')!;
        expect(index).toContain('| [1.012855](1.012855.md) | Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi | Cấp xã | 5,5 ngày làm việc (44 giờ) | Trực tiếp, Trực tuyến: 05 ngày làm việc | **Vượt thời hạn giải quyết 04 giờ làm việc** |');
    });

    test('under: a shorter total says by how much', async () => {
        const under = variant('2.000884', procedure => {
            procedure.timing = { ...procedure.timing, planned: 420 };
        });
        expect(await page('2.000884', 'md', under)).toContain('| 07 giờ làm việc | Ngắn hơn thời hạn giải quyết 01 giờ làm việc |');
        expect(await page('2.000884', 'html', under)).toContain('<tr class="under">');
    });

    test('channels with different statutory times are compared one by one', async () => {
        const mixed = variant('1.001612', procedure => {
            // Online filing gets a shorter statutory time (2 days) and postal a longer one (4 days).
            procedure.channels = procedure.channels.map(c =>
                c.kind === 'online' ? { ...c, statutoryTime: { text: '2d', unit: 'd', amount: 2, workingMinutes: 960 } }
                    : c.kind === 'postal' ? { ...c, statutoryTime: { text: '4d', unit: 'd', amount: 4, workingMinutes: 1920 } } : c);
            procedure.timing = {
                ...procedure.timing,
                channels: procedure.timing.channels.map(c => ({ ...c, statutory: c.kind === 'online' ? 960 : c.kind === 'postal' ? 1920 : c.statutory }))
            };
        });
        const rows = markdownTables(await page('1.001612', 'md', mixed))[2].slice(2).map(cellsOf);
        expect(rows.map(r => [r[0], r[3]])).toEqual([
            ['Trực tiếp', 'Bằng thời hạn giải quyết'],
            ['Trực tuyến', '**Vượt thời hạn giải quyết 01 ngày làm việc**'],
            ['Qua dịch vụ bưu chính', 'Ngắn hơn thời hạn giải quyết 01 ngày làm việc']
        ]);
        const index = (await files(mixed)).get('tables/index.md')!;
        const row = index.split('\n').find(l => l.includes('[1.001612]'))!;
        expect(cellsOf(row).slice(5)).toEqual([
            'Trực tiếp: 03 ngày làm việc<br>Trực tuyến: 02 ngày làm việc<br>Qua dịch vụ bưu chính: 04 ngày làm việc',
            'Trực tiếp: Bằng thời hạn giải quyết<br>Trực tuyến: **Vượt thời hạn giải quyết 01 ngày làm việc**<br>Qua dịch vụ bưu chính: Ngắn hơn thời hạn giải quyết 01 ngày làm việc'
        ]);
    });

    test('calendar days are compared in calendar days', async () => {
        const over = variant('1.009997', procedure => {
            procedure.timing = { ...procedure.timing, planned: 17 };
        });
        const markdown = await page('1.009997', 'md', over);
        expect(markdown).toContain('| 17 ngày | **Vượt thời hạn giải quyết 02 ngày** |');
        expect(markdown).toContain('Thời gian tính theo ngày (kể cả ngày nghỉ)');
    });
});

describe('escaping', () => {
    const script = '<script>alert(1)</script>';
    const attribute = '"><img src=x onerror=alert(1)>';
    // Built in each test: the example build is only there once `beforeAll` has run.
    const hostile = () => variant('2.000884', (procedure, copy) => {
        copy.province.title = `Tỉnh ${script}`;
        procedure.title = `Chứng thực ${script} & | *đậm* _nghiêng_ [liên kết](javascript:alert(1)) \`mã\` # ~gạch~ $x$`;
        procedure.sector = `Chứng thực\nxuống dòng\r\nvà\ttab`;
        const first = procedure.steps[0];
        first.title = `Tiếp nhận ${attribute}`;
        first.task = `Dòng một\nDòng hai | cột giả | ${script}`;
        first.unit = { ...first.unit, title: `Trung tâm & ${attribute}` };
        first.position = { ...first.position!, title: `Công chức <b>in đậm</b>` };
        first.produces = [{ ...first.produces[0], title: `Mẫu ${script}`, code: 'Mẫu số 01 |' }];
        procedure.channels = procedure.channels.map(c => ({ ...c, note: `${attribute}\u0007 chuông` }));
        procedure.results = [{ title: `Kết quả ${script}` }];
    });

    test('HTML: every source text is escaped, nothing active gets through, and the page parses as XML and HTML', async () => {
        const html = await page('2.000884', 'html', hostile());
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/<img/i);
        expect(html).not.toContain('<b>');
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(html).toContain('"&gt;&lt;img src=x onerror=alert(1)&gt;');
        expect(html).toContain('Trung tâm &amp; ');
        expect(html).toContain('Công chức &lt;b&gt;in đậm&lt;/b&gt;');
        expect(html).not.toContain('\u0007');
        expect(html).toContain('<title>2.000884 Chứng thực &lt;script&gt;');
        expect(lint(html)).toBe('');
        expect(lint(html, '--html')).toBe('');
    });

    test('Markdown: every source text is escaped, pipes and line breaks cannot break a table', async () => {
        const markdown = await page('2.000884', 'md', hostile());
        expectValidGfmTables(markdown);
        // The only raw HTML is the line break the renderer itself puts between the lines of a cell.
        expect(markdown.replace(/<br>/g, '')).not.toMatch(/(^|[^\\])</m);
        expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>');
        expect(markdown).toContain('\\*đậm\\* \\_nghiêng\\_ \\[liên kết\\](javascript:alert(1)) \\`mã\\` \\# \\~gạch\\~ \\$x\\$');
        expect(markdown).toContain('Dòng một Dòng hai \\| cột giả \\|');
        expect(markdown).toContain('Trung tâm \\& "\\>\\<img src=x onerror=alert(1)\\>');
        expect(markdown).toContain('- **Lĩnh vực:** Chứng thực xuống dòng và tab');
        expect(markdown).toContain('Mẫu số 01 \\|: Mẫu \\<script\\>');
        expect(markdown).not.toContain('\u0007');
        const index = (await files(hostile())).get('tables/index.md')!;
        expectValidGfmTables(index);
        expect(index).toContain('Tỉnh \\<script\\>alert(1)\\</script\\>');
    });

    test('the escape functions', () => {
        expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(`&lt;a href="x" title='y'&gt;&amp;&lt;/a&gt;`);
        expect(escapeHtmlAttribute(`<a href="x" title='y'>&</a>`)).toBe(`&lt;a href=&quot;x&quot; title='y'&gt;&amp;&lt;/a&gt;`);
        expect(escapeMarkdown('a|b\\c*d_e[f]g<h>i`j&k~l#m$n')).toBe('a\\|b\\\\c\\*d\\_e\\[f\\]g\\<h\\>i\\`j\\&k\\~l\\#m\\$n');
        expect(cleanText('a\r\n b\u2028c\u0000d\ud800e')).toBe('a b c\ufffdd\ufffde');
        expect(cleanText('Tie\u0302\u0301p')).toBe('Tiếp');
    });

    test('a paragraph or list item cannot start a block', async () => {
        const listy = variant('2.000884', (_procedure, copy) => {
            copy.province.title = '- 1. = Tỉnh';
        });
        const index = (await files(listy)).get('tables/index.md')!;
        expect(index).toContain('\n\\- 1. = Tỉnh: 19 thủ tục hành chính\n');
    });
});

describe('output discipline', () => {
    test('deterministic: two compilations, and a build with its procedures in another order, give the same files', async () => {
        const again = await buildOf('examples/lam-dong');
        const reversed = { ...again, procedures: [...again.procedures].reverse() };
        const a = await tableTarget.compile(build);
        expect(await tableTarget.compile(again)).toEqual(a);
        expect(await tableTarget.compile(reversed)).toEqual(a);
    });

    test('NFC text with \\n line ends, whatever the normalisation of the source', async () => {
        const decomposed = variant('2.000884', procedure => {
            procedure.title = procedure.title.normalize('NFD');
            procedure.steps = procedure.steps.map(s => ({ ...s, title: s.title.normalize('NFD'), task: s.task?.normalize('NFD') }));
        });
        expect(await tableTarget.compile(decomposed)).toEqual(await tableTarget.compile(build));
        // The text files; the Word documents' text is checked in table-docx.test.ts.
        for (const file of (await tableTarget.compile(build)).filter(f => f.bytes === undefined)) {
            expect(file.content.normalize('NFC')).toBe(file.content);
            expect(file.content).not.toContain('\r');
            expect(file.content.endsWith('\n')).toBe(true);
            expect(file.content.endsWith('\n\n')).toBe(false);
        }
    });

    test('every Markdown page holds valid GFM tables', async () => {
        for (const [path, content] of await files()) {
            if (path.endsWith('.md')) expectValidGfmTables(content);
        }
    });

    test('every HTML page is standalone: doctype, UTF-8, Vietnamese, inline style, no script, no external resource', async () => {
        for (const [path, content] of await files()) {
            if (!path.endsWith('.html')) continue;
            expect(content.startsWith('<!DOCTYPE html>\n'), path).toBe(true);
            expect(content).toContain('<meta charset="utf-8" />');
            expect(content).toMatch(/<html lang="vi"/);
            expect(content).toContain('<style>');
            expect(content).not.toMatch(/<script|<link|<img|<iframe|<object|\ssrc=|url\(|@import|\son[a-z]+=/i);
            // Links go to sibling pages only.
            for (const [, href] of content.matchAll(/href="([^"]*)"/g)) expect(href, path).toMatch(/^[A-Za-z0-9._-]+\.html$/);
            expect(lint(content), path).toBe('');
            expect(lint(content, '--html'), path).toBe('');
        }
    });

    test('the index lists every procedure with a link to its page in the same format', async () => {
        const out = await files();
        const md = out.get('tables/index.md')!;
        const html = out.get('tables/index.html')!;
        for (const procedure of build.procedures) {
            expect(md).toContain(`[${procedure.code}](${procedure.code}.md)`);
            expect(html).toContain(`<a href="${procedure.code}.html">${procedure.code}</a>`);
        }
        expect(md).toContain(`Tỉnh Lâm Đồng: ${build.procedures.length} thủ tục hành chính`);
    });

    test('file names stay apart when codes meet after safeFileName', async () => {
        const clash = variant('2.000884', (procedure, copy) => {
            const twin = { ...structuredClone(procedure), id: 'ChungThucChuKyBis', code: '2.000884/' };
            copy.procedures.push(twin);
        });
        const paths = [...(await files(clash)).keys()];
        expect(paths).toContain('tables/2.000884.md');
        expect(paths).toContain('tables/2.000884-ChungThucChuKyBis.md');
        expect(new Set(paths).size).toBe(paths.length);
    });
});
