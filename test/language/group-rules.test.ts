// A group of procedures ("Nhóm 07 TTHC"): each member has its own record, so its own code, checked
// like a procedure's.
import type { LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, check, edit, expectFinding, PROCEDURE, workspace } from './check-helper.js';

/** The reference procedure as a group: no code of its own, the members' codes instead. */
const group = (first: string, second = 'code 1.000656', name = 'KhaiSinhA'): string =>
    edit('  code 1.001193\n', `  member ${name} "Đăng ký khai sinh cho trẻ em" { ${first} }\n  member KhaiSinhB "Đăng ký khai sinh lưu động" { ${second} }\n`);

const codes = (document: LangiumDocument | undefined): string[] => (document?.diagnostics ?? []).map(d => String(d.code));

describe('members of a group of procedures', () => {
    test('a group with coded members needs no code of its own', async () => {
        expect((await check(group('code 1.001193'))).diagnostics).toEqual([]);
    });
    test('a member code is checked like a procedure code', async () => {
        await expectFinding('code-format', group('code <|1.00119|>'));
    });
    test('a member without a code', async () => {
        const [finding] = await expectFinding('missing-attribute', group('sector "Hộ tịch"', undefined, '<|KhaiSinhA|>'));
        expect(finding.message).toBe("Member 'KhaiSinhA' has no code: add 'code 1.001193' with its code in the National Database.");
    });
    test('two members of one group with one code', async () => {
        const { documents } = await workspace({ 'catalogue.tthc': CATALOGUE, 'g.tthc': group('code 1.001193', 'code 1.001193') });
        expect(codes(documents.get('g.tthc'))).toEqual(['duplicate-code', 'duplicate-code']);
    });
    test('a member code that another procedure of the workspace has: both reported, and cleared when the procedure changes', async () => {
        const other = PROCEDURE.replace('procedure KhaiSinh', 'procedure KhaiSinhKhac');
        const ws = await workspace({ 'catalogue.tthc': CATALOGUE, 'g.tthc': group('code 1.001193'), 'p.tthc': other });
        expect(codes(ws.document('g.tthc'))).toEqual(['duplicate-code']);
        expect(codes(ws.document('p.tthc'))).toEqual(['duplicate-code']);
        await ws.write('p.tthc', other.replace('code 1.001193', 'code 1.000894'));
        expect(codes(ws.document('g.tthc'))).toEqual([]);
        expect(codes(ws.document('p.tthc'))).toEqual([]);
    });
});
