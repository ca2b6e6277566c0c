import { expectSemanticToken, highlightHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { CATALOGUE, lspServicesWith, PROCEDURE } from './lsp-workspace.js';
import { PUBLISHED } from './published-fixture.js';

const FIXTURES = { 'catalogue.tthc': CATALOGUE, 'procedure.tthc': PROCEDURE };

/**
 * The semantic tokens of the lines of `files[path]` that contain `needle`, as `text:type[.modifier…]`, the other
 * files beside it in its project. langium/test's `highlightHelper` decodes them; its `expectSemanticToken` checks
 * one token's type at a marker, and these tests check every token of a line with its modifiers.
 */
async function tokensOn(files: Record<string, string>, path: string, needle: string): Promise<string[]> {
    const { [path]: text, ...others } = files;
    const { services, uri } = await lspServicesWith(others);
    const { tokens } = await highlightHelper(services)(text, { documentUri: uri(path), validation: true });
    const modifierNames = Object.entries(services.lsp.SemanticTokenProvider!.tokenModifiers);
    return tokens
        .filter(token => {
            const lineStart = text.lastIndexOf('\n', token.offset) + 1;
            const lineEnd = text.indexOf('\n', token.offset);
            return text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).includes(needle);
        })
        .map(token => [`${token.text}:${token.tokenType}`, ...modifierNames.filter(([, bit]) => token.tokenModifiers & bit).map(([name]) => name)].join('.'));
}

describe('semantic tokens', () => {
    test('catalogue declarations carry their kind and the declaration modifier', async () => {
        const files = FIXTURES;
        expect(await tokensOn(files, 'catalogue.tthc', 'province Thu')).toEqual(['Thu:namespace.declaration', '68:number']);
        expect(await tokensOn(files, 'catalogue.tthc', 'unit UBNDXa')).toEqual(['UBNDXa:type.declaration']);
        expect(await tokensOn(files, 'catalogue.tthc', 'position GiamDoc')).toEqual(['GiamDoc:property.declaration']);
        expect(await tokensOn(files, 'catalogue.tthc', 'form Mau01')).toEqual(['Mau01:struct.declaration']);
    });

    test('procedure declarations: the procedure, its forms and steps', async () => {
        const files = FIXTURES;
        expect(await tokensOn(files, 'procedure.tthc', 'procedure KhaiSinh')).toEqual(['KhaiSinh:class.declaration']);
        expect(await tokensOn(files, 'procedure.tthc', 'form TK "')).toEqual(['TK:struct.declaration']);
    });

    test('references are coloured by what they resolve to; `Unit.Position` splits into unit and position', async () => {
        const files = FIXTURES;
        expect(await tokensOn(files, 'procedure.tthc', 'step KyDuyet')).toEqual([
            'KyDuyet:function.declaration', 'UBNDXa:type', 'ChuTich:property', '2h:number', 'TraKetQua:function'
        ]);
        expect(await tokensOn(files, 'procedure.tthc', 'step TiepNhan')).toEqual([
            'TiepNhan:function.declaration', 'TTPVHCCXa:type', 'CongChuc:property', '1h:number', 'Mau01:struct',
            'ThamDinh:function', 'BoSung:function'
        ]);
        expect(await tokensOn(files, 'procedure.tthc', 'authority')).toEqual(['UBNDXa:type']);
        expect(await tokensOn(files, 'procedure.tthc', 'document "')).toEqual(['TK:struct']);
        expect(await tokensOn(files, 'procedure.tthc', 'channel in-person')).toEqual(['0:number']);
    });

    test('a performer that is a unit, a hand-over partner, a fee with pages and a cap, an `as` duration', async () => {
        const procedure = PROCEDURE.replace('step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc 1h',
            'step TraKetQua "Trả kết quả" return by TTPVHCCXa 1h handover to CongAnXa within 15cd as 11d')
            .replace('channel online time same-day fee 0 VND', 'channel online time same-day fee 1_000 VND per page from page 3 max 200_000 VND');
        const files = { 'catalogue.tthc': CATALOGUE, 'procedure.tthc': procedure };
        expect(await tokensOn(files, 'procedure.tthc', 'step TraKetQua')).toEqual([
            'TraKetQua:function.declaration', 'TTPVHCCXa:type', '1h:number', 'CongAnXa:type', '15cd:number', '11d:number'
        ]);
        expect(await tokensOn(files, 'procedure.tthc', 'channel online')).toEqual(['1_000:number', '3:number', '200_000:number']);
    });

    test('an unresolved reference gets no token', async () => {
        const files = { 'catalogue.tthc': CATALOGUE, 'procedure.tthc': PROCEDURE.replace('by UBNDXa.ChuTich', 'by UBNDXa.ChuTichh') };
        expect(await tokensOn(files, 'procedure.tthc', 'step KyDuyet')).toEqual(['KyDuyet:function.declaration', '2h:number', 'TraKetQua:function']);
    });

    test('the abolished `district` level is marked deprecated, other levels are left to the grammar', async () => {
        const catalogue = CATALOGUE.replace('unit CongAnXa "Công an xã" level central', 'unit CongAnHuyen "Công an huyện" level district');
        const files = { 'catalogue.tthc': catalogue, 'procedure.tthc': PROCEDURE.replace('level commune', 'level district') };
        expect(await tokensOn(files, 'catalogue.tthc', 'unit CongAnHuyen')).toEqual(['CongAnHuyen:type.declaration', 'district:keyword.deprecated']);
        expect(await tokensOn(files, 'procedure.tthc', 'level district')).toEqual(['district:keyword.deprecated']);
        expect(await tokensOn(files, 'catalogue.tthc', 'unit UBNDXa')).toEqual(['UBNDXa:type.declaration']);
    });

    test('the types at marked places, with langium/test\'s expectSemanticToken', async () => {
        const { services, uri } = await lspServicesWith();
        const marked = PROCEDURE.replace('step KyDuyet "Ký giấy khai sinh" approval by UBNDXa.ChuTich 2h -> TraKetQua',
            'step <|KyDuyet|> "Ký giấy khai sinh" approval by <|UBNDXa|>.<|ChuTich|> <|2h|> -> <|TraKetQua|>');
        const tokens = await highlightHelper(services)(marked, { documentUri: uri('procedure.tthc'), validation: true });
        const expected = [SemanticTokenTypes.function, SemanticTokenTypes.type, SemanticTokenTypes.property, SemanticTokenTypes.number, SemanticTokenTypes.function];
        expect(tokens.ranges).toHaveLength(expected.length);
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
    });
});

