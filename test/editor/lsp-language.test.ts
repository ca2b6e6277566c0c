// The bundled language server speaks the client's language: `initializationOptions.language` (the
// extension's `tthc.language` setting) wins over the `locale` of `initialize`; English otherwise. Rule links
// open the rules' page in that language.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { afterEach, describe, expect, test } from 'vitest';
import { startSession, type LspSession, type SessionLanguage } from './lsp-client.js';

const LEGACY = 'legacy/procedures/cap-giay-phep-xay-dung-nha-o-rieng-le.tthc';

let session: LspSession | undefined;

afterEach(async () => {
    await session?.close();
    session = undefined;
});

/** The diagnostics of the legacy procedure (with the reception's district-level finding) in a session initialised so. */
async function legacyDiagnostics(language: SessionLanguage) {
    session = await startSession('examples', language);
    const { uri } = await session.open(LEGACY);
    const diagnostics = await session.diagnosticsOf(uri, d => d.some(x => x.code === 'district-level'));
    const reception = diagnostics.find(d => d.code === 'district-level' && d.range.start.line === 28);
    expect(reception).toBeDefined();
    return { diagnostics, reception: reception!.message };
}

/** The rule link of the first district-level finding, checked to open an existing file. */
function districtLink(diagnostics: readonly Diagnostic[]): string {
    const href = diagnostics.find(d => d.code === 'district-level')?.codeDescription?.href ?? '';
    expect(existsSync(fileURLToPath(href.replace(/#.*$/, '')))).toBe(true);
    return href;
}

describe('the language of the server\'s diagnostics', () => {
    test('locale vi: Vietnamese, with the same codes', async () => {
        const { diagnostics, reception } = await legacyDiagnostics({ locale: 'vi' });
        expect(reception).toMatch(/^Bước 'TiepNhan' do 'MotCuaHuyenDakMil.CongChuc' thực hiện, thuộc cấp huyện; cấp huyện đã bãi bỏ từ ngày 01\/7\/2025/);
        expect(diagnostics.find(d => d.code === 'superseded-legal-basis' && typeof d.message === 'string' && d.message.startsWith("'61/2018"))?.message).toMatch(/đã được thay thế bởi 118\/2025\/NĐ-CP/);
        expect(districtLink(diagnostics)).toMatch(/^file:\/\/.*\/docs\/vi\/rules\.md#district-level$/);
    });

    test('initializationOptions.language vi with an English locale: Vietnamese', async () => {
        const { reception } = await legacyDiagnostics({ locale: 'en-US', initializationOptions: { language: 'vi' } });
        expect(reception).toMatch(/^Bước 'TiepNhan'/);
    });

    test('initializationOptions.language en wins over locale vi-VN: English', async () => {
        const { diagnostics, reception } = await legacyDiagnostics({ locale: 'vi-VN', initializationOptions: { language: 'en' } });
        expect(reception).toMatch(/^Step 'TiepNhan' is performed by 'MotCuaHuyenDakMil.CongChuc', a district-level unit/);
        expect(districtLink(diagnostics)).toMatch(/^file:\/\/.*\/docs\/rules\.md#district-level$/);
    });

    test('no locale and language undefined: English', async () => {
        const { reception } = await legacyDiagnostics({ initializationOptions: { language: undefined } });
        expect(reception).toMatch(/^Step 'TiepNhan'/);
    });
});

describe('the language of the server\'s editor texts', () => {
    const KHAI_SINH = 'lam-dong/procedures/dang-ky-khai-sinh.tthc';

    /** The hover at the first occurrence of `find` (shifted by `shift` characters) and the code lens titles. */
    async function hoverAndLenses(language: SessionLanguage, find: string, shift = 0) {
        session = await startSession('examples', language);
        const { uri, text } = await session.open(KHAI_SINH);
        await session.diagnosticsOf(uri);
        const offset = text.indexOf(find) + shift;
        const before = text.slice(0, offset).split('\n');
        const position = { line: before.length - 1, character: before[before.length - 1].length };
        const hover = await session.connection.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position });
        const lenses = await session.connection.sendRequest<Array<{ command?: { title: string } }>>('textDocument/codeLens', { textDocument: { uri } });
        return { hover: hover.contents.value, lenses: lenses.map(l => l.command?.title) };
    }

    test('locale vi: hover and code lens in Vietnamese, durations in words', async () => {
        const { hover, lenses } = await hoverAndLenses({ locale: 'vi' }, 'authority UBNDXa', 11);
        expect(hover).toMatch(/^\*\*Đơn vị\*\* `UBNDXa`: /);
        expect(hover).toContain('- Cấp: cấp xã');
        expect(lenses).toContain('dự kiến 01 ngày làm việc trên 01 ngày làm việc (tiếp nhận sau 15:00 thì giải quyết trong ngày làm việc tiếp theo)');
        // The extension's own requests too: a file without a procedure cannot be drawn.
        const catalogue = await session!.open('lam-dong/catalogue.tthc');
        const diagram = await session!.connection.sendRequest<{ kind: string; reason: string }>('tthc/diagram', { uri: catalogue.uri });
        expect(diagram).toEqual({ kind: 'unavailable', reason: 'Tệp này không khai báo thủ tục nào: hãy mở tệp của một thủ tục, hoặc đặt con trỏ trong một thủ tục.' });
    });

    test('no locale: English, as before', async () => {
        const { hover, lenses } = await hoverAndLenses({}, 'authority UBNDXa', 11);
        expect(hover).toMatch(/^\*\*Unit\*\* `UBNDXa`: /);
        expect(lenses).toContain('planned 1wd of 1 working day (received after 15:00: the next working day)');
    });
});
