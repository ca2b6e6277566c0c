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
    maxWarnings: (warnings: number, max: number) =>
        `${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${max} allows; fix ${warnings === 1 ? 'it' : 'them'} or raise the limit.`,
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
        `internal error: ${message}${debug ? '' : ' (run again with --debug for details, and report it)'}`,
    /** `tthc due`: its problems (one line each, what to do) and the words of its text output. */
    due: {
        invalidReceived: (value: string) =>
            `--received ${quoteSource(value)} is not a date-time; write it in ISO 8601, e.g. 2026-12-31T15:30 (Vietnam's time) or 2026-12-31T15:30+07:00.`,
        noProcedures: (path: string) => `${quotePath(path)} holds no procedure; name a .tthc file or the folder of a province that declares procedures.`,
        noSuchProcedure: (path: string, name: string, known: readonly string[], more: number) =>
            `${quotePath(path)} has no procedure or group member named or coded ${quoteSource(name)}; it has ${known.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`,
        manyProcedures: (name: string, found: readonly string[]) =>
            `${quoteSource(name)} names ${found.length} procedures (${found.join(', ')}); name the file that holds the one you mean, or use its code.`,
        fixErrors: 'fix the errors above to compute the due times.',
        noProvince: (procedure: string) =>
            `procedure ${quoteSource(procedure)} belongs to no province (no authority, no performer of a province's unit); name the folder of its province, with its catalogue.`,
        noCalendar: (province: string) =>
            `province ${quoteSource(province)} declares no working calendar; declare \`calendar { works … }\` in its catalogue (docs/calendar.md).`,
        noWorkingTime: (procedure: string) =>
            `the working calendar of procedure ${quoteSource(procedure)}'s province has no working day; declare its working sessions (\`works monday to friday 07:30 to 11:30, 13:30 to 17:00\`, docs/calendar.md).`,
        unknownChannel: (procedure: string, channel: string, channels: readonly string[]) =>
            channels.length === 0
                ? `procedure ${quoteSource(procedure)} declares no channel; leave out --channel ${channel}, or declare the channel.`
                : `procedure ${quoteSource(procedure)} has no ${channel} channel; its channels are ${channels.join(', ')}: choose one with --channel.`,
        unknownCondition: (procedure: string, condition: string, cases: readonly string[]) =>
            cases.length === 0
                ? `procedure ${quoteSource(procedure)} declares no case; leave out --condition ${quoteSource(condition)}.`
                : `procedure ${quoteSource(procedure)} has no case ${quoteSource(condition)}; its cases are ${cases.join(', ')}: choose one with --condition.`,
        conditionRequired: (procedure: string, cases: readonly string[]) =>
            `the cases of procedure ${quoteSource(procedure)} split its steps, so the due times depend on the dossier's case: choose one of ${cases.join(', ')} with --condition.`,
        incomplete: (procedure: string, condition: string | undefined) =>
            `the steps of ${condition === undefined ? `procedure ${quoteSource(procedure)}` : `case ${quoteSource(condition)} of procedure ${quoteSource(procedure)}`} do not all have a time, or do not reach the result; run tthc check and give every step of the flow a time.`,
        yearNotCovered: (year: number) =>
            `warning: the calendar declares no days off for ${year}: due dates in ${year} may be early; declare the year's days off in the calendar (docs/calendar.md).`,
        channels: { 'in-person': 'in person', online: 'online', postal: 'by post' } as Readonly<Record<string, string>>,
        heading: (title: string, name: string, code: string | undefined, channel: string | undefined) =>
            `${title} (${name}${code === undefined ? '' : `, ${code}`})${channel === undefined ? '' : `, ${channel}`}`,
        group: (title: string) => `Group of procedures: ${title}`,
        condition: (label: string) => `Case: ${label}`,
        received: 'Received',
        countingStarts: 'Counting starts',
        reasons: {
            'at-once': 'at once',
            'cut-off': 'received after the cut-off: the next working day',
            'day-off': 'received on a day not worked: the next working day',
            'outside-sessions': 'received outside the working sessions: the next session'
        } as Readonly<Record<string, string>>,
        clockStarts: 'Clock starts',
        steps: 'Steps',
        notCounted: {
            'not-counted': 'not counted (outside the statutory time)',
            applicant: 'not counted (the applicant\'s time)',
            'before-clock': 'not counted (before the clock starts)'
        } as Readonly<Record<string, string>>,
        plus: (steps: readonly string[]) => `+ the time of ${steps.join(', ')}`,
        due: 'Due',
        appointment: 'Appointment date (on the receipt)',
        limit: 'Statutory limit',
        noLimit: 'none stated',
        overLimit: 'over the limit: the steps end after it',
        withinLimit: 'within the limit'
    }
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
    // Vietnamese has no plural: 'các' would say several of one warning.
    maxWarnings: (warnings, max) => `${warnings} cảnh báo, nhiều hơn mức --max-warnings ${max} cho phép; hãy xử lý ${warnings === 1 ? 'cảnh báo này' : 'các cảnh báo'} hoặc nâng giới hạn.`,
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
        `lỗi nội bộ: ${message}${debug ? '' : ' (hãy chạy lại với --debug để xem chi tiết, và báo lỗi này)'}`,
    due: {
        invalidReceived: value =>
            `--received ${viQuote(value)} không phải ngày giờ; hãy viết theo ISO 8601, ví dụ 2026-12-31T15:30 (giờ Việt Nam) hoặc 2026-12-31T15:30+07:00.`,
        noProcedures: path => `${quotePath(path)} không có thủ tục nào; hãy chỉ ra một tệp .tthc hoặc thư mục của một tỉnh có khai báo thủ tục.`,
        noSuchProcedure: (path, name, known, more) =>
            `${quotePath(path)} không có thủ tục hay thủ tục thành viên nào có tên hoặc mã ${viQuote(name)}; ở đó có ${known.join(', ')}${more > 0 ? ` và ${more} thủ tục khác` : ''}.`,
        manyProcedures: (name, found) =>
            `${viQuote(name)} chỉ ${found.length} thủ tục (${found.join(', ')}); hãy chỉ ra tệp chứa thủ tục cần tính, hoặc dùng mã của thủ tục.`,
        fixErrors: 'hãy sửa các lỗi trên để tính thời hạn.',
        noProvince: procedure =>
            `thủ tục ${viQuote(procedure)} không thuộc tỉnh nào (không có cơ quan có thẩm quyền, không có đơn vị thực hiện của tỉnh); hãy chỉ ra thư mục của tỉnh, nơi chứa danh mục của tỉnh.`,
        noCalendar: province =>
            `tỉnh ${viQuote(province)} chưa khai báo lịch làm việc; hãy khai báo \`calendar { works … }\` trong danh mục của tỉnh (docs/vi/calendar.md).`,
        noWorkingTime: procedure =>
            `lịch làm việc của tỉnh có thủ tục ${viQuote(procedure)} không có ngày làm việc nào; hãy khai báo các buổi làm việc (\`works monday to friday 07:30 to 11:30, 13:30 to 17:00\`, docs/vi/calendar.md).`,
        unknownChannel: (procedure, channel, channels) =>
            channels.length === 0
                ? `thủ tục ${viQuote(procedure)} không khai báo cách thức thực hiện nào; hãy bỏ --channel ${channel}, hoặc khai báo cách thức đó.`
                : `thủ tục ${viQuote(procedure)} không có cách thức ${channel}; các cách thức của thủ tục là ${channels.join(', ')}: hãy chọn một bằng --channel.`,
        unknownCondition: (procedure, condition, cases) =>
            cases.length === 0
                ? `thủ tục ${viQuote(procedure)} không khai báo trường hợp nào; hãy bỏ --condition ${viQuote(condition)}.`
                : `thủ tục ${viQuote(procedure)} không có trường hợp ${viQuote(condition)}; các trường hợp của thủ tục là ${cases.join(', ')}: hãy chọn một bằng --condition.`,
        conditionRequired: (procedure, cases) =>
            `các trường hợp của thủ tục ${viQuote(procedure)} chia các bước thành các quy trình khác nhau, nên thời hạn tuỳ theo trường hợp của hồ sơ: hãy chọn một trong ${cases.join(', ')} bằng --condition.`,
        incomplete: (procedure, condition) =>
            `các bước của ${condition === undefined ? `thủ tục ${viQuote(procedure)}` : `trường hợp ${viQuote(condition)} của thủ tục ${viQuote(procedure)}`} chưa có đủ thời gian, hoặc không dẫn tới kết quả; hãy chạy tthc check và ghi thời gian cho mọi bước của quy trình.`,
        yearNotCovered: year =>
            `cảnh báo: lịch làm việc chưa khai báo ngày nghỉ của năm ${year}: thời hạn rơi vào năm ${year} có thể sớm hơn thực tế; hãy khai báo các ngày nghỉ của năm đó trong lịch làm việc (docs/vi/calendar.md).`,
        channels: { 'in-person': 'nộp trực tiếp', online: 'nộp trực tuyến', postal: 'nộp qua dịch vụ bưu chính' },
        heading: (title, name, code, channel) =>
            `${title} (${name}${code === undefined ? '' : `, ${code}`})${channel === undefined ? '' : `, ${channel}`}`,
        group: title => `Nhóm thủ tục: ${title}`,
        condition: label => `Trường hợp: ${label}`,
        received: 'Tiếp nhận',
        countingStarts: 'Bắt đầu xử lý',
        reasons: {
            'at-once': 'ngay khi tiếp nhận',
            'cut-off': 'tiếp nhận sau giờ chốt nhận hồ sơ: chuyển sang ngày làm việc tiếp theo',
            'day-off': 'tiếp nhận vào ngày nghỉ: chuyển sang ngày làm việc tiếp theo',
            'outside-sessions': 'tiếp nhận ngoài giờ làm việc: chuyển sang buổi làm việc tiếp theo'
        },
        clockStarts: 'Bắt đầu tính thời hạn giải quyết',
        steps: 'Các bước',
        notCounted: {
            'not-counted': 'không tính thời gian (ngoài thời hạn giải quyết)',
            applicant: 'không tính thời gian (thời gian của tổ chức, cá nhân)',
            'before-clock': 'không tính thời gian (trước khi bắt đầu tính thời hạn)'
        },
        plus: steps => `+ thời gian của ${steps.join(', ')}`,
        due: 'Hạn hoàn thành',
        appointment: 'Ngày hẹn trả kết quả',
        limit: 'Thời hạn giải quyết theo quy định',
        noLimit: 'không quy định',
        overLimit: 'quá thời hạn: các bước kết thúc sau thời hạn này',
        withinLimit: 'trong thời hạn'
    }
};

/** The CLI's own sentences, in the language of the run. */
export const cliMessages = localized({ en: englishCliMessages, vi: vietnameseCliMessages });

function quotePath(path: string): string {
    // A path is shown whole (cutting it would hide which file is meant), only made visible.
    return quoteSource(path, Number.POSITIVE_INFINITY);
}
