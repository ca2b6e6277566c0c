import { Ajv2020 } from 'ajv/dist/2020.js';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGolden } from '../golden-helper.js';
import { diffFolders, edit, writeNewVersion } from './diff-fixture.js';
import { ROOT, tthc, type CliRun } from './run-cli.js';

// `tthc diff` in fresh processes, on the example of Lâm Đồng and a new version of it (diff-fixture.ts).
let folders: { dir: string; old: string; new: string };
const runs = new Map<string, CliRun>();
function diff(...args: string[]): CliRun {
    const key = args.join('\0');
    if (!runs.has(key)) runs.set(key, tthc(['diff', ...args], folders.dir));
    return runs.get(key)!;
}

beforeAll(() => {
    folders = diffFolders();
});
afterAll(() => rmSync(folders.dir, { recursive: true, force: true }));

describe('tthc diff <old> <new>', () => {
    it('prints the changes as text, in English and in Vietnamese', () => {
        const en = diff('old', 'new');
        expect(en.stderr).toBe('');
        expect(en.status).toBe(0);
        expectGolden('diff/lam-dong.txt', en.stdout);
        const vi = diff('old', 'new', '--lang', 'vi');
        expect(vi.status).toBe(0);
        expectGolden('diff/lam-dong.vi.txt', vi.stdout);
        expect(vi.stdout).toContain('Bước 3 (KyGiayKhaiSinh): thời gian: 02 giờ làm việc → 01 giờ làm việc');
    });

    it('prints Markdown for a pull-request comment, source text escaped, with the changed steps styled in a Mermaid diagram', () => {
        const run = diff('old', 'new', '--format', 'markdown', '--lang', 'vi');
        expect(run.status).toBe(0);
        expectGolden('diff/lam-dong.vi.md', run.stdout);
        expect(run.stdout).toContain('Ký Giấy khai sinh \\| \\<b\\>ký số\\</b\\> \\[\\#1\\]');
        // The diagram package's escaping: the label's markup and brackets are entity codes.
        expect(run.stdout).toMatch(/S3\["Ký Giấy khai sinh #124; #60;b#62;ký số#60;\/b#62; #91;#35;1#93;/);
        expect(run.stdout).toContain('class S2,S3 changed');
        expectGolden('diff/lam-dong.md', diff('old', 'new', '--format', 'markdown').stdout);
    });

    it('prints JSON that its schema accepts, the same in every language', () => {
        const run = diff('old', 'new', '--format', 'json');
        expect(run.status).toBe(0);
        expectGolden('diff/lam-dong.json', run.stdout);
        const report = JSON.parse(run.stdout);
        const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/diff-report.schema.json'), 'utf8'));
        const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
        expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
        expect(report.summary).toEqual({ changed: 2, added: 1, removed: 1, unchanged: 16, catalogue: 1 });
        expect(diff('old', 'new', '--format', 'json', '--lang', 'vi').stdout).toBe(run.stdout);
    });

    it('is deterministic: the same versions give byte-identical output', () => {
        expect(tthc(['diff', 'old', 'new', '--format', 'json'], folders.dir).stdout).toBe(diff('old', 'new', '--format', 'json').stdout);
    });

    it('exits 0 with changes, 1 with --exit-code, and 0 with --exit-code when nothing changed', () => {
        expect(diff('old', 'new', '--exit-code').status).toBe(1);
        const same = diff('old', 'old', '--exit-code');
        expect(same.status).toBe(0);
        expect(same.stdout).toBe('Changes to Tỉnh Lâm Đồng\n\nNo changes.\n');
    });
});

describe('tthc diff: the catalogue as lowered', () => {
    it('reports a successor a unit declares (succeeded-by), read from the catalogue through the lowering', () => {
        const dir = mkdtempSync(join(tmpdir(), 'tthc-diff-succ-'));
        try {
            cpSync(join(ROOT, 'examples/lam-dong'), join(dir, 'new'), { recursive: true });
            edit(join(dir, 'new/catalogue.tthc'), 'unit SoTuPhap "Sở Tư pháp" level province kind department agency 000.00.03.H39 {',
                'unit SoTuPhap "Sở Tư pháp" level province kind department agency 000.00.03.H39 succeeded-by SoNoiVu for sector "Hộ tịch" {');
            const run = tthc(['diff', join(ROOT, 'examples/lam-dong'), join(dir, 'new'), '--format', 'json'], dir);
            expect(run.status).toBe(0);
            expect(JSON.parse(run.stdout).catalogue).toEqual([{ kind: 'successor-added', subject: 'SoTuPhap', after: 'SoNoiVu (lĩnh vực "Hộ tịch")' }]);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('tthc diff: source text is never trusted', () => {
    it('shows a control character of a title on the terminal, and leaves it out of the Markdown', () => {
        const dir = mkdtempSync(join(tmpdir(), 'tthc-diff-esc-'));
        try {
            cpSync(join(ROOT, 'examples/lam-dong'), join(dir, 'new'), { recursive: true });
            edit(join(dir, 'new/procedures/dang-ky-khai-sinh.tthc'), '"Đăng ký khai sinh" {', '"Đăng ký khai sinh \u001b[31mđỏ" {');
            const text = tthc(['diff', join(ROOT, 'examples/lam-dong'), 'new'], dir);
            expect(text.status).toBe(0);
            expect(text.stdout).not.toContain('\u001b');
            expect(text.stdout).toContain('title: Đăng ký khai sinh → Đăng ký khai sinh \\u001b[31mđỏ\n');
            const markdown = tthc(['diff', join(ROOT, 'examples/lam-dong'), 'new', '--format', 'markdown'], dir);
            expect(markdown.stdout).not.toContain('\u001b');
            expect(markdown.stdout).toContain('| title | Đăng ký khai sinh | Đăng ký khai sinh \uFFFD\\[31mđỏ |');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('tthc diff: bad input, one line, exit 2', () => {
    function expectOneLine(run: CliRun, pattern: RegExp): void {
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^tthc: [^\n]+\n$/);
        expect(run.stderr).toMatch(pattern);
    }

    it('says which version has errors, and where the first one is', () => {
        const dir = mkdtempSync(join(tmpdir(), 'tthc-diff-bad-'));
        try {
            cpSync(join(ROOT, 'examples/lam-dong'), join(dir, 'old'), { recursive: true });
            cpSync(join(ROOT, 'examples/lam-dong'), join(dir, 'new'), { recursive: true });
            edit(join(dir, 'new/procedures/dang-ky-khai-sinh.tthc'), 'by UBNDXa.ChuTich 2h', 'by UBNDXa.KhongCo 2h');
            expectOneLine(tthc(['diff', 'old', 'new'], dir), /^tthc: the new version has 1 error, the first at new\/procedures\/dang-ky-khai-sinh\.tthc:\d+:\d+ [a-z-]+: fix it/);
            expectOneLine(tthc(['diff', 'new', 'old', '--lang', 'vi'], dir), /^tthc: phiên bản cũ có 1 lỗi, lỗi đầu tiên tại new\/procedures\/dang-ky-khai-sinh\.tthc:\d+:\d+/);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('rejects a missing folder, a file, a folder without a province and a wrong number of folders', () => {
        expectOneLine(diff('old', 'missing'), /cannot read 'missing': no such file or folder/);
        expectOneLine(diff('old', 'new/catalogue.tthc'), /'new\/catalogue.tthc' is not a folder/);
        expectOneLine(diff('old'), /tthc diff needs two folders/);
        const empty = mkdtempSync(join(tmpdir(), 'tthc-diff-empty-'));
        try {
            writeFileSync(join(empty, 'notes.tthc'), '// nothing\n');
            expectOneLine(tthc(['diff', join(folders.dir, 'old'), empty]), /the new version, '.*', declares no catalogue and no procedure/);
        } finally {
            rmSync(empty, { recursive: true, force: true });
        }
    });
});

describe('tthc diff --git <ref>', () => {
    let repo: string;
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', GIT_CONFIG_GLOBAL: '/dev/null' } });

    beforeAll(() => {
        repo = mkdtempSync(join(tmpdir(), 'tthc-diff-git-'));
        cpSync(join(ROOT, 'examples/lam-dong'), join(repo, 'lam-dong'), { recursive: true });
        git('init', '-q', '-b', 'main');
        git('add', '.');
        git('commit', '-q', '-m', 'v1');
        rmSync(join(repo, 'lam-dong'), { recursive: true });
        writeNewVersion(join(repo, 'lam-dong'));
    });
    afterAll(() => rmSync(repo, { recursive: true, force: true }));

    it('compares the files at the revision with the working tree, as two folders would', () => {
        const run = tthc(['diff', '--git', 'main', 'lam-dong', '--format', 'json'], repo);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toBe(diff('old', 'new', '--format', 'json').stdout);
        // From inside the folder, without naming it; and naming only the procedures, whose catalogue comes with them.
        expect(tthc(['diff', '--git', 'HEAD'], join(repo, 'lam-dong')).stdout).toBe(diff('old', 'new').stdout);
        expect(tthc(['diff', '--git', 'HEAD', 'lam-dong/procedures'], repo).stdout).toBe(diff('old', 'new').stdout);
    });

    it('says in one line that a folder is not in a repository, or that a revision is unknown', () => {
        const outside = mkdtempSync(join(tmpdir(), 'tthc-diff-nogit-'));
        try {
            const run = tthc(['diff', '--git', 'main'], outside, undefined, { GIT_CEILING_DIRECTORIES: tmpdir() });
            expect(run.status).toBe(2);
            expect(run.stderr).toMatch(/^tthc: '\.' is not in a git repository[^\n]*\n$/);
        } finally {
            rmSync(outside, { recursive: true, force: true });
        }
        for (const ref of ['no-such-branch', '--output=/tmp/x']) {
            const run = tthc(['diff', `--git=${ref}`, 'lam-dong'], repo);
            expect(run.status).toBe(2);
            expect(run.stderr).toBe(`tthc: git does not know the revision '${ref}': name a branch, a tag or a commit (git log shows them).\n`);
        }
    });

    it('says which version has errors when the revision does not check', () => {
        edit(join(repo, 'lam-dong/procedures/dang-ky-khai-sinh.tthc'), 'by UBNDXa.ChuTich', 'by UBNDXa.KhongCo');
        git('commit', '-qam', 'broken');
        rmSync(join(repo, 'lam-dong'), { recursive: true });
        writeNewVersion(join(repo, 'lam-dong'));
        const run = tthc(['diff', '--git', 'HEAD', 'lam-dong'], repo);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^tthc: the old version has 1 error, the first at HEAD:lam-dong\/procedures\/dang-ky-khai-sinh\.tthc:\d+:\d+ [a-z-]+: [^\n]+\n$/);
    });
});
