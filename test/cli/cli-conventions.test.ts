import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ciWorkspace, CATALOGUE, PROCEDURE } from './ci-fixture.js';
import { ENGLISH, ROOT, tempWorkspace, tthc } from './run-cli.js';

const BIN = join(ROOT, 'packages/cli/bin/tthc.js');
const ESC = '\u001b[';

// `tthc` with `input` on its standard input (run-cli's `tthc` gives it none).
function tthcWithInput(args: readonly string[], cwd: string, input: string | Buffer, env: NodeJS.ProcessEnv = {}): { stdout: string; stderr: string; status: number | null } {
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...ENGLISH, ...env } });
    return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('--quiet', () => {
    test('check prints the errors alone, and a summary of them', () => {
        const run = tthc(['check', '--quiet'], ciWorkspace());
        expect(run.status).toBe(1);
        expect(run.stdout).toBe([
            "procedures/a.tthc:5:9 error district-level Procedure 'KhaiSinh' is implemented at the district level, which was abolished on 1 July 2025: set 'level commune' or 'level province'.",
            '',
            '1 error, 0 warnings, 0 infos in 1 of 3 files.',
            ''
        ].join('\n'));
    });

    test('without errors it prints nothing, and warnings still count for --max-warnings', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': PROCEDURE.replace('legal "60/2014/QH13"', 'legal "61/2018/NĐ-CP"') });
        const quiet = tthc(['check', '-q'], dir);
        expect(quiet).toEqual({ stdout: '', stderr: '', status: 0 });
        const over = tthc(['check', '-q', '--max-warnings', '0'], dir);
        expect(over.status).toBe(1);
        expect(over.stdout).toBe('');
        expect(over.stderr).toBe('tthc: 1 warning, more than --max-warnings 0 allows; fix it or raise the limit.\n');
    });

    test('the machine formats hold the errors alone too', () => {
        const report = JSON.parse(tthc(['check', '--quiet', '--format', 'json'], ciWorkspace()).stdout);
        expect(report.summary).toEqual({ files: 3, errors: 1, warnings: 0, infos: 0, suppressed: 0 });
        expect(JSON.parse(tthc(['check', '--quiet', '--format', 'sarif'], ciWorkspace()).stdout).runs[0].results).toHaveLength(1);
        expect(JSON.parse(tthc(['check', '--quiet', '--format', 'gitlab'], ciWorkspace()).stdout)).toHaveLength(1);
    });

    test('build prints nothing when it succeeds, and fix the errors left alone', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': PROCEDURE.replace('legal "60/2014/QH13"', 'legal "61/2018/NĐ-CP"') });
        expect(tthc(['build', '.', '--out', 'out', '--target', 'json'], dir).stdout).toMatch(/^Built 1 procedures/);
        expect(tthc(['build', '.', '--out', 'out2', '--target', 'json', '--quiet'], dir)).toEqual({ stdout: '', stderr: '', status: 0 });
        expect(existsSync(join(dir, 'out2/json'))).toBe(true);
        const fix = tthc(['fix', '--dry-run', '--quiet'], ciWorkspace());
        expect(fix.status).toBe(1);
        expect(fix.stdout).not.toMatch(/ warning | info |^---/m);
        expect(fix.stdout).toMatch(/ error district-level /);
    });
});

