import { quoteSource } from '@tthc/language';
import { localized } from '../../cli-language.js';
import type { TableProblem } from './table-problems.js';
import type { LimitMapEntry } from './limit-entries.js';
import type { TitleMapEntry, TitleMapFault } from './title-map.js';

function quotePath(path: string): string {
    return quoteSource(path, Number.POSITIVE_INFINITY);
}

function q(text: string | undefined, language: 'en' | 'vi'): string {
    return quoteSource((text ?? '').replace(/\s+/g, ' ').trim(), 80, language);
}

const englishRoles: Record<string, string> = { label: 'step (Bước)', task: 'task (Nội dung công việc)', performer: 'responsibility (Trách nhiệm)', time: 'time (Thời gian)', product: 'result (Biểu mẫu, kết quả)' };
const vietnameseRoles: Record<string, string> = { label: 'Bước', task: 'Nội dung công việc', performer: 'Trách nhiệm', time: 'Thời gian', product: 'Biểu mẫu, kết quả' };

function englishMapFault(f: TitleMapFault): string {
    switch (f.kind) {
        case 'syntax': return `not valid JSON (${f.detail})`;
        case 'not-object': return f.detail === 'entry' ? 'an entry is not an object { "title", "means", "why" }' : f.detail === 'limit' ? 'a limit is not an object { "limit", "steps", "why" }' : 'the file is not an object { "entries": [ … ], "limits": [ … ] }';
        case 'unknown-key': return `unknown key ${q(f.detail, 'en')} (the file has entries and limits; an entry has title, means, why; a limit has limit, steps, why; both optionally heading or table)`;
        case 'missing-key': return f.detail === 'entries' ? 'the file has neither "entries" nor "limits"' : `the key ${q(f.detail, 'en')} is missing`;
        case 'bad-value': return f.detail === 'table' ? '"table" must be a table number (1, 2, …)'
            : f.detail === 'entries' || f.detail === 'limits' ? `"${f.detail}" must be a list`
                : f.detail === 'steps' ? '"steps" must be a non-empty list of steps as the table numbers them ("3", "3-5", "II.1-9" for steps 1 to 9 of block II)'
                    : `${q(f.detail, 'en')} must be a non-empty text`;
        case 'bad-reference': return `${q(f.detail, 'en')} names no unit or position of the catalogue (write Unit, Unit.Position, leaders of Unit or applicant, optionally followed by assigned)`;
        case 'duplicate': return `${q(f.detail, 'en')} is decided twice for the same heading and table`;
    }
}

function vietnameseMapFault(f: TitleMapFault): string {
    switch (f.kind) {
        case 'syntax': return `không phải JSON hợp lệ (${f.detail})`;
        case 'not-object': return f.detail === 'entry' ? 'một mục không phải đối tượng { "title", "means", "why" }' : f.detail === 'limit' ? 'một thời hạn không phải đối tượng { "limit", "steps", "why" }' : 'tệp không phải đối tượng { "entries": [ … ], "limits": [ … ] }';
        case 'unknown-key': return `khóa ${q(f.detail, 'vi')} không được hỗ trợ (tệp có entries và limits; mỗi mục có title, means, why; mỗi thời hạn có limit, steps, why; cả hai có thể có heading hoặc table)`;
        case 'missing-key': return f.detail === 'entries' ? 'tệp không có "entries" cũng không có "limits"' : `thiếu khóa ${q(f.detail, 'vi')}`;
        case 'bad-value': return f.detail === 'table' ? '"table" phải là số thứ tự của bảng (1, 2, …)'
            : f.detail === 'entries' || f.detail === 'limits' ? `"${f.detail}" phải là một danh sách`
                : f.detail === 'steps' ? '"steps" phải là danh sách không rỗng các bước theo số thứ tự của bảng ("3", "3-5", "II.1-9" là bước 1 đến 9 của mục II)'
                    : `${q(f.detail, 'vi')} phải là một chuỗi văn bản không rỗng`;
        case 'bad-reference': return `${q(f.detail, 'vi')} không chỉ đơn vị, vị trí nào của danh mục (ghi Unit, Unit.Position, leaders of Unit hoặc applicant, có thể thêm assigned)`;
        case 'duplicate': return `${q(f.detail, 'vi')} được quyết định hai lần cho cùng một tiêu đề và bảng`;
    }
}

