import { dirname } from 'node:path';
import { localized } from './cli-language.js';

// Node's file-system error codes that come from the user's machine rather than from a bug in tthc:
// what happened, in a few words, and what to do. The one place where the CLI maps them, per language.
type Causes = Readonly<Record<string, { readonly reason: string; readonly advice: string }>>;
const englishCauses: Causes = {
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

const vietnameseCauses: Causes = {
    ENOSPC: { reason: 'thiết bị hết chỗ trống', advice: 'hãy giải phóng dung lượng rồi chạy lại' },
    EDQUOT: { reason: 'đã dùng hết hạn mức đĩa', advice: 'hãy giải phóng dung lượng hoặc xin thêm hạn mức, rồi chạy lại' },
    EROFS: { reason: 'hệ thống tệp chỉ cho đọc', advice: 'hãy chọn thư mục trên hệ thống tệp ghi được (với tthc build: --out)' },
    EACCES: { reason: 'không có quyền truy cập', advice: 'hãy kiểm tra quyền của đường dẫn và các thư mục chứa nó, hoặc chọn thư mục khác' },
    EPERM: { reason: 'không có quyền truy cập', advice: 'hãy kiểm tra quyền của đường dẫn và các thư mục chứa nó, hoặc chọn thư mục khác' },
    ENOENT: { reason: 'không có tệp hay thư mục này', advice: 'hãy kiểm tra đường dẫn (nếu một chương trình khác vừa xoá nó, hãy chạy lại)' },
    ENOTDIR: { reason: 'một phần của đường dẫn là tệp, không phải thư mục', advice: 'hãy kiểm tra đường dẫn, hoặc chọn thư mục khác' },
    EISDIR: { reason: 'đây là thư mục, trong khi cần một tệp', advice: 'hãy chuyển thư mục đi, hoặc chọn đường dẫn khác' },
    EMFILE: { reason: 'tiến trình này mở quá nhiều tệp', advice: 'hãy nâng giới hạn số tệp mở (ulimit -n) rồi chạy lại' },
    ENFILE: { reason: 'hệ thống mở quá nhiều tệp', advice: 'hãy đóng bớt chương trình rồi chạy lại' },
    EIO: { reason: 'thiết bị báo lỗi vào/ra', advice: 'hãy kiểm tra ổ đĩa rồi chạy lại' },
    ENAMETOOLONG: { reason: 'đường dẫn quá dài', advice: 'hãy chọn đường dẫn ngắn hơn' },
    ELOOP: { reason: 'đường dẫn có quá nhiều liên kết tượng trưng', advice: 'hãy kiểm tra các liên kết trên đường dẫn' },
    EBUSY: { reason: 'một chương trình khác đang dùng', advice: 'hãy đóng chương trình đó rồi chạy lại' }
};

const englishVerbs: Readonly<Record<string, string>> = {
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

const vietnameseVerbs: Readonly<Record<string, string>> = {
    open: 'mở',
    read: 'đọc',
    write: 'ghi',
    mkdir: 'tạo thư mục',
    mkdtemp: 'tạo thư mục trong',
    rename: 'chuyển',
    unlink: 'xoá',
    rmdir: 'gỡ',
    rm: 'gỡ',
    scandir: 'đọc thư mục',
    opendir: 'đọc thư mục',
    stat: 'xem',
    lstat: 'xem',
    fstat: 'xem',
    copyfile: 'sao chép',
    access: 'truy cập',
    realpath: 'phân giải'
};

const sentences = localized({
    en: {
        causes: englishCauses,
        verbs: englishVerbs,
        anyVerb: 'use',
        what: (verb: string, shown?: string, dest?: string) =>
            shown === undefined ? `cannot ${verb}` : `cannot ${verb} '${shown}'${dest !== undefined ? ` to '${dest}'` : ''}`
    },
    vi: {
        causes: vietnameseCauses,
        verbs: vietnameseVerbs,
        anyVerb: 'dùng',
        what: (verb: string, shown?: string, dest?: string) =>
            shown === undefined ? `không ${verb} được` : `không ${verb} được '${shown}'${dest !== undefined ? ` sang '${dest}'` : ''}`
    }
});

/** A file-system error in a few words (`no such file or folder`), without a stack or a path. */
export function environmentReason(error: unknown): string | undefined {
    const code = (error as NodeJS.ErrnoException)?.code;
    return code === undefined ? undefined : sentences.causes[code]?.reason;
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
    const cause = code === undefined ? undefined : sentences.causes[code];
    if (!cause || (syscall === 'rename' && internalWhenRenaming.has(code!))) {
        return undefined;
    }
    const verb = (syscall !== undefined ? sentences.verbs[syscall] : undefined) ?? sentences.anyVerb;
    const shown = path === undefined ? undefined : show(syscall === 'mkdtemp' ? dirname(path) : path);
    const what = sentences.what(verb, shown, dest ? show(dest) : undefined);
    return `${what}: ${cause.reason}; ${cause.advice}.`;
}
