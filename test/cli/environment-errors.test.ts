// A full disk, a read-only file system, a missing permission: the user's machine, not a bug in tthc.
// One line with the path and what to do, exit 2, never "internal error … (report it)".
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { environmentErrorMessage } from '@tthc/cli';
import { ENGLISH, ROOT, tempWorkspace, tthc } from './run-cli.js';

const BIN = join(ROOT, 'packages/cli/bin/tthc.js');
const LAM_DONG = join(ROOT, 'examples/lam-dong');

/** An error as Node's file-system calls throw them. */
function fsError(code: string, syscall: string, path?: string, dest?: string): Error {
    return Object.assign(new Error(`${code}: something, ${syscall} '${path}'`), { code, errno: -1, syscall, ...(path ? { path } : {}), ...(dest ? { dest } : {}) });
}

const show = (path: string) => path.replace('/work/', '');

describe('the mapping of file-system error codes', () => {
    test.each([
        ['ENOSPC (write)', fsError('ENOSPC', 'write', '/work/out/json/a.json'), "cannot write 'out/json/a.json': no space left on the device; free some space and run again."],
        ['EDQUOT (write)', fsError('EDQUOT', 'write', '/work/out/a'), "cannot write 'out/a': the disk quota is used up; free some space or ask for a larger quota, and run again."],
        ['EROFS (mkdir)', fsError('EROFS', 'mkdir', '/work/out'), "cannot create the folder 'out': the file system is read-only; choose a folder on a writable file system (for tthc build: --out)."],
        ['EACCES (open)', fsError('EACCES', 'open', '/work/out/.tthc-lock'), "cannot open 'out/.tthc-lock': permission denied; check the permissions of the path and of the folders above it, or choose another folder."],
        ['EPERM (unlink)', fsError('EPERM', 'unlink', '/work/out/x'), "cannot delete 'out/x': permission denied; check the permissions of the path and of the folders above it, or choose another folder."],
        ['EACCES (rename)', fsError('EACCES', 'rename', '/work/out/json', '/work/out/.tthc-staging-1/.old-json'), "cannot move 'out/json' to 'out/.tthc-staging-1/.old-json': permission denied; check the permissions of the path and of the folders above it, or choose another folder."],
        ['EMFILE (open)', fsError('EMFILE', 'open', '/work/a.tthc'), "cannot open 'a.tthc': this process has too many files open; raise the limit of open files (ulimit -n) and run again."],
        ['ENFILE (open)', fsError('ENFILE', 'open', '/work/a.tthc'), "cannot open 'a.tthc': the system has too many files open; close some programs and run again."],
        ['ENOENT (scandir)', fsError('ENOENT', 'scandir', '/work/gone'), "cannot read the folder 'gone': no such file or folder; check the path (if another program removed it meanwhile, run again)."],
        ['ENOTDIR (mkdir)', fsError('ENOTDIR', 'mkdir', '/work/file/out'), "cannot create the folder 'file/out': a part of the path is a file, not a folder; check the path, or choose another folder."],
        ['EISDIR (open)', fsError('EISDIR', 'open', '/work/out/tthc-manifest.json'), "cannot open 'out/tthc-manifest.json': it is a folder, where a file was expected; move the folder away, or choose another path."],
        ['EIO (read)', fsError('EIO', 'read', '/work/a.tthc'), "cannot read 'a.tthc': the device reported an input/output error; check the disk, and run again."],
        ['ENAMETOOLONG (open)', fsError('ENAMETOOLONG', 'open', '/work/a'), "cannot open 'a': the path is too long; choose a shorter path."],
        ['ELOOP (open)', fsError('ELOOP', 'open', '/work/a'), "cannot open 'a': the path has too many symbolic links; check the links on the path."],
        ['EBUSY (rmdir)', fsError('EBUSY', 'rmdir', '/work/out'), "cannot remove 'out': it is in use by another program; close that program and run again."],
        ['EMFILE (mkdtemp)', fsError('EMFILE', 'mkdtemp', '/work/out/.tthc-staging-XXXXXX'), "cannot create a folder in 'out': this process has too many files open; raise the limit of open files (ulimit -n) and run again."],
        ['ENOSPC (write, no path)', fsError('ENOSPC', 'write'), 'cannot write: no space left on the device; free some space and run again.'],
        ['EACCES (chown)', fsError('EACCES', 'chown', '/work/x'), "cannot use 'x': permission denied; check the permissions of the path and of the folders above it, or choose another folder."]
    ])('%s', (_name, error, message) => {
        expect(environmentErrorMessage(error, show)).toBe(message);
    });

    test.each([
        ['a missing path while tthc renames its own staging (a bug)', fsError('ENOENT', 'rename', '/work/out/.tthc-staging-1/json', '/work/out/json')],
        ['an error without a code', new Error('boom')],
        ['a code that is no environment problem', fsError('EINVAL', 'open', '/work/a')],
        ['a value that is no error', 'ENOSPC']
    ])('%s is left to be reported as an internal error', (_name, error) => {
        expect(environmentErrorMessage(error, show)).toBeUndefined();
    });
});