/**
 * Sentences of `tthc import table`, English. `problem` says what was read and why it is not mapped, and what to do;
 * `place` where (table, row, column as the table names it).
 */
const english = {
    place: (p: TableProblem): string => [p.table ? `table ${p.table}` : '', p.row ? `row ${p.row}` : '', p.column ? `column ${q(p.column, 'en')}` : ''].filter(Boolean).join(', '),
    problem: (p: TableProblem): string => {
        const l = 'en' as const;
        switch (p.code) {
            case 'missing-columns': return `a step table without the column${(p.missing ?? []).length === 1 ? '' : 's'} ${(p.missing ?? []).map(r => englishRoles[r] ?? r).join(', ')}; add ${(p.missing ?? []).length === 1 ? 'it' : 'them'} to the table's header`;
            case 'no-step-table': return 'no step table (a header with the columns Bước, Nội dung công việc, Trách nhiệm, Thời gian); name a document that publishes internal procedures as tables';
            case 'no-title': return 'no procedure name before the table; write "Tên thủ tục: …" or a numbered heading above it';
            case 'no-performer': return `responsibility ${q(p.text, l)} matches no unit or position of the catalogue; add it to the catalogue or correct the cell`;
            case 'several-performers': return `responsibility ${q(p.text, l)} matches several catalogue entries (${(p.candidates ?? []).join(', ')}); name one in the cell, or make the catalogue's titles distinct`;
            case 'loose-performer': return `responsibility ${q(p.text, l)} taken as ${(p.candidates ?? []).join(', ')}, the only catalogue title holding all its words; check it`;
            case 'context-performer': return `responsibility ${q(p.text, l)} is a title several catalogue entries share; taken as ${(p.candidates ?? []).join(', ')}, the one of a unit the table names elsewhere, or else of the only unit at the procedure's level; check it`;
            case 'described-performer': return `responsibility ${q(p.text, l)} describes the work; its first words name ${(p.candidates ?? []).join(', ')}, taken as the performer; check it`;
            case 'empty-performer': return 'no responsibility stated; write who performs the step';
            case 'bad-duration': return `time ${q(p.text, l)} is not a duration the import reads (such as "01 giờ làm việc", "0,5 ngày", "02 ngày làm việc", "Không tính thời gian"); correct the cell`;
            case 'office-hours': return `time ${q(p.text, l)} is no duration: read as a step the total does not count, handing over in office hours (not-counted ${q(p.text, l)}); check it`;
            case 'no-time': return 'no time stated for the step; write its time, or "Không tính thời gian"';
            case 'bad-total': return `total ${q(p.text, l)} is not a time the import reads; correct it (such as "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ")`;
            case 'total-conflict': return `the total at the table's foot ${q(p.text, l)} is not the one stated above it ${q(p.candidates?.[0], l)}; correct the one that is wrong`;
            case 'no-form': return `${q(p.text, l)} names no form of the catalogue; the step produces no form until one is declared`;
            case 'several-forms': return `${q(p.text, l)} names several forms of the catalogue (${(p.candidates ?? []).join(', ')}); give them distinct codes`;
        }
    },
    line: (file: string, p: TableProblem, severity: 'error' | 'warning'): string => {
        const place = english.place(p);
        return `${severity}: ${quotePath(file)}${place ? `, ${place}` : ''}: ${english.problem(p)}.`;
    },
    notZip: (file: string) => `${quotePath(file)} is not a readable .docx or .xlsx (not a zip archive, or a damaged one); save it again from Word or Excel.`,
    missingEntry: (file: string, entry: string) => `${quotePath(file)} lacks ${q(entry, 'en')}; it is not a Word document or workbook: save it again as .docx or .xlsx.`,
    badXml: (file: string, entry: string, line: number, column: number, detail: string) =>
        `${quotePath(file)}: ${entry}:${line}:${column}: the XML is not well-formed (${q(detail, 'en')}); save the file again from Word or Excel.`,
    tooLarge: (file: string, entry: string) => `${quotePath(file)}: its part ${q(entry, 'en')} is larger than 128 MiB unpacked, far more than any document holds; check that the file is the decision's table.`,
    unknownKind: (file: string) => `${quotePath(file)} is neither a .docx nor a .xlsx file; name a Word document or an Excel workbook.`,
    cannotRead: (file: string, reason: string) => `cannot read ${quotePath(file)}: ${reason}; check the path.`,
    mapTooLarge: (file: string, mebibytes: number) => `${quotePath(file)} is larger than ${mebibytes} MiB, far more than a mapping file holds; name the province's mapping file (docs/import.md, "Deciding what no context decides").`,
    mapNotUtf8: (file: string) => `${quotePath(file)} is not UTF-8 text; save the mapping file as UTF-8.`,
    noCatalogue: (folder: string) => `no province catalogue in ${quotePath(folder)}; name with --catalogue the folder that holds the province's catalogue ('province Name "…" { … }').`,
    severalCatalogues: (folder: string, files: readonly string[]) => `${quotePath(folder)} holds ${files.length} province catalogues (${files.map(quotePath).join(', ')}); name the folder of one province.`,
    exists: (path: string) => `${quotePath(path)} already exists; nothing was written: run again with --force to replace it, or choose another --out.`,
    incomplete: (errors: number) => `${errors} cell${errors === 1 ? '' : 's'} could not be mapped, so nothing was written; correct the table or the catalogue, or run again with --partial to write what mapped, with each of them as unresolved "…".`,
    imported: (procedures: number, out: string, partial: boolean, unresolved: number) =>
        `Imported ${procedures} procedure${procedures === 1 ? '' : 's'} into ${quotePath(out)}${partial && unresolved > 0 ? `; ${unresolved} unresolved item${unresolved === 1 ? '' : 's'} left for a person (tthc check lists them)` : ''}.`,
    nothingFound: (file: string) => `${quotePath(file)} holds no procedure table; name a document that publishes internal procedures as tables.`,
    mapFault: (file: string, f: TitleMapFault) => `${quotePath(file)}:${f.line}:${f.column}: ${englishMapFault(f)}; correct the mapping file (docs/import.md, "Deciding what no context decides").`,
    mapUnused: (file: string, e: TitleMapEntry, document: string) =>
        `warning: ${quotePath(file)}:${e.line}:${e.column}: the entry for ${q(e.title, 'en')}${e.heading ? ` (heading ${q(e.heading, 'en')})` : ''}${e.table ? ` (table ${e.table})` : ''} matched no responsibility of ${quotePath(document)}; remove it or correct its title.`,
    mapUnusedLimit: (file: string, e: LimitMapEntry, document: string) =>
        `warning: ${quotePath(file)}:${e.line}:${e.column}: the limit ${q(e.limit, 'en')}${e.heading ? ` (heading ${q(e.heading, 'en')})` : ''}${e.table ? ` (table ${e.table})` : ''} was not applied in ${quotePath(document)}: no time cell there lists it with every other limit of the cell decided, times that read, and steps that exist, none twice; correct the entry or remove it.`
};

