// The review site's zoomable diagram: its size comes from the SVG's width as a number, never as text.
import { zoomableDiagram } from '@tthc/cli';
import { describe, expect, test } from 'vitest';

const SVG = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="2570" height="1179" viewBox="0 0 2570 1179"><text>&lt;b&gt;</text></svg>';

describe('the zoomable diagram of a procedure page', () => {
    test('the drawing is inlined as it is, sized from its width, opening at 100% with five levels', () => {
        const html = zoomableDiagram(SVG);
        expect(html).toContain('<div class="diagram-box" style="--diagram-width: 2570px">');
        expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="2570" height="1179" viewBox="0 0 2570 1179"><text>&lt;b&gt;</text></svg></div>');
        expect(html).not.toContain('<?xml');
        expect(html.match(/<input type="radio" name="zoom"/g)).toHaveLength(5);
        expect(html.match(/checked="checked"/g)).toHaveLength(1);
        expect(html).toContain('id="zoom-100" checked="checked"');
    });

    test('a width that is not a plain number puts nothing into the style', () => {
        const hostile = SVG.replace('width="2570"', 'width="1px; background: url(https://example.org/x)"');
        const html = zoomableDiagram(hostile);
        expect(html).toContain('<div class="diagram-box">');
        expect(html).not.toContain('style=');
    });
});
