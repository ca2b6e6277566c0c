// The Word documents of the table target are cheap: the `docx` library builds the parts every document
// shares once per process, not once per document (docs/performance.md); each document stays a whole,
// valid package with the library's parts.
import { tableTarget } from '@tthc/compiler';
import { Packer } from 'docx';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { docxParts } from '../support/docx-text.js';
import { buildOf } from './build-helper.js';

afterEach(() => {
    vi.restoreAllMocks();
});

describe('the Word documents of the table target', () => {
    test('the library packs the shared parts once for all the documents of two builds, not once per document', async () => {
        const pack = vi.spyOn(Packer, 'toArrayBuffer');
        const build = await buildOf('examples/lam-dong');
        const first = (await tableTarget.compile(build)).filter(f => f.path.endsWith('.docx'));
        const second = (await tableTarget.compile(build)).filter(f => f.path.endsWith('.docx'));
        expect(first.length).toBeGreaterThan(10);
        expect(pack.mock.calls.length).toBeLessThanOrEqual(1);
        // Still whole packages, the same bytes each build.
        expect(second.map(f => f.bytes)).toEqual(first.map(f => f.bytes));
        for (const file of first) {
            const parts = await docxParts(file.bytes!);
            expect(parts.entries).toEqual([
                'word/_rels/document.xml.rels', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml', '_rels/.rels',
                'docProps/custom.xml', 'docProps/app.xml', 'word/footnotes.xml', 'word/_rels/footnotes.xml.rels',
                'word/endnotes.xml', 'word/_rels/endnotes.xml.rels', 'word/settings.xml', 'word/fontTable.xml',
                'word/_rels/fontTable.xml.rels', 'word/theme/theme1.xml', 'word/numbering.xml', '[Content_Types].xml'
            ]);
        }
    });
});
