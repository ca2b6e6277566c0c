import { localized } from '../cli-language.js';

// Every sentence that writing a build's output says to the user, in one place per language (the
// run's language chooses). Paths arrive already shown as the user sees them (relative to the working folder).

/**
 * A value read from disk (a manifest, a lock file), quoted for one line of a terminal: JSON string
 * quoting escapes control characters and terminal escapes; long values are cut.
 */
export function quoteUntrusted(value: unknown): string {
    const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
    const quoted = JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
    return quoted;
}

const englishManifestReasons = {
    notJson: 'it is not valid JSON',
    notAFile: 'it is not a regular file',
    tooLarge: (bytes: number) => `it is larger than ${bytes / 1024 / 1024} MiB`,
    notTthc: 'it was not written by tthc',
    newerVersion: (version: number) => `it was written by a newer tthc (manifest version ${version}; this tthc reads version 1)`,
    badField: (field: string) => `its '${field}' is not what tthc writes`,
    notAList: (field: string) => `its '${field}' is not a list`,
    badTarget: (name: unknown) => `the target name ${quoteUntrusted(name)} is not a plain folder name`,
    duplicateTarget: (name: string) => `the target ${quoteUntrusted(name)} is listed twice`,
    badEntry: (index: number) => `entry ${index + 1} of its 'files' has no text 'path'`,
    outsideTargets: (path: string) => `the file ${quoteUntrusted(path)} is not inside a target folder of the manifest`,
    badHash: (path: string) => `the SHA-256 of ${quoteUntrusted(path)} is not 64 hexadecimal digits`,
    duplicateFile: (path: string) => `the file ${quoteUntrusted(path)} is listed twice`
};

const englishOutputMessages = {
    untrustedManifest: (manifest: string, out: string, reason: string) =>
        `'${manifest}' cannot be trusted: ${reason}; nothing was written or deleted: check '${out}', delete the manifest and the folders you do not want, and build again.`,
    notAFolder: (out: string) => `the output '${out}' exists and is not a folder; choose another --out.`,
    unsafePath: (path: string) => `refusing to write ${quoteUntrusted(path)}: a target produced an unsafe path`,
    unsafeTarget: (name: string) => `refusing to write the target ${quoteUntrusted(name)}: its name is not a plain folder name`,

    // Why a folder of an earlier build is not replaced or deleted.
    foreign: (path: string, folder: string, out: string) =>
        `'${path}' was not written by tthc, so the build will not replace or delete '${folder}': move the file out of '${out}', or choose another --out.`,
    changed: (path: string, folder: string, out: string) =>
        `'${path}' was changed after tthc wrote it, so the build will not replace or delete '${folder}': move the file out of '${out}', or delete it if the change is not wanted, and build again.`,
    unhashed: (path: string, folder: string, out: string) =>
        `the manifest records no SHA-256 for '${path}', so tthc cannot tell whether it changed and will not replace or delete '${folder}': move the file out of '${out}', or delete it, and build again.`,
    link: (path: string, folder: string, out: string) =>
        `'${path}' is a symbolic link, which tthc never writes, so the build will not replace or delete ${path === folder ? 'it' : `'${folder}'`}: remove the link (or move it out of '${out}') and build again.`,
    notFolder: (path: string, out: string) =>
        `'${path}' is not a folder, so tthc did not write it and the build will not replace or delete it: move it out of '${out}', or choose another --out.`,

    // The lock on the output folder.
    lockHeld: (holder: string, out: string, seconds: number, lock: string) =>
        `another build (${holder}) is writing into '${out}'; waited ${seconds} s for it: build again when it has finished, or, if no build is running, delete '${lock}'.`,
    holder: (pid: number, host: string, started: string) => `pid ${pid} on ${host}, started ${started}`,
    unknownHolder: 'its lock file cannot be read',
    notALock: (lock: string) => `'${lock}' is not a lock file that tthc wrote; remove it and build again.`,
    staleLockTaken: (lock: string, holder: string) => `tthc: note: took over '${lock}' from a build that is no longer running (${holder}).`,

    // Interruptions (Ctrl-C and the like).
    interrupted: (signal: string, out: string) => `interrupted (${signal}); nothing in '${out}' was changed.`,
    interruptedAfterWriting: (signal: string, out: string) => `interrupted (${signal}) after the build was written: '${out}' holds the new output.`
};