describe('semantic tokens of procedures as published', () => {
    const files = { 'catalogue.tthc': CATALOGUE, 'procedure.tthc': PUBLISHED };

    test('cases, parts, bodies and members where declared and where referred to', async () => {
        expect(await tokensOn(files, 'procedure.tthc', 'case XacMinh')).toEqual(['XacMinh:event.declaration', '3wd:number', '3wd:number']);
        expect(await tokensOn(files, 'procedure.tthc', 'part TaiXa "')).toEqual(['TaiXa:enum.declaration', '4h:number']);
        expect(await tokensOn(files, 'procedure.tthc', 'body HoiDong')).toEqual(['HoiDong:type.declaration']);
        expect(await tokensOn(files, 'procedure.tthc', 'member TroCapA')).toEqual(['TroCapA:class.declaration']);
        expect(await tokensOn(files, 'procedure.tthc', 'step ThamDinh')).toEqual([
            'ThamDinh:function.declaration', 'VanPhongXa:type', 'TuPhap:property', 'HoiDong:type', 'CongAnXa:type', '4h:number', 'TaiXa:enum',
            'KyDuyet:function', 'XacMinh:event', 'XacMinhHoSo:function'
        ]);
        expect(await tokensOn(files, 'procedure.tthc', 'step KyDuyet')).toEqual(['KyDuyet:function.declaration', 'UBNDXa:type', '1wd:number', 'TraKetQua:function']);
    });

    test('times of day and percentages are numbers', async () => {
        expect(await tokensOn(files, 'procedure.tthc', 'cut-off')).toEqual(['15:00:number']);
        const cut = { ...files, 'procedure.tthc': PUBLISHED.replace('total 2wd', 'total 2wd cut 1wd of 3wd 33.33%') };
        expect(await tokensOn(cut, 'procedure.tthc', 'total 2wd')).toEqual(['2wd:number', '1wd:number', '3wd:number', '33.33%:number']);
    });

    test('the calendar\'s sessions, years and dates are numbers', async () => {
        const catalogue = CATALOGUE.replace('agency 000.00.00.H39 {', 'agency 000.00.00.H39 {\n  calendar {\n    works monday to friday 07:30 to 11:30, 13:30 to 17:00\n    year 2026 {\n      make-up 2026-08-22 "Làm bù" works-like monday\n    }\n  }');
        const calendarFiles = { 'catalogue.tthc': catalogue, 'procedure.tthc': PROCEDURE };
        expect(await tokensOn(calendarFiles, 'catalogue.tthc', 'works monday')).toEqual(['07:30:number', '11:30:number', '13:30:number', '17:00:number']);
        expect(await tokensOn(calendarFiles, 'catalogue.tthc', 'year 2026')).toEqual(['2026:number']);
        expect(await tokensOn(calendarFiles, 'catalogue.tthc', 'make-up')).toEqual(['2026-08-22:number']);
    });
});
