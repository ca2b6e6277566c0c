import type { IssueCode } from '../validation/issue-codes.js';
import { englishMessages, messageFor, type MessageArgs, type MessageCatalogue } from '../validation/messages.js';
import { vietnameseMessages } from '../validation/messages-vi.js';
import type { TthcLanguage } from './language.js';

/** The message catalogue of each language. */
export const messageCatalogues: Readonly<Record<TthcLanguage, MessageCatalogue>> = {
    en: englishMessages,
    vi: vietnameseMessages
};

/**
 * The language every producer of diagnostics speaks (the checks through `report`, the linker, the
 * parser and lexer messages, the CLI's file findings): one per set of services, English by default.
 * It may change after the services are created (the language server learns the client's locale at
 * `initialize`); messages built afterwards follow it.
 */
export class TthcLocale {
    language: TthcLanguage = 'en';

    /** The message catalogue of the current language. */
    get messages(): MessageCatalogue {
        return messageCatalogues[this.language];
    }

    /** The message of a code in the current language. */
    message<C extends IssueCode>(code: C, args: MessageArgs<C>): string {
        return messageFor(code, args, this.messages);
    }
}
