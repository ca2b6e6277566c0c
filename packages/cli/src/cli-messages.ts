import { quoteSource, sourceText } from '@tthc/language';
import { localized } from './cli-language.js';

/**
 * Sentences the CLI itself prints about paths, workspaces and its commands (what is wrong, then what
 * to do), in one place per language: `cliMessages` is the catalogue of the run's language
 * (`--lang`, else the locale). Paths come from the command line or from a folder listing: they are
 * quoted with `quoteSource`, so that a control character in a file name is shown, never sent to the
 * terminal.
 */
const englishCliMessages = {
    /** A path named on the command line that is a FIFO, a socket or a device. */
    notFileOrFolder: (path: string, kind: string) =>
        `${quotePath(path)} is ${kind}, not a file or a folder; name .tthc files or folders that hold them.`,
    /** A path named on the command line that is a symbolic link to nothing. */
    danglingLink: (path: string, target: string) =>
        `${quotePath(path)} is a symbolic link to ${quotePath(target)}, which does not exist; correct the link, or name the file itself.`,
    /** A `.tthc` entry of a folder that is not a regular file: left out, never opened. */
    skippedEntry: (path: string, kind: string) =>
        kind === 'a symbolic link'
            ? `skipped ${quotePath(path)}: a symbolic link, which is not followed inside folders (nor by the editor); name it on the command line to check it.`
            : `skipped ${quotePath(path)}: it is ${kind}, not a regular file; replace it with a .tthc file, or remove it.`,
    /** The named paths hold no `.tthc` file, or files that declare nothing. */
    nothingTo: (command: 'check' | 'build', paths: readonly string[], fileCount: number) => {
        const where = paths.length > 0 ? paths.map(quotePath).join(', ') : 'the current folder';
        const found = fileCount === 0
            ? 'no .tthc files found'
            : `${fileCount === 1 ? 'its .tthc file declares' : `its ${fileCount} .tthc files declare`} no province catalogue and no procedure`;
        return `nothing to ${command} in ${where}: ${found}; name the folder of a province, which holds its catalogue ('province Name "Title" { … }') and its procedures (docs/language.md).`;
    },
    /** A named file that is not a `.tthc` file. */
    notTthcFile: (path: string) => `'${path}' is not a .tthc file; name .tthc files or folders that hold them.`,
    /** A named path that cannot be read (`reason` from `describeFsError`). */
    cannotRead: (path: string, reason: string) => `cannot read '${path}': ${reason}; check the path.`,
    /** A file that could not be read once found. */
    cannotReadFile: (path: string, reason: string) => `cannot read '${path}': ${reason}.`,
    cannotReadFolder: (folder: string, reason: string) => `cannot read the folder '${folder}': ${reason}.`,
    /** Why a path found as a file could not be read: it is no longer a regular file (`kindOf`). */
    notRegular: (kind: string) => `it is ${kind}, not a regular file`,
    maxWarnings: (warnings: number, max: number) => `${warnings} warnings, more than --max-warnings ${max} allows; fix them or raise the limit.`,
    /** The info line of a procedure whose diagram only says it is too large to draw (`DIAGRAM_STEP_LIMIT`). */
    tooLargeToDraw: (procedure: string, steps: number, limit: number) =>
        `Procedure '${procedure}' has ${steps} steps, more than the ${limit} a diagram can show: its diagram only says so; read its steps in the table target (tthc build --target table), or split it into smaller procedures.`,
    buildErrors: (errors: number) =>
        `the workspace has ${errors} error${errors === 1 ? '' : 's'}, so nothing was built; fix ${errors === 1 ? 'it' : 'them'} and build again.`,
    invalidSampleReceived: (value: string) =>
        `--sample-received ${quoteSource(value)} is not a date and time; write it as 2026-12-07T09:00 (local time in Vietnam).`,
    unknownTarget: (unknown: readonly string[], known: readonly string[]) =>
        `unknown target ${unknown.map(n => `'${n}'`).join(', ') || "''"}; the targets are ${known.join(', ')}.`,
    noProvince: (paths: readonly string[]) =>
        `no province catalogue found in ${paths.join(', ') || '.'}; name the folder of a province (the folder that holds its catalogue).`,
    manyProvinces: (ids: readonly string[]) =>
        `${ids.length} provinces found (${ids.map(id => quoteSource(id)).join(', ')}); build one province at a time: name its folder.`,
    built: (procedures: number, title: string, targets: readonly string[], files: number, out: string, warnings: number) =>
        `Built ${procedures} procedures of ${quoteSource(title)} for ${targets.join(', ')}: ${files} files in ${out}/${warnings > 0 ? ` (${warnings} warning${warnings === 1 ? '' : 's'}: see tthc check)` : ''}.`,
    diagramFolder: (file: string) => `'${file}' is a folder; name the .tthc file that holds the procedure.`,
    fixErrorsToDraw: 'fix the errors above to draw the procedure.',
    diagramBlocked: (id: string) => `${quoteSource(id)} refers to declarations with errors in other files; run tthc check and fix them first.`,
    noProcedure: (file: string) => `'${file}' holds no procedure; name a file that declares one.`,
    manyProcedures: (file: string, ids: readonly string[]) =>
        `'${file}' holds ${ids.length} procedures (${ids.map(id => sourceText(id)).join(', ')}); choose one with --procedure.`,
    noSuchProcedure: (file: string, name: string, ids: readonly string[]) =>
        `'${file}' has no procedure ${quoteSource(name)}; it has ${ids.map(id => sourceText(id)).join(', ')}.`,
    internalError: (message: string, debug: boolean) =>
        `internal error: ${message}${debug ? '' : ' (run again with --debug for details, and report it)'}`
};

