// The webview pages' HTML: a strict Content-Security-Policy and escaped text.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { diagramPageHtml } from '@tthc/vscode/diagram-page';
import { webviewHtml } from '@tthc/vscode/webview-html';

/** The diagram page's texts as the extension gives them (here in English; the Vietnamese come from l10n/bundle.l10n.vi.json). */
const TEXTS = {
    title: 'Workflow diagram',
    waiting: 'Waiting for a procedure…',
    fitToWidth: 'Fit to width',
    actualSize: 'Actual size',
    unreadable: 'the drawing could not be read.',
    oneError: '{0}: 1 error, marked on the boxes.',
    errors: '{0}: {1} errors, marked on the boxes.',
    lastValid: 'Showing the last valid diagram of {0}. {1}'
};

function csp(html: string): string {
    return /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
}

describe('the webview pages', () => {
    test('the diagram view allows nothing by default, scripts and styles only by nonce, no remote resources', () => {
        const html = diagramPageHtml('https://file+.vscode-resource.vscode-cdn.net', 'n0nce', 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/diagram-view.js', TEXTS);
        const policy = csp(html);
        expect(policy).toContain("default-src 'none'");
        expect(policy).toContain("script-src 'nonce-n0nce'");
        expect(policy).toContain("style-src 'nonce-n0nce'");
        expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:\/\/(?!file\+)/);
        const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(m => m[0]);
        expect(scripts).toEqual(['<script nonce="n0nce" src="https://file+.vscode-resource.vscode-cdn.net/ext/dist/diagram-view.js">']);
        expect(html).toContain('<style nonce="n0nce">');
    });

    test('a page without a script allows no script at all, and its title is escaped', () => {
        const html = webviewHtml({ cspSource: 'vscode-resource:', nonce: 'abc', title: '<img src=x onerror=alert(1)>', style: '', body: '<p>x</p>' });
        expect(csp(html)).not.toContain('script-src');
        expect(html).not.toContain('<img');
        expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    });

    test('the diagram page carries the texts the extension localised, escaped, and its script has none of its own', () => {
        const vi = JSON.parse(readFileSync('packages/vscode/l10n/bundle.l10n.vi.json', 'utf8')) as Record<string, string>;
        const texts = { ...Object.fromEntries(Object.entries(TEXTS).map(([k, v]) => [k, vi[v]!])), title: '"><script>alert(1)</script>' } as typeof TEXTS;
        const html = diagramPageHtml('vscode-resource:', 'n', 'vscode-resource:/diagram-view.js', texts);
        expect(html).not.toContain('<script>alert');
        const document = new JSDOM(html).window.document;
        const status = document.getElementById('status')!;
        expect(JSON.parse(status.dataset.texts!)).toEqual(texts);
        expect(status.firstChild!.textContent).toBe('Đang chờ chọn thủ tục…');
        expect(document.getElementById('zoom')!.textContent).toBe('Vừa chiều rộng');
        expect(document.getElementById('diagram')!.getAttribute('aria-label')).toBe(texts.title);
        // The page's script shows only what the extension gave it.
        const script = readFileSync('packages/vscode/dist/diagram-view.js', 'utf8');
        const fragments = Object.values(TEXTS).flatMap(text => text.split(/\{\d+\}|\d+ errors?/)).map(part => part.trim()).filter(part => part.length >= 8);
        expect(fragments).toContain(', marked on the boxes.');
        for (const english of fragments) expect(script, english).not.toContain(english);
    });

    test('the diagram page\'s script shows the status in the language of its texts', () => {
        const vi = JSON.parse(readFileSync('packages/vscode/l10n/bundle.l10n.vi.json', 'utf8')) as Record<string, string>;
        const texts = Object.fromEntries(Object.entries(TEXTS).map(([k, v]) => [k, vi[v]!])) as typeof TEXTS;
        const dom = new JSDOM(diagramPageHtml('vscode-resource:', 'n', 'vscode-resource:/diagram-view.js', texts), { runScripts: 'outside-only' });
        const window = dom.window as unknown as typeof globalThis & { eval(code: string): void; acquireVsCodeApi(): unknown };
        window.acquireVsCodeApi = () => ({ postMessage: () => undefined });
        window.eval(readFileSync('packages/vscode/dist/diagram-view.js', 'utf8'));
        const status = (): string => window.document.getElementById('status')!.firstChild!.textContent!;
        const post = (data: unknown): void => void window.dispatchEvent(new window.MessageEvent('message', { data }));
        post({ type: 'diagram', procedure: 'CapGiayPhep', svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', errors: 2 });
        expect(status()).toBe('CapGiayPhep: 2 lỗi, đã đánh dấu trên các ô.');
        post({ type: 'unavailable', reason: 'Tên {0} chưa khai báo.' });
        expect(status()).toBe('Đang hiển thị sơ đồ hợp lệ gần nhất của CapGiayPhep. Tên {0} chưa khai báo.');
        const zoom = window.document.getElementById('zoom')!;
        zoom.click();
        expect(zoom.textContent).toBe('Kích thước thật');
        zoom.click();
        expect(zoom.textContent).toBe('Vừa chiều rộng');
    });

    test('the diagram page\'s script says when it listens, so that a drawing posted before it ran is posted again', () => {
        const dom = new JSDOM(diagramPageHtml('vscode-resource:', 'n', 'vscode-resource:/diagram-view.js', TEXTS), { runScripts: 'outside-only' });
        const window = dom.window as unknown as typeof globalThis & { eval(code: string): void; acquireVsCodeApi(): unknown };
        const sent: unknown[] = [];
        window.acquireVsCodeApi = () => ({ postMessage: (message: unknown) => void sent.push(message) });
        window.eval(readFileSync('packages/vscode/dist/diagram-view.js', 'utf8'));
        expect(sent).toEqual([{ type: 'ready' }]);
    });
});
