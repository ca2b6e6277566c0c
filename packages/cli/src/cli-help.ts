import { localized } from './cli-language.js';

/** The targets as the help lists them. */
interface TargetLine {
    readonly name: string;
    readonly description: string;
    readonly byDefault: boolean;
}

// The texts of `tthc --help` and of each command's help, per language. Keywords, option names and
// examples are the same in both.
const englishHelp = {
    program: 'Checks the internal procedures of administrative procedures (TTHC) written in .tthc files\nagainst the two-level local government model (province and commune), and compiles them into the\nconfiguration that procedure information systems load.',
    version: 'print the version',
    help: 'show help',
    debug: 'print stack traces of internal errors',
    noColor: 'never colour the text report (coloured only on a terminal, and never with NO_COLOR set)',
    lang: 'language of the messages: vi (Vietnamese) or en (English); default: from LC_ALL, LC_MESSAGES or LANG',
    afterError: '(run tthc --help for usage)',
    programAfter: `
Exit codes: 0 no errors, 1 errors found, 2 bad usage, an unreadable path, nothing to check or a problem of
the machine (a full disk, a missing permission); 130 interrupted while writing.
Documentation: docs/cli.md, docs/language.md, docs/rules.md.`,
    checkSummary: 'check .tthc files and report every problem',
    checkDescription: `Loads every .tthc file under the given paths as one workspace (catalogues and procedures
across files), checks it, and prints each problem as
  file:line:col severity code message
grouped by file, then a summary line. Folders are searched recursively.`,
    checkPaths: 'files or folders to check',
    format: 'output format',
    checkFormat: 'output format (sarif: SARIF 2.1.0 for code scanning; github: workflow annotations; gitlab: code quality report)',
    maxWarnings: 'exit 1 when there are more than n warnings',
    quiet: 'report errors only: no warnings, infos or notes (warnings still count for --max-warnings)',
    stdinFilename: 'with the path -, the name standard input is checked and reported under (its folder\'s catalogue applies)',
    docsUrl: 'where the documentation folder (docs/) is published: SARIF links each rule to <url>/rules.md#<code>',
    checkAfter: `
Paths may be globs, quoted so that tthc expands them: tthc check 'procedures/**/*.tthc'.

Examples:
  tthc check examples/lam-dong
  tthc check --format json . > report.json
  tthc check --max-warnings 0 procedures/
  tthc check --format sarif . > tthc.sarif
  tthc check - --stdin-filename procedures/khai-sinh.tthc < draft.tthc

The formats are documented in docs/cli.md, CI set-ups in docs/review.md, the rules in docs/rules.md.`,
    fixSummary: 'apply every safe quick fix, then report what is left',
    fixDescription: `Loads the given paths like tthc check, applies every quick fix that is safe to apply unattended
(docs/vscode.md lists them and why) to their findings, again until nothing changes, and writes each changed
file in place (atomically: a half-written file is never left). Prints each fix as
  file:line:col code title
then the findings left and the summary exactly as tthc check does. Files with syntax errors are left alone.`,
    fixPaths: 'files or folders to fix',
    dryRun: 'write nothing: print what would change, as a unified diff per file',
    fixAfter: `
Examples:
  tthc fix examples/lam-dong --dry-run
  tthc fix procedures/
  tthc fix --format json . > fixes.json

Exit codes as tthc check: 0 no errors left, 1 errors left, 2 bad usage or a file that cannot be written
(then nothing is written). The JSON format: docs/cli.md; more: docs/import.md.`,
    buildSummary: 'compile a province\'s procedures into system configuration',
    buildDescription: (manifest: string) => `Checks the province's workspace like tthc check; with any error it prints the errors, writes
nothing and exits 1. Otherwise it compiles every procedure for each target into <out>/<target>/,
writing all files at once: an interrupted build leaves the previous output as it was, and files
that tthc did not write, or that changed since, are never replaced or deleted.
<out>/${manifest} lists what was written; while a build writes, <out>/.tthc-lock makes
other builds into the same folder wait (see --wait).`,
    buildPaths: 'the folder of a province (or files in it)',
    out: 'output folder',
    target: (names: readonly string[], defaults: readonly string[]) => `comma-separated targets: ${names.join(', ')} (default: ${defaults.join(', ')})`,
    clean: 'also remove what earlier builds wrote for targets not built now',
    timings: 'report how long each phase took, on standard error',
    wait: (seconds: number) => `how long to wait for another build writing into the same --out (default: ${seconds})`,
    sampleReceived: 'the receipt the site shows each procedure\'s due dates for, e.g. 2026-12-07T09:00 (default: 09:00 on the first working Monday of the first year the calendar covers)',
    buildQuiet: 'print errors only: nothing when the build succeeds, no notes',
    since: 'with --target site, mark what changed since an old version: a folder, else a git revision (as tthc diff --git reads it)',
    buildAfter: (targets: readonly TargetLine[]) => `
Targets:
${targets.map(t => `  ${t.name.padEnd(8)} ${t.description}${t.byDefault ? '' : ' (only when named)'}`).join('\n')}

Examples:
  tthc build examples/lam-dong --out out
  tthc build examples/lam-dong --out out --target json,opencps

The formats are documented in docs/config-format.md.`,
    diagramSummary: 'draw one procedure as a workflow diagram',
    diagramDescription: `Checks the file with its project and prints the workflow diagram of one procedure on standard
output: an SVG image (swimlanes by level and unit, time limits and cumulative times, the critical path
highlighted, exception paths dashed, the totals against the statutory time), or a Mermaid flowchart
to paste into Markdown, where code hosts render it.`,
    diagramFile: 'the .tthc file that declares the procedure',
    procedure: 'the procedure, by name or code (needed when the file holds several)',
    diagramAfter: `
Example:
  tthc diagram examples/lam-dong/procedures/dang-ky-khai-sinh.tthc > khai-sinh.svg
  tthc diagram examples/lam-dong/procedures/dang-ky-khai-sinh.tthc --format mermaid > khai-sinh.mmd`,
    dueSummary: 'compute the due times of a procedure for a receipt',
    dueDescription: `Checks the procedure's file with its project and computes, on its province's working calendar, when
counting and the statutory time start for a dossier received at the given time, the start and due time
of each step of the path it takes, the due time, the appointment date written on the receipt and the
end of the statutory time. Time that is not counted (financial obligations, the applicant's time) shows
as such: a date after it reads "+ the time of" those steps.`,
    duePath: 'a .tthc file or the folder of a province',
    dueProcedure: 'the procedure or group member, by name or code',
    dueReceived: 'when the dossier was received, ISO 8601: 2026-12-31T15:30 (Vietnam\'s time) or with an offset',
    dueChannel: 'the channel it came through (default: in-person when declared, else the first declared)',
    dueCondition: 'the case the dossier falls in, by name (required when the cases split the steps)',
    dueAfter: `
Examples:
  tthc due examples/lam-dong --procedure ChungThucBanSao --received 2026-12-31T15:30
  tthc due examples/lam-dong --procedure 1.001193 --received 2026-03-04T09:00 --channel online --format json
  tthc due examples/lam-dong --procedure CongNhanKetQuaThamDoKhoangSan --condition NhomBa --received 2026-03-04T09:00

Exit codes: 0 computed, 1 the procedure's file has errors, 2 a problem with the request or the calendar.
How due times are computed: docs/calendar.md; the output: docs/cli.md.`,
    importSummary: 'bring an existing configuration in: OpenCPS documents, published tables',
    importTableSummary: 'import the step tables of a published decision (.docx, .xlsx)',
    importTableDescription: `Reads the internal-procedure tables of a .docx or .xlsx (several procedures per document; columns
Bước / Nội dung công việc / Trách nhiệm / Thời gian / Biểu mẫu, kết quả), maps each responsibility to the
catalogue's units and positions by title, and writes one formatted .tthc file per procedure or group.
A cell it cannot map is reported with its table, row and column, and nothing is written unless
--partial is given (each such cell is then written as unresolved "…", which tthc check rejects).`,
    importTableFile: 'the .docx or .xlsx file',
    importCatalogue: 'the folder of the province\'s catalogue, whose units, positions and forms the tables name',
    importOut: 'the folder the .tthc files are written to (in the catalogue\'s project, to check them with it)',
    importMap: 'a mapping file (JSON, schemas/tthc-table-map.schema.json): which catalogue entry a title means, and which steps each limit of a cell listing several covers, as a person decided, before the import\'s own rules',
    importPartial: 'write what mapped, with every cell that did not as unresolved "…"',
    importForce: 'replace .tthc files that exist already',
    importTableAfter: `
Example:
  tthc import table qd-2487.docx --catalogue lang-son --out lang-son/procedures
  tthc import table qd-3760.docx --catalogue nghe-an --map nghe-an/table-map.json --out nghe-an/procedures

Exit codes: 0 imported, 1 cells not mapped (nothing written without --partial), 2 an unreadable file,
no catalogue, a mapping file that cannot be read or used, or output files that exist (without --force).
How tables are read and mapped: docs/import.md.`,
    importOpencpsSummary: 'import an OpenCPS import bundle (folder or .zip) as a workspace',
    importOpencpsSource: 'the bundle: its folder (services/, templates/, processes/, Holiday.xml, WorkingTime.xml) or a .zip of it',
    importOpencpsOut: 'the folder of the workspace to write',
    importProvince: 'the name of the province in the catalogue (LamDong)',
    importProvinceTitle: 'its title ("Tỉnh Lâm Đồng")',
    importProvinceCode: 'its administrative unit code (68)',
    importProvinceAgency: 'its agency electronic identification code',
    importOpencpsPartial: 'write what was mapped when some documents cannot be read, and list them',
    importOpencpsForce: 'overwrite existing .tthc files',
    importOpencpsAfter: `
Example:
  tthc import opencps out/opencps --out lam-dong --province LamDong --province-title "Tỉnh Lâm Đồng" --province-code 68

Exit codes: 0 imported, 1 some items were written as unresolved (listed) or documents could not be read,
2 a problem with the request (an existing file without --force). How: docs/import.md.`,
    migrateSummary: 'rewrite a workspace written for the district level, from the successors its catalogue declares',
    migrateDescription: `Rewrites, in one go, a workspace written before 1 July 2025 from the successors its catalogue
declares (succeeded-by): procedure levels and authorities, step performers, hand-over partners, reception and
return at the one-stop unit of the new level, citations of replaced texts; applies the safe quick fixes as
tthc fix does; removes the district units nothing refers to any more, formats the changed files, and prints
the migration report: per procedure what changed and what still needs a human decision, and why.`,
    migratePaths: 'files or folders of the workspace to migrate',
    migrateDryRun: 'print what would change (a unified diff per file) and the report; write nothing',
    migrateReport: 'also write the report, in Markdown, to this file',
    migrateAfter: `
Examples:
  tthc migrate --dry-run examples/legacy
  tthc migrate . --report migration-report.md

Exit codes: 0 no errors left, 1 errors left (each listed in the report as a human decision), 2 bad usage or a
file that could not be written (then nothing was written).
How successors are declared: docs/language.md; how a province moves its workspace: docs/import.md.`,
    diffSummary: 'what changed between two versions of a province: procedures, steps, times, fees, documents, legal bases, catalogue',
    diffDescription: `Compares two versions of a province (two folders, or with --git a git revision and the working
tree) as a reviewer reads them: procedures added, removed or renamed (by code); steps added, removed,
reassigned, re-timed or re-routed; the total against the statutory time; fees, dossier components, legal
bases, channels; the catalogue's units, positions and successors. Both versions must check without errors.`,
    diffPaths: 'the old folder then the new one; with --git, the folders to compare, the current folder if none',
    diffGit: 'compare the files at this git revision (branch, tag, commit) with the working tree',
    diffFormat: 'text (terminal), markdown (a pull-request comment, with a Mermaid diagram where the flow changed) or json',
    diffExitCode: 'exit 1 when the versions differ (as git diff --exit-code)',
    diffAfter: `
Examples:
  tthc diff old/lam-dong lam-dong
  tthc diff --git main lam-dong --format markdown > changes.md

Exit codes: 0 compared (also with changes, unless --exit-code), 1 changes with --exit-code, 2 bad usage, a
version that cannot be read or has errors. How to review: docs/review.md.`,
    helpCommand: 'display help for command',
    /** Commander's headings, as they are. */
    title: (title: string) => title,
    /** What Commander adds to a description (`(default: "out")`, `(choices: …)`), as it is. */
    extras: (description: string) => description
};

