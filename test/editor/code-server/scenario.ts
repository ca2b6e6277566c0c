// The UI scenario: a legacy file's district-level problems, the preferred quick fix, a clean procedure's diagram.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { probeConsole } from './browser-console.ts';
import { waitForDiagram } from './diagram.ts';
import { complete, readFilteredProblems, showProblems, type ProblemsView } from './problems.ts';
import { applyQuickFix } from './quick-fix.ts';
import type { DriverConfig, DriverResult } from './result.ts';
import { waitFor, waitForSteady } from './wait.ts';
import { cursorPosition, goToLine, quickOpen, runCommand, runCommandAnswering } from './workbench.ts';

/** What the scenario needs from the driver: the page, where to record, a clock and screenshots. */
export interface ScenarioContext {
    readonly page: Page;
    readonly config: DriverConfig;
    readonly result: DriverResult;
    /** Records that a stage is done, with the time since the driver started. */
    mark(stage: string): void;
    /** Saves a picture of the window, or of one element. */
    screenshot(name: string, element?: Locator): Promise<void>;
}

const districtLevel = (view: ProblemsView): ProblemsView['rows'] => view.rows.filter(row => row.code === 'district-level');

/** Runs the stages in order, filling `result`; throws at the first stage that does not come true. */
export async function runScenario({ page, config, result, mark, screenshot }: ScenarioContext): Promise<void> {
    const { line, column } = config.fixAt;
    const fileName = config.fixFile.split('/').pop()!;

    // a. Open the legacy file.
    await quickOpen(page, config.fixFile);
    mark('legacyFileOpen');

    // b. Its district-level problems, with the panel narrowed to the file.
    await showProblems(page);
    const problems = (): Promise<ProblemsView> => readFilteredProblems(page, config.fixFile);
    const onlyTheFile = (view: ProblemsView): boolean =>
        view.filter === config.fixFile && complete(view) && view.files.length === 1 && view.files[0].label.includes(fileName);
    const shown = (view: ProblemsView): boolean => onlyTheFile(view) && districtLevel(view).length > 0;
    result.problemsBefore = await waitForSteady('district-level rows in the Problems panel', problems, shown, 120_000);
    mark('problemsShown');
    await screenshot('problems');

    // c. The preferred quick fix on the step's diagnostic; its row goes away.
    await goToLine(page, line, column);
    result.quickFix = await applyQuickFix(page, offered => offered.find(title => title === config.fixTitle));
    const fixedAway = (view: ProblemsView): boolean =>
        onlyTheFile(view) && !districtLevel(view).some(row => row.line === line && row.column === column);
    result.problemsAfter = await waitForSteady(`the district-level row at ${line}:${column} to go`, problems, fixedAway, 60_000);
    mark('quickFixApplied');
    await page.keyboard.press('Control+S');
    const assigned = /^Assign to (\S+)/.exec(config.fixTitle)?.[1] ?? config.fixTitle;
    const savedLine = (): Promise<string> => Promise.resolve(readFileSync(join(config.workspace, config.fixFile), 'utf8').split('\n')[line - 1]);
    result.fixedLine = await waitFor(`line ${line} saved with ${assigned}`, savedLine, text => text.includes(assigned), 30_000);
    mark('fixSaved');
    await screenshot('quick-fix');

    // d. A clean procedure's workflow diagram, from the Command Palette.
    await quickOpen(page, config.diagramFile);
    await runCommand(page, 'TTHC: Show Workflow Diagram');
    result.diagram = await waitForSteady('the diagram', () => waitForDiagram(page, 90_000), view => view.steps.length > 0, 120_000);
    mark('diagramShown');
    const frame = page.frames().find(f => f.url() === result.diagram?.frameUrl);
    result.webviewConsoleSeen = frame ? await probeConsole(frame, result.console) : false;
    await screenshot('diagram');
    // The diagram alone, as large as the webview draws it.
    if (frame) await screenshot('diagram-webview', frame.locator('#diagram'));

    // e. A click on the last step's box reveals that step in the source.
    if (frame && result.diagram.steps.length > 0) {
        const step = result.diagram.steps[result.diagram.steps.length - 1];
        const source = readFileSync(join(config.workspace, config.diagramFile), 'utf8').split('\n');
        const index = source.findIndex(text => new RegExp(`^\\s*step ${step}\\b`).test(text));
        const expected = `Ln ${index + 1}, Col ${source[index].indexOf('step') + 1}`;
        const box = frame.locator(`[data-node="step:${step}"]`).first();
        await box.click();
        // Under load the first click can reach the webview before the editor group takes the reveal: one
        // more click, then the same wait. A reveal that never comes still fails the stage.
        const onStep = (text: string): boolean => text === expected;
        const cursor = await waitFor(`the cursor on step ${step} (${expected})`, () => cursorPosition(page), onStep, 15_000)
            .catch(async () => {
                await box.click();
                return waitFor(`the cursor on step ${step} (${expected}) after a second click`, () => cursorPosition(page), onStep, 30_000);
            });
        result.revealed = { step, cursor };
        mark('stepRevealed');
    }

    // f. The due times of a procedure for a receipt typed in the command's input box, in a preview to the side.
    if (config.dueFile && config.dueReceived) {
        await quickOpen(page, config.dueFile);
        await runCommandAnswering(page, 'TTHC: Show Due Times', value => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value), config.dueReceived);
        result.dueTimes = await waitForSteady('the due times in a preview', () => previewText(page), text => text.includes('Appointment date'), 90_000);
        mark('dueTimesShown');
        await screenshot('due-times');
    }
}

// The text of the frame that shows the due times (the Markdown preview is a webview, nested in iframes).
async function previewText(page: Page): Promise<string> {
    for (const frame of page.frames()) {
        const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
        if (text.includes('Due times of')) return text;
    }
    return '';
}