const vietnameseKinds: Readonly<Record<string, string>> = {
    'a named pipe (FIFO)': 'một ống có tên (FIFO)',
    'a socket': 'một socket',
    'a device': 'một thiết bị',
    'a symbolic link': 'một liên kết tượng trưng',
    'not a regular file': 'không phải tệp thông thường'
};
const viKind = (kind: string): string => vietnameseKinds[kind] ?? kind;
const viQuote = (text: string): string => quoteSource(text, undefined, 'vi');
const viText = (text: string): string => sourceText(text, undefined, 'vi');

const vietnameseCliMessages: typeof englishCliMessages = {
    notFileOrFolder: (path, kind) =>
        `${quotePath(path)} là ${viKind(kind)}, không phải tệp hay thư mục; hãy chỉ ra các tệp .tthc hoặc thư mục chứa chúng.`,
    danglingLink: (path, target) =>
        `${quotePath(path)} là liên kết tượng trưng tới ${quotePath(target)}, nhưng nơi đó không tồn tại; hãy sửa liên kết, hoặc chỉ ra chính tệp đó.`,
    skippedEntry: (path, kind) =>
        kind === 'a symbolic link'
            ? `bỏ qua ${quotePath(path)}: đây là liên kết tượng trưng, không được lần theo bên trong thư mục (trình soạn thảo cũng vậy); hãy chỉ ra nó trên dòng lệnh để kiểm tra.`
            : `bỏ qua ${quotePath(path)}: đây là ${viKind(kind)}, không phải tệp thông thường; hãy thay bằng một tệp .tthc, hoặc xoá đi.`,
    nothingTo: (command, paths, fileCount) => {
        const where = paths.length > 0 ? paths.map(quotePath).join(', ') : 'thư mục hiện tại';
        const found = fileCount === 0
            ? 'không tìm thấy tệp .tthc nào'
            : `${fileCount === 1 ? 'tệp .tthc ở đó' : `${fileCount} tệp .tthc ở đó`} không khai báo danh mục của tỉnh và cũng không khai báo thủ tục nào`;
        const verb = command === 'check' ? 'kiểm tra' : 'biên dịch';
        return `không có gì để ${verb} trong ${where}: ${found}; hãy chỉ ra thư mục của một tỉnh, nơi chứa danh mục ('province Name "Title" { … }') và các thủ tục của tỉnh (docs/vi/language.md).`;
    },
    notTthcFile: path => `'${path}' không phải tệp .tthc; hãy chỉ ra các tệp .tthc hoặc thư mục chứa chúng.`,
    cannotRead: (path, reason) => `không đọc được '${path}': ${reason}; hãy kiểm tra lại đường dẫn.`,
    cannotReadFile: (path, reason) => `không đọc được '${path}': ${reason}.`,
    cannotReadFolder: (folder, reason) => `không đọc được thư mục '${folder}': ${reason}.`,
    notRegular: kind => `đây là ${viKind(kind)}, không phải tệp thông thường`,
    maxWarnings: (warnings, max) => `${warnings} cảnh báo, nhiều hơn mức --max-warnings ${max} cho phép; hãy xử lý các cảnh báo hoặc nâng giới hạn.`,
    tooLargeToDraw: (procedure, steps, limit) =>
        `Thủ tục '${procedure}' có ${steps} bước, nhiều hơn ${limit} bước mà một sơ đồ có thể thể hiện: sơ đồ của thủ tục chỉ ghi chú điều này; hãy xem các bước trong bảng công bố (tthc build --target table), hoặc tách thành các thủ tục nhỏ hơn.`,
    buildErrors: errors => `các tệp có ${errors} lỗi nên chưa biên dịch gì; hãy sửa lỗi rồi biên dịch lại.`,
    invalidSampleReceived: value =>
        `--sample-received ${quoteSource(value)} không phải là ngày giờ; hãy viết theo dạng 2026-12-07T09:00 (giờ Việt Nam).`,
    unknownTarget: (unknown, known) =>
        `không có đích biên dịch ${unknown.map(n => `'${n}'`).join(', ') || "''"}; các đích là ${known.join(', ')}.`,
    noProvince: paths =>
        `không tìm thấy danh mục của tỉnh trong ${paths.join(', ') || '.'}; hãy chỉ ra thư mục của một tỉnh (thư mục chứa danh mục của tỉnh).`,
    manyProvinces: ids =>
        `tìm thấy ${ids.length} tỉnh (${ids.map(viQuote).join(', ')}); mỗi lần chỉ biên dịch một tỉnh: hãy chỉ ra thư mục của tỉnh đó.`,
    built: (procedures, title, targets, files, out, warnings) =>
        `Đã biên dịch ${procedures} thủ tục của ${viQuote(title)} cho ${targets.join(', ')}: ${files} tệp trong ${out}/${warnings > 0 ? ` (${warnings} cảnh báo: xem tthc check)` : ''}.`,
    diagramFolder: file => `'${file}' là một thư mục; hãy chỉ ra tệp .tthc chứa thủ tục.`,
    fixErrorsToDraw: 'hãy sửa các lỗi trên để vẽ sơ đồ thủ tục.',
    diagramBlocked: id => `${viQuote(id)} dẫn tới các khai báo có lỗi ở tệp khác; hãy chạy tthc check và sửa các lỗi đó trước.`,
    noProcedure: file => `'${file}' không có thủ tục nào; hãy chỉ ra một tệp có khai báo thủ tục.`,
    manyProcedures: (file, ids) =>
        `'${file}' có ${ids.length} thủ tục (${ids.map(viText).join(', ')}); hãy chọn một bằng --procedure.`,
    noSuchProcedure: (file, name, ids) =>
        `'${file}' không có thủ tục ${viQuote(name)}; các thủ tục trong tệp là ${ids.map(viText).join(', ')}.`,
    internalError: (message, debug) =>
        `lỗi nội bộ: ${message}${debug ? '' : ' (hãy chạy lại với --debug để xem chi tiết, và báo lỗi này)'}`
};

/** The CLI's own sentences, in the language of the run. */
export const cliMessages = localized({ en: englishCliMessages, vi: vietnameseCliMessages });

function quotePath(path: string): string {
    // A path is shown whole (cutting it would hide which file is meant), only made visible.
    return quoteSource(path, Number.POSITIVE_INFINITY);
}
