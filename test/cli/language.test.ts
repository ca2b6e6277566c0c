// `tthc` speaks Vietnamese or English: `--lang` wins, else the locale (LC_ALL, LC_MESSAGES, LANG).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectGolden } from '../golden-helper.js';
import { environmentErrorMessage, setCliLanguage } from '@tthc/cli';
import { ROOT, tempWorkspace, tthc } from './run-cli.js';

const LEGACY = 'examples/legacy';
const VI = { LANG: 'vi_VN.UTF-8' };

interface Report {
    language?: string;
    files: Array<{ path: string; diagnostics: Array<{ code: string; line: number; column: number; message: string }> }>;
}

describe('the language of tthc check', () => {
    test('LANG=vi_VN.UTF-8: every finding and the summary in Vietnamese, with the same codes and positions', () => {
        const run = tthc(['check', LEGACY], ROOT, undefined, VI);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/\n41 lỗi, 17 cảnh báo, 0 thông tin trong 6 trên 6 tệp\.\n$/);
        expectGolden('legacy-check.vi.txt', run.stdout);
    });

    test('--lang en wins over a Vietnamese locale, before or after the command: the English golden', () => {
        const english = readFileSync(join(ROOT, 'test/golden/legacy-check.txt'), 'utf8');
        expect(tthc(['--lang', 'en', 'check', LEGACY], ROOT, undefined, VI).stdout).toBe(english);
        expect(tthc(['check', '--lang=en', LEGACY], ROOT, undefined, { LC_ALL: 'vi_VN.UTF-8' }).stdout).toBe(english);
    });

    test('--lang vi wins over an English locale', () => {
        const vi = readFileSync(join(ROOT, 'test/golden/legacy-check.vi.txt'), 'utf8');
        expect(tthc(['check', LEGACY, '--lang', 'vi'], ROOT, undefined, { LANG: 'en_US.UTF-8' }).stdout).toBe(vi);
    });

    test('LC_ALL, then LC_MESSAGES, then LANG decide', () => {
        const summary = (env: NodeJS.ProcessEnv): string => tthc(['check', LEGACY], ROOT, undefined, env).stdout.trim().split('\n').pop()!;
        expect(summary({ LC_ALL: 'en_US.UTF-8', LANG: 'vi_VN.UTF-8' })).toMatch(/^41 errors/);
        expect(summary({ LC_MESSAGES: 'vi_VN.UTF-8', LANG: 'en_US.UTF-8' })).toMatch(/^41 lỗi/);
        expect(summary({ LC_ALL: 'vi', LC_MESSAGES: 'C' })).toMatch(/^41 lỗi/);
        expect(summary({ LANG: 'C' })).toMatch(/^41 errors/);
    });

    test('a clean workspace says so in Vietnamese', () => {
        const run = tthc(['check', 'examples/lam-dong'], ROOT, undefined, VI);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^Không có vấn đề nào trong \d+ tệp\.\n$/);
    });

    test('--format json: the same codes and positions, the messages in Vietnamese, the language named, the schema kept', () => {
        const en = JSON.parse(tthc(['check', '--format', 'json', LEGACY]).stdout) as Report;
        const vi = JSON.parse(tthc(['check', '--format', 'json', LEGACY], ROOT, undefined, VI).stdout) as Report;
        expect(en.language).toBe('en');
        expect(vi.language).toBe('vi');
        const where = (r: Report) => r.files.flatMap(f => f.diagnostics.map(d => `${f.path}:${d.line}:${d.column} ${d.code}`));
        expect(where(vi)).toEqual(where(en));
        const messages = vi.files.flatMap(f => f.diagnostics.map(d => d.message));
        expect(messages.length).toBeGreaterThan(0);
        for (const message of messages) expect(message).toMatch(/^(Đơn vị|Chức danh|Thủ tục|Bước|Tổng thời gian|'61\/2018|'107\/2021|'15\/2021|'01\/2021|'15cd')/);
        const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/check-report.schema.json'), 'utf8'));
        const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
        expect(validate(vi), JSON.stringify(validate.errors)).toBe(true);
    });

    test('the file findings and syntax errors in Vietnamese', () => {
        const folder = tempWorkspace({ 'empty.tthc': '', 'latin1.tthc': Uint8Array.from([0x70, 0xe9, 0x0a]), 'broken.tthc': 'procedure P "T" { § }\n' });
        const out = tthc(['check', folder], folder, undefined, VI).stdout;
        expect(out).toContain('file-empty Tệp trống');
        expect(out).toContain('file-encoding Tệp không phải UTF-8 hợp lệ');
        expect(out).toMatch(/syntax-error Ký tự không hợp lệ '§'/);
    });
});

