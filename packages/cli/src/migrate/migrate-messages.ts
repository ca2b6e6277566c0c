import { quoteSource, sourceText } from '@tthc/language';
import { localized } from '../cli-language.js';
import type { Change, Pending } from './plan-migration.js';

const q = (text: string): string => quoteSource(text);
const viq = (text: string): string => quoteSource(text, undefined, 'vi');
// A procedure's whole title, as the decision lists it; only a pasted page is cut.
const TITLE_LIMIT = 1000;
const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

/**
 * What `tthc migrate` says: its report (Markdown, also printed in the terminal) and its one-line problems,
 * in English and Vietnamese (`migrateMessages` is the catalogue of the run's language).
 */
const english = {
    title: 'Migration report',
    intro: (files: number, procedures: number) =>
        `Workspace migrated from the district level using the successors its catalogue declares: ${procedures} procedure${procedures === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} examined.`,
    dryRun: 'Dry run: nothing was written.',
    // A title is source text: control characters (a line break would end the heading) made visible, bounded.
    procedure: (name: string, title: string) => `${code(name)}: ${sourceText(title, TITLE_LIMIT)}`,
    changed: 'Changed',
    nothingChanged: 'Nothing to change.',
    human: 'Needs a human decision',
    noHuman: 'Nothing: the procedure has no remaining finding.',
    notMigrated: 'Not migrated',
    catalogue: 'Catalogue',
    safeFixes: 'Safe fixes applied (as tthc fix does)',
    removed: (units: readonly string[]) => `District units removed, nothing refers to them any more: ${units.map(code).join(', ')}.`,
    kept: (units: readonly string[]) => `District units kept, still referred to (see the decisions above): ${units.map(code).join(', ')}.`,
    findingsHeading: 'Remaining findings (each needs a human decision)',
    finding: (where: string, severity: string, rule: string, message: string) => `${code(where)} ${severity} ${code(rule)}: ${message}`,
    summary: (changes: number, findings: number, files: number) =>
        `${changes} change${changes === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; ${findings} finding${findings === 1 ? '' : 's'} left for a human decision.`,
    change: (change: Change): string => {
        const at = change.step !== undefined ? `step ${code(change.step)}: ` : change.member !== undefined ? `member ${code(change.member)}: ` : '';
        switch (change.kind) {
            case 'level': return `${at}level ${code(change.from)} → ${code(change.to)}`;
            case 'authority': return `${at}authority ${code(change.from)} → ${code(change.to)}`;
            case 'performer': return `${at}performed by ${code(change.to)} instead of ${code(change.from)}`;
            case 'leaders': return `${at}leaders of ${code(change.to)} instead of ${code(change.from)}`;
            case 'partner': return `${at}hands over to ${code(change.to)} instead of ${code(change.from)}`;
            case 'legal': return `cites ${change.to} instead of ${change.from}, which it replaced`;
            case 'legal-removed': return `citation of ${change.from} removed: it already cites ${change.to}, which replaced it`;
        }
    },
    pending: (pending: Pending): string => {
        const at = pending.step !== undefined ? `step ${code(pending.step)}: ` : pending.member !== undefined ? `member ${code(pending.member)}: ` : '';
        switch (pending.reason) {
            case 'no-successor': return `${at}${code(pending.subject)} has no declared successor: declare \`succeeded-by\` on its unit in the catalogue, or assign the work by hand.`;
            case 'sector-not-covered': return `${at}the successors of ${code(pending.subject)} do not cover ${pending.sector !== undefined ? `the sector ${q(pending.sector)}` : 'a procedure without a sector'}: add a successor for it (or one without \`for\`), or assign the work by hand.`;
            case 'position-unmatched': return `${at}${code(pending.subject)} has no counterpart in ${code(pending.successor ?? '?')} (no \`succeeded-by\`, no position of the same name or title): declare the position's successor, or assign the work by hand.`;
            case 'level-unknown': return `${at}the level of ${code(pending.subject)} after migration is unknown (its authority has no successor): set the procedure's authority first.`;
        }
    },
    // One-line problems and notes of the command.
    nothingToMigrate: (paths: readonly string[]) =>
        `nothing to migrate in ${paths.length > 0 ? paths.map(q).join(', ') : 'the current folder'}: no .tthc files found; name the folder of a province.`,
    wrote: (files: number) => `migrated ${files} file${files === 1 ? '' : 's'}.`,
    unchanged: 'nothing to migrate: the workspace has no district-level reference the catalogue can resolve.',
    reportWritten: (path: string) => `report written to ${q(path)}.`,
    reportNotMarkdown: (path: string) => `--report ${q(path)} is not a .md file; name a Markdown file (e.g. migration-report.md).`,
    cannotWrite: (path: string, reason: string) => `cannot write ${q(path)}: ${reason}; nothing was migrated (the files are as they were).`,
    cannotWriteReport: (path: string, reason: string) => `cannot write the report ${q(path)}: ${reason}; the files were migrated: run tthc migrate --dry-run to see the report again.`
};

