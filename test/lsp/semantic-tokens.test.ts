import { SemanticTokensDecoder } from 'langium/lsp';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, lspWorkspace, PROCEDURE, type LspWorkspace } from './lsp-workspace.js';

// The semantic tokens of the lines of a file that contain `needle`, as `text:type[.modifier…]`.
async function tokensOn(ws: LspWorkspace, path: string, needle: string): Promise<string[]> {
    const provider = ws.services.lsp.SemanticTokenProvider!;
    const document = ws.document(path);
    const tokens = await provider.semanticHighlight(document, { textDocument: { uri: ws.uri(path) } });
    const modifierNames = Object.entries(provider.tokenModifiers);
    const text = document.textDocument.getText();
    return SemanticTokensDecoder.decode(tokens, provider.tokenTypes, document)
        .filter(token => {
            const lineStart = text.lastIndexOf('\n', token.offset) + 1;
            const lineEnd = text.indexOf('\n', token.offset);
            return text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).includes(needle);
        })
        .map(token => [`${token.text}:${token.tokenType}`, ...modifierNames.filter(([, bit]) => token.tokenModifiers & bit).map(([name]) => name)].join('.'));
}

describe('semantic tokens', () => {
    test('catalogue declarations carry their kind and the declaration modifier', async () => {
        const ws = await lspWorkspace();
        expect(await tokensOn(ws, 'catalogue.tthc', 'province Thu')).toEqual(['Thu:namespace.declaration', '68:number']);
        expect(await tokensOn(ws, 'catalogue.tthc', 'unit UBNDXa')).toEqual(['UBNDXa:type.declaration']);
        expect(await tokensOn(ws, 'catalogue.tthc', 'position GiamDoc')).toEqual(['GiamDoc:property.declaration']);
        expect(await tokensOn(ws, 'catalogue.tthc', 'form Mau01')).toEqual(['Mau01:struct.declaration']);
    });

    test('procedure declarations: the procedure, its forms and steps', async () => {
        const ws = await lspWorkspace();
        expect(await tokensOn(ws, 'procedure.tthc', 'procedure KhaiSinh')).toEqual(['KhaiSinh:class.declaration']);
        expect(await tokensOn(ws, 'procedure.tthc', 'form TK "')).toEqual(['TK:struct.declaration']);
    });

    test('references are coloured by what they resolve to; `Unit.Position` splits into unit and position', async () => {
        const ws = await lspWorkspace();
        expect(await tokensOn(ws, 'procedure.tthc', 'step KyDuyet')).toEqual([
            'KyDuyet:function.declaration', 'UBNDXa:type', 'ChuTich:property', '2h:number', 'TraKetQua:function'
        ]);
        expect(await tokensOn(ws, 'procedure.tthc', 'step TiepNhan')).toEqual([
            'TiepNhan:function.declaration', 'TTPVHCCXa:type', 'CongChuc:property', '1h:number', 'Mau01:struct',
            'ThamDinh:function', 'BoSung:function'
        ]);
        expect(await tokensOn(ws, 'procedure.tthc', 'authority')).toEqual(['UBNDXa:type']);
        expect(await tokensOn(ws, 'procedure.tthc', 'document "')).toEqual(['TK:struct']);
        expect(await tokensOn(ws, 'procedure.tthc', 'channel in-person')).toEqual(['0:number']);
    });

    test('a performer that is a unit, a hand-over partner, a fee with pages and a cap, an `as` duration', async () => {
        const procedure = PROCEDURE.replace('step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc 1h',
            'step TraKetQua "Trả kết quả" return by TTPVHCCXa 1h handover to CongAnXa within 15cd as 11d')
            .replace('channel online time same-day fee 0 VND', 'channel online time same-day fee 1_000 VND per page from page 3 max 200_000 VND');
        const ws = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': procedure });
        expect(await tokensOn(ws, 'procedure.tthc', 'step TraKetQua')).toEqual([
            'TraKetQua:function.declaration', 'TTPVHCCXa:type', '1h:number', 'CongAnXa:type', '15cd:number', '11d:number'
        ]);
        expect(await tokensOn(ws, 'procedure.tthc', 'channel online')).toEqual(['1_000:number', '3:number', '200_000:number']);
    });

    test('an unresolved reference gets no token', async () => {
        const ws = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': PROCEDURE.replace('by UBNDXa.ChuTich', 'by UBNDXa.ChuTichh') });
        expect(await tokensOn(ws, 'procedure.tthc', 'step KyDuyet')).toEqual(['KyDuyet:function.declaration', '2h:number', 'TraKetQua:function']);
    });

    test('the abolished `district` level is marked deprecated, other levels are left to the grammar', async () => {
        const catalogue = CATALOGUE.replace('unit CongAnXa "Công an xã" level central', 'unit CongAnHuyen "Công an huyện" level district');
        const ws = await lspWorkspace({ 'catalogue.tthc': catalogue, 'procedure.tthc': PROCEDURE.replace('level commune', 'level district') });
        expect(await tokensOn(ws, 'catalogue.tthc', 'unit CongAnHuyen')).toEqual(['CongAnHuyen:type.declaration', 'district:keyword.deprecated']);
        expect(await tokensOn(ws, 'procedure.tthc', 'level district')).toEqual(['district:keyword.deprecated']);
        expect(await tokensOn(ws, 'catalogue.tthc', 'unit UBNDXa')).toEqual(['UBNDXa:type.declaration']);
    });
});
