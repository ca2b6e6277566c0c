/** A language the tools speak: English (the default) or Vietnamese. Rule codes are the same in both. */
export type TthcLanguage = 'en' | 'vi';

/** The languages, default first. */
export const tthcLanguages: readonly TthcLanguage[] = ['en', 'vi'];

/** Whether a value names one of the languages (`'en'` or `'vi'`, exactly). */
export function isTthcLanguage(value: unknown): value is TthcLanguage {
    return value === 'en' || value === 'vi';
}

/**
 * The language of a locale name, or undefined when it names neither: an LSP/BCP 47 tag (`vi`,
 * `vi-VN`, `en-US`) or a POSIX locale (`vi_VN.UTF-8`, `C`, `POSIX`). Only the language part counts;
 * every locale other than Vietnamese reads English, the default.
 */
export function languageOfLocale(locale: string | undefined): TthcLanguage | undefined {
    if (locale === undefined || locale.trim() === '') {
        return undefined;
    }
    const language = locale.trim().toLowerCase().split(/[-_.@]/)[0];
    return language === 'vi' ? 'vi' : 'en';
}
