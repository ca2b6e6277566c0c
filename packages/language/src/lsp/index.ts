// The editor features, apart from the core so that the CLI's bundle does not carry Langium's LSP layer.
export { createTthcLspServices, TthcLspModule, TthcSharedLspModule, type TthcLspServices } from './tthc-lsp-module.js';
export { RuleLinks } from './documentation/rule-links.js';
export { englishLspTexts, lspTextCatalogues, lspTexts, type LspTextCatalogue, type LspTextKey, type LspTexts } from './texts.js';
export { vietnameseLspTexts } from './texts-vi.js';
export { lensTitles } from './code-lens/tthc-code-lens.js';
export { procedureTimeSummary, statutoryTimeText, type ProcedureTimeSummary, type ChannelTimeSummary } from './code-lens/procedure-time-summary.js';
export { snippets, type Snippet } from './completion/snippets.js';
export { addCompletionResolveHandler, declarationAt, type CompletionItemResolver, type DeclarationAt } from './completion/completion-resolve.js';
export { TthcLanguageServer } from './tthc-language-server.js';
