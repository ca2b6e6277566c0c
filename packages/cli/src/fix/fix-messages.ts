import { quoteSource } from '@tthc/language';
import { localized } from '../cli-language.js';

/**
 * What `tthc fix` says, in one place per language (`fixMessages` is the catalogue of the run's
 * language). Paths are quoted with `quoteSource`, so that a control character in a file name is
 * shown, never sent to the terminal.
 */
const english = {
    /** The heading of what was changed, before the remaining findings. */
    fixedFiles: (fixes: number, files: number, dryRun: boolean) =>
        `${dryRun ? 'Would apply' : 'Applied'} ${fixes} fix${fixes === 1 ? '' : 'es'} in ${files} file${files === 1 ? '' : 's'}${dryRun ? ' (--dry-run: nothing written)' : ''}.`,
    nothingToFix: 'No safe fix to apply.',
    /** A file changed by a fix of a finding in another file (the catalogue). */
    changedByOthers: (path: string) => `${quotePath(path)} changed by fixes of findings in other files.`,
    syntaxErrors: (path: string) =>
        `left ${quotePath(path)} alone: it has syntax errors (listed below); correct them and run tthc fix again.`,
    notConverged: (passes: number) =>
        `the fixes did not settle after ${passes} passes: some fixes undo others; run tthc fix again, and report it if it recurs.`,
    readOnly: (path: string) =>
        `cannot write ${quotePath(path)}: the file is read-only; make it writable (chmod u+w) or leave it out, and run tthc fix again. Nothing was written.`,
    changedOnDisk: (path: string) =>
        `${quotePath(path)} changed on disk while tthc fix ran; run tthc fix again. Nothing was written.`,
    nothingTo: (paths: readonly string[]) =>
        `nothing to fix in ${paths.length > 0 ? paths.map(p => quotePath(p)).join(', ') : 'the current folder'}: no province catalogue and no procedure found; name the folder of a province.`
};

const vietnamese: typeof english = {
    fixedFiles: (fixes, files, dryRun) =>
        `${dryRun ? 'Sẽ áp dụng' : 'Đã áp dụng'} ${fixes} sửa đổi trong ${files} tệp${dryRun ? ' (--dry-run: không ghi gì)' : ''}.`,
    nothingToFix: 'Không có sửa đổi an toàn nào để áp dụng.',
    changedByOthers: path => `${quotePath(path)} được thay đổi bởi các sửa đổi cho lỗi phát hiện trong tệp khác.`,
    syntaxErrors: path =>
        `bỏ qua ${quotePath(path)}: tệp có lỗi cú pháp (liệt kê bên dưới); hãy sửa các lỗi đó rồi chạy lại tthc fix.`,
    notConverged: passes =>
        `các sửa đổi chưa ổn định sau ${passes} lượt: có sửa đổi làm mất tác dụng của sửa đổi khác; hãy chạy lại tthc fix và báo lại nếu vẫn xảy ra.`,
    readOnly: path =>
        `không ghi được ${quotePath(path)}: tệp chỉ được đọc; hãy cho phép ghi (chmod u+w) hoặc bỏ tệp ra, rồi chạy lại tthc fix. Chưa tệp nào được ghi.`,
    changedOnDisk: path =>
        `${quotePath(path)} đã bị thay đổi trên đĩa trong khi tthc fix chạy; hãy chạy lại tthc fix. Chưa tệp nào được ghi.`,
    nothingTo: paths =>
        `không có gì để sửa trong ${paths.length > 0 ? paths.map(p => quotePath(p)).join(', ') : 'thư mục hiện tại'}: không có danh mục của tỉnh và không có thủ tục nào; hãy chỉ ra thư mục của một tỉnh.`
};

/** The sentences of `tthc fix` in the language of the run. */
export const fixMessages = localized({ en: english, vi: vietnamese });

function quotePath(path: string): string {
    // A path is shown whole (cutting it would hide which file is meant), only made visible.
    return quoteSource(path, Number.POSITIVE_INFINITY);
}
