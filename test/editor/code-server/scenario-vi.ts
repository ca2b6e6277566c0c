// The Vietnamese scenario, run with VS Code's display language set to Vietnamese: the Command Palette's TTHC
// commands and the legacy file's district-level problems, each kept as a screenshot. The test compares them with
// package.nls.vi.json and the Vietnamese golden output.
import { complete, readFilteredProblems, showProblems, type ProblemsView } from './problems.ts';
import type { ScenarioContext } from './scenario.ts';
import { waitFor, waitForSteady } from './wait.ts';
import { languageMode, quickOpen, showCommands } from './workbench.ts';

/** Runs the stages in order, filling `result`; throws at the first stage that does not come true. */
export async function runVietnameseScenario({ page, config, result, mark, screenshot }: ScenarioContext): Promise<void> {
    const fileName = config.fixFile.split('/').pop()!;

    // a. The legacy file, open in the editor: the diagram and table commands show only for a .tthc editor, and
    // the file may open before the extension's language is registered (then it is plain text for a moment).
    await quickOpen(page, config.fixFile);
    await waitFor('the editor in the TTHC language mode', () => languageMode(page), mode => mode === 'TTHC', 60_000);
    mark('legacyFileOpen');

    // b. The Command Palette on 'TTHC' (the commands' category).
    result.commandPalette = await showCommands(page, 'TTHC');
    mark('commandsListed');
    await screenshot('command-palette');
    await page.keyboard.press('Escape');

    // c. The file's problems, with the panel narrowed to the file.
    await showProblems(page);
    const shown = (view: ProblemsView): boolean => view.filter === config.fixFile && complete(view) && view.files.length === 1 &&
        view.files[0].label.includes(fileName) && view.rows.some(row => row.code === 'district-level');
    result.problemsBefore = await waitForSteady('district-level rows in the Problems panel', () => readFilteredProblems(page, config.fixFile), shown, 120_000);
    mark('problemsShown');
    await screenshot('problems');
}