const vietnameseManifestReasons: typeof englishManifestReasons = {
    notJson: 'tệp không phải JSON hợp lệ',
    notAFile: 'đây không phải tệp thông thường',
    tooLarge: bytes => `tệp lớn hơn ${bytes / 1024 / 1024} MiB`,
    notTthc: 'tệp không do tthc ghi',
    newerVersion: version => `tệp do một phiên bản tthc mới hơn ghi (manifest phiên bản ${version}; tthc này đọc phiên bản 1)`,
    badField: field => `trường '${field}' không đúng như tthc ghi`,
    notAList: field => `trường '${field}' không phải danh sách`,
    badTarget: name => `tên đích ${quoteUntrusted(name)} không phải tên thư mục đơn giản`,
    duplicateTarget: name => `đích ${quoteUntrusted(name)} được liệt kê hai lần`,
    badEntry: index => `mục ${index + 1} trong 'files' không có 'path' dạng văn bản`,
    outsideTargets: path => `tệp ${quoteUntrusted(path)} không nằm trong thư mục đích nào của manifest`,
    badHash: path => `mã SHA-256 của ${quoteUntrusted(path)} không gồm 64 chữ số thập lục phân`,
    duplicateFile: path => `tệp ${quoteUntrusted(path)} được liệt kê hai lần`
};

const vietnameseOutputMessages: typeof englishOutputMessages = {
    untrustedManifest: (manifest, out, reason) =>
        `không thể tin cậy '${manifest}': ${reason}; chưa ghi hay xoá gì: hãy kiểm tra '${out}', xoá manifest và các thư mục không cần, rồi biên dịch lại.`,
    notAFolder: out => `'${out}' đã tồn tại và không phải thư mục; hãy chọn --out khác.`,
    unsafePath: path => `từ chối ghi ${quoteUntrusted(path)}: một đích biên dịch tạo ra đường dẫn không an toàn`,
    unsafeTarget: name => `từ chối ghi đích ${quoteUntrusted(name)}: tên của nó không phải tên thư mục đơn giản`,

    foreign: (path, folder, out) =>
        `'${path}' không do tthc ghi, nên lần biên dịch này sẽ không thay thế hay xoá '${folder}': hãy chuyển tệp ra khỏi '${out}', hoặc chọn --out khác.`,
    changed: (path, folder, out) =>
        `'${path}' đã bị sửa sau khi tthc ghi, nên lần biên dịch này sẽ không thay thế hay xoá '${folder}': hãy chuyển tệp ra khỏi '${out}', hoặc xoá nếu không cần thay đổi đó, rồi biên dịch lại.`,
    unhashed: (path, folder, out) =>
        `manifest không ghi mã SHA-256 của '${path}', nên tthc không biết tệp có bị sửa không và sẽ không thay thế hay xoá '${folder}': hãy chuyển tệp ra khỏi '${out}', hoặc xoá đi, rồi biên dịch lại.`,
    link: (path, folder, out) =>
        `'${path}' là liên kết tượng trưng, thứ tthc không bao giờ ghi, nên lần biên dịch này sẽ không thay thế hay xoá ${path === folder ? 'nó' : `'${folder}'`}: hãy gỡ liên kết (hoặc chuyển ra khỏi '${out}') rồi biên dịch lại.`,
    notFolder: (path, out) =>
        `'${path}' không phải thư mục, nên không do tthc ghi và sẽ không bị thay thế hay xoá: hãy chuyển ra khỏi '${out}', hoặc chọn --out khác.`,

    lockHeld: (holder, out, seconds, lock) =>
        `một lần biên dịch khác (${holder}) đang ghi vào '${out}'; đã chờ ${seconds} giây: hãy biên dịch lại khi lần đó xong, hoặc, nếu không có lần biên dịch nào đang chạy, hãy xoá '${lock}'.`,
    holder: (pid, host, started) => `pid ${pid} trên ${host}, bắt đầu lúc ${started}`,
    unknownHolder: 'không đọc được tệp khoá của nó',
    notALock: lock => `'${lock}' không phải tệp khoá do tthc ghi; hãy xoá tệp rồi biên dịch lại.`,
    staleLockTaken: (lock, holder) => `tthc: lưu ý: đã tiếp quản '${lock}' từ một lần biên dịch không còn chạy (${holder}).`,

    interrupted: (signal, out) => `bị ngắt (${signal}); không có gì trong '${out}' bị thay đổi.`,
    interruptedAfterWriting: (signal, out) => `bị ngắt (${signal}) sau khi đã ghi xong: '${out}' chứa kết quả mới.`
};

/** Why a manifest cannot be trusted: the middle of `untrustedManifest`, in the run's language. */
export const manifestReasons = localized({ en: englishManifestReasons, vi: vietnameseManifestReasons });

/** The sentences of `tthc build`'s output writing, in the run's language. */
export const outputMessages = localized({ en: englishOutputMessages, vi: vietnameseOutputMessages });
