// The CLI as a package file (docs/cli.md, "Install without cloning"): `npm pack` in packages/cli, `npm install -g` of
// the .tgz into a clean prefix with no registry reachable, and the installed `tthc` run by the machine's Node.js
// against the workspace's CLI on copies of the examples.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { CLI_PACKAGE, machineNode, npm, packCli, run, treeOf, type PackResult } from './packed-cli.js';

// The repository's files of a folder whose names end in `extension`, as `into/<name>` paths.
const filesOf = (folder: string, into: string, extension: string): string[] =>
    readdirSync(join(ROOT, folder)).filter(name => name.endsWith(extension)).map(name => `${into}/${name}`);

/**
 * What the package holds: the bin, the bundle, the documentation (without its images) and the JSON Schemas its
 * reports cite, and what npm adds (the README and the manifest).
 */
const PACKED = ['README.md', 'bin/tthc.js', 'dist/main.js', 'package.json',
    ...filesOf('docs', 'docs', '.md'), ...filesOf('docs/vi', 'docs/vi', '.md'), ...filesOf('schemas', 'schemas', '.json')].sort();

let tmp: string;
let pack: PackResult;
let installedDir: string;
let installedBin: string;
let node: string;
let bundleBefore: { ino: number; mtimeMs: number };
let bundleAfter: { ino: number; mtimeMs: number };

beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'tthc-package-'));
    const cache = join(tmp, 'npm-cache');
    bundleBefore = statSync(join(CLI_PACKAGE, 'dist/main.js'));
    pack = packCli(tmp, cache);
    bundleAfter = statSync(join(CLI_PACKAGE, 'dist/main.js'));
    const prefix = join(tmp, 'prefix');
    npm(['install', '--global', '--prefix', prefix, join(tmp, pack.filename)], tmp, cache);
    installedDir = join(prefix, 'lib/node_modules/@tthc/cli');
    installedBin = join(prefix, 'bin/tthc');
    node = machineNode();
    for (const side of ['installed', 'workspace']) {
        for (const example of ['lam-dong', 'legacy']) cpSync(join(ROOT, 'examples', example), join(tmp, side, example), { recursive: true });
    }
}, 120_000);

afterAll(() => {
    if (tmp !== undefined) rmSync(tmp, { recursive: true, force: true });
});

