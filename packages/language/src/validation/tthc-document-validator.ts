import {
    Cancellation, DefaultDocumentValidator, interruptAndCheck,
    type AstNode, type DiagnosticInfo, type LangiumCoreServices, type LangiumDocument, type ParseResult, type ValidationAcceptor,
    type ValidationCheck, type ValidationOptions, type ValidationSeverity
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TthcLocale } from '../i18n/tthc-locale.js';
import type { TthcAddedServices } from '../tthc-module.js';
import { allNodes } from '../workspace/ast-walk.js';
import { isIssueCode } from './issue-codes.js';
import { messageFor, type MessageArgs } from './messages.js';

// How many nodes to validate between two looks at the cancellation token.
const NODES_PER_INTERRUPT_CHECK = 64;

/**
 * Langium's document validator, with the built-in findings renamed to the language's codes:
 * lexer and parser errors become `syntax-error`, unresolved references `unknown-reference`; the
 * findings of the checks are said in the language of the services (`TthcLocale`).
 */
export class TthcDocumentValidator extends DefaultDocumentValidator {
    protected readonly locale: TthcLocale;

    constructor(services: LangiumCoreServices & TthcAddedServices) {
        super(services);
        this.locale = services.i18n.Locale;
    }

    // `report` gives the English sentence and its arguments: another language says it again from them.
    protected override toDiagnostic<N extends AstNode>(severity: ValidationSeverity, message: string, info: DiagnosticInfo<N, string>): Diagnostic {
        const { messageArgs, ...rest } = info as DiagnosticInfo<N, string> & { messageArgs?: unknown };
        const code = rest.code;
        const localized = this.locale.language !== 'en' && messageArgs !== undefined && isIssueCode(code)
            ? messageFor(code, messageArgs as MessageArgs<typeof code>, this.locale.messages)
            : message;
        return super.toDiagnostic(severity, localized, rest);
    }

    // The checks of each node type (and category selection): the registry is fixed after start-up.
    protected readonly checksByType = new Map<string, readonly ValidationCheck[]>();

    /**
     * Langium's loop over the nodes, without its per-node costs: checks come from a table instead of
     * a fresh stream per node, nodes from a plain walk instead of an iterator per node, a synchronous check is not awaited, and cancellation is looked at
     * every few dozen nodes instead of at every node.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        let count = 0;
        for (const node of allNodes(rootNode)) {
            if (++count % NODES_PER_INTERRUPT_CHECK === 0) {
                await interruptAndCheck(cancelToken);
            }
            for (const check of this.checksFor(node.$type, options.categories)) {
                const result = check(node, acceptor, cancelToken);
                if (result instanceof Promise) {
                    await result;
                }
            }
        }
    }

    protected checksFor(type: string, categories: ValidationOptions['categories']): readonly ValidationCheck[] {
        const key = categories ? `${type}\u0000${categories.join(',')}` : type;
        let checks = this.checksByType.get(key);
        if (!checks) {
            checks = this.validationRegistry.getChecks(type, categories).toArray();
            this.checksByType.set(key, checks);
        }
        return checks;
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
