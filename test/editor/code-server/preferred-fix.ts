// Test-side: asks the bundled language server (a plain LSP client) which quick fix it prefers for a diagnostic,
// so the UI test knows which item of VS Code's menu is the preferred one.
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { startSession } from '../lsp-client.js';

/** The preferred fix for the diagnostic with `code` at `line`:`column` (1-based) of a file, and every fix's title. */
export async function preferredFix(folder: string, file: string, code: string, line: number, column: number): Promise<{ preferred: string | undefined; titles: string[] }> {
    const session = await startSession(folder);
    try {
        const { uri } = await session.open(file);
        const at = (d: Diagnostic): boolean => d.code === code && d.range.start.line === line - 1 && d.range.start.character === column - 1;
        const diagnostics = await session.diagnosticsOf(uri, all => all.some(at), 60_000);
        const diagnostic = diagnostics.find(at)!;
        const actions = (await session.connection.sendRequest<CodeAction[] | null>('textDocument/codeAction', {
            textDocument: { uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic], only: ['quickfix'] }
        })) ?? [];
        return { preferred: actions.find(action => action.isPreferred)?.title, titles: actions.map(action => action.title) };
    } finally {
        await session.close();
    }
}
