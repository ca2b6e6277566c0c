import { isTthcLanguage, languageOfLocale, type TthcLanguage } from '@tthc/language';

// The language of this run of the CLI: one run, one command, one language, chosen by `main` before
// anything is printed.
let current: TthcLanguage = 'en';

/** The language the CLI speaks in this run. */
export function cliLanguage(): TthcLanguage {
    return current;
}

/** Sets the language of this run (`main` does, from `--lang` or the locale). */
export function setCliLanguage(language: TthcLanguage): void {
    current = language;
}

/**
 * The language of the locale, as POSIX programs choose their messages' language: the first set of
 * `LC_ALL`, `LC_MESSAGES`, `LANG`; Vietnamese when it starts with `vi` (`vi_VN.UTF-8`), else English.
 */
export function languageOfEnvironment(env: NodeJS.ProcessEnv): TthcLanguage {
    for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
        const language = languageOfLocale(env[name]);
        if (language !== undefined) {
            return language;
        }
    }
    return 'en';
}

/**
 * The value of `--lang` on the command line (`--lang vi`, `--lang=vi`), when it is a language; the
 * last one wins, as Commander reads it. Commander reports a wrong value itself.
 */
export function languageOption(argv: readonly string[]): TthcLanguage | undefined {
    let found: TthcLanguage | undefined;
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--') break;
        const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice('--lang='.length) : undefined;
        if (isTthcLanguage(value)) found = value;
    }
    return found;
}

/**
 * One catalogue per language, seen as one object whose members are those of the current language:
 * callers write `cliMessages.nothingTo(…)` whatever the language.
 */
export function localized<T extends object>(catalogues: Readonly<Record<TthcLanguage, T>>): T {
    return new Proxy(catalogues.en, {
        get: (_target, property) => Reflect.get(catalogues[current], property)
    });
}
