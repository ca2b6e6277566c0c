import { runBuild } from '@tthc/cli';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

// Debian's Chromium (`apt-get install chromium`; .ci/run installs it), driven by playwright-core.
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// The build output stays for people to look at: out-test/<example>/site, screenshots included.
const OUT = join(ROOT, 'out-test', 'lam-dong');

let browser: Browser;
beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
        throw new Error(`Chromium is not at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set CHROMIUM to its path.`);
    }
    rmSync(OUT, { recursive: true, force: true });
    expect((await runBuild([join(ROOT, 'examples/lam-dong')], { out: OUT, clean: false, targets: ['site'] })).exitCode).toBe(0);
    mkdirSync(join(OUT, 'site', 'screenshots'), { recursive: true });
    browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    });
}, 120_000);

afterAll(async () => {
    await browser?.close();
});

async function open(path: string) {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const errors: string[] = [];
    page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('pageerror', error => errors.push(String(error)));
    const requests: string[] = [];
    page.on('request', request => { if (!request.url().startsWith('file://')) requests.push(request.url()); });
    await page.goto(`file://${join(OUT, 'site', path)}`);
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
});
