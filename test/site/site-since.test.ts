import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectGolden } from '../golden-helper.js';
import { ROOT, tthc } from '../cli/run-cli.js';
import { ADDED_PAGE, RETIMED, writeSinceVersion } from './since-fixture.js';

let dir: string;
beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tthc-since-'));
    cpSync(join(ROOT, 'examples/lam-dong'), join(dir, 'old'), { recursive: true });
    writeSinceVersion(join(dir, 'new'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (out: string, path: string): string => readFileSync(join(dir, out, 'site', path), 'utf8');

describe('tthc build --target site --since', () => {
    test('without --since the site is as before: index and page byte-identical to their goldens', () => {
        const run = tthc(['build', 'new', '--target', 'site', '--out', 'plain'], dir);
        expect(run.status, run.stderr).toBe(0);
        expectGolden('site/since-none-index.html', read('plain', 'index.html'));
        expectGolden('site/since-none-2.000884.html', read('plain', RETIMED.page));
    });

    test('with a folder: the index marks the changed and added procedures, the page shows the changes and highlights the step', () => {
        const run = tthc(['build', 'new', '--target', 'site', '--out', 'since', '--since', 'old'], dir);
        expect(run.status, run.stderr).toBe(0);
        const index = read('since', 'index.html');
        expectGolden('site/since-index.html', index);
        expectGolden('site/since-2.000884.html', read('since', RETIMED.page));
        expect(index).toMatch(/<tr class="changed"><td data-label="Mã"><a href="procedures\/2\.000884\.html">2\.000884<\/a> <span class="change">Sửa đổi<\/span>/);
        expect(index).toMatch(/<tr class="changed"><td data-label="Mã"><a href="procedures\/1\.004859\.html">1\.004859<\/a> <span class="change added">Mới<\/span>/);
        expect(index.match(/<tr class="changed">/g)).toHaveLength(2);
        expect(index).toContain('<input type="checkbox" id="only-changed" />');
        const page = read('since', RETIMED.page);
        expect(page).toContain('<td data-label="Nội dung">Bước 3 (Ky): thời gian</td><td data-label="Trước">02 giờ làm việc</td><td data-label="Sau">01 giờ làm việc</td>');
        // Exactly the re-timed step's box carries the class the site's style highlights.
        expect(page.match(/<g class="node [^"]*\bchanged\b[^"]*" data-node="([^"]*)"/g)).toEqual([expect.stringContaining(`data-node="step:${RETIMED.step}"`)]);
        expect(read('since', ADDED_PAGE)).toContain('Thủ tục mới, không có trong phiên bản trước.');
        // An unchanged procedure's page has no change section.
        expect(read('since', 'procedures/1.012855.html')).not.toContain('class="changes"');
        // Deterministic: the same build again gives the same bytes.
        expect(tthc(['build', 'new', '--target', 'site', '--out', 'again', '--since', 'old'], dir).status).toBe(0);
        for (const path of ['index.html', RETIMED.page, ADDED_PAGE]) expect(read('again', path)).toBe(read('since', path));
    });

    test('a removed procedure is listed on the index, and the name of the old version is escaped', () => {
        // The old version is the new one above, in a folder whose name is markup.
        cpSync(join(dir, 'new'), join(dir, 'v<i>"&'), { recursive: true });
        const run = tthc(['build', 'old', '--target', 'site', '--out', 'back', '--since', 'v<i>"&'], dir);
        expect(run.status, run.stderr).toBe(0);
        const index = read('back', 'index.html');
        expect(index).toContain('<h2>Thủ tục không còn so với phiên bản trước</h2>\n<ul class="removed"><li>1.004859 – Đăng ký lại khai tử</li></ul>');
        expect(index).toContain('So với phiên bản trước (v&lt;i&gt;"&amp;): 1 thủ tục sửa đổi, 0 thủ tục mới, 1 thủ tục không còn');
        expect(read('back', RETIMED.page)).toContain('<h2>Thay đổi so với phiên bản trước (v&lt;i&gt;"&amp;)</h2>');
        expect(index).not.toContain('<i>');
    });

    test('errors are one line, exit 2, in English and Vietnamese', () => {
        const noSite = tthc(['build', 'new', '--target', 'json', '--out', 'x', '--since', 'old'], dir);
        expect(noSite.status).toBe(2);
        expect(noSite.stderr).toBe('tthc: --since marks changes on the review site: add --target site (or leave --since out).\n');
        const vi = tthc(['build', 'new', '--target', 'json', '--out', 'x', '--since', 'old', '--lang', 'vi'], dir);
        expect(vi.stderr).toBe('tthc: --since đánh dấu thay đổi trên trang rà soát: hãy thêm --target site (hoặc bỏ --since).\n');
        const notGit = tthc(['build', 'new', '--target', 'site', '--out', 'x', '--since', 'no-such-version'], dir, undefined, { GIT_CEILING_DIRECTORIES: tmpdir() });
        expect(notGit.status).toBe(2);
        expect(notGit.stderr).toMatch(/^tthc: 'new' is not in a git repository[^\n]*\n$/);
    });
});

describe('tthc build --since <git ref>', () => {
    let repo: string;
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', GIT_CONFIG_GLOBAL: '/dev/null' } });
    beforeAll(() => {
        repo = mkdtempSync(join(tmpdir(), 'tthc-since-git-'));
        cpSync(join(ROOT, 'examples/lam-dong'), join(repo, 'lam-dong'), { recursive: true });
        git('init', '-q', '-b', 'main');
        git('add', '.');
        git('commit', '-q', '-m', 'v1');
        rmSync(join(repo, 'lam-dong'), { recursive: true });
        writeSinceVersion(join(repo, 'lam-dong'));
    });
    afterAll(() => rmSync(repo, { recursive: true, force: true }));

    test('a git revision gives the same change view as the old folder, and an unknown one is one line, exit 2', () => {
        const run = tthc(['build', 'lam-dong', '--target', 'site', '--out', 'out', '--since', 'main'], repo);
        expect(run.status, run.stderr).toBe(0);
        const page = readFileSync(join(repo, 'out/site', RETIMED.page), 'utf8');
        // The same page but for the version's name and the folder the findings link to.
        expect(page.replace('phiên bản trước (main)', 'phiên bản trước (old)').replaceAll('/lam-dong/procedures/', '/new/procedures/')).toBe(readFileSync(join(ROOT, 'test/golden/site/since-2.000884.html'), 'utf8'));
        const unknown = tthc(['build', 'lam-dong', '--target', 'site', '--out', 'out', '--since', 'v9'], repo);
        expect(unknown.status).toBe(2);
        expect(unknown.stderr).toBe("tthc: git does not know the revision 'v9': name a branch, a tag or a commit (git log shows them).\n");
    });
});
