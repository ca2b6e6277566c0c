/** An SVG document as markup to place inside an HTML page: without its XML declaration. */
export function inlineSvg(svg: string): string {
    return svg.replace(/^<\?xml[^>]*\?>\s*/, '');
}
