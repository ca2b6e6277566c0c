// The manifest in out/ is data from disk: whatever it says, `tthc build --clean` deletes nothing it
// did not write, touches nothing outside out/, and says in one line what is wrong.
import { runBuild } from '@tthc/cli';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, PROCEDURE } from '../language/check-helper.js';
import { tempWorkspace, tthc } from './run-cli.js';

const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Manifest {
    tool: string;
    manifestVersion: number;
    province: string;
    procedures: number;
    targets: string[];
    files: Array<{ path: string; sha256?: string }>;
}

/** A province, built once for json, and a victim file next to its output folder. */
function builtProvince(): { dir: string; out: string; victim: string; manifest: () => Manifest; writeManifest: (m: unknown) => void; build: (...args: string[]) => ReturnType<typeof tthc> } {
    const dir = tempWorkspace({ 'lam-dong/catalogue.tthc': CATALOGUE, 'lam-dong/procedures/khai-sinh.tthc': PROCEDURE, 'victim/precious.txt': 'precious' });
    const build = (...args: string[]) => tthc(['build', 'lam-dong', '--out', 'out', ...args], dir);
    expect(build('--target', 'json').status).toBe(0);
    const out = join(dir, 'out');
    return {
        dir,
        out,
        victim: join(dir, 'victim', 'precious.txt'),
        manifest: () => JSON.parse(readFileSync(join(out, 'tthc-manifest.json'), 'utf8')) as Manifest,
        writeManifest: m => writeFileSync(join(out, 'tthc-manifest.json'), typeof m === 'string' ? m : JSON.stringify(m, null, 2)),
        build
    };
}

/** Every path under `folder`, with a marker for links, sorted. */
function listing(folder: string): string[] {
    const result: string[] = [];
    const walk = (dir: string, prefix: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const rel = `${prefix}${entry.name}`;
            if (entry.isSymbolicLink()) result.push(`${rel} -> ${readlinkSync(join(dir, entry.name))}`);
            else if (entry.isDirectory()) walk(join(dir, entry.name), `${rel}/`);
            else result.push(rel);
        }
    };
    walk(folder, '');
    return result.sort();
}

describe('a hand-made manifest cannot make the build touch files outside out/', () => {
    test('a file path with .. in the manifest', () => {
        const p = builtProvince();
        const m = p.manifest();
        p.writeManifest({ ...m, targets: [...m.targets, 'victim'], files: [...m.files, { path: '../victim/precious.txt', sha256: sha256('precious') }] });
        const before = listing(p.dir);
        const run = p.build('--target', 'json', '--clean');
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^tthc: 'out\/tthc-manifest\.json' cannot be trusted: the file "\.\.\/victim\/precious\.txt" is not inside a target folder of the manifest; nothing was written or deleted: check 'out', delete the manifest and the folders you do not want, and build again\.\n$/);
        expect(readFileSync(p.victim, 'utf8')).toBe('precious');
        expect(listing(p.dir)).toEqual(before);
    });

    test('a target name with .. in the manifest', () => {
        const p = builtProvince();
        const m = p.manifest();
        p.writeManifest({ ...m, targets: [...m.targets, 'x/../../victim'], files: [...m.files, { path: '../victim/precious.txt', sha256: sha256('precious') }] });
        const before = listing(p.dir);
        const run = p.build('--target', 'json', '--clean');
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^tthc: 'out\/tthc-manifest\.json' cannot be trusted: the target name "x\/\.\.\/\.\.\/victim" is not a plain folder name; nothing was written or deleted/);
        expect(readFileSync(p.victim, 'utf8')).toBe('precious');
        expect(listing(p.dir)).toEqual(before);
    });

    test.each([
        ['not JSON', '{"tool": "tthc", ', /is not valid JSON/],
        ['another tool', { tool: 'other', manifestVersion: 1, targets: [], files: [] }, /was not written by tthc/],
        ['a newer version', { tool: 'tthc', manifestVersion: 9, province: 'Thu', procedures: 1, targets: [], files: [] }, /was written by a newer tthc \(manifest version 9; this tthc reads version 1\)/],
        ['files not a list', { tool: 'tthc', manifestVersion: 1, province: 'Thu', procedures: 1, targets: ['json'], files: {} }, /'files' is not a list/],
        ['an absolute path', { tool: 'tthc', manifestVersion: 1, province: 'Thu', procedures: 1, targets: ['json'], files: [{ path: '/etc/passwd', sha256: sha256('') }] }, /the file "\/etc\/passwd" is not/],
        ['a bad hash', { tool: 'tthc', manifestVersion: 1, province: 'Thu', procedures: 1, targets: ['json'], files: [{ path: 'json/a.json', sha256: 'abc' }] }, /the SHA-256 of "json\/a\.json" is not 64 hexadecimal digits/],
        ['a duplicate path', { tool: 'tthc', manifestVersion: 1, province: 'Thu', procedures: 1, targets: ['json'], files: [{ path: 'json/a.json' }, { path: 'json/a.json' }] }, /the file "json\/a\.json" is listed twice/],
        ['a control character', { tool: 'tthc', manifestVersion: 1, province: 'Thu', procedures: 1, targets: ['js\u001b[31mon'], files: [] }, /the target name "js\\u001b\[31mon" is not a plain folder name/]
    ])('a malformed manifest (%s) is one clear line, exit 2, and nothing is touched', (_name, content, message) => {
        const p = builtProvince();
        p.writeManifest(content);
        const before = listing(p.dir);
        const run = p.build('--target', 'json', '--clean');
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(message);
        expect(run.stderr).toMatch(/^tthc: 'out\/tthc-manifest\.json' /);
        expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(run.stderr).not.toContain('internal error');
        expect(listing(p.dir)).toEqual(before);
    });
});

