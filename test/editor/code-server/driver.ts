// The UI driver, run by Node 24 inside `unshare -n` (loopback only) by test/editor/code-server.test.ts:
// starts code-server, opens it in headless Chromium, runs the scenario (the English one, or the short Vietnamese
// one when the config sets a display language), prints one result line and stops everything it started, also on
// failure (with a screenshot and what it saw).
//
// Usage: node driver.ts '<DriverConfig as JSON>'
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { recordConsole } from './browser-console.ts';
import { startCodeServer, type CodeServer } from './code-server-process.ts';
import { extensionErrors, extensionHostIssues, extensionLogs } from './logs.ts';
import { problemsText } from './problems.ts';
import { RESULT_PREFIX, type DriverConfig, type DriverResult } from './result.ts';
import { runScenario } from './scenario.ts';
import { runVietnameseScenario } from './scenario-vi.ts';
import { openWorkbench } from './workbench.ts';

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const SCENARIO_MS = 5 * 60_000;

const config = JSON.parse(process.argv[2] ?? '') as DriverConfig;
const started = Date.now();
const result: DriverResult = { ok: false, timings: {}, console: [], screenshots: [], extensionErrors: [], extensionHostIssues: [] };
const mark = (stage: string): void => {
    result.timings[stage] = Date.now() - started;
    process.stderr.write(`driver: ${stage} after ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
};

let server: CodeServer | undefined;
let browser: BrowserContext | undefined;
let page: Page | undefined;
const stopAll = (): void => server?.stop();
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
        stopAll();
        process.exit(1);
    });
}

async function screenshot(name: string, element?: Locator): Promise<void> {
    if (!page) return;
    mkdirSync(config.outDir, { recursive: true });
    const path = join(config.outDir, `code-server-${config.locale ? `${config.locale}-` : ''}${name}.png`);
    await (element ?? page).screenshot({ path, timeout: 30_000 });
    result.screenshots.push(path);
}

try {
    server = await startCodeServer({ node: config.node, entry: config.entry, home: config.home, extensionsDir: config.extensionsDir, locale: config.locale });
    mark('codeServerReady');
    // A fresh Chromium profile in the run's home.
    browser = await chromium.launchPersistentContext(join(config.home, 'chromium'), {
        executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS, viewport: { width: 1600, height: 1400 }, timeout: 60_000
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    result.console = await recordConsole(page);
    await openWorkbench(page, server.url, config.workspace);
    mark('workbenchReady');
    // A deadline of its own, so that a stuck stage still ends in the failure report below (screenshot, logs).
    let deadline: NodeJS.Timeout | undefined;
    const timeUp = new Promise<never>((_, reject) => {
        deadline = setTimeout(() => reject(new Error(`the scenario did not finish within ${SCENARIO_MS / 1000} s`)), SCENARIO_MS);
    });
    const scenario = config.locale ? runVietnameseScenario : runScenario;
    await Promise.race([scenario({ page, config, result, mark, screenshot }), timeUp]).finally(() => clearTimeout(deadline));
    result.ok = true;
} catch (error) {
    result.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
    await screenshot('failure').catch(shotError => (result.error += `\n(no failure screenshot: ${String(shotError)})`));
    result.seen = {
        problems: page ? await problemsText(page) : '(no page)',
        codeServerLog: server?.logTail() ?? '(code-server did not start)',
        extensionLogs: extensionLogs(join(config.home, 'user-data'))
    };
} finally {
    result.extensionErrors = extensionErrors(join(config.home, 'user-data'));
    result.extensionHostIssues = extensionHostIssues(join(config.home, 'user-data'));
    await browser?.close().catch(() => undefined);
    stopAll();
    mark('stopped');
}
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
process.exit(result.ok ? 0 : 1);