const vietnamese: typeof english = {
    title: 'Báo cáo chuyển đổi',
    intro: (files, procedures) =>
        `Đã chuyển đổi không gian làm việc khỏi cấp huyện theo các cơ quan tiếp nhận nhiệm vụ khai báo trong danh mục: đã xem xét ${procedures} thủ tục trong ${files} tệp.`,
    dryRun: 'Chạy thử: không ghi tệp nào.',
    procedure: (name, title) => `${code(name)}: ${sourceText(title, TITLE_LIMIT, 'vi')}`,
    changed: 'Đã thay đổi',
    nothingChanged: 'Không có gì cần thay đổi.',
    human: 'Cần người quyết định',
    noHuman: 'Không có: thủ tục không còn vấn đề nào.',
    notMigrated: 'Chưa chuyển đổi',
    catalogue: 'Danh mục',
    safeFixes: 'Các cách sửa an toàn đã áp dụng (như lệnh tthc fix)',
    removed: units => `Đã xoá các đơn vị cấp huyện không còn được tham chiếu: ${units.map(code).join(', ')}.`,
    kept: units => `Giữ lại các đơn vị cấp huyện vẫn còn được tham chiếu (xem các nội dung cần quyết định ở trên): ${units.map(code).join(', ')}.`,
    findingsHeading: 'Các vấn đề còn lại (mỗi vấn đề cần người quyết định)',
    finding: (where, severity, rule, message) => `${code(where)} ${severity === 'error' ? 'lỗi' : severity === 'warning' ? 'cảnh báo' : 'thông tin'} ${code(rule)}: ${message}`,
    summary: (changes, findings, files) =>
        `${changes} thay đổi trong ${files} tệp; còn ${findings} vấn đề cần người quyết định.`,
    change: change => {
        const at = change.step !== undefined ? `bước ${code(change.step)}: ` : change.member !== undefined ? `thủ tục thành viên ${code(change.member)}: ` : '';
        switch (change.kind) {
            case 'level': return `${at}cấp thực hiện ${code(change.from)} → ${code(change.to)}`;
            case 'authority': return `${at}cơ quan thực hiện ${code(change.from)} → ${code(change.to)}`;
            case 'performer': return `${at}do ${code(change.to)} thực hiện thay cho ${code(change.from)}`;
            case 'leaders': return `${at}lãnh đạo ${code(change.to)} thay cho lãnh đạo ${code(change.from)}`;
            case 'partner': return `${at}bàn giao cho ${code(change.to)} thay cho ${code(change.from)}`;
            case 'legal': return `viện dẫn ${change.to} thay cho ${change.from} đã được thay thế`;
            case 'legal-removed': return `bỏ viện dẫn ${change.from}: thủ tục đã viện dẫn ${change.to}, văn bản thay thế`;
        }
    },
    pending: pending => {
        const at = pending.step !== undefined ? `bước ${code(pending.step)}: ` : pending.member !== undefined ? `thủ tục thành viên ${code(pending.member)}: ` : '';
        switch (pending.reason) {
            case 'no-successor': return `${at}${code(pending.subject)} chưa khai báo cơ quan tiếp nhận nhiệm vụ: hãy khai báo \`succeeded-by\` cho đơn vị trong danh mục, hoặc tự phân công.`;
            case 'sector-not-covered': return `${at}các cơ quan tiếp nhận nhiệm vụ của ${code(pending.subject)} không bao gồm ${pending.sector !== undefined ? `lĩnh vực ${viq(pending.sector)}` : 'thủ tục không ghi lĩnh vực'}: hãy khai báo thêm (hoặc một cơ quan không có \`for\`), hoặc tự phân công.`;
            case 'position-unmatched': return `${at}${code(pending.subject)} không có chức danh tương ứng trong ${code(pending.successor ?? '?')} (không có \`succeeded-by\`, không có chức danh cùng tên hoặc cùng tên gọi): hãy khai báo chức danh tiếp nhận, hoặc tự phân công.`;
            case 'level-unknown': return `${at}chưa xác định được cấp thực hiện của ${code(pending.subject)} sau chuyển đổi (cơ quan thực hiện chưa có cơ quan tiếp nhận): hãy xác định cơ quan thực hiện trước.`;
        }
    },
    nothingToMigrate: paths =>
        `không có gì để chuyển đổi trong ${paths.length > 0 ? paths.map(viq).join(', ') : 'thư mục hiện tại'}: không tìm thấy tệp .tthc; hãy chỉ ra thư mục của một tỉnh.`,
    wrote: files => `đã chuyển đổi ${files} tệp.`,
    unchanged: 'không có gì để chuyển đổi: không gian làm việc không còn tham chiếu cấp huyện nào mà danh mục xác định được nơi tiếp nhận.',
    reportWritten: path => `đã ghi báo cáo vào ${viq(path)}.`,
    reportNotMarkdown: path => `--report ${viq(path)} không phải tệp .md; hãy chỉ ra một tệp Markdown (ví dụ migration-report.md).`,
    cannotWrite: (path, reason) => `không ghi được ${viq(path)}: ${reason}; chưa chuyển đổi gì (các tệp giữ nguyên).`,
    cannotWriteReport: (path, reason) => `không ghi được báo cáo ${viq(path)}: ${reason}; các tệp đã được chuyển đổi: hãy chạy tthc migrate --dry-run để xem lại báo cáo.`
};

/** The messages of `tthc migrate` in the run's language. */
export const migrateMessages = localized({ en: english, vi: vietnamese });
