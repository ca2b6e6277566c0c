// The quick fix menu (Ctrl+.), read and used as a person does.
import type { Page } from 'playwright-core';
import { waitFor } from './wait.ts';

const ROW = '.action-widget .monaco-list-row.action';

/** What the quick fix menu offered and what was picked. */
export interface QuickFixChoice {
    readonly offered: string[];
    /** The item the menu focused on opening (VS Code puts preferred fixes first). */
    readonly focused: string;
    readonly applied: string;
}

async function menu(page: Page): Promise<{ offered: string[]; focused: string }> {
    return page.$$eval(ROW, rows => ({
        offered: rows.map(row => row.querySelector('.title')?.textContent ?? ''),
        focused: rows.find(row => row.classList.contains('focused'))?.querySelector('.title')?.textContent ?? ''
    }));
}

/**
 * Opens the quick fix menu at the cursor (Ctrl+.) and applies the item `choose` picks among the offered titles
 * (Enter when it is the focused one, else a click); waits until the menu is gone.
 */
export async function applyQuickFix(page: Page, choose: (offered: string[]) => string | undefined): Promise<QuickFixChoice> {
    const shown = await waitFor('the quick fix menu with a fix to pick', async () => {
        if (!(await page.isVisible(ROW))) await page.keyboard.press('Control+.');
        return menu(page);
    }, ({ offered }) => choose(offered) !== undefined, 30_000, 1000);
    const applied = choose(shown.offered)!;
    if (shown.focused === applied) {
        await page.keyboard.press('Enter');
    } else {
        await page.click(`${ROW}:has(.title:text-is(${JSON.stringify(applied)}))`);
    }
    await waitFor('the quick fix menu to close', () => page.isVisible(ROW), visible => !visible, 10_000);
    return { ...shown, applied };
}
