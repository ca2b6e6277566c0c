import { isTthcLanguage, languageOfLocale, type TthcLanguage } from '@tthc/language';
import type { InitializeParams } from 'vscode-languageserver/node';

/**
 * The language of the server's diagnostics, from the client's `initialize`: the extension's
 * `initializationOptions.language` (`'vi'` or `'en'`, from the `tthc.language` setting) wins; else the
 * client's UI `locale` (`vi`, `vi-VN` → Vietnamese); else English.
 */
export function languageOfInitialize(params: Pick<InitializeParams, 'locale' | 'initializationOptions'>): TthcLanguage {
    const option = (params.initializationOptions as { language?: unknown } | null | undefined)?.language;
    if (isTthcLanguage(option)) {
        return option;
    }
    return languageOfLocale(params.locale) ?? 'en';
}
