import { quoteSource } from '@tthc/language';
import { localized } from '../../cli-language.js';

const q = (text: string): string => quoteSource(text, 120);

/** What `tthc import opencps` says (English); each sentence says what is wrong, then what to do. */
const english = {
    wrongRoot: (found: string, expected: string) => `the document's root is <${found}>, where the import schema wants <${expected}>; put each document in the folder of its kind.`,
    missingElement: (name: string, parent: string) => `<${parent}> has no <${name}>, which the import schema requires; add it (opencps_import_schema.xsd).`,
    notInteger: (name: string, text: string) => `<${name}> is ${q(text)}, not a whole number as the import schema requires; correct it.`,
    notBoolean: (name: string, text: string) => `<${name}> is ${q(text)}, not true or false as the import schema requires; correct it.`,
    notDuration: (name: string, text: string) => `<${name}> is ${q(text)}, not a number of hours or days; write the duration as a number (8, 0.5).`,
    notDate: (text: string) => `<holidayDate> is ${q(text)}, not a date written dd/MM/yyyy; correct it.`,
    notXml: (reason: string) => `not well-formed XML (${reason}); export the document again from OpenCPS.`,
    badZip: (reason: string) => `not a readable zip archive (${reason}); zip the bundle's folder again.`,
    tooLarge: (mb: number) => `larger than ${mb} MB, more than an OpenCPS import document holds; check that this is the bundle.`,
    notUtf8: 'not UTF-8 text, which OpenCPS documents are; export the document again from OpenCPS.',
    notBundle: 'neither a folder nor a .zip file; name the bundle\'s folder or its .zip.',
    badWorkingTime: (day: string, hours: string) => `WorkingTime of day ${q(day)} has hours ${q(hours)}, not 1 to 7 with "HH:mm-HH:mm,HH:mm-HH:mm"; correct it.`,
    orphan: 'no ServiceInfo (services/*.xml) names this document as its templateNo or processNo; add the service or remove the document.',
    cutText: (max: number) => `the text was cut at ${max} characters (the OpenCPS schema's length); write the whole text from the published procedure`,
    badCode: 'not a procedure code of the language (1.001193, 2.000815.000.00.00.H55); write the code',
    noLevel: 'says neither "Cấp thực hiện: cấp tỉnh" nor "cấp xã"; write the level',
    badDuration: 'not a statutory time the import knows (5 ngày làm việc, Trong ngày làm việc, 15 ngày); write the channel\'s time',
    badFee: 'not a fee as published (Lệ phí: 2.000 đồng/trang, …); write the fee',
    badTip: 'not what a dossier component is on a channel (bản chính, bản sao điện tử, …); write the component\'s clauses',
    badPartType: 'neither 1 (a dossier component) nor 2 (a result); write the component or result',
    noTemplate: 'no DossierTemplate of that number is in the bundle; write the documents and results',
    noProcess: 'no ServiceProcess of that number is in the bundle; write the steps',
    noSubmission: 'no submission action (empty preStepCode); check which step comes first',
    unknownGroup: 'no step kind has this group name; write the step\'s kind',
    unknownRole: 'no ProcessRole of the process has this code; write who performs the step',
    unknownPerformer: 'a performer here matches no unit, position or body of the bundle; write who performs the step',
    badHandover: 'not a hand-over as the import reads it ("Liên thông: chuyển … qua …, thời hạn …"); write the hand-over',
    unknownStep: 'no ProcessStep of the process has this code; write the transition',
    caseTime: 'a case with a table of its own has its own statutory time or published total, which the bundle does not carry; write the case\'s time or total',
    noUnitLevel: 'the bundle does not say the unit\'s level and its title does not either; write level and kind',
    // The command.
    provinceRequired: 'the bundle does not name the province: give --province <Name> and --province-title "<title>" (docs/import.md).',
    badProvinceName: (name: string) => `--province ${q(name)} is not a name of the language (letters, digits, _; not starting with a digit); give one such as LamDong.`,
    notFound: (path: string) => `${q(path)} does not exist; name the bundle's folder or its .zip.`,
    exists: (paths: readonly string[]) => `${paths.length === 1 ? `${q(paths[0]!)} exists` : `${paths.length} files exist (${paths.slice(0, 3).map(q).join(', ')}${paths.length > 3 ? ', …' : ''})`} in the output folder; give --force to overwrite, or another --out.`,
    incomplete: (count: number) => `nothing written: ${count === 1 ? 'a document' : `${count} documents`} of the bundle could not be read (above); correct ${count === 1 ? 'it' : 'them'}, or give --partial to write what was mapped.`,
    noDocuments: (path: string) => `${q(path)} holds no OpenCPS import document (services/*.xml, templates/*.xml, processes/*.xml); name the bundle's folder.`,
    summary: (procedures: number, units: number, forms: number, out: string) =>
        `imported ${procedures} procedure${procedures === 1 ? '' : 's'}, ${units} unit${units === 1 ? '' : 's'} and ${forms} form${forms === 1 ? '' : 's'} into ${q(out)}.`,
    skipped: (count: number) => `--partial: ${count} document${count === 1 ? '' : 's'} left out (above).`,
    unresolvedHeader: (count: number) => `${count} item${count === 1 ? '' : 's'} could not be mapped faithfully; each is written as unresolved "…", which tthc check rejects until a person writes it:`,
    guessed: 'kinds and levels of units, and leaders, were read from titles and steps: check the catalogue (docs/import.md).'
};

