import { LangiumParserErrorMessageProvider } from 'langium';
import type { ILexerErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { quoteSource } from '../validation/quote-source.js';

// What each terminal looks like, in the words of the language reference.
const terminalDescriptions: Record<string, string> = {
    ID: 'a name',
    STRING: 'a quoted text',
    DURATION: 'a duration such as 2h, 0.5d or 15cd',
    CODE: 'a code such as 1.001193 or 000.00.00.H30',
    INT: 'a whole number',
    EOF: "a 'province' or 'procedure' declaration"
};

function describe(type: TokenType): string {
    if (type.name.endsWith(':KW')) {
        return `'${type.name.slice(0, -3)}'`;
    }
    return terminalDescriptions[type.name] ?? type.name;
}

function describeActual(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF') {
        return 'the end of the file';
    }
    return quoteSource(token.image);
}

function firstTokens(paths: TokenType[][][]): string {
    const names = new Set<string>();
    for (const alternative of paths) {
        for (const path of alternative) {
            if (path.length > 0) {
                names.add(describe(path[0]));
            }
        }
    }
    const list = [...names];
    if (list.length > 6) {
        return `${list.slice(0, 6).join(', ')} or another keyword`;
    }
    return list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}` : (list[0] ?? 'something else');
}

const advice = 'see docs/language.md for the syntax';

/**
 * Parser error messages that say, in one sentence, what was found, what was expected and where
 * to look, instead of Chevrotain's lists of token sequences.
 */
export class TthcParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return `Found ${describeActual(options.actual)} where ${describe(options.expected)} was expected; ${advice}.`;
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return `Found ${describeActual(options.firstRedundant)} where a 'province' or 'procedure' declaration was expected; ${advice}.`;
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return `Found ${describeActual(options.actual[0])} where ${firstTokens(options.expectedPathsPerAlt)} was expected; ${advice}.`;
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return `Found ${describeActual(options.actual[0])} where ${firstTokens([options.expectedIterationPaths])} was expected; ${advice}.`;
    }
}

/**
 * The lexer's message for a character no token can start with: the character (made visible when
 * it is a control character) and what to do, instead of Chevrotain's `->x<- at offset: n`.
 */
export class TthcLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number): string {
        const character = String.fromCodePoint(fullText.codePointAt(startOffset) ?? 0xfffd);
        return `Unexpected character ${quoteSource(character)}: remove it, or put text in double quotes; ${advice}.`;
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        // The grammar has no lexer modes; kept for the interface.
        return `Unexpected ${quoteSource(token.image)}; ${advice}.`;
    }
}
