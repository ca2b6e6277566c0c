// The editor features, apart from the core so that the CLI's bundle does not carry Langium's LSP layer.
export { createTthcLspServices, TthcLspModule, TthcSharedLspModule, type TthcLspServices, type TthcLspServiceOptions } from './tthc-lsp-module.js';
export { RuleLinks } from './documentation/rule-links.js';
export { englishLspTexts, lspTextCatalogues, lspTexts, type LspTextCatalogue, type LspTextKey, type LspTexts } from './texts.js';
export { vietnameseLspTexts } from './texts-vi.js';
export { lensTitles } from './code-lens/tthc-code-lens.js';
export { procedureTimeSummary, statutoryTimeText, type ProcedureTimeSummary, type ChannelTimeSummary } from './code-lens/procedure-time-summary.js';
export { snippets, type Snippet } from './completion/snippets.js';
export { fixedClock, vietnamClock, vietnamTimeOf, type TthcClock } from './due/clock.js';
export { duePlanMarkdown } from './due/due-plan-markdown.js';
export { dueProblemText, localDateText, localDateTimeText } from './due/due-text.js';
export { dueExampleLines } from './due/due-example.js';
export { addCompletionResolveHandler, declarationAt, type CompletionItemResolver, type DeclarationAt } from './completion/completion-resolve.js';
export { TthcLanguageServer } from './tthc-language-server.js';
export { hasSyntaxErrors } from './fix-all/safe-edit-plan.js';
export { fixWorkspace, type AppliedFix, type FixedDocument, type FixWorkspaceOptions, type FixWorkspaceResult } from './fix-all/fix-workspace.js';
export { FIX_ALL_KIND, fixSafety, quickFixes, type FixedCode, type SafetyRule } from './code-actions/tthc-code-actions.js';
export { isSuppressionAction, quickFixData, type FixKind, type QuickFixData } from './code-actions/quick-fix.js';