describe('a file is deleted only if it still holds what tthc wrote', () => {
    test('a modified output file is neither replaced nor deleted, and is named', () => {
        const p = builtProvince();
        const edited = join(p.out, 'json', 'catalogue.json');
        writeFileSync(edited, '{"edited": true}\n');
        const before = listing(p.dir);
        for (const args of [['--target', 'json'], ['--target', 'table', '--clean']]) {
            const run = p.build(...args);
            expect(run.status).toBe(2);
            expect(run.stderr).toBe("tthc: 'out/json/catalogue.json' was changed after tthc wrote it, so the build will not replace or delete 'out/json': move the file out of 'out', or delete it if the change is not wanted, and build again.\n");
            expect(readFileSync(edited, 'utf8')).toBe('{"edited": true}\n');
            expect(listing(p.dir)).toEqual(before);
        }
    });

    test('a file edited while the build is staging is not lost', async () => {
        const p = builtProvince();
        const edited = join(p.out, 'json', 'catalogue.json');
        let once = false;
        await expect(runBuild([join(p.dir, 'lam-dong')], {
            out: p.out,
            clean: false,
            targets: ['json'],
            afterFileStaged: () => { if (!once) writeFileSync(edited, 'edited meanwhile'); once = true; }
        })).rejects.toThrow(/json\/catalogue\.json' was changed after tthc wrote it/);
        expect(readFileSync(edited, 'utf8')).toBe('edited meanwhile');
        expect(readdirSync(p.out).sort()).toEqual(['json', 'tthc-manifest.json']);
    });

    test('a file without a recorded hash (an older manifest) is not deleted, and is named', () => {
        const p = builtProvince();
        const m = p.manifest();
        p.writeManifest({ ...m, files: m.files.map(f => (f.path === 'json/catalogue.json' ? { path: f.path } : f)) });
        const run = p.build('--target', 'table', '--clean');
        expect(run.status).toBe(2);
        expect(run.stderr).toBe("tthc: the manifest records no SHA-256 for 'out/json/catalogue.json', so tthc cannot tell whether it changed and will not replace or delete 'out/json': move the file out of 'out', or delete it, and build again.\n");
        expect(existsSync(join(p.out, 'json', 'catalogue.json'))).toBe(true);
    });

    test('unchanged files are still replaced and cleaned as before', () => {
        const p = builtProvince();
        expect(p.build('--target', 'table', '--clean').status).toBe(0);
        expect(existsSync(join(p.out, 'json'))).toBe(false);
        expect(p.manifest().targets).toEqual(['table']);
    });
});

describe('symbolic links are never followed, replaced or deleted', () => {
    test('a target folder that is a link to a folder outside out/', () => {
        const p = builtProvince();
        const m = p.manifest();
        // out/json now points at the victim's folder, and the manifest claims its file.
        writeFileSync(join(p.dir, 'victim', 'catalogue.json'), 'theirs');
        const json = join(p.out, 'json');
        rmSync(json, { recursive: true });
        symlinkSync(join(p.dir, 'victim'), json);
        p.writeManifest({ ...m, files: [{ path: 'json/catalogue.json', sha256: sha256('theirs') }, { path: 'json/precious.txt', sha256: sha256('precious') }] });
        const before = listing(p.dir);
        for (const args of [['--target', 'json'], ['--target', 'table', '--clean']]) {
            const run = p.build(...args);
            expect(run.status).toBe(2);
            expect(run.stderr).toBe("tthc: 'out/json' is a symbolic link, which tthc never writes, so the build will not replace or delete it: remove the link (or move it out of 'out') and build again.\n");
            expect(listing(p.dir)).toEqual(before);
            expect(lstatSync(json).isSymbolicLink()).toBe(true);
            expect(readFileSync(p.victim, 'utf8')).toBe('precious');
        }
    });

    test('a manifest that is a link is not read', () => {
        const p = builtProvince();
        const manifest = join(p.out, 'tthc-manifest.json');
        writeFileSync(join(p.dir, 'victim', 'manifest.json'), readFileSync(manifest));
        rmSync(manifest);
        symlinkSync(join(p.dir, 'victim', 'manifest.json'), manifest);
        const before = listing(p.dir);
        const run = p.build('--target', 'json');
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^tthc: 'out\/tthc-manifest\.json' cannot be trusted: it is not a regular file; nothing was written or deleted/);
        expect(listing(p.dir)).toEqual(before);
    });

    test('a file in a target folder that is a link to a file outside out/', () => {
        const p = builtProvince();
        const m = p.manifest();
        const link = join(p.out, 'json', 'catalogue.json');
        rmSync(link);
        symlinkSync(p.victim, link);
        p.writeManifest({ ...m, files: m.files.map(f => (f.path === 'json/catalogue.json' ? { path: f.path, sha256: sha256('precious') } : f)) });
        const before = listing(p.dir);
        const run = p.build('--target', 'table', '--clean');
        expect(run.status).toBe(2);
        expect(run.stderr).toBe("tthc: 'out/json/catalogue.json' is a symbolic link, which tthc never writes, so the build will not replace or delete 'out/json': remove the link (or move it out of 'out') and build again.\n");
        expect(listing(p.dir)).toEqual(before);
        expect(readFileSync(p.victim, 'utf8')).toBe('precious');
    });
});
