import { runBuild } from '@tthc/cli';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, PROCEDURE } from '../language/check-helper.js';
import { ROOT, tempWorkspace } from './run-cli.js';

async function site(folder: string, out = join(tempWorkspace({}), 'out')): Promise<string> {
    expect((await runBuild([folder], { out, clean: false, targets: ['site'] })).exitCode).toBe(0);
    return join(out, 'site');
}

describe('the review site', () => {
    test('an index of every procedure, and a page each with its diagram, table and findings', async () => {
        const dir = await site(join(ROOT, 'examples/lam-dong'));
        const index = readFileSync(join(dir, 'index.html'), 'utf8');
        const pages = readdirSync(join(dir, 'procedures'));
        expect(pages.length).toBe(19);
        for (const page of pages) {
            expect(index).toContain(`href="procedures/${page}"`);
            const html = readFileSync(join(dir, 'procedures', page), 'utf8');
            expect(html).toMatch(/<div class="diagram" tabindex="0" role="region" aria-label="[^"]+"><svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
            expect(html).toContain('<table class="steps">');
            expect(html).toContain('<h2>Kết quả kiểm tra</h2>');
        }
        expect(index).toContain('<input type="search" id="filter"');
        expect(index).toContain('Trực tiếp: 05 ngày làm việc / 05 ngày làm việc');
    });

    test('nothing is loaded from the network, and only the page own script may run', async () => {
        const dir = await site(join(ROOT, 'examples/lam-dong'));
        for (const file of ['index.html', ...readdirSync(join(dir, 'procedures')).map(p => `procedures/${p}`)]) {
            const html = readFileSync(join(dir, file), 'utf8');
            expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:(; script-src 'sha256-[A-Za-z0-9+/=]+')?" \/>/);
            expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
            expect(html).not.toMatch(/<link\b|@import/);
            expect(html.match(/<script>/g)?.length ?? 0).toBeLessThanOrEqual(file === 'index.html' ? 1 : 0);
        }
    });

    test('hostile source text is escaped, and findings link to their source line', async () => {
        const hostile = PROCEDURE.replace('"Đăng ký khai sinh"', '"<script>alert(1)</script> \\"><img src=x onerror=alert(1)>"')
            .replace('legal "60/2014/QH13" "Luật Hộ tịch"', 'legal "61/2018/NĐ-CP" "Nghị định cũ"');
        const workspace = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedures/p.tthc': hostile });
        const dir = await site(workspace, join(workspace, 'out'));
        const page = readFileSync(join(dir, 'procedures', '1.001193.html'), 'utf8');
        const index = readFileSync(join(dir, 'index.html'), 'utf8');
        for (const html of [page, index]) {
            expect(html).not.toContain('<script>alert(1)');
            expect(html).not.toContain('<img src=x');
            expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        }
        expect(page).toMatch(/<li class="warning">Cảnh báo <code>superseded-legal-basis<\/code> .+ \(<a href="..\/..\/..\/procedures\/p.tthc">..\/..\/procedures\/p.tthc:8:9<\/a>\)<\/li>/);
        expect(index).toMatch(/<td class="num" data-label="Cảnh báo">1<\/td><\/tr>/);
    });
});
