import { cleanText } from './escape.js';

/**
 * A relative link as both formats can carry it: each `/`-separated segment percent-encoded, and the
 * brackets and quotes that would end a Markdown link or an HTML attribute encoded too. The table
 * target only links to `safeFileName` names, which this leaves as they are.
 */
export function encodeHref(href: string): string {
    // Cleaned first: a lone surrogate would make encodeURIComponent throw.
    return cleanText(href)
        .split('/')
        .map(segment => encodeURIComponent(segment).replace(/[()'!*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
