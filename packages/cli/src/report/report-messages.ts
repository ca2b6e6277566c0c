import { quoteSource } from '@tthc/language';
import { localized } from '../cli-language.js';

/** What the CLI says about the options of its reports. */
const englishReportMessages = {
    invalidDocsUrl: (value: string) =>
        `--docs-url ${quoteSource(value)} is not a web address; give the http(s) address where the documentation folder (docs/) is published, without # or ?.`
};

const vietnameseReportMessages: typeof englishReportMessages = {
    invalidDocsUrl: value =>
        `--docs-url ${quoteSource(value, undefined, 'vi')} không phải địa chỉ web; hãy ghi địa chỉ http(s) nơi công bố thư mục tài liệu (docs/), không có # hay ?.`
};

/** The sentences about reports, in the language of the run. */
export const reportMessages = localized({ en: englishReportMessages, vi: vietnameseReportMessages });
