import { describe, expect, test } from 'vitest';
import { CATALOGUE, check, edit, expectFinding, expectNoFinding } from './check-helper.js';

// The People's Committee office with a leader of its own, and an officer the province lets sign for the committee.
const OFFICE_LEADERS = edit('    position TuPhap "Công chức Tư pháp - Hộ tịch"',
    '    position TuPhap "Công chức Tư pháp - Hộ tịch"\n    position ChanhVanPhong "Chánh Văn phòng" leader\n    position VanThu "Văn thư" signs-for UBNDXa', CATALOGUE);

const signedBy = (performer: string, source?: string): string => edit('approval by UBNDXa.ChuTich', `approval by ${performer}`, source);

async function codesOf(source: string, catalogue = CATALOGUE): Promise<string[]> {
    return (await check(source, catalogue)).diagnostics.map(d => String(d.code));
}

describe('signer-not-authority', () => {
    test('an approval by an officer of another unit: reported at the signer, and not as missing-approval too', async () => {
        const source = signedBy('<|VanPhongXa.TuPhap|>');
        await expectFinding('signer-not-authority', source);
        await expectNoFinding('missing-approval', source);
    });
    test('a leader of another unit is not the authority\'s leadership', async () => {
        const [finding] = await expectFinding('signer-not-authority', signedBy('<|VanPhongXa.ChanhVanPhong|>'), OFFICE_LEADERS);
        expect(finding.message).toBe("Step 'KyDuyet' signs the result, but 'VanPhongXa.ChanhVanPhong' is not the leadership of the authority 'UBNDXa': "
            + "assign it to 'leaders of UBNDXa' or to a leader position of 'UBNDXa', or mark the position 'signs-for UBNDXa' in the catalogue if the province lets it sign.");
    });
    test('the leadership of another unit, written as leaders of it', async () => {
        await expectFinding('signer-not-authority', signedBy('leaders of <|VanPhongXa|>'));
    });
    test('an alternative signer is held to the same rule', async () => {
        await expectFinding('signer-not-authority', signedBy('UBNDXa.ChuTich or <|VanPhongXa.TuPhap|>'));
    });
    test('a leader position of the authority, its leadership, and a position that signs for it pass', async () => {
        for (const signer of ['UBNDXa.ChuTich', 'leaders of UBNDXa', 'leaders of UBNDXa assigned', 'VanPhongXa.VanThu']) {
            expect(await codesOf(signedBy(signer), OFFICE_LEADERS), signer).toEqual([]);
        }
    });
    test('a unit the catalogue lets sign for the authority: its leadership and its leaders sign, its officers do not', async () => {
        // "Lãnh đạo Sở ký" for a procedure of the People's Committee: the office signs for it.
        const catalogue = edit('kind office {', 'kind office signs-for UBNDXa {', OFFICE_LEADERS);
        for (const signer of ['leaders of VanPhongXa', 'VanPhongXa.ChanhVanPhong']) {
            expect(await codesOf(signedBy(signer), catalogue), signer).toEqual([]);
        }
        await expectFinding('signer-not-authority', signedBy('<|VanPhongXa.TuPhap|>'), catalogue);
    });
    test('the authority itself, a People\'s Committee, signs through its chairman ("UBND tỉnh ban hành")', async () => {
        expect(await codesOf(signedBy('UBNDXa'))).toEqual([]);
    });
    test('only the last approval of a flow signs: an earlier one by an officer passes', async () => {
        const source = edit('appraisal by VanPhongXa.TuPhap 4h -> KyDuyet', 'appraisal by VanPhongXa.TuPhap 2h -> SoDuyet',
            edit('  step KyDuyet', '  step SoDuyet "Xem xét hồ sơ" approval by VanPhongXa.TuPhap 2h -> KyDuyet\n  step KyDuyet'));
        expect(await codesOf(source)).toEqual([]);
    });
    test('the last approval of each case\'s flow signs', async () => {
        const source = edit('appraisal by VanPhongXa.TuPhap 4h -> KyDuyet', 'appraisal by VanPhongXa.TuPhap 4h -> KyDuyet when Nhanh -> KyNhanh',
            edit('  step TraKetQua', '  step KyNhanh "Ký thay" approval by <|VanPhongXa.TuPhap|> 2h -> TraKetQua\n  step TraKetQua',
                edit('  result "Giấy khai sinh"', '  result "Giấy khai sinh"\n  case Nhanh "Trường hợp giải quyết ngay" { time same-day }')));
        await expectFinding('signer-not-authority', source);
    });
    test('no authority: nothing to compare with', async () => {
        await expectNoFinding('signer-not-authority', signedBy('VanPhongXa.TuPhap', edit('  authority UBNDXa\n', '')));
    });
    test('a signer at another level is level-mismatch only', async () => {
        expect(await codesOf(signedBy('UBNDTinh.ChuTich'))).toEqual(['level-mismatch']);
    });
});

