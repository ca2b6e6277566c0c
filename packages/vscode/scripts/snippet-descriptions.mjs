// The snippets' descriptions as the extension contributes them. A VS Code snippet file has no
// translations, so each description is written in both languages, Vietnamese first: the snippets
// themselves are the language server's (packages/language/src/lsp/completion/snippets.ts).

/** The Vietnamese description of each snippet, by its name (its keyword unless it has a name). */
export const VIETNAMESE_SNIPPET_DESCRIPTIONS = {
    procedure: 'Thủ tục mới',
    step: 'Bước xử lý mới',
    'return-step': 'Bước trả kết quả, không tính thời gian',
    unit: 'Cơ quan, đơn vị mới',
    position: 'Chức danh mới',
    handover: 'Chuyển hồ sơ liên thông',
    case: 'Trường hợp có thời hạn riêng',
    part: 'Phần có thời gian riêng'
};

/**
 * `Vietnamese / English` for a snippet of the language server.
 * @param {{ name?: string; keyword: string; description: string }} snippet
 * @returns {string}
 */
export function bilingualSnippetDescription(snippet) {
    const name = snippet.name ?? snippet.keyword;
    const vietnamese = VIETNAMESE_SNIPPET_DESCRIPTIONS[name];
    if (!vietnamese) throw new Error(`the snippet '${name}' has no Vietnamese description; add it to packages/vscode/scripts/snippet-descriptions.mjs`);
    return `${vietnamese} / ${snippet.description}`;
}
