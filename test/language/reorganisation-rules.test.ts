import { findReorganisedName, retitlings } from '@tthc/language';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, edit, expectFinding, expectNoFinding } from './check-helper.js';

// The catalogue checked alone (`null`: no other catalogue), with the lines of a test in place of the clean ones.
const catalogue = (find: string, replacement: string): string => edit(find, replacement, CATALOGUE);
const ALONE = null;

describe('abolished-body-title', () => {
    test('a commune unit titled after the townships of the old lists', async () => {
        await expectFinding('abolished-body-title', catalogue('"Ủy ban nhân dân xã"', '<|"Ủy ban nhân dân xã, phường, thị trấn"|>'), ALONE);
    });
    test('a township, folded: without diacritics, in capitals', async () => {
        await expectFinding('abolished-body-title', catalogue('"Công an xã"', '<|"CONG AN THI TRAN LAC DUONG"|>'), ALONE);
    });
    test('a district-era division in a commune unit and in a position of a commune unit', async () => {
        await expectFinding('abolished-body-title', catalogue('"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã" level commune kind office {\n    position TuPhap "Công chức Tư pháp - Hộ tịch"',
            '<|"Phòng Tài nguyên và Môi trường"|> level commune kind office {\n    position TuPhap <|"Chuyên viên Phòng Lao động, Thương binh và Xã hội"|>'), ALONE);
    });
    test('a position naming a district body, in a commune unit', async () => {
        await expectFinding('abolished-body-title', catalogue('"Chủ tịch Ủy ban nhân dân xã"', '<|"Chủ tịch Ủy ban nhân dân huyện"|>'), ALONE);
    });
    test('one finding per title: the township, not also the division it qualifies', async () => {
        const found = await expectFinding('abolished-body-title', catalogue('"Ủy ban nhân dân xã"', '<|"Phòng Tài nguyên và Môi trường thị trấn Nam Ban"|>'), ALONE);
        expect(found[0].message).toContain('township');
    });
    test('the message names what does the division\'s work, for the commune or ward the title says', async () => {
        const [commune] = await expectFinding('abolished-body-title', catalogue('"Ủy ban nhân dân xã"', '<|"Phòng Quản lý đô thị xã Lạc Dương"|>'), ALONE);
        expect(commune.message).toBe("Unit 'UBNDXa' is titled 'Phòng Quản lý đô thị xã Lạc Dương', which names 'Phòng Quản lý đô thị', a division of the abolished district level; "
            + "its work is now done by 'Phòng Kinh tế' (Decree 150/2025/NĐ-CP): retitle it.");
        const [either] = await expectFinding('abolished-body-title', catalogue('"Ủy ban nhân dân xã"', '<|"Phòng Tài chính - Kế hoạch"|>'), ALONE);
        expect(either.message).toContain("'Phòng Kinh tế' in a commune or 'Phòng Kinh tế, Hạ tầng và Đô thị' in a ward");
    });
    test('no finding: current commune bodies, a province department\'s own division, a district unit (district-level says it), a district title (district-unit-title says it)', async () => {
        await expectNoFinding('abolished-body-title', catalogue('unit CongAnXa "Công an xã" level central kind sector-agency', `unit CongAnXa "Công an xã" level central kind sector-agency
  unit PhongKT "Phòng Kinh tế, Hạ tầng và Đô thị phường Xuân Hương - Đà Lạt" level commune kind division
  unit PhongVHXH "Phòng Văn hóa - Xã hội xã Lạc Dương" level commune kind division
  unit PhongKHTC "Phòng Tài chính - Kế hoạch" level province kind division
  unit PhongTuPhapHuyen "Phòng Tư pháp huyện Lạc Dương" level district kind division {
    position TruongPhong "Trưởng phòng Tư pháp huyện" leader
  }
  unit PhongTNMT "Phòng Tài nguyên và Môi trường thành phố Bảo Lộc" level commune kind division {
    position TruongPhong "Trưởng phòng Tài nguyên và Môi trường" leader
  }`), ALONE);
    });
    test('a procedure title is not a body: "cán bộ xã, phường, thị trấn" describes people', async () => {
        await expectNoFinding('abolished-body-title', edit('"Đăng ký khai sinh"', '"Giải quyết chế độ cho cán bộ xã, phường, thị trấn đã nghỉ việc"'));
    });
});