const vietnameseTitles: Readonly<Record<string, string>> = {
    'Usage:': 'Cách dùng:',
    'Arguments:': 'Đối số:',
    'Options:': 'Tuỳ chọn:',
    'Commands:': 'Lệnh:',
    'Global Options:': 'Tuỳ chọn chung:'
};

/**
 * The targets' descriptions in Vietnamese, by target name: the packages describe their targets in English. A target
 * without an entry here is listed with its English description (test/cli/targets.test.ts requires one for every target).
 */
export const VIETNAMESE_TARGET_DESCRIPTIONS: Readonly<Record<string, string>> = {
    json: 'cấu hình trung lập cho hệ thống thông tin giải quyết thủ tục hành chính (JSON, schemas/tthc-config.schema.json)',
    opencps: 'gói nhập cho OpenCPS v2 (XML trong services/, templates/, processes/; Holiday.xml, WorkingTime.xml)',
    bpmn: 'BPMN 2.0 XML cho từng thủ tục, có làn theo đơn vị và sơ đồ đã bố trí (bpmn.io, Camunda Modeler)',
    table: 'bảng quy trình nội bộ để công bố, bằng tiếng Việt (Markdown, HTML và Word)',
    svg: 'sơ đồ quy trình dạng ảnh SVG (diagrams/<code>.svg)',
    mermaid: 'sơ đồ quy trình dạng lưu đồ Mermaid cho Markdown (diagrams/<code>.mmd và .md)',
    site: 'trang rà soát: trang mục lục và mỗi thủ tục một trang có sơ đồ, bảng và kết quả kiểm tra (mở site/index.html)'
};

