import { describe, expect, test } from 'vitest';
import { CATALOGUE, edit, expectFinding, expectNoFinding } from './check-helper.js';

// A catalogue with the pre-2025 district bodies, for the district rules.
const withDistrict = edit('  form Mau01', `  unit PhongTuPhapHuyen "Phòng Tư pháp huyện" level district kind division {
    position TruongPhong "Trưởng phòng" leader
  }
  unit PhongKinhTe "Phòng Kinh tế huyện Đức Trọng" level commune kind division
  unit PhongQuan "Phòng Quản lý đô thị quận 1" level province kind division
  unit PhongGiaNghia "Phòng Kinh tế thành phố Gia Nghĩa thuộc tỉnh" level commune kind division
  form Mau01`, CATALOGUE);

describe('district-level', () => {
    test('a step performed by a district unit', async () => {
        await expectFinding('district-level',
            edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by <|PhongTuPhapHuyen.TruongPhong|> 4h'), withDistrict);
    });
    test('a procedure implemented at the district level', async () => {
        await expectFinding('district-level', edit('level commune', 'level <|district|>'), withDistrict);
    });
    test('a hand-over to a district unit', async () => {
        await expectFinding('district-level',
            edit('-> KyDuyet on rejected', 'handover to <|PhongTuPhapHuyen|> via LGSP within 1h -> KyDuyet on rejected'), withDistrict);
    });
    test('a unit declared at the district level', async () => {
        await expectFinding('district-level', edit('level district kind division {', 'level <|district|> kind division {', withDistrict), null);
    });
    test('a procedure whose implementing authority is a district unit', async () => {
        await expectFinding('district-level', edit('authority UBNDXa', 'authority <|PhongTuPhapHuyen|>'), withDistrict);
    });
    test('commune and province units pass', async () => {
        await expectNoFinding('district-level', edit('', ''), withDistrict);
    });
});

describe('district-unit-title', () => {
    test('titles naming huyện, quận and a city under the province but claiming another level', async () => {
        await expectFinding('district-unit-title', (withDistrict
            .replace('"Phòng Kinh tế huyện Đức Trọng"', '<|"Phòng Kinh tế huyện Đức Trọng"|>')
            .replace('"Phòng Quản lý đô thị quận 1"', '<|"Phòng Quản lý đô thị quận 1"|>')
            .replace('"Phòng Kinh tế thành phố Gia Nghĩa thuộc tỉnh"', '<|"Phòng Kinh tế thành phố Gia Nghĩa thuộc tỉnh"|>')), null);
    });
    test('the district unit itself and commune titles pass', async () => {
        await expectNoFinding('district-unit-title', withDistrict.replace(/"Phòng (Kinh tế|Quản lý)[^"]*"/g, '"Phòng Kinh tế"'), null);
    });
    test('a city under the province named without "thuộc tỉnh"', async () => {
        await expectFinding('district-unit-title', edit('"Ủy ban nhân dân xã"', '<|"Phòng Quản lý đô thị thành phố Đà Lạt"|>', CATALOGUE), null);
    });
    test('wards, communes, the centrally-run cities and the province itself are not district bodies', async () => {
        await expectNoFinding('district-unit-title', edit('"Ủy ban nhân dân xã"', '"Ủy ban nhân dân Thành phố Hồ Chí Minh"', CATALOGUE)
            .replace('"Sở Tư pháp"', '"Trung tâm Phục vụ hành chính công thành phố"').replace('"Công an xã"', '"Công an thành phố Huế"'), null);
    });
    test('"Đô thị xã …" (a commune\'s division followed by "xã") names no town; "thị xã" after another word still does', async () => {
        await expectNoFinding('district-unit-title', edit('"Ủy ban nhân dân xã"', '"Phòng Kinh tế, Hạ tầng và Đô thị xã Lạc Dương"', CATALOGUE)
            .replace('"Công an xã"', '"Tổ quản lý trật tự đô thị xã Đạ Huoai"'), null);
        await expectFinding('district-unit-title', edit('"Ủy ban nhân dân xã"', '<|"Phòng Kinh tế thị xã Gia Nghĩa"|>', CATALOGUE), null);
    });
    test('wards, communes and the province city are not district bodies', async () => {
        await expectNoFinding('district-unit-title', edit('"Ủy ban nhân dân xã"', '"Ủy ban nhân dân phường Xuân Hương - Đà Lạt"', CATALOGUE)
            .replace('"Công an xã"', '"Công an xã Lạc Dương"').replace('"Sở Tư pháp"', '"Sở Tư pháp thành phố Hà Nội"'), null);
    });
});

describe('procedure-level', () => {
    test('a central-level procedure', async () => {
        await expectFinding('procedure-level', edit('level commune', 'level <|central|>'));
    });
    test('a procedure without a level', async () => {
        await expectFinding('procedure-level', edit('procedure KhaiSinh', 'procedure <|KhaiSinh|>', edit('  level commune\n', '')));
    });
    test('province and commune pass', async () => {
        await expectNoFinding('procedure-level', edit('', ''));
    });
});

describe('level-mismatch', () => {
    test('a commune procedure with a province unit on the main flow', async () => {
        await expectFinding('level-mismatch', edit('appraisal by VanPhongXa.TuPhap', 'appraisal by <|SoTuPhap.ChuyenVien|>'));
    });
    test('a province procedure with a commune unit on the main flow', async () => {
        const province = edit('authority UBNDXa', 'authority UBNDTinh', edit('level commune', 'level province', edit('approval by UBNDXa.ChuTich', 'approval by <|UBNDXa.ChuTich|>')));
        await expectFinding('level-mismatch', province.replaceAll('TTPVHCCXa.CongChuc', 'TTPVHCCTinh.CanBo').replace('VanPhongXa.TuPhap', 'SoTuPhap.ChuyenVien'));
    });
    test('an implementing authority of another level', async () => {
        const [finding] = await expectFinding('level-mismatch', edit('authority UBNDXa', 'authority <|SoTuPhap|>'));
        expect(finding.message).toContain("names 'SoTuPhap', a province unit, as its authority");
    });
    test('a hand-over to another level is allowed', async () => {
        await expectNoFinding('level-mismatch', edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by SoTuPhap.ChuyenVien 2h handover to SoTuPhap within 2h'));
    });
    test('a boundary-independent procedure may receive at a province one-stop', async () => {
        await expectNoFinding('level-mismatch', edit('online partial', 'online partial boundary-independent', edit('reception by TTPVHCCXa.CongChuc', 'reception by TTPVHCCTinh.CanBo')));
    });
});

describe('sector-agency-step', () => {
    test('a sector agency performing a main-flow step', async () => {
        await expectFinding('sector-agency-step', edit('appraisal by VanPhongXa.TuPhap', 'appraisal by <|CongAnXa|>'));
    });
    test('a hand-over to the sector agency passes', async () => {
        await expectNoFinding('sector-agency-step', edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 2h handover to CongAnXa via LGSP within 2h'));
    });
});
