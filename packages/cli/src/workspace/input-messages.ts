import { quoteSource } from '@tthc/language';
import { localized } from '../cli-language.js';

// A path or pattern is shown whole (cutting it would hide which is meant), only made visible.
const quote = (text: string): string => quoteSource(text, Number.POSITIVE_INFINITY);

/** What the CLI says about the inputs it cannot take: a glob that matches nothing, standard input misused. */
const englishInputMessages = {
    globMatchesNothing: (pattern: string) =>
        `the pattern ${quote(pattern)} matches no .tthc file and no folder; check it, or quote it so that the CLI expands it (tthc check 'procedures/**/*.tthc').`,
    stdinAlone: "'-' (standard input) must be the only path; check the other files in a separate run.",
    stdinFilenameNeeded: "reading standard input ('-') needs --stdin-filename <path.tthc>: the name its findings are reported under, whose folder's catalogue it is checked against.",
    stdinFilenameNotTthc: (name: string) => `--stdin-filename ${quote(name)} is not a .tthc file name; name the file the text stands for, e.g. procedures/khai-sinh.tthc.`,
    stdinFilenameWithoutDash: "--stdin-filename names standard input, which is read only for the path '-'; add '-', or leave out --stdin-filename.",
    stdinOnlyForCheck: "only tthc check reads standard input ('-'); name .tthc files or folders here."
};

const vietnameseInputMessages: typeof englishInputMessages = {
    globMatchesNothing: pattern =>
        `mẫu ${quote(pattern)} không khớp với tệp .tthc hay thư mục nào; hãy kiểm tra lại mẫu, hoặc đặt mẫu trong dấu nháy để tthc tự mở rộng (tthc check 'procedures/**/*.tthc').`,
    stdinAlone: "'-' (đầu vào chuẩn) phải là đường dẫn duy nhất; hãy kiểm tra các tệp khác trong một lần chạy riêng.",
    stdinFilenameNeeded: "đọc đầu vào chuẩn ('-') cần --stdin-filename <đường-dẫn.tthc>: tên dùng để báo các vấn đề, và thư mục của tên đó cho biết danh mục dùng để kiểm tra.",
    stdinFilenameNotTthc: name => `--stdin-filename ${quote(name)} không phải tên tệp .tthc; hãy ghi tên tệp mà nội dung đó thay cho, ví dụ procedures/khai-sinh.tthc.`,
    stdinFilenameWithoutDash: "--stdin-filename đặt tên cho đầu vào chuẩn, vốn chỉ được đọc khi có đường dẫn '-'; hãy thêm '-', hoặc bỏ --stdin-filename.",
    stdinOnlyForCheck: "chỉ lệnh tthc check mới đọc đầu vào chuẩn ('-'); ở đây hãy chỉ ra các tệp .tthc hoặc thư mục."
};

/** The sentences about inputs, in the language of the run. */
export const inputMessages = localized({ en: englishInputMessages, vi: vietnameseInputMessages });
