// `tthc` speaks Vietnamese or English: `--lang` wins, else the locale (LC_ALL, LC_MESSAGES, LANG).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectGolden } from '../golden-helper.js';
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
        expect(run.stdout).toMatch(/\n40 lỗi, 8 cảnh báo, 0 thông tin trong 5 trên 5 tệp\.\n$/);
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
        expect(summary({ LC_ALL: 'en_US.UTF-8', LANG: 'vi_VN.UTF-8' })).toMatch(/^40 errors/);
        expect(summary({ LC_MESSAGES: 'vi_VN.UTF-8', LANG: 'en_US.UTF-8' })).toMatch(/^40 lỗi/);
        expect(summary({ LC_ALL: 'vi', LC_MESSAGES: 'C' })).toMatch(/^40 lỗi/);
        expect(summary({ LANG: 'C' })).toMatch(/^40 errors/);
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
        for (const message of messages) expect(message).toMatch(/^(Đơn vị|Thủ tục|Bước|'61\/2018|'107\/2021|'15cd')/);
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
