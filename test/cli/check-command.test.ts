import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, PROCEDURE } from '../language/check-helper.js';
import { ROOT, tempWorkspace, tthc } from './run-cli.js';

const clean = () => tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedures/khai-sinh.tthc': PROCEDURE });

describe('tthc check', () => {
    test('a clean workspace: a summary line and exit 0', () => {
        const run = tthc(['check', '.'], clean());
        expect(run.stdout).toBe('No problems in 2 files.\n');
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
    });

    test('the current folder is the default path', () => {
        expect(tthc(['check'], clean()).stdout).toBe('No problems in 2 files.\n');
    });

    test('findings as file:line:col severity code message, grouped by file, with a summary; exit 1', () => {
        const dir = tempWorkspace({
            'catalogue.tthc': CATALOGUE,
            'a.tthc': PROCEDURE.replace('level commune', 'level district'),
            'b.tthc': PROCEDURE.replace('procedure KhaiSinh', 'procedure KhaiTu').replace('code 1.001193', 'code 1.000656').replace('legal "60/2014/QH13"', 'legal "61/2018/NĐ-CP"')
        });
        const run = tthc(['check'], dir);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe([
            "a.tthc:5:9 error district-level Procedure 'KhaiSinh' is implemented at the district level, which was abolished on 1 July 2025: set 'level commune' or 'level province'.",
            '',
            "b.tthc:8:9 warning superseded-legal-basis '61/2018/NĐ-CP' was replaced by 118/2025/NĐ-CP (Nghị định 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông): cite the text in force.",
            '',
            '1 error, 1 warning, 0 infos in 2 of 3 files.',
            ''
        ].join('\n'));
    });

    test('warnings alone exit 0, and past --max-warnings exit 1', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': PROCEDURE.replace('legal "60/2014/QH13"', 'legal "61/2018/NĐ-CP"') });
        expect(tthc(['check'], dir).status).toBe(0);
        expect(tthc(['check', '--max-warnings', '1'], dir).status).toBe(0);
        const over = tthc(['check', '--max-warnings', '0'], dir);
        expect(over.status).toBe(1);
        expect(over.stderr).toBe('tthc: 1 warning, more than --max-warnings 0 allows; fix it or raise the limit.\n');
    });

    test('--format json prints one document that matches its published schema', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': PROCEDURE.replace('level commune', 'level district') });
        const run = tthc(['check', '--format', 'json'], dir);
        expect(run.status).toBe(1);
        const report = JSON.parse(run.stdout);
        const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/check-report.schema.json'), 'utf8'));
        const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
        expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
        expect(report.summary).toEqual({ files: 2, errors: 1, warnings: 0, infos: 0, suppressed: 0 });
        expect(report.files.map((f: { path: string }) => f.path)).toEqual(['catalogue.tthc', 'p.tthc']);
        expect(report.files[1].diagnostics[0]).toEqual({
            line: 5, column: 9, endLine: 5, endColumn: 17, severity: 'error', code: 'district-level',
            message: "Procedure 'KhaiSinh' is implemented at the district level, which was abolished on 1 July 2025: set 'level commune' or 'level province'."
        });
    });

    test('the same input gives byte-identical output', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'a.tthc': PROCEDURE, 'b.tthc': PROCEDURE.replace('KhaiSinh', 'KhaiSinh2') });
        const first = tthc(['check', '--format', 'json'], dir).stdout;
        expect(tthc(['check', '--format', 'json'], dir).stdout).toBe(first);
    });
});

