/** Escapes text for HTML character data and double-quoted attribute values. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, c => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** An SVG document as markup to place inside an HTML page: without its XML declaration. */
export function inlineSvg(svg: string): string {
    return svg.replace(/^<\?xml[^>]*\?>\s*/, '');
}
