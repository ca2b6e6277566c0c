import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, PROCEDURE } from '../language/check-helper.js';
import { tempWorkspace, tthc } from './run-cli.js';

// Opening a FIFO waits for a writer: without the fix these runs hang, and are killed after this long.
const HANG_MS = 20_000;
const TEST_MS = 3 * HANG_MS;

function fifo(path: string): void {
    execFileSync('mkfifo', [path]);
}

describe('paths that are not regular files or folders are never opened', () => {
    test.each([['check'], ['build'], ['diagram']])('tthc %s x.tthc, x a FIFO: one line, exit 2', command => {
        const dir = tempWorkspace({});
        fifo(join(dir, 'x.tthc'));
        const run = tthc([command, 'x.tthc'], dir, HANG_MS);
        expect(run.status, 'the run hung on the FIFO').toBe(2);
        expect(run.stderr).toBe("tthc: 'x.tthc' is a named pipe (FIFO), not a file or a folder; name .tthc files or folders that hold them.\n");
        expect(run.stdout).toBe('');
    }, TEST_MS);

    test('a device: one line, exit 2', () => {
        const run = tthc(['check', '/dev/null'], undefined, HANG_MS);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe("tthc: '/dev/null' is a device, not a file or a folder; name .tthc files or folders that hold them.\n");
    });

    test('a dangling symbolic link: says where it points, exit 2', () => {
        const dir = tempWorkspace({});
        symlinkSync('gone.tthc', join(dir, 'link.tthc'));
        const run = tthc(['check', 'link.tthc'], dir, HANG_MS);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe("tthc: 'link.tthc' is a symbolic link to 'gone.tthc', which does not exist; correct the link, or name the file itself.\n");
    });

    test('a FIFO named *.tthc inside a checked folder is skipped with a warning; the rest is checked', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedures/khai-sinh.tthc': PROCEDURE });
        fifo(join(dir, 'procedures/pipe.tthc'));
        const run = tthc(['check', '.'], dir, HANG_MS);
        expect(run.status, 'the run hung on the FIFO').toBe(0);
        expect(run.stdout).toBe('No problems in 2 files.\n');
        expect(run.stderr).toBe("tthc: skipped 'procedures/pipe.tthc': it is a named pipe (FIFO), not a regular file; replace it with a .tthc file, or remove it.\n");
    }, TEST_MS);

    test('a FIFO beside the catalogue of a named file is neither opened nor loaded (build, diagram)', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedures/khai-sinh.tthc': PROCEDURE });
        // Looking for the catalogue above a named file reads the .tthc files of each folder on the way up.
        fifo(join(dir, 'aaa.tthc'));
        const diagram = tthc(['diagram', 'procedures/khai-sinh.tthc', '--format', 'mermaid'], dir, HANG_MS);
        expect(diagram.status, 'the run hung on the FIFO').toBe(0);
        expect(diagram.stdout).toMatch(/^flowchart/);
        expect(diagram.stderr).toBe("tthc: skipped 'aaa.tthc': it is a named pipe (FIFO), not a regular file; replace it with a .tthc file, or remove it.\n");
        const build = tthc(['build', '.', '--out', 'out', '--target', 'json'], dir, HANG_MS);
        expect(build.status, 'the run hung on the FIFO').toBe(0);
        expect(build.stderr).toContain("tthc: skipped 'aaa.tthc'");
    }, TEST_MS);

    test('a symbolic link inside a folder is not followed (as in the editor), and says so', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'elsewhere/khai-sinh.txt': PROCEDURE });
        symlinkSync('elsewhere/khai-sinh.txt', join(dir, 'khai-sinh.tthc'));
        const run = tthc(['check', '.'], dir, HANG_MS);
        expect(run.stdout).toBe('No problems in 1 file.\n');
        expect(run.stderr).toBe("tthc: skipped 'khai-sinh.tthc': a symbolic link, which is not followed inside folders (nor by the editor); name it on the command line to check it.\n");
        // Named, it is checked (and not reported as skipped).
        const named = tthc(['check', 'khai-sinh.tthc'], dir, HANG_MS);
        expect(named.stdout).toBe('No problems in 1 file.\n');
        expect(named.stderr).toBe('');
    });
});
