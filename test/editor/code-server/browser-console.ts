// The browser's console, uncaught errors and logged errors (failed loads, CSP violations) from every frame of the
// page, each with the URL of the frame it came from, through a Chrome DevTools Protocol session.
import type { Frame, Page } from 'playwright-core';
import { waitFor } from './wait.ts';

/** One console message, uncaught error or browser log entry, with the URL of its frame. */
export interface ConsoleEntry {
    readonly type: string;
    readonly text: string;
    readonly url: string;
    /** True when it came from a webview frame (VS Code's webview host pages under /webview/). */
    readonly webview: boolean;
}

interface RemoteObject { value?: unknown; description?: string }

/** Records warnings and errors of the page and all its frames into the returned list (filled as they come). */
export async function recordConsole(page: Page): Promise<ConsoleEntry[]> {
    const entries: ConsoleEntry[] = [];
    const frameUrl = new Map<string, string>();
    const frameOfContext = new Map<number, string>();
    const urlOf = (contextId: number | undefined): string => frameUrl.get(frameOfContext.get(contextId ?? -1) ?? '') ?? '';
    const add = (type: string, text: string, url: string): void => {
        entries.push({ type, text: text.slice(0, 2000), url, webview: url.includes('/webview/') });
    };
    const session = await page.context().newCDPSession(page);
    session.on('Page.frameNavigated', ({ frame }) => frameUrl.set(frame.id, frame.url));
    session.on('Runtime.executionContextCreated', ({ context }) => {
        const frameId = (context.auxData as { frameId?: string } | undefined)?.frameId;
        if (frameId) frameOfContext.set(context.id, frameId);
    });
    session.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
        if (type !== 'error' && type !== 'warning' && type !== 'assert') return;
        add(type, (args as RemoteObject[]).map(arg => String(arg.value ?? arg.description ?? '')).join(' '), urlOf(executionContextId));
    });
    session.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
        const text = exceptionDetails.exception?.description ?? exceptionDetails.text;
        add('pageerror', text, urlOf(exceptionDetails.executionContextId) || (exceptionDetails.url ?? ''));
    });
    session.on('Log.entryAdded', ({ entry }) => {
        if (entry.level === 'error' || entry.level === 'warning') add(entry.level, `${entry.text}${entry.url ? ` (${entry.url})` : ''}`, entry.url ?? '');
    });
    await session.send('Page.enable');
    await session.send('Runtime.enable');
    await session.send('Log.enable');
    return entries;
}

/**
 * Prints an error and throws an uncaught one inside a webview frame; true when `entries` caught both and put them
 * down to a webview frame (so an empty list of webview errors means something). Both carry `tthc-console-probe-`.
 */
export async function probeConsole(frame: Frame, entries: ConsoleEntry[]): Promise<boolean> {
    const marker = `tthc-console-probe-${Date.now()}`;
    await frame.evaluate(text => {
        console.error(`${text}-console`);
        setTimeout(() => {
            throw new Error(`${text}-uncaught`);
        });
    }, marker);
    const caught = (): boolean => ['console', 'uncaught'].every(kind => entries.some(entry => entry.webview && entry.text.includes(`${marker}-${kind}`)));
    return waitFor('the console probe', async () => caught(), seen => seen, 10_000).catch(() => false);
}