const vietnameseHelp: typeof englishHelp = {
    program: 'Kiểm tra quy trình nội bộ giải quyết thủ tục hành chính (TTHC) viết trong các tệp .tthc theo mô hình\nchính quyền địa phương hai cấp (cấp tỉnh và cấp xã), và biên dịch thành cấu hình để các hệ thống\nthông tin giải quyết TTHC nạp vào.',
    version: 'in số phiên bản',
    help: 'hiện hướng dẫn',
    debug: 'in vết ngăn xếp (stack trace) của lỗi nội bộ',
    noColor: 'không tô màu báo cáo dạng văn bản (chỉ tô màu khi in ra cửa sổ dòng lệnh, và không bao giờ khi có NO_COLOR)',
    lang: 'ngôn ngữ của thông báo: vi (tiếng Việt) hoặc en (tiếng Anh); mặc định: theo LC_ALL, LC_MESSAGES hoặc LANG',
    afterError: '(chạy tthc --help để xem cách dùng)',
    programAfter: `
Mã thoát: 0 không có lỗi, 1 có lỗi, 2 dùng sai lệnh, đường dẫn không đọc được, không có gì để kiểm tra hoặc
sự cố của máy (đầy đĩa, thiếu quyền); 130 bị ngắt khi đang ghi.
Tài liệu: docs/vi/cli.md, docs/vi/language.md, docs/vi/rules.md.`,
    checkSummary: 'kiểm tra các tệp .tthc và báo mọi vấn đề',
    checkDescription: `Nạp mọi tệp .tthc trong các đường dẫn đã chỉ ra thành một không gian làm việc (danh mục và thủ tục
ở các tệp khác nhau thấy nhau), kiểm tra, và in từng vấn đề dưới dạng
  tệp:dòng:cột mức-độ mã thông-báo
theo từng tệp, rồi một dòng tổng hợp. Thư mục được tìm đệ quy.`,
    checkPaths: 'các tệp hoặc thư mục cần kiểm tra',
    format: 'định dạng kết quả',
    checkFormat: 'định dạng kết quả (sarif: SARIF 2.1.0 cho quét mã nguồn; github: chú thích của GitHub Actions; gitlab: báo cáo chất lượng mã của GitLab)',
    maxWarnings: 'thoát với mã 1 khi có nhiều hơn n cảnh báo',
    quiet: 'chỉ báo lỗi: không báo cảnh báo, thông tin hay ghi chú (cảnh báo vẫn được tính cho --max-warnings)',
    stdinFilename: 'khi đường dẫn là -, tên tệp dùng để kiểm tra và báo nội dung đọc từ đầu vào chuẩn (áp dụng danh mục ở thư mục của tên đó)',
    docsUrl: 'địa chỉ nơi công bố thư mục tài liệu (docs/): SARIF dẫn mỗi quy tắc tới <url>/vi/rules.md#<mã>',
    checkAfter: `
Đường dẫn có thể là mẫu glob, đặt trong dấu nháy để tthc tự mở rộng: tthc check 'procedures/**/*.tthc'.

Ví dụ:
  tthc check examples/lam-dong
  tthc check --format json . > report.json
  tthc check --max-warnings 0 procedures/
  tthc check --format sarif . > tthc.sarif
  tthc check - --stdin-filename procedures/khai-sinh.tthc < ban-nhap.tthc

Các định dạng được mô tả trong docs/vi/cli.md, cách dùng trong CI trong docs/vi/review.md, các quy tắc trong
docs/vi/rules.md.`,
    fixSummary: 'áp dụng mọi sửa nhanh an toàn, rồi báo những gì còn lại',
    fixDescription: `Nạp các đường dẫn đã chỉ ra như tthc check, áp dụng cho các kết quả kiểm tra mọi sửa nhanh có thể áp dụng
tự động một cách an toàn (danh sách và lý do trong docs/vi/vscode.md), lặp lại cho đến khi không còn gì
thay đổi, và ghi đè từng tệp đã thay đổi (nguyên tử: không bao giờ để lại tệp ghi dở). In từng sửa đổi dạng
  tệp:dòng:cột mã tiêu-đề
rồi các kết quả kiểm tra còn lại và dòng tổng hợp đúng như tthc check. Tệp có lỗi cú pháp được giữ nguyên.`,
    fixPaths: 'các tệp hoặc thư mục cần sửa',
    dryRun: 'không ghi gì: in những gì sẽ thay đổi, dạng unified diff cho từng tệp',
    fixAfter: `
Ví dụ:
  tthc fix examples/lam-dong --dry-run
  tthc fix procedures/
  tthc fix --format json . > fixes.json

Mã thoát như tthc check: 0 không còn lỗi, 1 còn lỗi, 2 dùng sai lệnh hoặc có tệp không ghi được (khi đó
không tệp nào được ghi). Định dạng JSON: docs/vi/cli.md; xem thêm: docs/vi/import.md.`,
    buildSummary: 'biên dịch các thủ tục của một tỉnh thành cấu hình hệ thống',
    buildDescription: manifest => `Kiểm tra các tệp của tỉnh như tthc check; nếu có lỗi thì in các lỗi, không ghi gì và thoát với mã 1.
Nếu không, biên dịch mọi thủ tục cho từng đích vào <out>/<đích>/, ghi tất cả cùng lúc: lần biên dịch
bị ngắt giữa chừng để nguyên kết quả trước đó, và các tệp không do tthc ghi, hoặc đã bị sửa sau đó,
không bao giờ bị thay thế hay xoá.
<out>/${manifest} liệt kê những gì đã ghi; trong khi ghi, <out>/.tthc-lock khiến các lần biên dịch
khác vào cùng thư mục phải chờ (xem --wait).`,
    buildPaths: 'thư mục của một tỉnh (hoặc các tệp trong đó)',
    out: 'thư mục kết quả',
    target: (names, defaults) => `các đích, cách nhau bởi dấu phẩy: ${names.join(', ')} (mặc định: ${defaults.join(', ')})`,
    clean: 'gỡ cả những gì các lần biên dịch trước đã ghi cho các đích lần này không biên dịch',
    timings: 'báo thời gian của từng giai đoạn, trên đầu ra lỗi chuẩn',
    wait: seconds => `thời gian chờ một lần biên dịch khác đang ghi vào cùng --out (mặc định: ${seconds})`,
    sampleReceived: 'thời điểm tiếp nhận hồ sơ mẫu để trang rà soát tính ngày hẹn của từng thủ tục, ví dụ 2026-12-07T09:00 (mặc định: 09:00 thứ Hai làm việc đầu tiên của năm đầu tiên có lịch nghỉ lễ)',
    buildQuiet: 'chỉ in lỗi: không in gì khi biên dịch thành công, không in ghi chú',
    since: 'với --target site, đánh dấu những gì thay đổi so với một phiên bản cũ: một thư mục, nếu không thì một phiên bản git (đọc như tthc diff --git)',
    buildAfter: targets => `
Các đích:
${targets.map(t => `  ${t.name.padEnd(8)} ${VIETNAMESE_TARGET_DESCRIPTIONS[t.name] ?? t.description}${t.byDefault ? '' : ' (chỉ khi được chỉ ra)'}`).join('\n')}

Ví dụ:
  tthc build examples/lam-dong --out out
  tthc build examples/lam-dong --out out --target json,opencps

Các định dạng được mô tả trong docs/vi/config-format.md.`,
    diagramSummary: 'vẽ sơ đồ quy trình của một thủ tục',
    diagramDescription: `Kiểm tra tệp cùng dự án của nó và in sơ đồ quy trình của một thủ tục ra đầu ra chuẩn: ảnh SVG
(làn theo cấp và đơn vị, thời hạn từng bước và thời gian cộng dồn, đường găng được tô đậm, nhánh ngoại
lệ nét đứt, tổng thời gian so với thời hạn giải quyết theo quy định), hoặc lưu đồ Mermaid để dán vào
Markdown.`,
    diagramFile: 'tệp .tthc khai báo thủ tục',
    procedure: 'thủ tục, theo tên hoặc mã (cần khi tệp có nhiều thủ tục)',
    diagramAfter: `
Ví dụ:
  tthc diagram examples/lam-dong/procedures/dang-ky-khai-sinh.tthc > khai-sinh.svg
  tthc diagram examples/lam-dong/procedures/dang-ky-khai-sinh.tthc --format mermaid > khai-sinh.mmd`,
    dueSummary: 'tính thời hạn của một thủ tục cho một hồ sơ',
    dueDescription: `Kiểm tra tệp của thủ tục cùng dự án của nó và tính, theo lịch làm việc của tỉnh, cho hồ sơ tiếp nhận vào
thời điểm đã cho: khi nào bắt đầu xử lý và bắt đầu tính thời hạn giải quyết, thời điểm bắt đầu và hạn
hoàn thành của từng bước trên quy trình hồ sơ đi qua, hạn hoàn thành, ngày hẹn trả kết quả ghi trên giấy
tiếp nhận và thời điểm hết thời hạn giải quyết theo quy định. Thời gian không tính (thực hiện nghĩa vụ tài
chính, thời gian của tổ chức, cá nhân) được ghi rõ: thời điểm sau đó kèm "+ thời gian của" các bước ấy.`,
    duePath: 'tệp .tthc hoặc thư mục của một tỉnh',
    dueProcedure: 'thủ tục hoặc thủ tục thành viên của nhóm, theo tên hoặc mã',
    dueReceived: 'thời điểm tiếp nhận hồ sơ, theo ISO 8601: 2026-12-31T15:30 (giờ Việt Nam) hoặc kèm múi giờ',
    dueChannel: 'cách thức nộp hồ sơ (mặc định: in-person nếu có khai báo, nếu không thì cách thức khai báo đầu tiên)',
    dueCondition: 'trường hợp của hồ sơ, theo tên (bắt buộc khi các trường hợp chia các bước thành quy trình khác nhau)',
    dueAfter: `
Ví dụ:
  tthc due examples/lam-dong --procedure ChungThucBanSao --received 2026-12-31T15:30
  tthc due examples/lam-dong --procedure 1.001193 --received 2026-03-04T09:00 --channel online --format json
  tthc due examples/lam-dong --procedure CongNhanKetQuaThamDoKhoangSan --condition NhomBa --received 2026-03-04T09:00

Mã thoát: 0 đã tính, 1 tệp của thủ tục có lỗi, 2 yêu cầu hoặc lịch làm việc có vấn đề.
Cách tính thời hạn: docs/vi/calendar.md; kết quả: docs/vi/cli.md.`,
    importSummary: 'nhập cấu hình sẵn có: tài liệu OpenCPS, bảng quy trình đã công bố',
    importTableSummary: 'nhập các bảng quy trình nội bộ của quyết định đã công bố (.docx, .xlsx)',
    importTableDescription: `Đọc các bảng quy trình nội bộ trong tệp .docx hoặc .xlsx (một văn bản có thể có nhiều thủ tục; các cột
Bước / Nội dung công việc / Trách nhiệm / Thời gian / Biểu mẫu, kết quả), ánh xạ trách nhiệm của từng bước
với đơn vị, vị trí trong danh mục theo tên gọi, và ghi mỗi thủ tục hoặc nhóm thủ tục thành một tệp .tthc đã
định dạng. Ô không ánh xạ được được báo kèm bảng, dòng và cột; không ghi tệp nào trừ khi có --partial
(khi đó mỗi ô như vậy được ghi thành unresolved "…", tthc check sẽ báo lỗi).`,
    importTableFile: 'tệp .docx hoặc .xlsx',
    importCatalogue: 'thư mục chứa danh mục của tỉnh, nơi khai báo các đơn vị, vị trí và biểu mẫu mà bảng nêu',
    importOut: 'thư mục ghi các tệp .tthc (nằm trong dự án của danh mục để kiểm tra cùng danh mục)',
    importMap: 'tệp ánh xạ (JSON, schemas/tthc-table-map.schema.json): tên gọi nào ứng với mục nào của danh mục, và mỗi thời hạn của một ô liệt kê nhiều thời hạn áp dụng cho những bước nào, do người quyết định, được áp dụng trước các quy tắc của lệnh nhập',
    importPartial: 'ghi phần đã ánh xạ, mỗi ô chưa ánh xạ được ghi thành unresolved "…"',
    importForce: 'ghi đè các tệp .tthc đã tồn tại',
    importTableAfter: `
Ví dụ:
  tthc import table qd-2487.docx --catalogue lang-son --out lang-son/procedures
  tthc import table qd-3760.docx --catalogue nghe-an --map nghe-an/table-map.json --out nghe-an/procedures

Mã thoát: 0 đã nhập, 1 có ô không ánh xạ được (không ghi tệp nào nếu không có --partial), 2 tệp không đọc
được, không có danh mục, tệp ánh xạ không đọc được hoặc không dùng được, hoặc tệp đầu ra đã tồn tại (khi
không có --force).
Cách đọc và ánh xạ bảng: docs/vi/import.md.`,
    importOpencpsSummary: 'nhập gói nhập của OpenCPS (thư mục hoặc .zip) thành không gian làm việc',
    importOpencpsSource: 'gói: thư mục (services/, templates/, processes/, Holiday.xml, WorkingTime.xml) hoặc tệp .zip của nó',
    importOpencpsOut: 'thư mục của không gian làm việc được ghi ra',
    importProvince: 'tên của tỉnh trong danh mục (LamDong)',
    importProvinceTitle: 'tên đầy đủ ("Tỉnh Lâm Đồng")',
    importProvinceCode: 'mã đơn vị hành chính (68)',
    importProvinceAgency: 'mã định danh điện tử của cơ quan',
    importOpencpsPartial: 'ghi phần đã chuyển đổi khi có tài liệu không đọc được, và liệt kê các tài liệu đó',
    importOpencpsForce: 'ghi đè các tệp .tthc đã có',
    importOpencpsAfter: `
Ví dụ:
  tthc import opencps out/opencps --out lam-dong --province LamDong --province-title "Tỉnh Lâm Đồng" --province-code 68

Mã thoát: 0 đã nhập, 1 có mục được ghi là unresolved (đã liệt kê) hoặc có tài liệu không đọc được,
2 yêu cầu có vấn đề (tệp đã có mà không cho --force). Cách làm: docs/vi/import.md.`,
    migrateSummary: 'chuyển đổi không gian làm việc viết cho cấp huyện, theo cơ quan tiếp nhận nhiệm vụ khai báo trong danh mục',
    migrateDescription: `Chuyển đổi một lần không gian làm việc viết trước ngày 01/7/2025 theo các cơ quan tiếp nhận
nhiệm vụ khai báo trong danh mục (succeeded-by): cấp thực hiện và cơ quan thực hiện của thủ tục, người thực
hiện các bước, đơn vị nhận bàn giao, tiếp nhận và trả kết quả tại bộ phận một cửa của cấp mới, văn bản đã
được thay thế; áp dụng các cách sửa nhanh an toàn như tthc fix; xoá các đơn vị cấp huyện không còn được tham
chiếu, định dạng các tệp đã thay đổi và in báo cáo chuyển đổi: với mỗi thủ tục, những gì đã thay đổi và những
gì còn cần người quyết định, kèm lý do.`,
    migratePaths: 'các tệp hoặc thư mục của không gian làm việc cần chuyển đổi',
    migrateDryRun: 'in những gì sẽ thay đổi (mỗi tệp một bản so sánh unified diff) và báo cáo; không ghi gì',
    migrateReport: 'ghi thêm báo cáo ở dạng Markdown vào tệp này',
    migrateAfter: `
Ví dụ:
  tthc migrate --dry-run examples/legacy
  tthc migrate . --report migration-report.md

Mã thoát: 0 không còn lỗi, 1 còn lỗi (mỗi lỗi được liệt kê trong báo cáo là nội dung cần người quyết
định), 2 dùng lệnh sai hoặc không ghi được tệp (khi đó không tệp nào được ghi).
Cách khai báo cơ quan tiếp nhận nhiệm vụ: docs/vi/language.md; cách một tỉnh chuyển cấu hình hiện có:
docs/vi/import.md.`,
    diffSummary: 'những gì thay đổi giữa hai phiên bản của một tỉnh: thủ tục, bước, thời gian, phí, hồ sơ, căn cứ pháp lý, danh mục',
    diffDescription: `So sánh hai phiên bản của một tỉnh (hai thư mục, hoặc với --git một phiên bản git và cây làm
việc) theo cách người thẩm định đọc: thủ tục thêm mới, bị xóa hoặc đổi tên (theo mã); bước thêm, bỏ, đổi
người thực hiện, đổi thời gian hoặc đổi bước tiếp theo; tổng thời gian so với thời hạn theo quy định; phí,
lệ phí, thành phần hồ sơ, căn cứ pháp lý, cách thức thực hiện; đơn vị, chức danh và đơn vị kế thừa trong
danh mục. Cả hai phiên bản phải không có lỗi.`,
    diffPaths: 'thư mục cũ rồi thư mục mới; với --git, các thư mục cần so, thư mục hiện tại nếu không nêu',
    diffGit: 'so các tệp tại phiên bản git này (nhánh, thẻ, commit) với cây làm việc',
    diffFormat: 'text (màn hình), markdown (bình luận pull request, kèm sơ đồ Mermaid khi luồng thay đổi) hoặc json',
    diffExitCode: 'thoát với mã 1 khi hai phiên bản khác nhau (như git diff --exit-code)',
    diffAfter: `
Ví dụ:
  tthc diff old/lam-dong lam-dong
  tthc diff --git main lam-dong --format markdown > changes.md

Mã thoát: 0 đã so sánh (kể cả khi có thay đổi, trừ khi có --exit-code), 1 có thay đổi khi dùng --exit-code,
2 dùng lệnh sai, một phiên bản không đọc được hoặc có lỗi. Cách thẩm định: docs/vi/review.md.`,
    helpCommand: 'hiện hướng dẫn của một lệnh',
    title: title => vietnameseTitles[title] ?? title,
    extras: description => description.replace(/\(default: /g, '(mặc định: ').replace(/\(choices: /g, '(lựa chọn: ').replace(/, default: /g, ', mặc định: ')
};

/** The help texts in the language of the run. */
export const helpTexts = localized({ en: englishHelp, vi: vietnameseHelp });
