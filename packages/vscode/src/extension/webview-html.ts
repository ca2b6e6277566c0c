import { escapeMarkupAttribute, escapeMarkupText } from '@tthc/compiler/markup';

/** What a webview page needs from its host: where local resources come from and the page's nonce. */
export interface WebviewPage {
    /** `webview.cspSource`: the origin of the extension's local resources. */
    readonly cspSource: string;
    readonly nonce: string;
    readonly title: string;
    /** Inline CSS, allowed by the nonce. */
    readonly style: string;
    /** The body's HTML: built from escaped text only. */
    readonly body: string;
    /** The page's script (a URI under the extension's `dist/`), when the page has one. */
    readonly scriptUri?: string;
}

/**
 * A webview page under a strict Content-Security-Policy: nothing by default, no remote resources,
 * styles and scripts only by nonce (or from the extension itself), images only inline or local.
 */
export function webviewHtml(page: WebviewPage): string {
    const csp = [
        "default-src 'none'",
        `img-src ${page.cspSource} data:`,
        `style-src 'nonce-${page.nonce}'`,
        page.scriptUri ? `script-src 'nonce-${page.nonce}'` : undefined
    ].filter(Boolean).join('; ');
    return [
        '<!DOCTYPE html>',
        '<html lang="vi">',
        '<head>',
        '<meta charset="UTF-8">',
        `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
        `<title>${escapeMarkupText(page.title)}</title>`,
        `<style nonce="${page.nonce}">${page.style}</style>`,
        '</head>',
        '<body>',
        page.body,
        page.scriptUri ? `<script nonce="${page.nonce}" src="${escapeMarkupAttribute(page.scriptUri)}"></script>` : '',
        '</body>',
        '</html>',
        ''
    ].join('\n');
}
