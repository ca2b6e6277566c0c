// Test-side: a stand-in Vietnamese language pack for code-server. VS Code shows a display language only when a
// language pack for it is installed (without one, `--locale vi` or argv.json's "locale": "vi" leave everything in
// English, the extension's package.nls.vi.json and l10n bundle included), and the machine has no marketplace.
// The stand-in (vi-language-pack/) declares Vietnamese under the id of Microsoft's Vietnamese pack, `vi-vn`
// (microsoft/vscode-loc, i18n/vscode-language-pack-vi-vn), and translates none of VS Code's own texts.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PACK_DIR = join(import.meta.dirname, 'vi-language-pack');
const manifest = JSON.parse(readFileSync(join(PACK_DIR, 'package.json'), 'utf8')) as {
    name: string;
    publisher: string;
    version: string;
    contributes: { localizations: Array<{ languageId: string; localizedLanguageName: string; translations: Array<{ id: string; path: string }> }> };
};

/** The stand-in pack's id (`publisher.name`). */
export const LANGUAGE_PACK_ID = `${manifest.publisher}.${manifest.name}`;

/** Packs the stand-in language pack with @vscode/vsce (as `npm run package` packs the extension) into `outDir`. */
export function packLanguagePack(node: string, outDir: string): string {
    const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
    const out = join(outDir, `${manifest.name}-${manifest.version}.vsix`);
    execFileSync(node, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', out], { cwd: PACK_DIR, stdio: 'pipe', timeout: 120_000 });
    return out;
}

/**
 * Writes languagepacks.json into the user data folder as VS Code's language pack cache writes it after an install
 * through the running server: code-server's `--install-extension` does not write it (coder/code-server#3372),
 * and without it the server finds no pack for the locale and serves English.
 */
export function registerLanguagePack(userDataDir: string, extensionsDir: string): void {
    const folder = readdirSync(extensionsDir).find(name => name.startsWith(`${LANGUAGE_PACK_ID}-`));
    if (!folder) throw new Error(`the stand-in language pack ${LANGUAGE_PACK_ID} is not installed in ${extensionsDir}`);
    const packs = Object.fromEntries(manifest.contributes.localizations.map(localization => [localization.languageId, {
        // The hash names VS Code's cache of the pack's translations; VS Code computes it so.
        hash: createHash('md5').update(LANGUAGE_PACK_ID).update(manifest.version).digest('hex'),
        extensions: [{ extensionIdentifier: { id: LANGUAGE_PACK_ID }, version: manifest.version }],
        translations: Object.fromEntries(localization.translations.map(t => [t.id, join(extensionsDir, folder, t.path)])),
        label: localization.localizedLanguageName
    }]));
    writeFileSync(join(userDataDir, 'languagepacks.json'), `${JSON.stringify(packs, null, 2)}\n`);
}
