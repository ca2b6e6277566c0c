import { quoteSource } from '@tthc/language';
import type { CatalogueChangeKind, ProcedureChangeKind } from '@tthc/compiler';
import { localized } from '../cli-language.js';

const q = (text: string): string => quoteSource(text);
const viq = (text: string): string => quoteSource(text, undefined, 'vi');
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What `tthc diff` says, in English and Vietnamese; the values it compares are the published (Vietnamese) texts. */
export interface DiffMessages {
    readonly heading: (province: string) => string;
    readonly summary: (changed: number, added: number, removed: number, unchanged: number, catalogue: number) => string;
    readonly noChanges: string;
    readonly catalogue: string;
    readonly added: string;
    readonly removed: string;
    readonly changed: string;
    readonly what: string;
    readonly before: string;
    readonly after: string;
    readonly none: string;
    readonly step: (n: number, id: string) => string;
    readonly channels: Readonly<Record<string, string>>;
    readonly kinds: Readonly<Record<ProcedureChangeKind | CatalogueChangeKind, string>>;
    readonly leader: (yes: boolean) => string;
    readonly exceeds: (statutory: string) => string;
    readonly within: (statutory: string) => string;
    readonly diagram: string;
    readonly usageTwoFolders: string;
    readonly sideErrors: (side: 'old' | 'new', errors: number, where: string) => string;
    readonly sideEmpty: (side: 'old' | 'new', where: string) => string;
    readonly sideProvinces: (side: 'old' | 'new', count: number) => string;
    readonly notGitRepo: (folder: string) => string;
    readonly unknownRef: (ref: string) => string;
    readonly gitFailed: (what: string) => string;
    readonly notFolder: (path: string) => string;
    readonly sinceNeedsSite: string;
}

const english: DiffMessages = {
    heading: province => `Changes to ${province}`,
    summary: (changed, added, removed, unchanged, catalogue) =>
        `${plural(changed, 'procedure')} changed, ${added} added, ${removed} removed, ${unchanged} unchanged; ${plural(catalogue, 'catalogue change')}.`,
    noChanges: 'No changes.',
    catalogue: 'Catalogue',
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    what: 'What',
    before: 'Before',
    after: 'After',
    none: '—',
    step: (n, id) => `Step ${n} (${id})`,
    channels: { 'in-person': 'in person', online: 'online', postal: 'by post' },
    kinds: {
        title: 'title', sector: 'sector', level: 'level', authority: 'competent authority', online: 'online public service',
        'legal-added': 'legal basis added', 'legal-removed': 'legal basis removed', 'legal-retitled': 'legal basis retitled',
        'channel-added': 'channel added', 'channel-removed': 'channel removed', 'statutory-time': 'statutory time',
        'fee-added': 'fee added', 'fee-removed': 'fee removed', 'fee-changed': 'fee',
        'document-added': 'dossier component added', 'document-removed': 'dossier component removed', 'document-changed': 'dossier component',
        'result-added': 'result added', 'result-removed': 'result removed',
        'case-added': 'case added', 'case-removed': 'case removed', 'case-time': 'case time',
        total: 'published total', planned: 'total of the steps',
        'step-added': 'added', 'step-removed': 'removed', 'step-renamed': 'renamed', 'step-retitled': 'title', 'step-reassigned': 'performer',
        'step-retimed': 'time', 'step-counted': 'time counted', 'step-rerouted': 'next steps', 'step-handover': 'hand-over', 'step-moved': 'position',
        'province-retitled': 'province title',
        'unit-added': 'unit added', 'unit-removed': 'unit removed', 'unit-retitled': 'unit title', 'unit-relevelled': 'unit level',
        'position-added': 'position added', 'position-removed': 'position removed', 'position-retitled': 'position title', 'position-leader': 'leader',
        'successor-added': 'successor added', 'successor-removed': 'successor removed',
        'form-added': 'form added', 'form-removed': 'form removed', 'form-retitled': 'form title'
    },
    leader: yes => (yes ? 'leader' : 'not a leader'),
    exceeds: statutory => `exceeds the statutory ${statutory}`,
    within: statutory => `within the statutory ${statutory}`,
    diagram: 'Diagram of the new version (changed steps highlighted)',
    usageTwoFolders: 'tthc diff needs two folders, the old version then the new one (or --git <ref> to compare a git revision with the working tree).',
    sideErrors: (side, errors, where) =>
        `the ${side} version has ${plural(errors, 'error')}, the first at ${where}: fix ${errors === 1 ? 'it' : 'them'} (tthc check) or compare another version.`,
    sideEmpty: (side, where) => `the ${side} version, ${q(where)}, declares no catalogue and no procedure: name the folder of a province.`,
    sideProvinces: (side, count) => `the ${side} version holds ${count} provinces: name the folder of one province.`,
    notGitRepo: folder => `${q(folder)} is not in a git repository: run tthc diff --git there, or compare two folders.`,
    unknownRef: ref => `git does not know the revision ${q(ref)}: name a branch, a tag or a commit (git log shows them).`,
    gitFailed: what => `git failed: ${what}; check that git is installed and the repository readable.`,
    notFolder: path => `${q(path)} is not a folder: name the folder of a province.`,
    sinceNeedsSite: '--since marks changes on the review site: add --target site (or leave --since out).'
};

