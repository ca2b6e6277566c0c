import { DefaultDocumentValidator, type LangiumDocument, type ParseResult, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';

/**
 * Langium's document validator, with the built-in findings renamed to the language's codes:
 * lexer and parser errors become `syntax-error`, unresolved references `unknown-reference`.
 */
export class TthcDocumentValidator extends DefaultDocumentValidator {
    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        // The sentence comes from `TthcLexerErrorMessageProvider`.
        diagnostics.slice(start).forEach(d => rename(d, 'syntax-error'));
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        diagnostics.slice(start).forEach(d => rename(d, 'syntax-error'));
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        diagnostics.slice(start).forEach(d => rename(d, 'unknown-reference'));
    }
}

function rename(diagnostic: Diagnostic, code: string): void {
    diagnostic.code = code;
    diagnostic.data = { ...diagnostic.data, code };
}
