import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { TthcGeneratedModule, TthcGeneratedSharedModule } from '../generated/module.js';
import { TthcModule, TthcSharedModule, type TthcAddedServices, type TthcServiceOptions } from '../tthc-module.js';
import { registerValidationChecks } from '../validation/tthc-validator.js';
import { TthcCodeActionProvider } from './code-actions/tthc-code-actions.js';
import { TthcCodeLensProvider } from './code-lens/tthc-code-lens.js';
import { TthcCompletionProvider } from './completion/tthc-completion.js';
import { TthcFormatter } from './formatting/tthc-formatter.js';
import { TthcHoverProvider } from './hover/tthc-hover.js';
import { TthcLanguageServer } from './tthc-language-server.js';
import { TthcInlayHintProvider } from './inlay-hints/tthc-inlay-hints.js';
import { TthcRenameProvider } from './rename/tthc-rename.js';
import { TthcSemanticTokenProvider } from './semantic-tokens/tthc-semantic-tokens.js';
import { TthcDocumentSymbolProvider } from './symbols/tthc-document-symbols.js';
import { TthcWorkspaceSymbolProvider } from './symbols/tthc-workspace-symbols.js';
import { RuleLinks, TthcLspDocumentValidator } from './documentation/rule-links.js';
import { vietnamClock, type TthcClock } from './due/clock.js';

/** The language's services in a language server: the core ones plus the editor features. */
export type TthcLspServices = LangiumServices & TthcAddedServices & TthcLspAddedServices;

/** Services only the language server has. */
export type TthcLspAddedServices = {
    documentation: {
        RuleLinks: RuleLinks;
    };
    calendar: {
        /** "Now" in Vietnam: the hover's worked example and the due-times command start from it. */
        Clock: TthcClock;
    };
};

/** The editor features: each lives in its own folder under `lsp/`. */
export const TthcLspModule: Module<TthcLspServices, PartialLangiumServices & TthcLspAddedServices> = {
    documentation: {
        RuleLinks: services => new RuleLinks(services.i18n.Locale)
    },
    calendar: {
        Clock: () => vietnamClock
    },
    validation: {
        DocumentValidator: services => new TthcLspDocumentValidator(services)
    },
    lsp: {
        CodeActionProvider: services => new TthcCodeActionProvider(services),
        CodeLensProvider: services => new TthcCodeLensProvider(services),
        CompletionProvider: services => new TthcCompletionProvider(services),
        DocumentSymbolProvider: services => new TthcDocumentSymbolProvider(services),
        Formatter: () => new TthcFormatter(),
        HoverProvider: services => new TthcHoverProvider(services),
        InlayHintProvider: services => new TthcInlayHintProvider(services),
        RenameProvider: services => new TthcRenameProvider(services),
        SemanticTokenProvider: services => new TthcSemanticTokenProvider(services)
    }
};

/** The editor features shared by the languages of the server: Go to Symbol in Workspace, completion items resolved lazily. */
export const TthcSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        LanguageServer: shared => new TthcLanguageServer(shared),
        WorkspaceSymbolProvider: shared => new TthcWorkspaceSymbolProvider(shared)
    }
};

/** Options of `createTthcLspServices`: those of `createTthcServices`, and what the host overrides. */
export interface TthcLspServiceOptions extends TthcServiceOptions {
    /** Shared services the host replaces (the language server: which files may be read). */
    readonly hostModule?: Module<LangiumSharedServices, PartialLangiumSharedServices>;
    /** Where "now" comes from (tests pass a fixed instant); by default the real time in Vietnam. */
    readonly clock?: TthcClock;
}

/**
 * Creates the services of the language server: the same language services as `createTthcServices`
 * (so the editor reports exactly what `tthc check` reports), plus Langium's LSP layer and the
 * language's editor features. Browser-safe: the Node server passes its file system, a connection and
 * `hostModule`, its overrides of shared services (which documents it may read).
 */
export function createTthcLspServices(context: DefaultSharedModuleContext, options: TthcLspServiceOptions = {}): { shared: LangiumSharedServices; Tthc: TthcLspServices } {
    const shared = inject(createDefaultSharedModule(context), TthcGeneratedSharedModule, TthcSharedModule as Module<LangiumSharedServices, object>, TthcSharedLspModule, options.hostModule ?? {});
    const clock: Module<TthcLspServices, Partial<TthcLspAddedServices>> = options.clock ? { calendar: { Clock: () => options.clock! } } : {};
    const Tthc = inject(createDefaultModule({ shared }), TthcGeneratedModule, TthcModule as Module<TthcLspServices, object>, TthcLspModule, clock);
    Tthc.i18n.Locale.language = options.language ?? 'en';
    shared.ServiceRegistry.register(Tthc);
    registerValidationChecks(Tthc);
    return { shared, Tthc };
}
