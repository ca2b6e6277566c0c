// Reading the Problems panel as it is drawn: its file rows, its marker rows (message, code, place).
import type { Page } from 'playwright-core';
import { waitFor } from './wait.ts';

/** One row of the Problems panel under a file. */
export interface ProblemRow {
    readonly severity: string;
    readonly message: string;
    readonly code: string;
    readonly line: number;
    readonly column: number;
}

/** What the Problems panel shows: each file row's label and count, and the marker rows. */
export interface ProblemsView {
    readonly files: Array<{ label: string; count: number }>;
    readonly rows: ProblemRow[];
    /** The filter's "Showing N of M" text, if any. */
    readonly showing: string;
    /** The filter typed in the panel. */
    readonly filter?: string;
}

const PANEL = '.markers-panel';
const FILTER = 'input[aria-label="Filter Problems"]';

/** Opens the Problems panel (View: Focus Problems) and waits until it is drawn. */
export async function showProblems(page: Page): Promise<void> {
    await waitFor('the Problems panel', async () => {
        if (!(await page.isVisible(FILTER))) await page.keyboard.press('Control+Shift+M');
        return page.isVisible(FILTER);
    }, visible => visible, 30_000, 1000);
}

/**
 * The Problems panel's rows with `filter` typed in its filter box (a path narrows it to one file). The filter
 * is typed again whenever it is found different: the panel restores its saved (empty) filter while it opens.
 */
export async function readFilteredProblems(page: Page, filter: string): Promise<ProblemsView> {
    if ((await page.inputValue(FILTER, { timeout: 5000 })) !== filter) {
        await page.fill(FILTER, filter, { timeout: 5000 });
    }
    const view = await readProblems(page);
    return { ...view, filter: await page.inputValue(FILTER, { timeout: 5000 }) };
}

/** The Problems panel's rows as drawn now. */
export async function readProblems(page: Page): Promise<ProblemsView> {
    return page.evaluate(({ panel }) => {
        const text = (root: Element, selector: string): string => root.querySelector(selector)?.textContent?.trim() ?? '';
        const rows = [...document.querySelectorAll(`${panel} .monaco-list-row`)]
            .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')));
        const files = rows.filter(row => row.getAttribute('aria-level') === '1').map(row => ({
            label: row.getAttribute('aria-label') ?? '',
            count: Number(text(row, '.monaco-count-badge')) || 0
        }));
        const markers = rows.filter(row => row.getAttribute('aria-level') === '2' && row.querySelector('.marker-message')).map(row => {
            const place = /Ln (\d+), Col (\d+)/.exec(text(row, '.marker-line')) ?? [];
            const icon = row.querySelector('.marker-icon')?.className ?? '';
            return {
                severity: ['error', 'warning', 'info'].find(kind => icon.includes(kind)) ?? icon,
                message: text(row, '.marker-message'),
                code: text(row, '.marker-code'),
                line: Number(place[1]),
                column: Number(place[2])
            };
        });
        const showing = document.querySelector('.viewpane-filter-badge:not(.hidden)')?.textContent?.trim() ?? '';
        return { files, rows: markers, showing };
    }, { panel: PANEL });
}

/** The Problems panel's text, for a failure report. */
export async function problemsText(page: Page): Promise<string> {
    return page.evaluate(panel => (document.querySelector(panel) as HTMLElement | null)?.innerText ?? '(no Problems panel)', PANEL).catch(error => `(unreadable: ${String(error)})`);
}

/** True when every file row's count has its marker rows drawn (the list is virtual: a short panel hides some). */
export function complete(view: ProblemsView): boolean {
    return view.files.reduce((sum, file) => sum + file.count, 0) === view.rows.length;
}
