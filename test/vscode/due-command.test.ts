// `TTHC: Show Due Times` (tthc.showDueTimes): contributed with its titles in English and Vietnamese, registered by
// the bundled extension, and its input box accepting only a date-time the server reads.
import { isReceived, normaliseReceived, receivedPrefill } from '@tthc/vscode/received-input';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));

describe('the due-times command', () => {
    test('is contributed, in the command palette of .tthc files, with a title in both languages', () => {
        const manifest = readJson('packages/vscode/package.json') as {
            activationEvents: string[]; contributes: { commands: Array<{ command: string; title: string }>; menus: { commandPalette: Array<{ command: string; when: string }> } };
        };
        const command = manifest.contributes.commands.find(c => c.command === 'tthc.showDueTimes');
        expect(command?.title).toBe('%command.showDueTimes.title%');
        expect(manifest.activationEvents).toContain('onCommand:tthc.showDueTimes');
        expect(manifest.contributes.menus.commandPalette).toContainEqual({ command: 'tthc.showDueTimes', when: 'editorLangId == tthc' });
        expect(readJson('packages/vscode/package.nls.json')['command.showDueTimes.title']).toBe('Show Due Times');
        expect(readJson('packages/vscode/package.nls.vi.json')['command.showDueTimes.title']).toBe('Xem thời hạn từng bước');
    });

    test('is registered by the bundled extension, with its read-only document scheme', () => {
        const bundle = readFileSync('packages/vscode/dist/extension.cjs', 'utf8');
        expect(bundle).toMatch(/registerCommand\("tthc\.showDueTimes"/);
        expect(bundle).toContain('registerTextDocumentContentProvider');
        expect(bundle).toContain('"tthc/dueTimes"');
    });

    test('its texts are in both l10n bundles', () => {
        const english = readJson('packages/vscode/l10n/bundle.l10n.json');
        const vietnamese = readJson('packages/vscode/l10n/bundle.l10n.vi.json');
        for (const key of ['Due times of {0}', 'Through which channel is the dossier received?', 'Which case is the dossier in?']) {
            expect(english[key], key).toBe(key);
            expect(vietnamese[key], key).toBeDefined();
        }
        expect(vietnamese['Due times of {0}']).toBe('Thời hạn từng bước của {0}');
    });

    test('accepts a date-time that exists, prefilled with the server\'s now', () => {
        expect(receivedPrefill('2026-12-07T09:12+07:00')).toBe('2026-12-07T09:12');
        for (const ok of ['2026-12-07T09:12', '2026-12-07 09:12', '2026-12-31T15:30:00', '2026-12-31T08:30:00Z', '2028-02-29T09:00+07:00']) {
            expect(isReceived(ok), ok).toBe(true);
        }
        for (const bad of ['', '2026-12-07', '07/12/2026 09:12', '2026-02-30T09:00', '2027-02-29T09:00', '2026-12-07T24:00', '2026-12-07T09:60', 'now']) {
            expect(isReceived(bad), bad).toBe(false);
        }
        expect(normaliseReceived(' 2026-12-07 09:12 ')).toBe('2026-12-07T09:12');
    });
});
