import { runBuild } from '@tthc/cli';
import { tableTarget } from '@tthc/compiler';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildOf } from '../compiler/build-helper.js';
import { CATALOGUE, PROCEDURE } from '../language/check-helper.js';
import { longProcedureWorkspace } from './long-procedure.js';
import { ROOT, tempWorkspace, tthc } from './run-cli.js';

function tree(folder: string): Record<string, string> {
    const result: Record<string, string> = {};
    const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const path = join(dir, entry.name);
            if (entry.isDirectory()) walk(path);
            else result[relative(folder, path)] = readFileSync(path, 'utf8');
        }
    };
    walk(folder);
    return result;
}

const province = () => tempWorkspace({ 'lam-dong/catalogue.tthc': CATALOGUE, 'lam-dong/procedures/khai-sinh.tthc': PROCEDURE });

describe('tthc build', () => {
    test('builds the example province, with a manifest, and exits 0', () => {
        const out = join(tempWorkspace({}), 'out');
        const run = tthc(['build', 'examples/lam-dong', '--out', out, '--target', 'json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^Built 19 procedures of 'Tỉnh Lâm Đồng' for json: 20 files in .+\/\.\n$/);
        const manifest = JSON.parse(readFileSync(join(out, 'tthc-manifest.json'), 'utf8'));
        expect(manifest).toMatchObject({ tool: 'tthc', province: 'LamDong', procedures: 19, targets: ['json'] });
        expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(Object.keys(tree(out)).filter(p => p !== 'tthc-manifest.json').sort());
    });

    test('the table target writes each Word document byte for byte, owned through the manifest like every other file', async () => {
        const dir = tempWorkspace({});
        const out = join(dir, 'out');
        expect(tthc(['build', 'examples/lam-dong', '--out', out, '--target', 'table']).status).toBe(0);
        const written = readFileSync(join(out, 'table/tables/1.001193.docx'));
        const compiled = (await tableTarget.compile(await buildOf('examples/lam-dong'))).find(f => f.path === 'tables/1.001193.docx')!;
        expect(new Uint8Array(written)).toEqual(compiled.bytes);
        const manifest = JSON.parse(readFileSync(join(out, 'tthc-manifest.json'), 'utf8'));
        const entry = manifest.files.find((f: { path: string }) => f.path === 'table/tables/1.001193.docx');
        expect(entry.sha256).toBe(createHash('sha256').update(written).digest('hex'));
        // Unchanged, it is replaced by the next build; edited, it is kept and named.
        expect(tthc(['build', 'examples/lam-dong', '--out', out, '--target', 'table']).status).toBe(0);
        writeFileSync(join(out, 'table/tables/1.001193.docx'), Buffer.concat([written, Buffer.from('x')]));
        const run = tthc(['build', 'examples/lam-dong', '--out', out, '--target', 'table']);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain("table/tables/1.001193.docx' was changed after tthc wrote it");
    });

    test('the same input gives a byte-identical output tree', () => {
        const a = join(tempWorkspace({}), 'out');
        const b = join(tempWorkspace({}), 'out');
        tthc(['build', 'examples/lam-dong', '--out', a]);
        tthc(['build', 'examples/lam-dong', '--out', b]);
        expect(tree(b)).toEqual(tree(a));
    });

    test('with an error in the workspace it prints the errors, writes nothing and exits 1', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': PROCEDURE.replace('level commune', 'level district') });
        const run = tthc(['build', '.', '--out', 'out'], dir);
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('p.tthc:5:9 error district-level');
        expect(run.stderr).toBe('tthc: the workspace has 1 error, so nothing was built; fix it and build again.\n');
        expect(existsSync(join(dir, 'out'))).toBe(false);
    });

    test('an unknown target is a usage error', () => {
        const run = tthc(['build', 'examples/lam-dong', '--out', join(tempWorkspace({}), 'out'), '--target', 'json,pdf']);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^tthc: unknown target 'pdf'; the targets are json/);
    });

    test('two provinces at once is a usage error', () => {
        const run = tthc(['build', 'examples', '--out', join(tempWorkspace({}), 'out')]);
        // the legacy province has errors: nothing is built either way
        expect(run.status).toBe(1);
        const dir = tempWorkspace({ 'a/catalogue.tthc': CATALOGUE, 'b/catalogue.tthc': CATALOGUE.replace('province Thu', 'province Khac') });
        const two = tthc(['build', '.', '--out', 'out'], dir);
        expect(two.status).toBe(2);
        expect(two.stderr).toBe("tthc: 2 provinces found ('Thu', 'Khac'); build one province at a time: name its folder.\n");
    });
});

