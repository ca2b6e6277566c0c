import type { AstNode, Cancellation, LangiumDocument, ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TthcLanguage } from '../../i18n/language.js';
import type { TthcLocale } from '../../i18n/tthc-locale.js';
import { ruleAnchor } from '../../validation/rule-anchors.js';
import { TthcDocumentValidator } from '../../validation/tthc-document-validator.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';

/**
 * Where each rule is documented: `docs/rules.md` (and its Vietnamese `docs/vi/rules.md`, with the same
 * headings) has a heading per code. The host sets `base` (the server to the copy shipped with the
 * extension) and `translated`; without `base`, diagnostics carry no link.
 */
export class RuleLinks {
    /** The URI of docs/rules.md, without a fragment. */
    base: string | undefined;
    /** The URI of the page in another language (docs/vi/rules.md), used while diagnostics speak it. */
    translated: Partial<Record<TthcLanguage, string>> = {};

    // Links follow the language of the messages, which may change after the services are created.
    constructor(protected readonly locale?: TthcLocale) {}

    /** The link to a code's section, in the diagnostics' language when that page is known. */
    hrefOf(code: string): string | undefined {
        if (this.base === undefined) return undefined;
        const page = (this.locale && this.translated[this.locale.language]) ?? this.base;
        return `${page}#${ruleAnchor(code)}`;
    }
}

/** The document validator of the language server: the CLI's, with each diagnostic's code linked to its rule. */
export class TthcLspDocumentValidator extends TthcDocumentValidator {
    protected readonly links: RuleLinks;

    constructor(services: TthcLspServices) {
        super(services);
        this.links = services.documentation.RuleLinks;
    }

    override async validateDocument(document: LangiumDocument<AstNode>, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            const href = typeof diagnostic.code === 'string' ? this.links.hrefOf(diagnostic.code) : undefined;
            if (href) diagnostic.codeDescription = { href };
        }
        return diagnostics;
    }
}
