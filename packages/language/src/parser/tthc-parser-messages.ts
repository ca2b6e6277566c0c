import { LangiumParserErrorMessageProvider } from 'langium';
import type { ILexerErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import type { TthcLanguage } from '../i18n/language.js';
import type { TthcLocale } from '../i18n/tthc-locale.js';
import { quoteSource } from '../validation/quote-source.js';

/** The words of the parser and lexer messages in one language. */
interface SyntaxTexts {
    /** What each terminal looks like, in the words of the language reference. */
    readonly terminals: Readonly<Record<string, string>>;
    readonly endOfFile: string;
    readonly or: string;
    readonly anotherKeyword: string;
    readonly somethingElse: string;
    readonly declaration: string;
    readonly found: (actual: string, expected: string) => string;
    readonly unexpectedCharacter: (character: string) => string;
    readonly unexpected: (text: string) => string;
    /** A keyword written where a name was expected: keywords added by later versions break old names. */
    readonly keywordAsName: (keyword: string, suggestion: string) => string;
}

const texts: Readonly<Record<TthcLanguage, SyntaxTexts>> = {
    en: {
        terminals: {
            ID: 'a name',
            STRING: 'a quoted text',
            DURATION: 'a duration such as 2h, 0.5d, 3wd or 15cd',
            PERCENT: 'a percentage such as 20%',
            CLOCK: 'a time of day such as 15:00',
            CODE: 'a code such as 1.001193 or 000.00.00.H30',
            INT: 'a whole number',
            EOF: "a 'province' or 'procedure' declaration"
        },
        endOfFile: 'the end of the file',
        or: 'or',
        anotherKeyword: 'another keyword',
        somethingElse: 'something else',
        declaration: "a 'province' or 'procedure' declaration",
        found: (actual, expected) => `Found ${actual} where ${expected} was expected; see docs/language.md for the syntax.`,
        unexpectedCharacter: character => `Unexpected character ${character}: remove it, or put text in double quotes; see docs/language.md for the syntax.`,
        unexpected: text => `Unexpected ${text}; see docs/language.md for the syntax.`,
        keywordAsName: (keyword, suggestion) => `${keyword} is a keyword of the language and cannot be a name (some keywords, such as 'case', 'part', 'start' and 'total', were added with procedures as published): rename it, e.g. ${suggestion}, everywhere it is used; see the keyword list in docs/language.md.`
    },
    vi: {
        terminals: {
            ID: 'một tên',
            STRING: 'một đoạn văn bản trong dấu nháy kép',
            DURATION: 'một thời hạn như 2h, 0.5d, 3wd hoặc 15cd',
            PERCENT: 'một tỷ lệ phần trăm như 20%',
            CLOCK: 'một giờ trong ngày như 15:00',
            CODE: 'một mã như 1.001193 hoặc 000.00.00.H30',
            INT: 'một số nguyên',
            EOF: "một khai báo 'province' hoặc 'procedure'"
        },
        endOfFile: 'cuối tệp',
        or: 'hoặc',
        anotherKeyword: 'một từ khoá khác',
        somethingElse: 'nội dung khác',
        declaration: "một khai báo 'province' hoặc 'procedure'",
        found: (actual, expected) => `Gặp ${actual} ở chỗ cần ${expected}; xem cú pháp trong docs/language.md.`,
        unexpectedCharacter: character => `Ký tự không hợp lệ ${character}: hãy xoá ký tự này, hoặc đặt văn bản trong dấu nháy kép; xem cú pháp trong docs/language.md.`,
        unexpected: text => `Không mong đợi ${text}; xem cú pháp trong docs/language.md.`,
        keywordAsName: (keyword, suggestion) => `${keyword} là từ khoá của ngôn ngữ nên không dùng làm tên được (một số từ khoá như 'case', 'part', 'start', 'total' được bổ sung khi ngôn ngữ ghi quy trình như bản công bố): hãy đổi tên, ví dụ ${suggestion}, ở mọi chỗ dùng tên đó; xem danh sách từ khoá trong docs/language.md.`
    }
};

function describe(type: TokenType, words: SyntaxTexts): string {
    if (type.name.endsWith(':KW')) {
        return `'${type.name.slice(0, -3)}'`;
    }
    return words.terminals[type.name] ?? type.name;
}

function describeActual(token: IToken | undefined, words: SyntaxTexts, language: TthcLanguage): string {
    if (!token || token.tokenType?.name === 'EOF') {
        return words.endOfFile;
    }
    return quoteSource(token.image, undefined, language);
}

function firstTokens(paths: TokenType[][][], words: SyntaxTexts): string {
    const names = new Set<string>();
    for (const alternative of paths) {
        for (const path of alternative) {
            if (path.length > 0) {
                names.add(describe(path[0], words));
            }
        }
    }
    const list = [...names];
    if (list.length > 6) {
        return `${list.slice(0, 6).join(', ')} ${words.or} ${words.anotherKeyword}`;
    }
    return list.length > 1 ? `${list.slice(0, -1).join(', ')} ${words.or} ${list[list.length - 1]}` : (list[0] ?? words.somethingElse);
}

/**
 * Parser error messages that say, in one sentence, what was found, what was expected and where
 * to look, instead of Chevrotain's lists of token sequences; in the language of `locale` when the
 * document is parsed.
 */
export class TthcParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    constructor(protected readonly locale?: TthcLocale) {
        super();
    }

    protected get language(): TthcLanguage {
        return this.locale?.language ?? 'en';
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const words = texts[this.language];
        const image = options.actual?.image;
        if (options.expected.name === 'ID' && image !== undefined && /^[a-z][a-z-]*$/.test(image) && options.actual.tokenType?.name !== 'ID') {
            const suggestion = `'${image.charAt(0).toUpperCase()}${image.slice(1).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}'`;
            return words.keywordAsName(quoteSource(image, undefined, this.language), suggestion);
        }
        return words.found(describeActual(options.actual, words, this.language), describe(options.expected, words));
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        const words = texts[this.language];
        return words.found(describeActual(options.firstRedundant, words, this.language), words.declaration);
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const words = texts[this.language];
        return words.found(describeActual(options.actual[0], words, this.language), firstTokens(options.expectedPathsPerAlt, words));
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const words = texts[this.language];
        return words.found(describeActual(options.actual[0], words, this.language), firstTokens([options.expectedIterationPaths], words));
    }
}

/**
 * The lexer's message for a character no token can start with: the character (made visible when
 * it is a control character) and what to do, instead of Chevrotain's `->x<- at offset: n`.
 */
export class TthcLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    constructor(protected readonly locale?: TthcLocale) {}

    buildUnexpectedCharactersMessage(fullText: string, startOffset: number): string {
        const language = this.locale?.language ?? 'en';
        const character = String.fromCodePoint(fullText.codePointAt(startOffset) ?? 0xfffd);
        return texts[language].unexpectedCharacter(quoteSource(character, undefined, language));
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        // The grammar has no lexer modes; kept for the interface.
        const language = this.locale?.language ?? 'en';
        return texts[language].unexpected(quoteSource(token.image, undefined, language));
    }
}
