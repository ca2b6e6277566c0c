import { describe, expect, test } from 'vitest';
import { lspWorkspace } from './lsp-workspace.js';

describe('the language server services', () => {
    test('check the clean fixtures as the CLI does', async () => {
        const ws = await lspWorkspace();
        expect(ws.document('procedure.tthc').diagnostics).toEqual([]);
        expect(ws.document('catalogue.tthc').diagnostics).toEqual([]);
    });
});