describe('the CLI\'s own sentences in Vietnamese', () => {
    test('usage errors, nothing to check, --max-warnings: one Vietnamese line each, the same exit codes', () => {
        const folder = tempWorkspace({ 'notes.tthc': '// nothing yet\n', 'readme.txt': 'x' });
        const nothing = tthc(['check', 'notes.tthc'], folder, undefined, VI);
        expect(nothing.status).toBe(2);
        expect(nothing.stderr).toBe("tthc: không có gì để kiểm tra trong 'notes.tthc': tệp .tthc ở đó không khai báo danh mục của tỉnh và cũng không khai báo thủ tục nào; hãy chỉ ra thư mục của một tỉnh, nơi chứa danh mục ('province Name \"Title\" { … }') và các thủ tục của tỉnh (docs/vi/language.md).\n");
        const notTthc = tthc(['check', 'readme.txt'], folder, undefined, VI);
        expect(notTthc.status).toBe(2);
        expect(notTthc.stderr).toBe("tthc: 'readme.txt' không phải tệp .tthc; hãy chỉ ra các tệp .tthc hoặc thư mục chứa chúng.\n");
        const missing = tthc(['check', 'gone.tthc', '--lang', 'vi'], folder);
        expect(missing.stderr).toBe("tthc: không đọc được 'gone.tthc': không có tệp hay thư mục này; hãy kiểm tra lại đường dẫn.\n");
        const warnings = tthc(['check', LEGACY, '--max-warnings', '0'], ROOT, undefined, VI);
        expect(warnings.stderr).toBe('tthc: 17 cảnh báo, nhiều hơn mức --max-warnings 0 cho phép; hãy xử lý các cảnh báo hoặc nâng giới hạn.\n');
    });

    test('tthc build and tthc diagram', () => {
        const out = tempWorkspace({});
        const failed = tthc(['build', LEGACY, '--out', join(out, 'a')], ROOT, undefined, VI);
        expect(failed.status).toBe(1);
        expect(failed.stderr).toBe('tthc: các tệp có 41 lỗi nên chưa biên dịch gì; hãy sửa lỗi rồi biên dịch lại.\n');
        const built = tthc(['build', 'examples/lam-dong', '--out', join(out, 'b'), '--target', 'json'], ROOT, undefined, VI);
        expect(built.status).toBe(0);
        expect(built.stdout).toMatch(/^Đã biên dịch 19 thủ tục của 'Tỉnh Lâm Đồng' cho json: \d+ tệp trong .*\/b\/\.\n$/);
        const unknown = tthc(['build', 'examples/lam-dong', '--target', 'pdf'], ROOT, undefined, VI);
        expect(unknown.stderr).toMatch(/^tthc: không có đích biên dịch 'pdf'; các đích là /);
        const folder = tthc(['diagram', 'examples/lam-dong'], ROOT, undefined, VI);
        expect(folder.stderr).toBe("tthc: 'examples/lam-dong' là một thư mục; hãy chỉ ra tệp .tthc chứa thủ tục.\n");
    });

    test('--help in Vietnamese, the English one unchanged by --lang en', () => {
        const help = tthc(['--help'], ROOT, undefined, VI).stdout;
        expect(help).toMatch(/^Cách dùng: tthc /);
        expect(help).toContain('Kiểm tra quy trình nội bộ giải quyết thủ tục hành chính (TTHC)');
        expect(help).toContain('Mã thoát: 0 không có lỗi, 1 có lỗi');
        expect(help).toContain('hiện hướng dẫn của một lệnh');
        const check = tthc(['check', '--help', '--lang', 'vi']).stdout;
        expect(check).toContain('Tuỳ chọn:');
        // Commander wraps the line: compared with the breaks as spaces.
        expect(check.replace(/\s+/g, ' ')).toContain('(lựa chọn: "text", "json", "sarif", "github", "gitlab", mặc định: "text")');
        expect(tthc(['--help', '--lang', 'en'], ROOT, undefined, VI).stdout).toBe(tthc(['--help']).stdout);
        expect(tthc(['--help']).stdout).toMatch(/^Usage: tthc /);
    });

    test('problems of the machine', () => {
        const error = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write', path: '/out/a.json' });
        try {
            setCliLanguage('vi');
            expect(environmentErrorMessage(error, path => path)).toBe("không ghi được '/out/a.json': thiết bị hết chỗ trống; hãy giải phóng dung lượng rồi chạy lại.");
        } finally {
            setCliLanguage('en');
        }
        expect(environmentErrorMessage(error, path => path)).toBe("cannot write '/out/a.json': no space left on the device; free some space and run again.");
    });
});