const vietnamese: typeof english = {
    place: (p: TableProblem): string => [p.table ? `bảng ${p.table}` : '', p.row ? `dòng ${p.row}` : '', p.column ? `cột ${q(p.column, 'vi')}` : ''].filter(Boolean).join(', '),
    problem: (p: TableProblem): string => {
        const l = 'vi' as const;
        switch (p.code) {
            case 'missing-columns': return `bảng các bước thiếu cột ${(p.missing ?? []).map(r => vietnameseRoles[r] ?? r).join(', ')}; hãy bổ sung vào dòng tiêu đề của bảng`;
            case 'no-step-table': return 'không có bảng các bước (dòng tiêu đề có các cột Bước, Nội dung công việc, Trách nhiệm, Thời gian); hãy chỉ ra văn bản công bố quy trình nội bộ dưới dạng bảng';
            case 'no-title': return 'không có tên thủ tục trước bảng; hãy ghi "Tên thủ tục: …" hoặc một đề mục có đánh số phía trên bảng';
            case 'no-performer': return `trách nhiệm ${q(p.text, l)} không khớp đơn vị, vị trí nào của danh mục; hãy bổ sung vào danh mục hoặc sửa ô này`;
            case 'several-performers': return `trách nhiệm ${q(p.text, l)} khớp nhiều mục của danh mục (${(p.candidates ?? []).join(', ')}); hãy ghi rõ một mục trong ô, hoặc đặt tên các mục của danh mục khác nhau`;
            case 'loose-performer': return `trách nhiệm ${q(p.text, l)} được hiểu là ${(p.candidates ?? []).join(', ')}, tên duy nhất trong danh mục chứa đủ các từ của ô; hãy kiểm tra lại`;
            case 'context-performer': return `trách nhiệm ${q(p.text, l)} là tên gọi chung của nhiều mục trong danh mục; được hiểu là ${(p.candidates ?? []).join(', ')}, mục thuộc đơn vị mà bảng có nêu ở bước khác, nếu không thì mục duy nhất thuộc đơn vị cùng cấp thực hiện thủ tục; hãy kiểm tra lại`;
            case 'described-performer': return `trách nhiệm ${q(p.text, l)} mô tả công việc; các từ đầu của ô chỉ ${(p.candidates ?? []).join(', ')}, được hiểu là người thực hiện; hãy kiểm tra lại`;
            case 'empty-performer': return 'không ghi trách nhiệm; hãy ghi người, đơn vị thực hiện bước này';
            case 'bad-duration': return `thời gian ${q(p.text, l)} không đọc được (ví dụ cách ghi đúng: "01 giờ làm việc", "0,5 ngày", "02 ngày làm việc", "Không tính thời gian"); hãy sửa ô này`;
            case 'office-hours': return `thời gian ${q(p.text, l)} không phải là một khoảng thời gian: được hiểu là bước không tính vào tổng thời gian giải quyết, thực hiện trong giờ hành chính (not-counted ${q(p.text, l)}); hãy kiểm tra lại`;
            case 'no-time': return 'bước không ghi thời gian; hãy ghi thời gian thực hiện, hoặc "Không tính thời gian"';
            case 'bad-total': return `tổng thời gian ${q(p.text, l)} không đọc được; hãy sửa lại (ví dụ: "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ")`;
            case 'total-conflict': return `tổng thời gian ở cuối bảng ${q(p.text, l)} khác với tổng thời gian ghi phía trên bảng ${q(p.candidates?.[0], l)}; hãy sửa chỗ ghi sai`;
            case 'no-form': return `${q(p.text, l)} không khớp biểu mẫu nào của danh mục; bước này chưa gắn biểu mẫu cho đến khi biểu mẫu được khai báo`;
            case 'several-forms': return `${q(p.text, l)} khớp nhiều biểu mẫu của danh mục (${(p.candidates ?? []).join(', ')}); hãy đặt mã biểu mẫu khác nhau`;
        }
    },
    line: (file: string, p: TableProblem, severity: 'error' | 'warning'): string => {
        const place = vietnamese.place(p);
        return `${severity === 'error' ? 'lỗi' : 'cảnh báo'}: ${quotePath(file)}${place ? `, ${place}` : ''}: ${vietnamese.problem(p)}.`;
    },
    notZip: (file: string) => `${quotePath(file)} không phải tệp .docx hoặc .xlsx đọc được (không phải tệp nén zip, hoặc tệp bị hỏng); hãy lưu lại tệp từ Word hoặc Excel.`,
    missingEntry: (file: string, entry: string) => `${quotePath(file)} thiếu phần ${q(entry, 'vi')}; đây không phải văn bản Word hay bảng tính Excel: hãy lưu lại dưới dạng .docx hoặc .xlsx.`,
    badXml: (file: string, entry: string, line: number, column: number, detail: string) =>
        `${quotePath(file)}: ${entry}:${line}:${column}: nội dung XML không hợp lệ (${q(detail, 'vi')}); hãy lưu lại tệp từ Word hoặc Excel.`,
    tooLarge: (file: string, entry: string) => `${quotePath(file)}: phần ${q(entry, 'vi')} khi giải nén lớn hơn 128 MiB, vượt xa dung lượng của bất kỳ văn bản nào; hãy kiểm tra lại đây có đúng là tệp bảng của quyết định.`,
    unknownKind: (file: string) => `${quotePath(file)} không phải tệp .docx hay .xlsx; hãy chỉ ra văn bản Word hoặc bảng tính Excel.`,
    cannotRead: (file: string, reason: string) => `không đọc được ${quotePath(file)}: ${reason}; hãy kiểm tra đường dẫn.`,
    mapTooLarge: (file: string, mebibytes: number) => `${quotePath(file)} lớn hơn ${mebibytes} MiB, quá lớn đối với một tệp ánh xạ; hãy chỉ ra tệp ánh xạ của tỉnh (docs/vi/import.md, "Quyết định những gì ngữ cảnh không quyết định được").`,
    mapNotUtf8: (file: string) => `${quotePath(file)} không phải văn bản UTF-8; hãy lưu tệp ánh xạ dưới dạng UTF-8.`,
    noCatalogue: (folder: string) => `không có danh mục của tỉnh trong ${quotePath(folder)}; hãy chỉ ra bằng --catalogue thư mục chứa danh mục của tỉnh ('province Tên "…" { … }').`,
    severalCatalogues: (folder: string, files: readonly string[]) => `${quotePath(folder)} chứa ${files.length} danh mục tỉnh (${files.map(quotePath).join(', ')}); hãy chỉ ra thư mục của một tỉnh.`,
    exists: (path: string) => `${quotePath(path)} đã tồn tại; chưa ghi tệp nào: hãy chạy lại với --force để ghi đè, hoặc chọn --out khác.`,
    incomplete: (errors: number) => `${errors} ô không ánh xạ được nên chưa ghi tệp nào; hãy sửa bảng hoặc danh mục, hoặc chạy lại với --partial để ghi phần đã ánh xạ, mỗi ô còn lại ghi thành unresolved "…".`,
    imported: (procedures: number, out: string, partial: boolean, unresolved: number) =>
        `Đã nhập ${procedures} thủ tục vào ${quotePath(out)}${partial && unresolved > 0 ? `; còn ${unresolved} mục unresolved cần người xử lý (tthc check liệt kê)` : ''}.`,
    nothingFound: (file: string) => `${quotePath(file)} không có bảng quy trình nào; hãy chỉ ra văn bản công bố quy trình nội bộ dưới dạng bảng.`,
    mapFault: (file: string, f: TitleMapFault) => `${quotePath(file)}:${f.line}:${f.column}: ${vietnameseMapFault(f)}; hãy sửa tệp ánh xạ (docs/vi/import.md, "Quyết định những gì ngữ cảnh không quyết định được").`,
    mapUnused: (file: string, e: TitleMapEntry, document: string) =>
        `cảnh báo: ${quotePath(file)}:${e.line}:${e.column}: mục ánh xạ ${q(e.title, 'vi')}${e.heading ? ` (tiêu đề ${q(e.heading, 'vi')})` : ''}${e.table ? ` (bảng ${e.table})` : ''} không khớp ô trách nhiệm nào của ${quotePath(document)}; hãy xóa mục này hoặc sửa lại tên.`,
    mapUnusedLimit: (file: string, e: LimitMapEntry, document: string) =>
        `cảnh báo: ${quotePath(file)}:${e.line}:${e.column}: thời hạn ${q(e.limit, 'vi')}${e.heading ? ` (tiêu đề ${q(e.heading, 'vi')})` : ''}${e.table ? ` (bảng ${e.table})` : ''} không được áp dụng trong ${quotePath(document)}: không có ô thời gian nào liệt kê thời hạn này mà mọi thời hạn khác của ô đều đã được quyết định, thời gian đọc được và các bước đều có, không bước nào lặp lại; hãy sửa hoặc xóa mục này.`
};

/** The sentences of `tthc import table` in the run's language. */
export const importTableMessages = localized({ en: english, vi: vietnamese });

/** The Vietnamese sentences, for what the import writes into .tthc files (always Vietnamese, like the tables). */
export const vietnameseImportTableMessages = vietnamese;
