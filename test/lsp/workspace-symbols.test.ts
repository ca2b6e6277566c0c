import { describe, expect, test } from 'vitest';
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import { CATALOGUE, lspWorkspace, PROCEDURE } from './lsp-workspace.js';
import { PUBLISHED } from './published-fixture.js';

/** A second procedure, so that a search has something to leave out. */
const KET_HON = PROCEDURE.replace('procedure KhaiSinh "Đăng ký khai sinh"', 'procedure KetHon "Đăng ký kết hôn"').replace('code 1.001193', 'code 1.000894');

/** Go to Symbol in Workspace over the catalogue and two procedures. */
async function search(query: string): Promise<WorkspaceSymbol[]> {
    const { services } = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'khai-sinh.tthc': PROCEDURE, 'ket-hon.tthc': KET_HON });
    const provider = services.shared.lsp.WorkspaceSymbolProvider;
    if (!provider) throw new Error('No workspace symbol provider.');
    return provider.getSymbols({ query });
}

describe('workspace symbols (Ctrl+T)', () => {
    test.each(['dang ky khai sinh', 'Đăng ký khai sinh', 'DANG KY KHAI', 'khai sinh'])('`%s` finds the procedure by its title', async query => {
        const symbols = await search(query);
        expect(symbols.map(symbol => symbol.name)).toEqual(['Đăng ký khai sinh · KhaiSinh · 1.001193 · dang ky khai sinh']);
        const [symbol] = symbols;
        expect(symbol.kind).toBe(SymbolKind.Module);
        expect(symbol.containerName).toBe('Hộ tịch');
        expect(symbol.location).toMatchObject({ uri: 'file:///ws/khai-sinh.tthc' });
    });

    test('a procedure is found by its code, or part of it', async () => {
        expect((await search('1.001193')).map(symbol => symbol.name)).toEqual(['Đăng ký khai sinh · KhaiSinh · 1.001193 · dang ky khai sinh']);
        expect((await search('000894')).map(symbol => symbol.name)).toEqual(['Đăng ký kết hôn · KetHon · 1.000894 · dang ky ket hon']);
    });

    test('units and positions are found by title, without diacritics, a position also by its unit\'s title', async () => {
        const justice = await search('tu phap');
        expect(justice.map(symbol => symbol.name)).toEqual([
            'Sở Tư pháp · SoTuPhap · so tu phap',
            'Giám đốc Sở · SoTuPhap.GiamDoc · giam doc so',
            'Chuyên viên · SoTuPhap.ChuyenVien · chuyen vien',
            'Công chức Tư pháp - Hộ tịch · VanPhongXa.TuPhap · cong chuc tu phap - ho tich'
        ]);
        expect(justice.find(symbol => symbol.name.includes('SoTuPhap.GiamDoc'))).toMatchObject({ kind: SymbolKind.Field, containerName: 'Sở Tư pháp' });
        expect((await search('công an')).map(symbol => symbol.name)).toEqual(['Công an xã · CongAnXa · cong an xa']);
    });

    test('a name is still found as Langium finds it', async () => {
        expect((await search('KetHon')).map(symbol => symbol.name)).toEqual(['Đăng ký kết hôn · KetHon · 1.000894 · dang ky ket hon']);
    });
});

describe('workspace symbols of a group of procedures', () => {
    test('the procedure is found by the code of a member of its group, and names every code', async () => {
        const { services } = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'tro-cap.tthc': PUBLISHED, 'khai-sinh.tthc': PROCEDURE });
        const symbols = await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: '1.000003' });
        expect(symbols.map(symbol => symbol.name)).toEqual(['Giải quyết trợ cấp · TroCap · 1.000002, 1.000003 · giai quyet tro cap']);
    });
});
