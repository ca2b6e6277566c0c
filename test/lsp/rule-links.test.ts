// Each diagnostic's code links to its section of the rules' page in the diagnostics' language: docs/rules.md,
// or docs/vi/rules.md (same anchors) while the server speaks Vietnamese.
import { describe, expect, test } from 'vitest';
import { lspWorkspace } from './lsp-workspace.js';
import { CATALOGUE, PROCEDURE } from '../language/check-helper.js';

const EN = 'file:///ext/docs/rules.md';
const VI = 'file:///ext/docs/vi/rules.md';

async function linksOf(language: 'en' | 'vi', translated: boolean): Promise<string[]> {
    const ws = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': PROCEDURE.replace('level commune', 'level district') });
    const { Locale } = ws.services.i18n;
    const links = ws.services.documentation.RuleLinks;
    links.base = EN;
    if (translated) links.translated.vi = VI;
    Locale.language = language;
    const diagnostics = await ws.services.validation.DocumentValidator.validateDocument(ws.document('procedure.tthc'));
    return diagnostics.filter(d => d.code === 'district-level').map(d => d.codeDescription?.href ?? '');
}

describe('rule links', () => {
    test('in English: docs/rules.md', async () => {
        expect(await linksOf('en', true)).toEqual([`${EN}#district-level`]);
    });

    test('in Vietnamese: docs/vi/rules.md, at the same anchor', async () => {
        expect(await linksOf('vi', true)).toEqual([`${VI}#district-level`]);
    });

    test('in Vietnamese without the Vietnamese page: docs/rules.md', async () => {
        expect(await linksOf('vi', false)).toEqual([`${EN}#district-level`]);
    });

    test('the file-level codes share one heading in both languages', async () => {
        const ws = await lspWorkspace();
        const links = ws.services.documentation.RuleLinks;
        links.base = EN;
        links.translated.vi = VI;
        ws.services.i18n.Locale.language = 'vi';
        expect(links.hrefOf('file-empty')).toBe(`${VI}#file-encoding-file-empty-file-too-large`);
        ws.services.i18n.Locale.language = 'en';
        expect(links.hrefOf('file-empty')).toBe(`${EN}#file-encoding-file-empty-file-too-large`);
    });
});
