import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TthcLspServices } from '../tthc-lsp-module.js';

/**
 * Publishes the findings of each project's `tthc-rules.json` on that file, after every build: the
 * file is no document of the language, so Langium never would. A file that had findings and has none
 * now (corrected, deleted, or its project gone) gets an empty list, which clears them in the editor;
 * unchanged lists are not sent again.
 */
export function publishSettingsDiagnostics(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const published = new Map<string, string>();
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, async () => {
        const now = new Map<string, Diagnostic[]>();
        for (const services of shared.ServiceRegistry.all) {
            const tthc = services as Partial<TthcLspServices>;
            const settings = tthc.workspace?.RuleSettings;
            if (!settings) continue;
            for (const { uri, diagnostics } of settings.diagnostics()) {
                now.set(uri.toString(), diagnostics.map(d => {
                    const href = typeof d.code === 'string' ? tthc.documentation?.RuleLinks.hrefOf(d.code) : undefined;
                    return href ? { ...d, codeDescription: { href } } : d;
                }));
            }
        }
        for (const uri of published.keys()) if (!now.has(uri)) now.set(uri, []);
        for (const [uri, diagnostics] of now) {
            const key = JSON.stringify(diagnostics);
            if (published.get(uri) === key) continue;
            if (diagnostics.length === 0) published.delete(uri);
            else published.set(uri, key);
            await connection.sendDiagnostics({ uri, diagnostics });
        }
    });
}
