// Go to definition and find references within a procedure, with langium/test's own helpers: `<|>` is where
// the request is made, `<|…|>` the ranges expected.
import { expectFindReferences, expectGoToDefinition } from 'langium/test';
import { describe, test } from 'vitest';
import { edit } from '../language/check-helper.js';
import { lspServicesWith, PROCEDURE } from './lsp-workspace.js';

/** The clean procedure with `replacements` applied, each `[find, replacement]` in turn. */
function marked(...replacements: Array<[string, string]>): string {
    return replacements.reduce((source, [find, replacement]) => edit(find, replacement, source), PROCEDURE);
}

describe('go to definition', () => {
    test('a step named in a transition goes to the step\'s name', async () => {
        const { services, uri } = await lspServicesWith();
        await expectGoToDefinition(services)({
            text: marked(['-> KyDuyet on rejected', '-> <|>KyDuyet on rejected'], ['step KyDuyet', 'step <|KyDuyet|>']),
            index: 0, rangeIndex: 0, parseOptions: { documentUri: uri('procedure.tthc') }
        });
    });

    test('a form of the procedure named by a document goes to the form\'s name', async () => {
        const { services, uri } = await lspServicesWith();
        await expectGoToDefinition(services)({
            text: marked(['on form TK', 'on form <|>TK'], ['form TK "', 'form <|TK|> "']),
            index: 0, rangeIndex: 0, parseOptions: { documentUri: uri('procedure.tthc') }
        });
    });
});

describe('find references', () => {
    test('a step: its name and every transition to it, asked from either', async () => {
        const { services, uri } = await lspServicesWith();
        await expectFindReferences(services)({
            text: marked(['step TraKetQua', 'step <|<|>TraKetQua|>'], ['2h -> TraKetQua', '2h -> <|Tra<|>KetQua|>']),
            includeDeclaration: true, parseOptions: { documentUri: uri('procedure.tthc') }
        });
    });

    test('without the declaration: only the transitions', async () => {
        const { services, uri } = await lspServicesWith();
        await expectFindReferences(services)({
            text: marked(['step ThamDinh', 'step <|>ThamDinh'], ['1h produces Mau01 -> ThamDinh', '1h produces Mau01 -> <|ThamDinh|>']),
            includeDeclaration: false, parseOptions: { documentUri: uri('procedure.tthc') }
        });
    });
});
