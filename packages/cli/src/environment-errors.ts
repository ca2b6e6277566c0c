import { dirname } from 'node:path';

// Node's file-system error codes that come from the user's machine rather than from a bug in tthc:
// what happened, in a few words, and what to do. The one place where the CLI maps them.
const causes: Readonly<Record<string, { readonly reason: string; readonly advice: string }>> = {
    ENOSPC: { reason: 'no space left on the device', advice: 'free some space and run again' },
    EDQUOT: { reason: 'the disk quota is used up', advice: 'free some space or ask for a larger quota, and run again' },
    EROFS: { reason: 'the file system is read-only', advice: 'choose a folder on a writable file system (for tthc build: --out)' },
    EACCES: { reason: 'permission denied', advice: 'check the permissions of the path and of the folders above it, or choose another folder' },
    EPERM: { reason: 'permission denied', advice: 'check the permissions of the path and of the folders above it, or choose another folder' },
    ENOENT: { reason: 'no such file or folder', advice: 'check the path (if another program removed it meanwhile, run again)' },
    ENOTDIR: { reason: 'a part of the path is a file, not a folder', advice: 'check the path, or choose another folder' },
    EISDIR: { reason: 'it is a folder, where a file was expected', advice: 'move the folder away, or choose another path' },
    EMFILE: { reason: 'this process has too many files open', advice: 'raise the limit of open files (ulimit -n) and run again' },
    ENFILE: { reason: 'the system has too many files open', advice: 'close some programs and run again' },
    EIO: { reason: 'the device reported an input/output error', advice: 'check the disk, and run again' },
    ENAMETOOLONG: { reason: 'the path is too long', advice: 'choose a shorter path' },
    ELOOP: { reason: 'the path has too many symbolic links', advice: 'check the links on the path' },
    EBUSY: { reason: 'it is in use by another program', advice: 'close that program and run again' }
};

// A missing or misplaced path during a rename is tthc's own staging going wrong, not the machine: an internal error.
const internalWhenRenaming = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

const verbs: Readonly<Record<string, string>> = {
    open: 'open',
    read: 'read',
    write: 'write',
    mkdir: 'create the folder',
    mkdtemp: 'create a folder in',
    rename: 'move',
    unlink: 'delete',
    rmdir: 'remove',
    rm: 'remove',
    scandir: 'read the folder',
    opendir: 'read the folder',
    stat: 'look at',
    lstat: 'look at',
    fstat: 'look at',
    copyfile: 'copy',
    access: 'access',
    realpath: 'resolve'
};

/** A file-system error in a few words (`no such file or folder`), without a stack or a path. */
export function environmentReason(error: unknown): string | undefined {
    const code = (error as NodeJS.ErrnoException)?.code;
    return code === undefined ? undefined : causes[code]?.reason;
}

/**
 * A file-system error that comes from the user's environment (a full disk, a read-only file system,
 * a missing permission, too many open files…) as one line: what could not be done to which path, why,
 * and what to do (paths as `show` presents them). Undefined for any other error, which is tthc's own
 * (an internal error).
 */
export function environmentErrorMessage(error: unknown, show: (path: string) => string): string | undefined {
    if (!(error instanceof Error)) {
        return undefined;
    }
    const { code, syscall, path, dest } = error as NodeJS.ErrnoException & { dest?: string };
    const cause = code === undefined ? undefined : causes[code];
    if (!cause || (syscall === 'rename' && internalWhenRenaming.has(code!))) {
        return undefined;
    }
    const verb = (syscall !== undefined ? verbs[syscall] : undefined) ?? 'use';
    const shown = path === undefined ? undefined : show(syscall === 'mkdtemp' ? dirname(path) : path);
    const what = shown === undefined ? `cannot ${verb}` : `cannot ${verb} '${shown}'${dest ? ` to '${show(dest)}'` : ''}`;
    return `${what}: ${cause.reason}; ${cause.advice}.`;
}
