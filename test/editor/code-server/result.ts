// What the UI driver reports (one JSON line on stdout), read by test/editor/code-server.test.ts.
import type { ConsoleEntry } from './browser-console.ts';
import type { DiagramView } from './diagram.ts';
import type { ProblemsView } from './problems.ts';
import type { QuickFixChoice } from './quick-fix.ts';

/** The line prefix of the driver's result on stdout. */
export const RESULT_PREFIX = 'TTHC-UI-RESULT ';

/** What the driver is given (as its one argument, JSON). */
export interface DriverConfig {
    /** Node 24, code-server's entry point, its extensions folder (with the .vsix installed) and a fresh home. */
    readonly node: string;
    readonly entry: string;
    readonly extensionsDir: string;
    readonly home: string;
    /** The copy of examples/ opened as the workspace folder. */
    readonly workspace: string;
    /** Where screenshots go. */
    readonly outDir: string;
    /** The legacy file to fix, its path in the workspace, and the place of the step diagnostic to fix. */
    readonly fixFile: string;
    readonly fixAt: { line: number; column: number };
    /** The title of the fix to apply (the preferred one), as the language server names it. */
    readonly fixTitle: string;
    /** The clean procedure whose diagram is shown, its path in the workspace. */
    readonly diagramFile: string;
    /** The procedure whose due times are asked for (TTHC: Show Due Times), and the receipt typed in. */
    readonly dueFile?: string;
    readonly dueReceived?: string;
    /**
     * VS Code's display language (`locale` in argv.json), set for the Vietnamese run: the driver then runs the
     * short Vietnamese scenario (scenario-vi.ts) instead of the English one, and prefixes its screenshots with it.
     */
    readonly locale?: string;
}

/** The driver's report: what it saw at each stage, how long each took, and on failure what explains it. */
export interface DriverResult {
    ok: boolean;
    error?: string;
    /** Milliseconds from the driver's start at which each stage was done. */
    timings: Record<string, number>;
    problemsBefore?: ProblemsView;
    quickFix?: QuickFixChoice;
    /** The fixed line as saved to disk. */
    fixedLine?: string;
    problemsAfter?: ProblemsView;
    diagram?: DiagramView;
    /** The step whose box was clicked, and the editor's cursor after the click (`Ln 44, Col 5`). */
    revealed?: { step: string; cursor: string };
    /** The text of the due-times preview (TTHC: Show Due Times). */
    dueTimes?: string;
    /** The Command Palette's rows for `TTHC` (the Vietnamese run). */
    commandPalette?: string[];
    /** Whether a message printed inside the diagram's frame reached the console recording (it covers webviews). */
    webviewConsoleSeen?: boolean;
    console: ConsoleEntry[];
    screenshots: string[];
    /** On failure: the Problems panel's text, code-server's log and the extension host's logs. */
    seen?: { problems: string; codeServerLog: string; extensionLogs: string };
    /** Error lines about the TTHC extension in the extension host logs (activation failures, crashes). */
    extensionErrors: string[];
    /** Every warning and error line of the extension host logs, for the report. */
    extensionHostIssues: string[];
}