describe('files that cannot be parsed get a diagnostic, never a crash', () => {
    test('not UTF-8: the position of the first bad byte', () => {
        const latin1 = Buffer.concat([Buffer.from('procedure A "Đăng'), Buffer.from([0xe9, 0x0a]), Buffer.from('" {}\n')]);
        const run = tthc(['check'], tempWorkspace({ 'old.tthc': latin1 }));
        expect(run.status).toBe(1);
        expect(run.stdout).toBe("old.tthc:1:18 error file-encoding The file is not valid UTF-8 (first bad byte at offset 19): save it as UTF-8 (files in TCVN3 or VNI must be converted to Unicode first).\n\n1 error, 0 warnings, 0 infos in 1 of 1 file.\n");
    });

    test('UTF-16, as Notepad saves "Unicode"', () => {
        const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PROCEDURE, 'utf16le')]);
        const run = tthc(['check'], tempWorkspace({ 'notepad.tthc': utf16 }));
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('notepad.tthc:1:1 error file-encoding The file is UTF-16 (as Notepad saves "Unicode"): save it as UTF-8.');
    });

    test('Windows line ends: the same findings at the same lines and columns', () => {
        const broken = PROCEDURE.replace('level commune', 'level district');
        const unix = tthc(['check'], tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': broken })).stdout;
        const windows = tthc(['check'], tempWorkspace({ 'catalogue.tthc': CATALOGUE.replaceAll('\n', '\r\n'), 'p.tthc': broken.replaceAll('\n', '\r\n') })).stdout;
        expect(windows).toBe(unix);
        expect(unix).toContain('p.tthc:5:9 error district-level');
    });

    test('empty', () => {
        // Beside a catalogue: a folder of empty files alone is nothing to check (nothing-to-check.test.ts).
        const run = tthc(['check'], tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'empty.tthc': '  \n\n' }));
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('empty.tthc:1:1 warning file-empty The file is empty');
    });

    test('huge: reported, not parsed', () => {
        const run = tthc(['check'], tempWorkspace({ 'huge.tthc': '// ' + 'x'.repeat(9 * 1024 * 1024) }));
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('huge.tthc:1:1 error file-too-large The file is 9.0 MiB, over the 8.0 MiB limit, and was not read');
    });

    test('a byte-order mark is accepted', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': '\uFEFF' + CATALOGUE, 'p.tthc': PROCEDURE });
        expect(tthc(['check'], dir).stdout).toBe('No problems in 2 files.\n');
    });
});

describe('usage errors: one line, exit 2, no stack trace', () => {
    test.each([
        [['check', 'no/such/folder'], "tthc: cannot read 'no/such/folder': no such file or folder; check the path.\n"],
        [['check', 'package.json'], "tthc: 'package.json' is not a .tthc file; name .tthc files or folders that hold them.\n"]
    ])('%j', (args, message) => {
        const run = tthc(args);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe(message);
        expect(run.stdout).toBe('');
    });

    test.each([
        [['check', '--format', 'xml']],
        [['check', '--max-warnings', 'many']],
        [['lint']],
        [['check', '--bogus']]
    ])('%j', args => {
        const run = tthc(args);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^error: .+\n/);
        expect(run.stderr).not.toMatch(/\n\s+at /);
    });

    test('no command prints the help and exits 2', () => {
        const run = tthc([]);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('Usage: tthc');
    });
});

describe('help', () => {
    test('tthc --help lists the commands and the exit codes', () => {
        const run = tthc(['--help']);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('check [options] [paths...]');
        expect(run.stdout).toContain('Exit codes: 0 no errors, 1 errors found, 2 bad usage');
    });

    test('tthc check --help explains the options and the output', () => {
        const run = tthc(['check', '--help']);
        expect(run.status).toBe(0);
        for (const text of ['--format <format>', '--max-warnings <n>', 'file:line:col severity code message', 'docs/cli.md']) {
            expect(run.stdout).toContain(text);
        }
    });
});

describe('a file is checked with its project', () => {
    test('one procedure file of an example: its catalogue is loaded, only it is reported', () => {
        const run = tthc(['check', 'examples/lam-dong/procedures/dang-ky-khai-sinh.tthc']);
        expect(run.stdout).toBe('No problems in 1 file.\n');
        expect(run.status).toBe(0);
    });

    test('a duplicate code in a file that was not named is still found', () => {
        const dir = tempWorkspace({
            'catalogue.tthc': CATALOGUE,
            'procedures/a.tthc': PROCEDURE,
            'procedures/b.tthc': PROCEDURE.replace('procedure KhaiSinh', 'procedure KhaiSinhLuuDong')
        });
        const run = tthc(['check', '--format', 'json', 'procedures/a.tthc'], dir);
        const report = JSON.parse(run.stdout);
        expect(report.files.map((f: { path: string }) => f.path)).toEqual(['procedures/a.tthc']);
        expect(report.files[0].diagnostics.map((d: { code: string }) => d.code)).toEqual(['duplicate-code']);
        expect(run.status).toBe(1);
    });

    test('a folder inside a project is checked against the catalogue above it', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedures/a.tthc': PROCEDURE });
        expect(tthc(['check', 'procedures'], dir).stdout).toBe('No problems in 1 file.\n');
    });
});
