import { describe, test } from 'vitest';
import { CATALOGUE, PROCEDURE, expectClean, workspace } from './check-helper.js';
import { expect } from 'vitest';

describe('the fixtures every rule test starts from', () => {
    test('the procedure is clean', async () => {
        await expectClean(PROCEDURE);
    });

    test('the catalogue is clean', async () => {
        const { documents } = await workspace({ 'catalogue.tthc': CATALOGUE });
        expect(documents.get('catalogue.tthc')!.diagnostics).toEqual([]);
    });
});