describe('colour', () => {
    test('none off a terminal, the default; FORCE_COLOR turns it on, NO_COLOR and --no-color win over it', () => {
        const dir = ciWorkspace();
        expect(tthc(['check'], dir, undefined, { NO_COLOR: '' }).stdout).not.toContain(ESC);
        const forced = tthc(['check'], dir, undefined, { NO_COLOR: '', FORCE_COLOR: '1' }).stdout;
        expect(forced).toContain(`${ESC}31merror${ESC}0m`);
        expect(forced).toContain(`${ESC}33mwarning${ESC}0m`);
        expect(forced).toContain(`${ESC}31m1 error, 1 warning, 1 info in 2 of 3 files.${ESC}0m`);
        expect(tthc(['check'], dir, undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
        expect(tthc(['check', '--no-color'], dir, undefined, { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
        expect(tthc(['--no-color', 'check'], dir, undefined, { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
        expect(tthc(['check'], dir, undefined, { NO_COLOR: '', FORCE_COLOR: '0' }).stdout).not.toContain(ESC);
        // The machine formats are never coloured.
        expect(tthc(['check', '--format', 'json'], dir, undefined, { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
    });

    test('on a terminal the text report is coloured, unless NO_COLOR is set', () => {
        const dir = ciWorkspace();
        // util-linux's `script` runs the command on a pseudo-terminal.
        const onTerminal = (env: string): string => spawnSync('script', ['-qec', `${env} '${process.execPath}' '${BIN}' check`, '/dev/null'], {
            cwd: dir, encoding: 'utf8', env: { ...process.env, ...ENGLISH, NO_COLOR: '', FORCE_COLOR: '', TERM: 'xterm' }
        }).stdout;
        expect(onTerminal('')).toContain(`${ESC}31merror${ESC}0m`);
        expect(onTerminal('NO_COLOR=1')).not.toContain(ESC);
    });
});

describe('standard input', () => {
    test('- with --stdin-filename: checked against that folder\'s catalogue and reported under that name', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedures/khai-sinh.tthc': PROCEDURE });
        const draft = PROCEDURE.replace('level commune', 'level district');
        const run = tthcWithInput(['check', '-', '--stdin-filename', 'procedures/khai-sinh.tthc'], dir, draft);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe([
            "procedures/khai-sinh.tthc:5:9 error district-level Procedure 'KhaiSinh' is implemented at the district level, which was abolished on 1 July 2025: set 'level commune' or 'level province'.",
            '',
            '1 error, 0 warnings, 0 infos in 1 of 1 file.',
            ''
        ].join('\n'));
        // The text on disk is replaced, not checked beside it (which would report a duplicate code).
        expect(readFileSync(join(dir, 'procedures/khai-sinh.tthc'), 'utf8')).toBe(PROCEDURE);
        const fresh = tthcWithInput(['check', '-', '--stdin-filename', 'procedures/new.tthc', '--format', 'json'], dir, PROCEDURE.replace('KhaiSinh', 'KhaiSinh2').replace('1.001193', '1.000656'));
        expect(fresh.status).toBe(0);
        expect(JSON.parse(fresh.stdout).files).toEqual([{ path: 'procedures/new.tthc', diagnostics: [] }]);
    });

    test('standard input is decoded as a file is: not UTF-8 is a finding at its position', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE });
        const run = tthcWithInput(['check', '-', '--stdin-filename', 'x.tthc'], dir, Buffer.from([0x70, 0xe9, 0x0a]));
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/^x\.tthc:1:2 error file-encoding /);
    });

    test('misuses are one line each, exit 2', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE });
        const cases: Array<[string[], string]> = [
            [['check', '-'], "tthc: reading standard input ('-') needs --stdin-filename <path.tthc>: the name its findings are reported under, whose folder's catalogue it is checked against.\n"],
            [['check', '-', '.', '--stdin-filename', 'a.tthc'], "tthc: '-' (standard input) must be the only path; check the other files in a separate run.\n"],
            [['check', '-', '--stdin-filename', 'a.txt'], "tthc: --stdin-filename 'a.txt' is not a .tthc file name; name the file the text stands for, e.g. procedures/khai-sinh.tthc.\n"],
            [['check', '.', '--stdin-filename', 'a.tthc'], "tthc: --stdin-filename names standard input, which is read only for the path '-'; add '-', or leave out --stdin-filename.\n"],
            [['fix', '-'], "tthc: only tthc check reads standard input ('-'); name .tthc files or folders here.\n"]
        ];
        for (const [args, stderr] of cases) {
            const run = tthcWithInput(args, dir, PROCEDURE);
            expect({ args, stderr: run.stderr, status: run.status }).toEqual({ args, stderr, status: 2 });
        }
    });
});

describe('globs', () => {
    const workspace = () => tempWorkspace({
        'catalogue.tthc': CATALOGUE,
        'procedures/a.tthc': PROCEDURE.replace('level commune', 'level district'),
        'procedures/sub/b.tthc': PROCEDURE.replace('KhaiSinh', 'KhaiTu').replace('1.001193', '1.000656').replace('level commune', 'level district'),
        'procedures/notes.md': '# notes'
    });

    test('a quoted glob is expanded by tthc, against the project of each file', () => {
        const dir = workspace();
        const all = tthc(['check', 'procedures/**/*.tthc'], dir);
        expect(all.status).toBe(1);
        expect(all.stdout.split('\n').filter(line => line.includes(' error ')).map(line => line.split(':')[0])).toEqual(['procedures/a.tthc', 'procedures/sub/b.tthc']);
        expect(all.stdout).toMatch(/in 2 of 2 files\.\n$/);
        const one = tthc(['check', 'procedures/*.tthc'], dir);
        expect(one.stdout).toMatch(/in 1 of 1 file\.\n$/);
        // A glob that matches folders checks them as folders; other files it matches are left out.
        expect(tthc(['check', 'proc*'], dir).stdout).toMatch(/in 2 of 2 files\.\n$/);
        expect(tthc(['check', 'procedures/*'], dir).stdout).toMatch(/in 2 of 2 files\.\n$/);
    });

    test('a glob that matches nothing is an error that names it', () => {
        const run = tthc(['check', 'procedures/**/*.tthcx'], workspace());
        expect(run.status).toBe(2);
        expect(run.stderr).toBe("tthc: the pattern 'procedures/**/*.tthcx' matches no .tthc file and no folder; check it, or quote it so that the CLI expands it (tthc check 'procedures/**/*.tthc').\n");
        const vi = tthc(['check', 'x/*.tthc', '--lang', 'vi'], workspace());
        expect(vi.stderr).toBe("tthc: mẫu 'x/*.tthc' không khớp với tệp .tthc hay thư mục nào; hãy kiểm tra lại mẫu, hoặc đặt mẫu trong dấu nháy để tthc tự mở rộng (tthc check 'procedures/**/*.tthc').\n");
    });

    test('a path that exists is taken as it is, glob characters and all', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, '[draft] a.tthc': PROCEDURE });
        expect(tthc(['check', '[draft] a.tthc'], dir).stdout).toBe('No problems in 1 file.\n');
    });
});

