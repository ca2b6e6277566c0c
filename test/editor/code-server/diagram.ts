// The workflow diagram's webview: VS Code nests it in iframes; find the one that holds #diagram.
import type { Frame, Page } from 'playwright-core';
import { waitFor } from './wait.ts';

const STEP = '#diagram [data-node^="step:"]';

/** What the diagram showed: its panel's tab label and the step boxes' names, in drawing order. */
export interface DiagramView {
    readonly tab: string;
    readonly steps: string[];
    readonly frameUrl: string;
}

async function stepsIn(frame: Frame): Promise<string[]> {
    try {
        return await frame.$$eval(STEP, boxes => boxes.map(box => (box.getAttribute('data-node') ?? '').replace(/^step:/, '')));
    } catch {
        return []; // a frame being replaced, or one that is not the diagram
    }
}

/** Waits until some frame of the page draws step boxes in `#diagram`; returns them. */
export async function waitForDiagram(page: Page, timeoutMs = 60_000): Promise<DiagramView> {
    const found = await waitFor('a webview frame whose #diagram has step boxes', async () => {
        for (const frame of page.frames()) {
            const steps = await stepsIn(frame);
            if (steps.length > 0) return { steps, frameUrl: frame.url() };
        }
        return { steps: [] as string[], frameUrl: '', frames: page.frames().map(frame => frame.url().slice(0, 160)) };
    }, ({ steps }) => steps.length > 0, timeoutMs, 500);
    const tabs = await page.$$eval('.tabs-container .tab', all => all.map(tab => tab.getAttribute('aria-label') ?? ''));
    const tab = tabs.find(label => label.startsWith('Diagram')) ?? '';
    return { tab, steps: found.steps, frameUrl: found.frameUrl };
}