describe('the output is safe', () => {
    test('an interrupted build leaves the previous output intact', async () => {
        const dir = province();
        const out = join(dir, 'out');
        expect((await runBuild([join(dir, 'lam-dong')], { out, clean: false })).exitCode).toBe(0);
        const before = tree(out);
        // The procedure changes, and the build fails half-way through writing.
        writeFileSync(join(dir, 'lam-dong/procedures/khai-sinh.tthc'), PROCEDURE.replace('"Đăng ký khai sinh"', '"Đăng ký khai sinh (mới)"'));
        let staged = 0;
        await expect(runBuild([join(dir, 'lam-dong')], { out, clean: false, afterFileStaged: () => { if (++staged === 1) throw new Error('disk full'); } })).rejects.toThrow('disk full');
        expect(tree(out)).toEqual(before);
        expect(readdirSync(out).filter(name => name.startsWith('.tthc-staging-'))).toEqual([]);
        // and the next build goes through
        expect((await runBuild([join(dir, 'lam-dong')], { out, clean: false })).exitCode).toBe(0);
        expect(JSON.stringify(tree(out))).toContain('Đăng ký khai sinh (mới)');
    });

    test('files that tthc did not write are never deleted', async () => {
        const dir = province();
        const out = join(dir, 'out');
        mkdirSync(out);
        writeFileSync(join(out, 'notes.txt'), 'mine');
        expect((await runBuild([join(dir, 'lam-dong')], { out, clean: true })).exitCode).toBe(0);
        expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
        // a foreign file inside a target folder stops the build instead of being replaced
        writeFileSync(join(out, 'json', 'hand-edited.json'), '{}');
        await expect(runBuild([join(dir, 'lam-dong')], { out, clean: false })).rejects.toThrow(/was not written by tthc/);
        expect(readFileSync(join(out, 'json', 'hand-edited.json'), 'utf8')).toBe('{}');
    });

    test('a build of some targets keeps the others, and still owns them', async () => {
        const dir = province();
        const out = join(dir, 'out');
        const lamDong = [join(dir, 'lam-dong')];
        expect((await runBuild(lamDong, { out, clean: false, targets: ['json', 'table'] })).exitCode).toBe(0);
        expect((await runBuild(lamDong, { out, clean: false, targets: ['json'] })).exitCode).toBe(0);
        const manifest = JSON.parse(readFileSync(join(out, 'tthc-manifest.json'), 'utf8'));
        expect(manifest.targets).toEqual(['json', 'table']);
        expect(existsSync(join(out, 'table', 'tables', 'index.md'))).toBe(true);
        // the table files are still known as tthc's: a later build replaces them without complaint
        expect((await runBuild(lamDong, { out, clean: false, targets: ['table'] })).exitCode).toBe(0);
    });

    test('--clean removes what earlier builds wrote for other targets, and only that', async () => {
        const dir = province();
        const out = join(dir, 'out');
        const lamDong = [join(dir, 'lam-dong')];
        expect((await runBuild(lamDong, { out, clean: false, targets: ['json', 'table'] })).exitCode).toBe(0);
        writeFileSync(join(out, 'README.txt'), 'mine');
        expect((await runBuild(lamDong, { out, clean: true, targets: ['json'] })).exitCode).toBe(0);
        expect(existsSync(join(out, 'table'))).toBe(false);
        expect(existsSync(join(out, 'json', 'catalogue.json'))).toBe(true);
        expect(readFileSync(join(out, 'README.txt'), 'utf8')).toBe('mine');
        expect(JSON.parse(readFileSync(join(out, 'tthc-manifest.json'), 'utf8')).targets).toEqual(['json']);
    });

    test('an output path that is a file is a usage error', () => {
        const run = tthc(['build', 'examples/lam-dong', '--out', join(ROOT, 'package.json')]);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/exists and is not a folder; choose another --out\.\n$/);
    });
});

describe('the diagram targets', () => {
    test('are built when named, and not by default', async () => {
        const dir = province();
        const out = join(dir, 'out');
        expect((await runBuild([join(dir, 'lam-dong')], { out, clean: false })).exitCode).toBe(0);
        expect(JSON.parse(readFileSync(join(out, 'tthc-manifest.json'), 'utf8')).targets).toEqual(['bpmn', 'json', 'opencps', 'table']);
        expect((await runBuild([join(dir, 'lam-dong')], { out, clean: false, targets: ['svg', 'mermaid'] })).exitCode).toBe(0);
        const svg = readFileSync(join(out, 'svg', 'diagrams', '1.001193.svg'), 'utf8');
        expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(readFileSync(join(out, 'mermaid', 'diagrams', '1.001193.md'), 'utf8')).toMatch(/^# 1\.001193\n\n```mermaid\nflowchart LR\n/);
        expect(JSON.parse(readFileSync(join(out, 'tthc-manifest.json'), 'utf8')).targets).toEqual(['bpmn', 'json', 'mermaid', 'opencps', 'svg', 'table']);
    });

    test('a procedure of 10,000 steps: the svg and site targets show a notice for it, and an info line says why', () => {
        const dir = longProcedureWorkspace(9_996);
        const run = tthc(['build', '.', '--out', 'out', '--target', 'svg,site'], dir);
        expect(run.stderr).toMatch(/^dai\.tthc:1:1 info Procedure 'Dai' has 10000 steps, more than the 200 a diagram can show: [^\n]*\n$/);
        expect(run.status).toBe(0);
        expect(readFileSync(join(dir, 'out', 'svg', 'diagrams', '1.001193.svg'), 'utf8')).toContain('<g class="too-large" data-steps="10000">');
        expect(readFileSync(join(dir, 'out', 'site', 'procedures', '1.001193.html'), 'utf8')).toContain('<g class="too-large" data-steps="10000">');
    }, 600_000);
});
