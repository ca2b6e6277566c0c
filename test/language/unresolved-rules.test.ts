// Issue 13: what an import could not map is written `unresolved "…"` on the node concerned, and is
// always an error, wherever it stands, with the text it says in the message.
import { describe, expect, test } from 'vitest';
import { CATALOGUE, check, edit, expectClean, PROCEDURE, workspace } from './check-helper.js';

const TEXT = "Trách nhiệm 'Phòng chuyên môn' (bảng 1, dòng 5, cột 3): không khớp đơn vị nào";

async function unresolvedOf(source: string, catalogue: string = CATALOGUE): Promise<Array<{ line: number; message: string }>> {
    const { diagnostics } = await check(source, catalogue);
    return diagnostics.filter(d => d.code === 'unresolved').map(d => ({ line: d.range.start.line, message: String(d.message) }));
}

describe('unresolved', () => {
    test('the procedure without it is clean', async () => {
        await expectClean(PROCEDURE);
    });
    test('on a step: an error quoting the text and saying what to do', async () => {
        const found = await unresolvedOf(edit('approval by UBNDXa.ChuTich 2h', `approval by UBNDXa.ChuTich 2h unresolved "${TEXT}"`));
        expect(found).toHaveLength(1);
        expect(found[0]!.message).toContain(TEXT);
        expect(found[0]!.message).toContain("delete this 'unresolved' line");
    });
    test('on a procedure, twice: one error each', async () => {
        const source = edit('  code 1.001193', `  code 1.001193\n  unresolved "a"\n  unresolved "b"`);
        expect((await unresolvedOf(source)).map(f => f.message.includes("'a'") || f.message.includes("'b'"))).toEqual([true, true]);
    });
    test('on a unit and on a position of the catalogue', async () => {
        const catalogue = CATALOGUE.replace('unit UBNDXa "Ủy ban nhân dân xã" level commune kind people-committee {',
            'unit UBNDXa "Ủy ban nhân dân xã" level commune kind people-committee unresolved "u" {')
            .replace('position ChuTich "Chủ tịch Ủy ban nhân dân xã" leader', 'position ChuTich "Chủ tịch Ủy ban nhân dân xã" leader unresolved "p"');
        expect(catalogue).not.toBe(CATALOGUE);
        const ws = await workspace({ 'catalogue.tthc': catalogue, 'procedure.tthc': PROCEDURE });
        const found = (ws.document('catalogue.tthc')?.diagnostics ?? []).filter(d => d.code === 'unresolved');
        expect(found.map(d => String(d.message).includes("'u'") ? 'unit' : String(d.message).includes("'p'") ? 'position' : '?').sort()).toEqual(['position', 'unit']);
    });
});
