import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject,
    type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumSharedCoreServices,
    type Module, type PartialLangiumCoreServices, type PartialLangiumSharedCoreServices
} from 'langium';
import { TthcGeneratedModule, TthcGeneratedSharedModule } from './generated/module.js';
import type { TthcLanguage } from './i18n/language.js';
import { TthcLocale } from './i18n/tthc-locale.js';
import { TthcLexerErrorMessageProvider, TthcParserErrorMessageProvider } from './parser/tthc-parser-messages.js';
import { TthcValueConverter } from './parser/tthc-value-converter.js';
import { TthcLinker } from './references/tthc-linker.js';
import { TthcReferenceDescriptionProvider } from './references/tthc-reference-descriptions.js';
import { TthcScopeComputation } from './references/tthc-scope-computation.js';
import { TthcScopeProvider } from './references/tthc-scope-provider.js';
import { TthcRuleSettings } from './settings/tthc-rule-settings.js';
import { TthcDocumentValidator } from './validation/tthc-document-validator.js';
import { registerValidationChecks } from './validation/tthc-validator.js';
import { TthcDeclarations } from './workspace/declarations.js';
import { TthcDocumentBuilder } from './workspace/tthc-document-builder.js';
import { TthcProjects } from './workspace/projects.js';

/** Services the TTHC language adds to Langium's. */
export type TthcAddedServices = {
    i18n: {
        /** The language of diagnostics: English unless set. */
        Locale: TthcLocale;
    };
    workspace: {
        Projects: TthcProjects;
        Declarations: TthcDeclarations;
        /** The projects' rule settings (`tthc-rules.json`) and what suppressions silenced. */
        RuleSettings: TthcRuleSettings;
    };
};

/** All services of the TTHC language. */
export type TthcServices = LangiumCoreServices & TthcAddedServices;

/** The language's own services and its overrides of Langium's defaults. */
export const TthcModule: Module<TthcServices, PartialLangiumCoreServices & TthcAddedServices> = {
    i18n: {
        Locale: () => new TthcLocale()
    },
    parser: {
        ValueConverter: () => new TthcValueConverter(),
        ParserErrorMessageProvider: services => new TthcParserErrorMessageProvider(services.i18n.Locale),
        LexerErrorMessageProvider: services => new TthcLexerErrorMessageProvider(services.i18n.Locale)
    },
    references: {
        ScopeComputation: services => new TthcScopeComputation(services),
        ScopeProvider: services => new TthcScopeProvider(services),
        Linker: services => new TthcLinker(services)
    },
    validation: {
        DocumentValidator: services => new TthcDocumentValidator(services)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new TthcReferenceDescriptionProvider(services),
        Projects: services => new TthcProjects(services.shared),
        Declarations: services => new TthcDeclarations(services.shared, services.workspace.Projects),
        RuleSettings: services => new TthcRuleSettings(services.shared, services.workspace.Projects, services.i18n.Locale)
    }
};

/** Overrides of Langium's shared services. */
export const TthcSharedModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    workspace: {
        DocumentBuilder: services => new TthcDocumentBuilder(services)
    }
};

/** Options of `createTthcServices` and `createTthcLspServices`. */
export interface TthcServiceOptions {
    /** The language of diagnostics (default English); `Tthc.i18n.Locale.language` changes it later. */
    readonly language?: TthcLanguage;
}

/**
 * Creates the shared and language services. The CLI and the tests call this; the language server's
 * `createTthcLspServices` injects the same modules and registers the same checks, so all of them check
 * with identical services. `context.fileSystemProvider` decides where files come from: `NodeFileSystem`
 * in Node, `EmptyFileSystem` in a browser or a test.
 */
export function createTthcServices(context: DefaultSharedCoreModuleContext, options: TthcServiceOptions = {}): { shared: LangiumSharedCoreServices; Tthc: TthcServices } {
    const shared = inject(createDefaultSharedCoreModule(context), TthcGeneratedSharedModule, TthcSharedModule);
    const Tthc = inject(createDefaultCoreModule({ shared }), TthcGeneratedModule, TthcModule);
    Tthc.i18n.Locale.language = options.language ?? 'en';
    shared.ServiceRegistry.register(Tthc);
    registerValidationChecks(Tthc);
    return { shared, Tthc };
}