describe('the package file of the CLI', () => {
    test('holds the bin, the bundle, the README and the documentation, and a manifest that needs nothing from a registry', async () => {
        expect(pack.files.map(file => file.path).sort()).toEqual(PACKED);
        // What was installed is what was packed: no node_modules came with it or after it.
        expect([...treeOf(installedDir).keys()]).toEqual(PACKED);
        const manifest = JSON.parse(readFileSync(join(installedDir, 'package.json'), 'utf8'));
        expect(manifest.dependencies, 'everything the CLI runs is in dist/main.js').toBeUndefined();
        expect(manifest.engines).toEqual({ node: '>=20' });
        expect(manifest.bin).toEqual({ tthc: 'bin/tthc.js' });
        expect(readFileSync(join(installedDir, 'bin/tthc.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
        expect(readFileSync(join(installedDir, 'README.md'), 'utf8')).toContain('npm install -g');
        // The documentation the command cites is installed with it, as in the repository.
        const help = await run(installedBin, ['--help'], tmp, dirname(node));
        const cited = new Set(help.stdout.match(/docs\/[\w/-]+\.md/g));
        expect(cited.size).toBeGreaterThan(0);
        for (const path of cited) expect(readFileSync(join(installedDir, path), 'utf8')).toBe(readFileSync(join(ROOT, path), 'utf8'));
        // 1.1 MB today (5.0 MB unpacked); a source map, the images or a dependency's folder slipping in would pass this.
        expect(pack.size).toBeLessThan(1.5 * 1024 * 1024);
        expect(pack.filename).toBe(`tthc-cli-${JSON.parse(readFileSync(join(CLI_PACKAGE, 'package.json'), 'utf8')).version}.tgz`);
    });

    test('is made from a bundle that npm pack rebuilds, renamed into place so that a tthc running meanwhile never loads half of it', () => {
        expect(bundleAfter.mtimeMs).toBeGreaterThan(bundleBefore.mtimeMs);
        expect(bundleAfter.ino, 'a new file, renamed over the old one, not the old one rewritten').not.toBe(bundleBefore.ino);
        expect(readdirSync(join(CLI_PACKAGE, 'dist')).filter(name => name.endsWith('.partial'))).toEqual([]);
    });
});

describe('tthc installed from the package file', () => {
    // Twelve runs of tthc, two at a time: about 15 s of processor time; the limit is for a loaded machine.
    test('runs on the machine\'s Node.js 20 or later and answers as the workspace\'s CLI does', async () => {
        const nodeVersion = (await run(node, ['--version'], tmp, dirname(node))).stdout.trim();
        expect(Number(/^v(\d+)\./.exec(nodeVersion)?.[1])).toBeGreaterThanOrEqual(20);
        const runs: Array<{ args: string[]; status: number; stdout: RegExp }> = [
            { args: ['--version'], status: 0, stdout: /^\d+\.\d+\.\d+\n$/ },
            { args: ['check', 'lam-dong'], status: 0, stdout: /^No problems in \d+ files\.\n$/ },
            { args: ['check', 'legacy', '--lang', 'vi'], status: 1, stdout: /error district-level Bước/ },
            { args: ['build', 'lam-dong', '--out', 'out', '--target', 'json,opencps,bpmn,table,site', '--lang', 'vi'], status: 0, stdout: /^Đã biên dịch 19 thủ tục của 'Tỉnh Lâm Đồng' cho json, opencps, bpmn, table, site/ },
            // The fix engine: the part of the bundle that `tthc fix` loads only when it runs.
            { args: ['fix', '--dry-run', 'legacy'], status: 1, stdout: /^--- a\/legacy\/catalogue\.tthc\n/m },
            { args: ['check', 'nowhere'], status: 2, stdout: /^$/ }
        ];
        for (const { args, status, stdout } of runs) {
            // The two sides at once: each writes into its own copy.
            const [installed, workspace] = await Promise.all([
                run(installedBin, args, join(tmp, 'installed'), dirname(node)),
                run(node, [join(CLI_PACKAGE, 'bin/tthc.js'), ...args], join(tmp, 'workspace'), dirname(node))
            ]);
            const what = `tthc ${args.join(' ')}`;
            expect(installed, what).toEqual(workspace);
            expect(installed.status, `${what}\n${installed.stderr}`).toBe(status);
            expect(installed.stdout, what).toMatch(stdout);
            expect(installed.stderr, what).not.toMatch(/\n\s+at /);
        }
        const installed = treeOf(join(tmp, 'installed/out'));
        const workspace = treeOf(join(tmp, 'workspace/out'));
        expect([...installed.keys()]).toEqual([...workspace.keys()]);
        expect([...installed.keys()]).toEqual(expect.arrayContaining(['json/catalogue.json', 'site/index.html', 'table/tables/index.html', 'tthc-manifest.json']));
        for (const [path, bytes] of installed) expect(bytes.equals(workspace.get(path)!), path).toBe(true);
    }, 180_000);

    test('says in one line, in the language of the run, that an older Node.js cannot run it', async () => {
        // The machine's Node.js, told it is 18 before the bin starts, as NODE_OPTIONS lets a user's environment do.
        const older = { NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent('Object.defineProperty(process.versions, "node", { value: "18.20.4" })')}` };
        const english = await run(installedBin, ['check', 'lam-dong'], join(tmp, 'installed'), dirname(node), older);
        expect(english).toEqual({ stdout: '', stderr: 'tthc needs Node.js 20 or later, and this is Node.js 18.20.4: install Node.js 20 or later (https://nodejs.org).\n', status: 2 });
        const vietnamese = await run(installedBin, ['check', 'lam-dong'], join(tmp, 'installed'), dirname(node), { ...older, LANG: 'vi_VN.UTF-8' });
        expect(vietnamese.stderr).toBe('tthc cần Node.js 20 trở lên, máy này đang chạy Node.js 18.20.4: hãy cài Node.js 20 hoặc mới hơn (https://nodejs.org).\n');
        expect((await run(installedBin, ['check', 'lam-dong', '--lang', 'vi'], join(tmp, 'installed'), dirname(node), older)).stderr).toMatch(/^tthc cần Node\.js 20/);
        expect(vietnamese.status).toBe(2);
    });
});
