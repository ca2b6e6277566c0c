/** The languages the language server speaks when asked (`tthc.language`). */
export type ServerLanguage = 'vi' | 'en';

/** What the client sends in `initialize` (beside LSP's `locale`, VS Code's display language). */
export interface ServerInitializationOptions {
    /** The language the user chose; `undefined` for `auto`: the server follows `locale`. */
    readonly language: ServerLanguage | undefined;
}

/**
 * The `tthc.language` setting as the server's initialization options: `vi` and `en` are sent as
 * they are; `auto`, and anything else a hand-edited settings file holds, leave it to `locale`.
 */
export function serverInitializationOptions(setting: unknown): ServerInitializationOptions {
    return { language: setting === 'vi' || setting === 'en' ? setting : undefined };
}

/**
 * The language `TTHC: Build Configuration` asks of the CLI (`--lang`): the one chosen in `tthc.language`,
 * or for `auto` VS Code's display language (`vscode.env.language`), Vietnamese when it is Vietnamese.
 */
export function buildLanguage(setting: unknown, displayLanguage: string): ServerLanguage {
    return serverInitializationOptions(setting).language ?? (/^vi\b/i.test(displayLanguage) ? 'vi' : 'en');
}
