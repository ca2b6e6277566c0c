// Driving the VS Code workbench as a person does: Quick Open, the Command Palette, Go to Line, the keyboard.
import type { Page } from 'playwright-core';
import { waitFor, waitForSteady } from './wait.ts';

const QUICK_INPUT = '.quick-input-widget';

/** Opens the workbench on a folder and waits until it is usable (status bar and explorer drawn). */
export async function openWorkbench(page: Page, url: string, folder: string): Promise<void> {
    await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { timeout: 120_000 });
    await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 120_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 120_000 });
}

/** The rows of the open quick input (Quick Open, Command Palette), with the focused one. */
async function quickInputRows(page: Page): Promise<{ rows: string[]; focused: string | undefined }> {
    return page.$$eval(`${QUICK_INPUT} .monaco-list-row`, rows => ({
        rows: rows.map(row => row.getAttribute('aria-label') ?? ''),
        focused: rows.find(row => row.classList.contains('focused'))?.getAttribute('aria-label') ?? undefined
    }));
}

/**
 * Opens the quick input with `key`, types `text` after its prefix ('>' or ':'), waits until the focused row is
 * the one `accept` wants (the list is filled asynchronously) and picks it with Enter.
 */
async function pick(page: Page, key: string, text: string, accept: (label: string) => boolean, what: string, closes = true): Promise<void> {
    await waitFor(`the quick input for ${what}`, async () => {
        await page.keyboard.press('Escape');
        await page.keyboard.press(key);
        return page.isVisible(`${QUICK_INPUT} input`);
    }, visible => visible, 30_000, 1000);
    // Through the input element itself (not the keyboard): nothing can land in an editor if the focus lags.
    const input = page.locator(`${QUICK_INPUT} input`);
    await input.fill(`${await input.inputValue()}${text}`);
    await waitFor(`${what} in the quick input`, () => quickInputRows(page), ({ focused }) => focused !== undefined && accept(focused), 30_000);
    await input.press('Enter');
    if (closes) await waitFor(`the quick input to close after ${what}`, () => page.isVisible(`${QUICK_INPUT} input`), visible => !visible, 10_000);
}

/** Opens a workspace file with Quick Open (Ctrl+P), by its path in the folder, and waits for its tab. */
export async function quickOpen(page: Page, path: string): Promise<void> {
    const name = path.split('/').pop()!;
    const folder = path.split('/').slice(0, -1).join('/');
    await pick(page, 'Control+P', path, label => label.startsWith(`${name} ${folder}`), path);
    await waitFor(`the editor tab of ${path}`, () => activeTab(page), label => label.startsWith(name), 30_000);
}

/** The aria-label of the active editor tab ('' if none). */
export async function activeTab(page: Page): Promise<string> {
    return (await page.getAttribute('.tabs-container .tab.active', 'aria-label', { timeout: 1000 }).catch(() => null)) ?? '';
}

/** Runs a command by its title from the Command Palette (F1). */
export async function runCommand(page: Page, title: string): Promise<void> {
    await pick(page, 'F1', title, label => label === title || label.startsWith(`${title},`), `the command '${title}'`);
}

/**
 * Runs a command that asks for a value in an input box (the same quick input widget, opened again at once, so
 * it may never be seen closed), waits until the box shows a value `prefilled` accepts, replaces it with `answer`
 * and presses Enter.
 */
export async function runCommandAnswering(page: Page, title: string, prefilled: (value: string) => boolean, answer: string): Promise<void> {
    await pick(page, 'F1', title, label => label === title || label.startsWith(`${title},`), `the command '${title}'`, false);
    const input = page.locator(`${QUICK_INPUT} input`);
    await waitFor(`the input box of '${title}'`, () => input.inputValue({ timeout: 1000 }), prefilled, 30_000);
    await input.fill(answer);
    await input.press('Enter');
    await waitFor(`the input box to close after '${answer}'`, () => page.isVisible(`${QUICK_INPUT} input`), visible => !visible, 10_000);
}

/**
 * Opens the Command Palette (F1) on `text` and leaves it open (for a screenshot); resolves with its rows'
 * labels once some row starts with `text` and the list has stopped changing (VS Code fills it asynchronously).
 */
export async function showCommands(page: Page, text: string): Promise<string[]> {
    await waitFor('the Command Palette', async () => {
        await page.keyboard.press('Escape');
        await page.keyboard.press('F1');
        return page.isVisible(`${QUICK_INPUT} input`);
    }, visible => visible, 30_000, 1000);
    const input = page.locator(`${QUICK_INPUT} input`);
    await input.fill(`${await input.inputValue()}${text}`);
    const rows = async (): Promise<string[]> => (await quickInputRows(page)).rows;
    return waitForSteady(`commands starting with '${text}' in the Command Palette`, rows, labels => labels.some(label => label.startsWith(text)), 60_000);
}

/** Moves the cursor with Go to Line (Ctrl+G) and waits until the status bar shows the position. */
export async function goToLine(page: Page, line: number, column: number): Promise<void> {
    await pick(page, 'Control+G', `${line}:${column}`, label => label.includes(String(line)), `line ${line}, column ${column}`);
    await waitFor(`the cursor at Ln ${line}, Col ${column}`, () => cursorPosition(page), text => text === `Ln ${line}, Col ${column}`, 15_000);
    // Keys that follow (Ctrl+.) must reach the editor, not the panel that had the focus before.
    await waitFor('the focus in the editor', () => page.evaluate(() => document.activeElement?.closest('.editor-group-container .monaco-editor') !== null), focused => focused, 10_000);
}

/** The status bar's language mode of the active editor, e.g. `TTHC` ('' if none). */
export async function languageMode(page: Page): Promise<string> {
    return ((await page.textContent('#status\\.editor\\.mode', { timeout: 1000 }).catch(() => null)) ?? '').trim();
}

/** The status bar's cursor position, e.g. `Ln 29, Col 50`. */
export async function cursorPosition(page: Page): Promise<string> {
    return ((await page.textContent('#status\\.editor\\.selection', { timeout: 1000 }).catch(() => null)) ?? '').trim();
}
