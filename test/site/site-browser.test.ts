import { runBuild } from '@tthc/cli';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { RETIMED, writeSinceVersion } from './since-fixture.js';

// Debian's Chromium (`apt-get install chromium`; .ci/run installs it), driven by playwright-core.
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// The build output stays for people to look at: out-test/<example>/site, screenshots included.
const OUT = join(ROOT, 'out-test', 'lam-dong');
// The site of a new version built `--since` the example (one step re-timed, one procedure added).
const SINCE = join(ROOT, 'out-test', 'lam-dong-since');

let browser: Browser;
beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
        throw new Error(`Chromium is not at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set CHROMIUM to its path.`);
    }
    rmSync(OUT, { recursive: true, force: true });
    expect((await runBuild([join(ROOT, 'examples/lam-dong')], { out: OUT, clean: false, targets: ['site'] })).exitCode).toBe(0);
    mkdirSync(join(OUT, 'site', 'screenshots'), { recursive: true });
    rmSync(SINCE, { recursive: true, force: true });
    cpSync(join(ROOT, 'examples/lam-dong'), join(SINCE, 'old'), { recursive: true });
    writeSinceVersion(join(SINCE, 'new'));
    const since = await runBuild([join(SINCE, 'new')], { out: join(SINCE, 'out'), clean: false, targets: ['site'], since: join(SINCE, 'old') });
    expect(since.exitCode, since.stderr).toBe(0);
    mkdirSync(join(SINCE, 'out', 'site', 'screenshots'), { recursive: true });
    browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    });
}, 120_000);

afterAll(async () => {
    await browser?.close();
});

async function open(path: string, viewport = { width: 1600, height: 1000 }, site = join(OUT, 'site')) {
    const page = await browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('pageerror', error => errors.push(String(error)));
    const requests: string[] = [];
    page.on('request', request => { if (!request.url().startsWith('file://')) requests.push(request.url()); });
    await page.goto(`file://${join(site, path)}`);
    return { page, errors, requests };
}

