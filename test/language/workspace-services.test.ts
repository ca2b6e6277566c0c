import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultReferenceDescriptionProvider } from 'langium';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { workspace } from './check-helper.js';

// The faster replacement of a Langium service must give exactly what Langium's own gives
// (the others were measured without a clear gain and removed: docs/performance.md).
async function exampleWorkspace() {
    const dir = join(ROOT, 'examples/lam-dong');
    const files: Record<string, string> = { 'catalogue.tthc': readFileSync(join(dir, 'catalogue.tthc'), 'utf8') };
    for (const name of readdirSync(join(dir, 'procedures'))) {
        files[`procedures/${name}`] = readFileSync(join(dir, 'procedures', name), 'utf8');
    }
    return workspace(files);
}

describe('the replacement of Langium\'s reference descriptions', () => {
    test('the reference index equals Langium default one, reference by reference', async () => {
        const ws = await exampleWorkspace();
        const ours = ws.services.workspace.ReferenceDescriptionProvider;
        const langiums = new DefaultReferenceDescriptionProvider(ws.services);
        let total = 0;
        for (const path of ws.documents.keys()) {
            const document = ws.document(path)!;
            const expected = await langiums.createDescriptions(document);
            expect(await ours.createDescriptions(document)).toEqual(expected);
            total += expected.length;
        }
        expect(total).toBeGreaterThan(300);
    });
});