describe('merged-department', () => {
    test('a department merged in 2025, in a unit and in its head\'s position', async () => {
        await expectFinding('merged-department', catalogue('unit SoTuPhap "Sở Tư pháp" level province kind department agency 000.00.24.H39 {\n    position GiamDoc "Giám đốc Sở"',
            'unit SoTuPhap <|"Sở Kế hoạch và Đầu tư tỉnh Lâm Đồng"|> level province kind department agency 000.00.24.H39 {\n    position GiamDoc <|"Giám đốc Sở Kế hoạch và Đầu tư"|>'), ALONE);
    });
    test('the message names the department that took it over, and the sectors that moved elsewhere', async () => {
        const [simple] = await expectFinding('merged-department', catalogue('"Sở Tư pháp"', '<|"Sở Giao thông - Vận tải"|>'), ALONE);
        expect(simple.message).toBe("Unit 'SoTuPhap' is titled 'Sở Giao thông - Vận tải', which names 'Sở Giao thông - Vận tải', merged into 'Sở Xây dựng' in 2025 "
            + "(Decree 150/2025/NĐ-CP lists the departments in force): write 'Sở Xây dựng'.");
        const [split] = await expectFinding('merged-department', catalogue('"Sở Tư pháp"', '<|"Sở Lao động, Thương binh và Xã hội"|>'), ALONE);
        expect(split.message).toContain("merged into 'Sở Nội vụ' in 2025, with some sectors moved to 'Sở Y tế' and 'Sở Giáo dục và Đào tạo'");
    });
    test('no finding: the departments in force, and the People\'s Council\'s own "Ban Dân tộc"', async () => {
        await expectNoFinding('merged-department', catalogue('unit CongAnXa "Công an xã" level central kind sector-agency', `unit CongAnXa "Công an xã" level central kind sector-agency
  unit SoNNMT "Sở Nông nghiệp và Môi trường" level province kind department
  unit SoTC "Sở Tài chính" level province kind department
  unit SoKHCN "Sở Khoa học và Công nghệ" level province kind department
  unit BanDanToc "Ban Dân tộc Hội đồng nhân dân tỉnh" level province kind office`), ALONE);
    });
});

describe('ward-variant', () => {
    test('a commune\'s division under the ward\'s name, and a ward\'s under the commune\'s', async () => {
        await expectFinding('ward-variant', catalogue('unit CongAnXa "Công an xã" level central kind sector-agency', `unit CongAnXa "Công an xã" level central kind sector-agency
  unit PhongKTXa <|"Phòng Kinh tế, Hạ tầng và Đô thị xã Lạc Dương"|> level commune kind division
  unit PhongKTPhuong <|"Phòng Kinh tế phường Lang Biang - Đà Lạt"|> level commune kind division`), ALONE);
    });
    test('no finding: the right variants, a title that does not say xã or phường, a special zone, and the example\'s note', async () => {
        await expectNoFinding('ward-variant', catalogue('unit CongAnXa "Công an xã" level central kind sector-agency', `unit CongAnXa "Công an xã" level central kind sector-agency
  unit A "Phòng Kinh tế xã Lạc Dương" level commune kind division
  unit B "Phòng Kinh tế, Hạ tầng và Đô thị phường Xuân Hương - Đà Lạt" level commune kind division
  unit C "Phòng Kinh tế, Hạ tầng và Đô thị" level commune kind division
  unit D "Phòng Kinh tế đặc khu Phú Quý" level commune kind division
  unit E "Phòng Kinh tế (phường: Phòng Kinh tế, Hạ tầng và Đô thị)" level commune kind division
  unit F "Phòng Kinh tế xã hội phương Nam" level commune kind division`), ALONE);
    });
});

describe('what a fix may write', () => {
    const fixes = (title: string, divisions = true): string[] => {
        const found = findReorganisedName(title, { divisions });
        return found ? retitlings(title, found) : ['(nothing found)'];
    };
    test('the list "xã, phường, thị trấn" loses its township; a named township has no single answer', () => {
        expect(fixes('Ủy ban nhân dân xã, phường, thị trấn')).toEqual(['Ủy ban nhân dân xã, phường']);
        expect(fixes('Ủy ban nhân dân thị trấn Nam Ban')).toEqual([]);
    });
    test('a division becomes the commune\'s or the ward\'s division as the title says, or either', () => {
        expect(fixes('Phòng Tài nguyên và Môi trường xã Lạc Dương')).toEqual(['Phòng Kinh tế xã Lạc Dương']);
        expect(fixes('Chuyên viên Phòng Quản lý đô thị phường 1')).toEqual(['Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị phường 1']);
        expect(fixes('Phòng Tài chính - Kế hoạch')).toEqual(['Phòng Kinh tế', 'Phòng Kinh tế, Hạ tầng và Đô thị']);
        expect(fixes('Trưởng phòng Tài chính - Kế hoạch xã Lạc Dương')).toEqual(['Trưởng phòng Kinh tế xã Lạc Dương']);
        expect(fixes('Chuyên viên Phòng Tư pháp')).toEqual(['Chuyên viên Văn phòng Hội đồng nhân dân và Ủy ban nhân dân']);
        // The head of the Office is its "Chánh Văn phòng", not a "Trưởng": no fix writes a title nobody uses.
        expect(fixes('Trưởng phòng Tư pháp')).toEqual([]);
    });
    test('a department merged whole is renamed; one whose sectors were split, or set up only in some provinces, is not', () => {
        expect(fixes('Giám đốc Sở Kế hoạch và Đầu tư', false)).toEqual(['Giám đốc Sở Tài chính']);
        expect(fixes('Sở Nông nghiệp và PTNT tỉnh Lâm Đồng', false)).toEqual(['Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng']);
        expect(fixes('Sở Thông tin và Truyền thông', false)).toEqual([]);
        expect(fixes('Ban Dân tộc tỉnh', false)).toEqual([]);
    });
    test('the wrong variant becomes the right one', () => {
        expect(fixes('Phòng Kinh tế, Hạ tầng và Đô thị xã Lạc Dương')).toEqual(['Phòng Kinh tế xã Lạc Dương']);
        expect(fixes('Phòng Kinh tế phường Lang Biang')).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị phường Lang Biang']);
    });
});
