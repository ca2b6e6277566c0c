// The webview pages' HTML: a strict Content-Security-Policy and escaped text.
import { describe, expect, test } from 'vitest';
import { diagramPageHtml } from '@tthc/vscode/diagram-page';
import { webviewHtml } from '@tthc/vscode/webview-html';

function csp(html: string): string {
    return /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
}

describe('the webview pages', () => {
    test('the diagram view allows nothing by default, scripts and styles only by nonce, no remote resources', () => {
        const html = diagramPageHtml('https://file+.vscode-resource.vscode-cdn.net', 'n0nce', 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/diagram-view.js');
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
});