// Real cases. As root (CI runs as root) permissions do not stop writes, so the EACCES case runs the
// CLI as the unprivileged user nobody; a full disk and a read-only file system are a small tmpfs
// mounted in a private mount namespace (`unshare`), which the host never sees.
const isRoot = process.getuid?.() === 0;

/** Runs tthc as an unprivileged user (as root: nobody, through setpriv). */
function tthcUnprivileged(args: readonly string[], cwd: string) {
    const command = isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
    const result = spawnSync(command[0], command.slice(1), { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...ENGLISH } });
    return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** Runs a shell script in a private mount namespace with a tmpfs of `size` at `<cwd>/small`; `$TTHC` runs the CLI. */
function withSmallDisk(size: string, script: string, cwd: string) {
    mkdirSync(join(cwd, 'small'));
    const namespace = isRoot ? ['--mount'] : ['--user', '--map-root-user', '--mount'];
    const result = spawnSync('unshare', [...namespace, 'sh', '-c', `mount -t tmpfs -o size=${size} tmpfs small && ${script}`], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', ...ENGLISH, TTHC: `${process.execPath} ${BIN}`, LAM_DONG }
    });
    expect(result.error).toBeUndefined();
    return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('real environment errors are one line and exit 2', () => {
    test('an output folder below a file (ENOTDIR)', () => {
        const dir = tempWorkspace({ 'notes.txt': 'a file' });
        const run = tthc(['build', LAM_DONG, '--out', 'notes.txt/out', '--target', 'json'], dir);
        expect(run.stderr).toBe("tthc: cannot create the folder 'notes.txt/out': a part of the path is a file, not a folder; check the path, or choose another folder.\n");
        expect(run.status).toBe(2);
    });

    test('an output folder in a folder without write permission (EACCES)', () => {
        const dir = tempWorkspace({});
        chmodSync(dir, 0o755);
        mkdirSync(join(dir, 'locked'), { mode: 0o555 });
        chmodSync(join(dir, 'locked'), 0o555);
        const run = tthcUnprivileged(['build', LAM_DONG, '--out', 'locked/out', '--target', 'json'], dir);
        expect(run.stderr).toBe("tthc: cannot create the folder 'locked/out': permission denied; check the permissions of the path and of the folders above it, or choose another folder.\n");
        expect(run.status).toBe(2);
    });

    test('an existing output folder without write permission (EACCES on the lock)', () => {
        const dir = tempWorkspace({});
        chmodSync(dir, 0o755);
        mkdirSync(join(dir, 'out'));
        chmodSync(join(dir, 'out'), 0o555);
        const run = tthcUnprivileged(['build', LAM_DONG, '--out', 'out', '--target', 'json'], dir);
        expect(run.stderr).toBe("tthc: cannot open 'out/.tthc-lock': permission denied; check the permissions of the path and of the folders above it, or choose another folder.\n");
        expect(run.status).toBe(2);
        expect(readdirSync(join(dir, 'out'))).toEqual([]);
    });

    test('a full disk (ENOSPC) while staging: nothing is left behind', () => {
        const dir = tempWorkspace({});
        const run = withSmallDisk('64k', '$TTHC build "$LAM_DONG" --out small/out --target json,opencps; echo "status $?"; ls -A small/out', dir);
        // the path of the file in the output folder, not in the (removed) staging folder
        expect(run.stderr).toMatch(/^tthc: cannot write 'small\/out\/[a-z]+\/[^']+': no space left on the device; free some space and run again\.\n$/);
        expect(run.stdout).toBe('status 2\n');
    });

    test('a read-only file system (EROFS)', () => {
        const dir = tempWorkspace({});
        const run = withSmallDisk('4m', '$TTHC build "$LAM_DONG" --out small/out --target json >/dev/null && mount -o remount,ro small && $TTHC build "$LAM_DONG" --out small/out --target json; echo "status $?"', dir);
        expect(run.stderr).toBe("tthc: cannot open 'small/out/.tthc-lock': the file system is read-only; choose a folder on a writable file system (for tthc build: --out).\n");
        expect(run.stdout).toBe('status 2\n');
    });
});
