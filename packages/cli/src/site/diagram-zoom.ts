import { inlineSvg } from './html.js';

/** The zoom levels of a page's diagram: `fit` is the box's width, the others a share of the drawing's own size. */
const LEVELS: ReadonlyArray<{ readonly id: string; readonly label: string }> = [
    { id: 'fit', label: 'Vừa khung' },
    { id: '50', label: '50%' },
    { id: '100', label: '100%' },
    { id: '150', label: '150%' },
    { id: '200', label: '200%' }
];

/** The zoom level a page opens at: the drawing's own size, where its text reads as the diagram package sets it. */
const DEFAULT_LEVEL = '100';

/**
 * A procedure's diagram with its zoom control: radio buttons (reached with Tab, changed with the arrow keys)
 * before a box that scrolls on its own (focusable, so the arrow keys pan it too). The CSS of the site's style
 * sizes the drawing from `--diagram-width`, taken as a number from the SVG's own `width`: no text of the source
 * goes into the style, and no script is needed. The markup stays well-formed XML, like the rest of the page.
 */
export function zoomableDiagram(svg: string): string {
    const markup = inlineSvg(svg);
    const width = /^<svg\b[^>]*?\swidth="(\d+(?:\.\d+)?)"/.exec(markup)?.[1];
    const size = width === undefined ? '' : ` style="--diagram-width: ${Number(width)}px"`;
    const control = LEVELS.map(level =>
        `<input type="radio" name="zoom" id="zoom-${level.id}"${level.id === DEFAULT_LEVEL ? ' checked="checked"' : ''} /><label for="zoom-${level.id}">${level.label}</label>`);
    return [
        `<div class="diagram-box"${size}>`,
        // The inputs are the diagram box's siblings so that `:checked ~ .diagram` sizes it without `:has()`.
        '<span class="zoom-title">Thu phóng sơ đồ:</span>',
        ...control,
        `<div class="diagram" tabindex="0" role="region" aria-label="Sơ đồ quy trình (cuộn để xem hết)">${markup}</div>`,
        '</div>'
    ].join('\n');
}