/** The same in Vietnamese. */
const vietnamese: typeof english = {
    wrongRoot: (found, expected) => `phần tử gốc của tài liệu là <${found}>, trong khi lược đồ nhập cần <${expected}>; đặt mỗi tài liệu vào đúng thư mục của loại tài liệu đó.`,
    missingElement: (name, parent) => `<${parent}> thiếu <${name}>, phần tử bắt buộc theo lược đồ nhập; bổ sung phần tử này (opencps_import_schema.xsd).`,
    notInteger: (name, text) => `<${name}> là ${q(text)}, không phải số nguyên như lược đồ nhập yêu cầu; sửa lại.`,
    notBoolean: (name, text) => `<${name}> là ${q(text)}, không phải true hoặc false như lược đồ nhập yêu cầu; sửa lại.`,
    notDuration: (name, text) => `<${name}> là ${q(text)}, không phải số giờ hoặc số ngày; ghi thời gian bằng số (8, 0.5).`,
    notDate: text => `<holidayDate> là ${q(text)}, không phải ngày dạng dd/MM/yyyy; sửa lại.`,
    notXml: reason => `không phải XML hợp lệ (${reason}); xuất lại tài liệu từ OpenCPS.`,
    badZip: reason => `không đọc được tệp nén zip (${reason}); nén lại thư mục của gói.`,
    tooLarge: mb => `lớn hơn ${mb} MB, vượt quá dung lượng của một tài liệu nhập OpenCPS; kiểm tra lại có đúng là gói hay không.`,
    notUtf8: 'không phải văn bản UTF-8 như các tài liệu của OpenCPS; xuất lại tài liệu từ OpenCPS.',
    notBundle: 'không phải thư mục cũng không phải tệp .zip; chỉ ra thư mục của gói hoặc tệp .zip.',
    badWorkingTime: (day, hours) => `WorkingTime của ngày ${q(day)} có giờ ${q(hours)}, không phải ngày 1 đến 7 với "HH:mm-HH:mm,HH:mm-HH:mm"; sửa lại.`,
    orphan: 'không có ServiceInfo (services/*.xml) nào ghi tài liệu này là templateNo hoặc processNo; bổ sung thủ tục hoặc bỏ tài liệu.',
    cutText: max => `văn bản đã bị cắt ở ${max} ký tự (độ dài của lược đồ OpenCPS); ghi đầy đủ theo thủ tục hành chính đã công bố`,
    badCode: 'không phải mã thủ tục hành chính (1.001193, 2.000815.000.00.00.H55); ghi mã thủ tục',
    noLevel: 'không ghi "Cấp thực hiện: cấp tỉnh" hoặc "cấp xã"; ghi cấp thực hiện',
    badDuration: 'không phải thời hạn giải quyết đọc được (5 ngày làm việc, Trong ngày làm việc, 15 ngày); ghi thời hạn của cách thức thực hiện',
    badFee: 'không phải phí, lệ phí theo cách ghi đã công bố (Lệ phí: 2.000 đồng/trang, …); ghi phí, lệ phí',
    badTip: 'không phải hình thức của thành phần hồ sơ theo cách thức nộp (bản chính, bản sao điện tử, …); ghi thành phần hồ sơ',
    badPartType: 'không phải 1 (thành phần hồ sơ) hoặc 2 (kết quả); ghi thành phần hồ sơ hoặc kết quả',
    noTemplate: 'gói không có DossierTemplate mang số này; ghi thành phần hồ sơ và kết quả',
    noProcess: 'gói không có ServiceProcess mang số này; ghi các bước của quy trình nội bộ',
    noSubmission: 'không có thao tác nộp hồ sơ (preStepCode trống); xác định bước đầu tiên',
    unknownGroup: 'không có loại bước nào mang tên nhóm này; ghi loại bước',
    unknownRole: 'quy trình không có ProcessRole mang mã này; ghi người thực hiện bước',
    unknownPerformer: 'có người thực hiện không khớp với đơn vị, chức danh hoặc tổ, hội đồng nào trong gói; ghi người thực hiện bước',
    badHandover: 'không phải liên thông theo cách ghi đọc được ("Liên thông: chuyển … qua …, thời hạn …"); ghi liên thông',
    unknownStep: 'quy trình không có ProcessStep mang mã này; ghi bước chuyển tiếp',
    caseTime: 'trường hợp có bảng riêng thì có thời hạn giải quyết hoặc tổng thời gian công bố riêng, gói không có thông tin này; ghi thời hạn (time) hoặc tổng thời gian (total) của trường hợp',
    noUnitLevel: 'gói và tên đơn vị đều không cho biết cấp của đơn vị; ghi cấp (level) và loại (kind)',
    provinceRequired: 'gói không ghi tên tỉnh: cho --province <Tên> và --province-title "<tên đầy đủ>" (docs/vi/import.md).',
    badProvinceName: name => `--province ${q(name)} không phải tên hợp lệ (chữ, số, _; không bắt đầu bằng số); ví dụ LamDong.`,
    notFound: path => `${q(path)} không tồn tại; chỉ ra thư mục của gói hoặc tệp .zip.`,
    exists: paths => `${paths.length === 1 ? `${q(paths[0]!)} đã có` : `đã có ${paths.length} tệp (${paths.slice(0, 3).map(q).join(', ')}${paths.length > 3 ? ', …' : ''})`} trong thư mục đầu ra; cho --force để ghi đè, hoặc chọn --out khác.`,
    incomplete: count => `không ghi gì: ${count} tài liệu của gói không đọc được (ở trên); sửa lại, hoặc cho --partial để ghi phần đã chuyển đổi.`,
    noDocuments: path => `${q(path)} không có tài liệu nhập của OpenCPS (services/*.xml, templates/*.xml, processes/*.xml); chỉ ra thư mục của gói.`,
    summary: (procedures, units, forms, out) => `đã nhập ${procedures} thủ tục hành chính, ${units} đơn vị và ${forms} biểu mẫu vào ${q(out)}.`,
    skipped: count => `--partial: đã bỏ qua ${count} tài liệu (ở trên).`,
    unresolvedHeader: count => `${count} mục không chuyển đổi được chính xác; mỗi mục được ghi là unresolved "…", tthc check sẽ báo lỗi cho đến khi có người ghi lại:`,
    guessed: 'loại và cấp của đơn vị, chức danh lãnh đạo được suy ra từ tên và các bước: kiểm tra lại danh mục (docs/vi/import.md).'
};

/** The messages of `tthc import opencps` in the run's language. */
export const importMessages = localized({ en: english, vi: vietnamese });
