import { createHash } from 'node:crypto';
import { escapeHtml } from '@tthc/compiler';

/**
 * A standalone page of the review site. The Content-Security-Policy allows nothing from the network
 * and no script but the page's own, by its hash: every text from the source is escaped, and even so
 * nothing injected could run or load.
 */
export function sitePage(title: string, style: string, body: string, script?: string): string {
    const scriptHash = script === undefined ? undefined : createHash('sha256').update(script, 'utf8').digest('base64');
    const policy = `default-src 'none'; style-src 'unsafe-inline'; img-src data:${scriptHash ? `; script-src 'sha256-${scriptHash}'` : ''}`;
    return [
        '<!DOCTYPE html>',
        '<html lang="vi">',
        '<head>',
        '<meta charset="utf-8" />',
        `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        '<meta name="viewport" content="width=device-width, initial-scale=1" />',
        `<title>${escapeHtml(title)}</title>`,
        `<style>${style}</style>`,
        '</head>',
        '<body>',
        body,
        ...(script === undefined ? [] : [`<script>${script}</script>`]),
        '</body>',
        '</html>',
        ''
    ].join('\n');
}
