import {
    Cancellation, DefaultDocumentValidator,
    type AstNode, type DiagnosticInfo, type LangiumCoreServices, type LangiumDocument, type ParseResult, type ValidationOptions, type ValidationSeverity
} from 'langium';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { TthcLocale } from '../i18n/tthc-locale.js';
import { applyRuleSettings } from '../settings/apply-rule-settings.js';
import { readSuppressions } from '../settings/suppressions.js';
import type { TthcRuleSettings } from '../settings/tthc-rule-settings.js';
import type { TthcAddedServices } from '../tthc-module.js';
import { isIssueCode, type IssueCode } from './issue-codes.js';
import { messageFor, type MessageArgs } from './messages.js';

/**
 * Langium's document validator, with the built-in findings renamed to the language's codes:
 * lexer and parser errors become `syntax-error`, unresolved references `unknown-reference`; the
 * findings of the checks are said in the language of the services (`TthcLocale`).
 */
export class TthcDocumentValidator extends DefaultDocumentValidator {
    protected readonly locale: TthcLocale;
    protected readonly ruleSettings: TthcRuleSettings;

    constructor(services: LangiumCoreServices & TthcAddedServices) {
        super(services);
        this.locale = services.i18n.Locale;
        this.ruleSettings = services.workspace.RuleSettings;
    }

    /**
     * Langium's validation, then the project's rule settings and the document's suppressions
     * (`applyRuleSettings`): what a suppression silenced is kept aside (`TthcRuleSettings.suppressedOf`),
     * not published. Only a validation with every check judges the suppressions (an unused one needs them all).
     */
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        // The language registers no 'slow' checks: 'built-in' and 'fast' are all of them (Langium's update builds run those).
        const complete = options.categories === undefined || (options.categories.includes('built-in') && options.categories.includes('fast'));
        if (!complete) return diagnostics;
        const settled = applyRuleSettings(diagnostics, readSuppressions(document), code => this.ruleSettings.levelOf(code, document.uri), this.make);
        this.ruleSettings.recordSuppressed(document, settled.suppressed);
        return settled.kept;
    }

    protected readonly make = <C extends IssueCode>(code: C, args: MessageArgs<C>, range: Range): Diagnostic =>
        ({ range, severity: DiagnosticSeverity.Warning, code, message: this.locale.message(code, args), source: this.metadata.languageId, data: { code } });

    // `report` gives the English sentence and its arguments: another language says it again from them.
    protected override toDiagnostic<N extends AstNode>(severity: ValidationSeverity, message: string, info: DiagnosticInfo<N, string>): Diagnostic {
        const { messageArgs, ...rest } = info as DiagnosticInfo<N, string> & { messageArgs?: unknown };
        const code = rest.code;
        const localized = this.locale.language !== 'en' && messageArgs !== undefined && isIssueCode(code)
            ? messageFor(code, messageArgs as MessageArgs<typeof code>, this.locale.messages)
            : message;
        return super.toDiagnostic(severity, localized, rest);
    }

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