describe('missing-approval counts the leadership of a unit as a leader', () => {
    test('leaders of a unit sign, in a procedure without an authority', async () => {
        const withoutAuthority = edit('  authority UBNDXa\n', '');
        await expectNoFinding('missing-approval', signedBy('leaders of VanPhongXa', withoutAuthority));
        await expectFinding('missing-approval', signedBy('VanPhongXa.TuPhap', edit('step TraKetQua', 'step <|TraKetQua|>', withoutAuthority)));
    });
    test('a path with no approval at all is missing-approval, and signer-not-authority has nothing to say', async () => {
        const source = edit('  step KyDuyet "Ký giấy khai sinh" approval by UBNDXa.ChuTich 2h -> TraKetQua\n', '',
            edit('appraisal by VanPhongXa.TuPhap 4h -> KyDuyet', 'appraisal by VanPhongXa.TuPhap 6h -> TraKetQua', edit('step TraKetQua', 'step <|TraKetQua|>')));
        await expectFinding('missing-approval', source);
        await expectNoFinding('signer-not-authority', source);
    });
});

describe('who signs is decided once, for both rules', () => {
    const withoutAuthority = (source: string): string => edit('  authority UBNDXa\n', '', source);
    // As Cà Mau publishes it (01779/QĐ-UBND): "Văn phòng UBND tỉnh … trình Chủ tịch UBND tỉnh ký phê duyệt",
    // `approval by VanPhongUBNDTinh with UBNDTinh.ChuTich` (test/fixtures/published/ca-mau); once reported as the office signing.
    test('a partner that may sign signs instead of the performer ("the office submits, the chairman signs")', async () => {
        expect(await codesOf(signedBy('VanPhongXa.TuPhap with UBNDXa.ChuTich'))).toEqual([]);
        expect(await codesOf(withoutAuthority(signedBy('VanPhongXa.TuPhap with UBNDXa.ChuTich')))).toEqual([]);
        // A partner who may not sign for the authority leaves the performer to sign.
        await expectFinding('signer-not-authority', signedBy('<|VanPhongXa.TuPhap|> with VanPhongXa.ChanhVanPhong'), OFFICE_LEADERS);
    });
    test('without an authority, an alternative signer is held to the rule too', async () => {
        await expectFinding('missing-approval', withoutAuthority(signedBy('UBNDXa.ChuTich or VanPhongXa.TuPhap', edit('step TraKetQua', 'step <|TraKetQua|>'))));
        expect(await codesOf(withoutAuthority(signedBy('UBNDXa.ChuTich or leaders of VanPhongXa')))).toEqual([]);
    });
    test('without an authority, a position the catalogue lets sign for a unit signs', async () => {
        expect(await codesOf(withoutAuthority(signedBy('VanPhongXa.VanThu')), OFFICE_LEADERS)).toEqual([]);
        await expectFinding('missing-approval', withoutAuthority(signedBy('VanPhongXa.TuPhap', edit('step TraKetQua', 'step <|TraKetQua|>'))), OFFICE_LEADERS);
    });
});

describe('signer-not-authority follows the authority\'s own findings', () => {
    test('an authority at another level: level-mismatch only, the signer is judged once it is right', async () => {
        expect(await codesOf(edit('authority UBNDXa', 'authority UBNDTinh'))).toEqual(['level-mismatch']);
    });
});