describe('--max-warnings', () => {
    test('says one warning, or several, in English and in Vietnamese', () => {
        const two = tempWorkspace({
            'catalogue.tthc': CATALOGUE,
            'p.tthc': PROCEDURE.replace('legal "60/2014/QH13"', 'legal "61/2018/NĐ-CP"'),
            'q.tthc': PROCEDURE.replace('KhaiSinh', 'KhaiTu').replace('1.001193', '1.000656').replace('legal "60/2014/QH13"', 'legal "61/2018/NĐ-CP"')
        });
        expect(tthc(['check', '--max-warnings', '1'], two).stderr).toBe('tthc: 2 warnings, more than --max-warnings 1 allows; fix them or raise the limit.\n');
        expect(tthc(['check', '--max-warnings', '1', '--lang', 'vi'], two).stderr)
            .toBe('tthc: 2 cảnh báo, nhiều hơn mức --max-warnings 1 cho phép; hãy xử lý các cảnh báo hoặc nâng giới hạn.\n');
        const one = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': PROCEDURE.replace('legal "60/2014/QH13"', 'legal "61/2018/NĐ-CP"') });
        expect(tthc(['check', '--max-warnings', '0', '--lang', 'vi'], one).stderr)
            .toBe('tthc: 1 cảnh báo, nhiều hơn mức --max-warnings 0 cho phép; hãy xử lý cảnh báo này hoặc nâng giới hạn.\n');
    });
});

describe('tthc check --help', () => {
    test('lists the formats and the new options in both languages', () => {
        const en = tthc(['check', '--help']).stdout;
        for (const text of ['sarif', 'github', 'gitlab', '--quiet', '--stdin-filename', '--docs-url', "tthc check 'procedures/**/*.tthc'"]) expect(en).toContain(text);
        const vi = tthc(['check', '--help', '--lang', 'vi']).stdout;
        for (const text of ['báo cáo chất lượng mã của GitLab', 'chỉ báo lỗi', 'đầu vào chuẩn', 'thư mục tài liệu', 'đặt trong dấu nháy']) expect(vi).toContain(text);
        expect(tthc(['--help']).stdout).toContain('--no-color');
    });
});