describe('the review site in a real browser', () => {
    test('the index loads without errors, lists every procedure, and its filter works', async () => {
        const { page, errors, requests } = await open('index.html');
        expect(await page.locator('tbody tr').count()).toBe(19);
        await page.fill('#filter', 'khai sinh');
        expect(await page.locator('tbody tr:not([hidden])').count()).toBe(2);
        await page.fill('#filter', '');
        await page.screenshot({ path: join(OUT, 'site', 'screenshots', 'index.png'), fullPage: true });
        expect(errors).toEqual([]);
        expect(requests).toEqual([]);
        await page.close();
    });

    test('a procedure page shows its diagram at a real size, its table and its findings, without errors', async () => {
        const { page, errors, requests } = await open('procedures/1.012855.html');
        const box = await page.locator('.diagram svg').boundingBox();
        expect(box?.width).toBeGreaterThan(800);
        expect(box?.height).toBeGreaterThan(400);
        expect(await page.locator('.diagram svg text').count()).toBeGreaterThan(30);
        expect(await page.locator('table.steps tbody tr').count()).toBeGreaterThan(5);
        await page.screenshot({ path: join(OUT, 'site', 'screenshots', 'procedure-1.012855.png'), fullPage: true });
        expect(errors).toEqual([]);
        expect(requests).toEqual([]);
        await page.close();
    });

    // A laptop, a desktop monitor, a phone held upright: the three screens the reviewers use.
    const SIZES = [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }, { width: 390, height: 844 }];

    async function pageWidths(page: Awaited<ReturnType<typeof open>>['page']) {
        return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    }

    test('the index and the pages never scroll sideways at 1366×768, 1920×1080 and 390×844, and the filter still works on a phone', async () => {
        // 1.014101: the widest diagram (7120 px); 1.012855: a table of exceptions with seven columns.
        for (const path of ['index.html', 'procedures/1.014101.html', 'procedures/1.012855.html']) {
            const { page, errors, requests } = await open(path, SIZES[0]);
            for (const size of SIZES) {
                await page.setViewportSize(size);
                const widths = await pageWidths(page);
                expect(widths.scroll, `${path} at ${size.width}×${size.height}`).toBeLessThanOrEqual(widths.inner);
                await page.screenshot({ path: join(OUT, 'site', 'screenshots', `${path.replace(/\W+/g, '-')}-${size.width}.png`) });
            }
            if (path === 'index.html') {
                // On a phone the rows are stacked blocks: the ones the filter hides must still disappear.
                await page.fill('#filter', 'khai sinh');
                expect(await page.locator('tbody tr:visible').count()).toBe(2);
                // Titles wrap: no cell is wider than the screen.
                const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('td')].map(td => td.getBoundingClientRect().right)));
                expect(widest).toBeLessThanOrEqual(390);
            }
            expect(errors).toEqual([]);
            expect(requests).toEqual([]);
            await page.close();
        }
    });

    test('the diagram zooms with its radio buttons, by mouse and by keyboard, and pans inside its own box, at every size', async () => {
        const { page, errors, requests } = await open('procedures/1.014101.html', SIZES[0]);
        const svg = page.locator('.diagram svg');
        const natural = Number(await svg.getAttribute('width'));
        const width = async () => (await svg.boundingBox())!.width;
        for (const size of SIZES) {
            await page.setViewportSize(size);
            await page.click('label[for="zoom-100"]');
            expect(await width()).toBeCloseTo(natural, 0);
            await page.click('label[for="zoom-fit"]');
            const box = await page.locator('.diagram').evaluate(element => element.clientWidth);
            expect(await width()).toBeCloseTo(box, 0);
            expect(box).toBeLessThanOrEqual(size.width);
            await page.click('label[for="zoom-50"]');
            expect(await width()).toBeCloseTo(natural / 2, 0);
            // The keyboard: the radio buttons take the arrow keys.
            await page.focus('#zoom-50');
            await page.keyboard.press('ArrowRight');
            expect(await page.isChecked('#zoom-100')).toBe(true);
            expect(await width()).toBeCloseTo(natural, 0);
            await page.keyboard.press('ArrowRight');
            expect(await width()).toBeCloseTo(natural * 1.5, 0);
            // The drawing keeps its proportions at every zoom.
            const drawn = (await svg.boundingBox())!;
            expect(drawn.height / drawn.width).toBeCloseTo(Number(await svg.getAttribute('height')) / natural, 2);
            // Panning: the diagram's own box scrolls (it is focusable, so the arrow keys pan it), the page does not.
            const pan = await page.locator('.diagram').evaluate(element => {
                element.scrollLeft = 600;
                return { left: element.scrollLeft, tabIndex: element.tabIndex, page: document.documentElement.scrollWidth, inner: window.innerWidth };
            });
            expect(pan.left).toBe(600);
            expect(pan.tabIndex).toBe(0);
            expect(pan.page).toBeLessThanOrEqual(pan.inner);
        }
        await page.screenshot({ path: join(OUT, 'site', 'screenshots', 'procedure-1.014101-zoom-150-390.png') });
        // No script ran for any of it and the page's policy was never violated.
        expect(errors).toEqual([]);
        expect(requests).toEqual([]);
        await page.close();
    });

    test('with --since, at 1366×768 and 390×844: the changed step is highlighted, the changes show, "only changed" filters, nothing scrolls sideways', async () => {
        const site = join(SINCE, 'out', 'site');
        const { page, errors, requests } = await open(RETIMED.page, SIZES[0], site);
        const index = await open('index.html', SIZES[0], site);
        for (const size of [SIZES[0], SIZES[2]]) {
            await page.setViewportSize(size);
            const changed = page.locator('.diagram svg g.node.changed');
            expect(await changed.count()).toBe(1);
            expect(await changed.getAttribute('data-node')).toBe(`step:${RETIMED.step}`);
            // The site's style, not the diagram's own colours, draws the highlight.
            expect(await changed.locator('rect').first().evaluate(rect => getComputedStyle(rect).stroke)).toBe('rgb(154, 103, 0)');
            expect(await page.locator('section.changes').isVisible()).toBe(true);
            expect(await page.locator('section.changes tbody tr').count()).toBe(2);
            const widths = await pageWidths(page);
            expect(widths.scroll, `page at ${size.width}`).toBeLessThanOrEqual(widths.inner);
            await page.screenshot({ path: join(site, 'screenshots', `since-page-${size.width}.png`), fullPage: true });
            await index.page.setViewportSize(size);
            expect(await index.page.locator('tbody tr:visible').count()).toBe(20);
            await index.page.click('label[for="only-changed"]');
            expect(await index.page.locator('tbody tr:visible').count()).toBe(2);
            expect(await index.page.locator('tbody tr:visible .change').allTextContents()).toEqual(['Mới', 'Sửa đổi']);
            const indexWidths = await pageWidths(index.page);
            expect(indexWidths.scroll, `index at ${size.width}`).toBeLessThanOrEqual(indexWidths.inner);
            await index.page.screenshot({ path: join(site, 'screenshots', `since-index-only-changed-${size.width}.png`), fullPage: true });
            await index.page.click('label[for="only-changed"]');
        }
        // No script but the filter's, and no violation of the pages' policy.
        expect([...errors, ...index.errors]).toEqual([]);
        expect([...requests, ...index.requests]).toEqual([]);
        await page.close();
        await index.page.close();
    });
});
