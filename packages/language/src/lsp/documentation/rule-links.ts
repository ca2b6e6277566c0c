import type { AstNode, Cancellation, LangiumDocument, ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { TthcDocumentValidator } from '../../validation/tthc-document-validator.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';

// Codes documented together under one heading of docs/rules.md.
const SHARED_HEADINGS: Readonly<Record<string, string>> = {
    'file-encoding': 'file-encoding-file-empty-file-too-large',
    'file-empty': 'file-encoding-file-empty-file-too-large',
    'file-too-large': 'file-encoding-file-empty-file-too-large'
};

/**
 * Where each rule is documented: `docs/rules.md` has a heading per code. The host sets `base` (the
 * server to the copy shipped with the extension); without it, diagnostics carry no link.
 */
export class RuleLinks {
    /** The URI of docs/rules.md, without a fragment. */
    base: string | undefined;

    /** The link to a code's section, when the documentation is known. */
    hrefOf(code: string): string | undefined {
        return this.base === undefined ? undefined : `${this.base}#${SHARED_HEADINGS[code] ?? code}`;
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