const vietnamese: DiffMessages = {
    heading: province => `Thay đổi của ${province}`,
    summary: (changed, added, removed, unchanged, catalogue) =>
        `${changed} thủ tục thay đổi, ${added} thêm mới, ${removed} bị xóa, ${unchanged} không đổi; ${catalogue} thay đổi trong danh mục.`,
    noChanges: 'Không có thay đổi.',
    catalogue: 'Danh mục',
    added: 'thêm mới',
    removed: 'bị xóa',
    changed: 'thay đổi',
    what: 'Nội dung',
    before: 'Trước',
    after: 'Sau',
    none: '—',
    step: (n, id) => `Bước ${n} (${id})`,
    channels: { 'in-person': 'trực tiếp', online: 'trực tuyến', postal: 'qua dịch vụ bưu chính' },
    kinds: {
        title: 'tên thủ tục', sector: 'lĩnh vực', level: 'cấp thực hiện', authority: 'cơ quan có thẩm quyền', online: 'dịch vụ công trực tuyến',
        'legal-added': 'thêm căn cứ pháp lý', 'legal-removed': 'bỏ căn cứ pháp lý', 'legal-retitled': 'tên căn cứ pháp lý',
        'channel-added': 'thêm cách thức thực hiện', 'channel-removed': 'bỏ cách thức thực hiện', 'statutory-time': 'thời hạn giải quyết theo quy định',
        'fee-added': 'thêm phí, lệ phí', 'fee-removed': 'bỏ phí, lệ phí', 'fee-changed': 'phí, lệ phí',
        'document-added': 'thêm thành phần hồ sơ', 'document-removed': 'bỏ thành phần hồ sơ', 'document-changed': 'thành phần hồ sơ',
        'result-added': 'thêm kết quả', 'result-removed': 'bỏ kết quả',
        'case-added': 'thêm trường hợp', 'case-removed': 'bỏ trường hợp', 'case-time': 'thời gian của trường hợp',
        total: 'tổng thời gian công bố', planned: 'tổng thời gian các bước',
        'step-added': 'thêm bước', 'step-removed': 'bỏ bước', 'step-renamed': 'đổi tên định danh', 'step-retitled': 'nội dung công việc', 'step-reassigned': 'người thực hiện',
        'step-retimed': 'thời gian', 'step-counted': 'tính thời gian', 'step-rerouted': 'bước tiếp theo', 'step-handover': 'liên thông', 'step-moved': 'thứ tự',
        'province-retitled': 'tên tỉnh',
        'unit-added': 'thêm đơn vị', 'unit-removed': 'bỏ đơn vị', 'unit-retitled': 'tên đơn vị', 'unit-relevelled': 'cấp của đơn vị',
        'position-added': 'thêm chức danh', 'position-removed': 'bỏ chức danh', 'position-retitled': 'tên chức danh', 'position-leader': 'lãnh đạo',
        'successor-added': 'thêm đơn vị kế thừa', 'successor-removed': 'bỏ đơn vị kế thừa',
        'form-added': 'thêm mẫu đơn, tờ khai', 'form-removed': 'bỏ mẫu đơn, tờ khai', 'form-retitled': 'tên mẫu đơn, tờ khai'
    },
    leader: yes => (yes ? 'lãnh đạo' : 'không phải lãnh đạo'),
    exceeds: statutory => `vượt thời hạn theo quy định ${statutory}`,
    within: statutory => `trong thời hạn theo quy định ${statutory}`,
    diagram: 'Sơ đồ phiên bản mới (các bước thay đổi được tô nổi)',
    usageTwoFolders: 'tthc diff cần hai thư mục, phiên bản cũ rồi phiên bản mới (hoặc --git <ref> để so một phiên bản git với cây làm việc).',
    sideErrors: (side, errors, where) =>
        `phiên bản ${side === 'old' ? 'cũ' : 'mới'} có ${errors} lỗi, lỗi đầu tiên tại ${where}: hãy sửa (tthc check) hoặc so một phiên bản khác.`,
    sideEmpty: (side, where) => `phiên bản ${side === 'old' ? 'cũ' : 'mới'}, ${viq(where)}, không khai báo danh mục hay thủ tục nào: hãy nêu thư mục của một tỉnh.`,
    sideProvinces: (side, count) => `phiên bản ${side === 'old' ? 'cũ' : 'mới'} có ${count} tỉnh: hãy nêu thư mục của một tỉnh.`,
    notGitRepo: folder => `${viq(folder)} không nằm trong một kho git: hãy chạy tthc diff --git trong kho, hoặc so hai thư mục.`,
    unknownRef: ref => `git không biết phiên bản ${viq(ref)}: hãy nêu một nhánh, một thẻ hoặc một commit (xem git log).`,
    gitFailed: what => `git bị lỗi: ${what}; hãy kiểm tra git đã được cài đặt và kho đọc được.`,
    notFolder: path => `${viq(path)} không phải là thư mục: hãy nêu thư mục của một tỉnh.`,
    sinceNeedsSite: '--since đánh dấu thay đổi trên trang rà soát: hãy thêm --target site (hoặc bỏ --since).'
};

/** The messages of `tthc diff` in Vietnamese whatever the run's language (the review site is in Vietnamese). */
export const vietnameseDiffMessages: DiffMessages = vietnamese;

/** The messages of `tthc diff` in the run's language. */
export const diffMessages = localized({ en: english, vi: vietnamese });
