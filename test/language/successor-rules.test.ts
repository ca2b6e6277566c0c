import { describe, expect, test } from 'vitest';
import { isProcedure, isTthcFile, positionSuccessorOf, successionKeyOf, unitSuccessorOf, type Procedure, type Unit } from '@tthc/language';
import { CATALOGUE, edit, expectFinding, expectNoFinding, workspace } from './check-helper.js';

// The catalogue with a district justice division whose work split: civil status to the commune office, the rest
// to the provincial department.
const withSuccessors = edit('  form Mau01', `  unit PhongTuPhapHuyen "Phòng Tư pháp huyện" level district kind division
      succeeded-by VanPhongXa for sector "Hộ tịch", "Chứng thực" succeeded-by SoTuPhap {
    position TruongPhong "Trưởng phòng" leader succeeded-by UBNDXa.ChuTich for sector "Hộ tịch"
    position ChuyenVien "Chuyên viên"
    position TuPhap "Công chức Tư pháp - Hộ tịch"
  }
  unit MotCuaHuyen "Bộ phận Một cửa huyện" level district kind one-stop
      succeeded-by TTPVHCCXa for level commune succeeded-by TTPVHCCTinh for level province {
    position CongChuc "Công chức tiếp nhận và trả kết quả"
  }
  unit UBNDHuyen "Ủy ban nhân dân huyện" level district kind people-committee
  form Mau01`, CATALOGUE);

describe('successor-at-district', () => {
    test('a unit succeeded by another district unit', async () => {
        await expectFinding('successor-at-district', edit('succeeded-by VanPhongXa for sector', 'succeeded-by <|UBNDHuyen|> for sector', withSuccessors), null);
    });
    test('a position succeeded by a position of a district unit', async () => {
        await expectFinding('successor-at-district', edit('succeeded-by UBNDXa.ChuTich', 'succeeded-by <|MotCuaHuyen.CongChuc|>', withSuccessors), null);
    });
    test('commune and province successors pass', async () => {
        await expectNoFinding('successor-at-district', withSuccessors, null);
    });
});

describe('successor-of-local-body', () => {
    test('a commune unit with a successor', async () => {
        await expectFinding('successor-of-local-body',
            edit('level commune kind people-committee {', 'level commune kind people-committee <|succeeded-by|> SoTuPhap {', withSuccessors), null);
    });
    test('a position of a province unit with a successor', async () => {
        await expectFinding('successor-of-local-body',
            edit('position GiamDoc "Giám đốc Sở" leader', 'position GiamDoc "Giám đốc Sở" leader <|succeeded-by|> UBNDTinh.ChuTich', withSuccessors), null);
    });
    test('a unit titled after a district body, whatever level it claims, may have a successor', async () => {
        await expectNoFinding('successor-of-local-body', edit('  form Mau01',
            '  unit PhongGiaNghia "Phòng Kinh tế thành phố Gia Nghĩa thuộc tỉnh" level commune kind division succeeded-by UBNDXa\n  form Mau01', withSuccessors), null);
    });
});

describe('duplicate-successor', () => {
    test('the same sector twice, without case or diacritics', async () => {
        await expectFinding('duplicate-successor',
            edit('for sector "Hộ tịch", "Chứng thực"', 'for sector "Hộ tịch", <|"ho tich"|>', withSuccessors), null);
    });
    test('the same level twice', async () => {
        await expectFinding('duplicate-successor',
            edit('succeeded-by TTPVHCCTinh for level province', 'succeeded-by TTPVHCCTinh for level <|commune|>', withSuccessors), null);
    });
    test('two successors for the rest of the work', async () => {
        await expectFinding('duplicate-successor',
            edit('succeeded-by SoTuPhap {', 'succeeded-by SoTuPhap <|succeeded-by|> UBNDTinh {', withSuccessors), null);
    });
    test('one successor per sector, per level and for the rest passes', async () => {
        await expectNoFinding('duplicate-successor', withSuccessors, null);
    });
});

describe('which successor takes over a piece of work', () => {
    async function linked(procedureEdit: [string, string]): Promise<{ procedure: Procedure; unit: (name: string) => Unit }> {
        const source = edit(procedureEdit[0], procedureEdit[1]);
        const ws = await workspace({ 'catalogue.tthc': withSuccessors, 'procedures/p.tthc': source });
        const documents = [...ws.documents.values()];
        const units = documents.flatMap(d => {
            const root = d.parseResult.value;
            return isTthcFile(root) ? root.provinces.flatMap(p => p.units) : [];
        });
        const procedure = documents.map(d => d.parseResult.value).filter(isTthcFile).flatMap(r => r.procedures).find(isProcedure)!;
        return { procedure, unit: name => units.find(u => u.name === name)! };
    }
    test('by sector (without case or diacritics), else the rest; by level for the one-stop unit', async () => {
        const { procedure, unit } = await linked(['authority UBNDXa', 'authority PhongTuPhapHuyen']);
        expect(successionKeyOf(procedure)).toEqual({ sector: 'Hộ tịch', level: 'commune' });
        expect(unitSuccessorOf(unit('PhongTuPhapHuyen'), { sector: 'HO TICH' })?.name).toBe('VanPhongXa');
        expect(unitSuccessorOf(unit('PhongTuPhapHuyen'), { sector: 'Đất đai' })?.name).toBe('SoTuPhap');
        expect(unitSuccessorOf(unit('MotCuaHuyen'), { level: 'province' })?.name).toBe('TTPVHCCTinh');
        expect(unitSuccessorOf(unit('MotCuaHuyen'), {})).toBeUndefined();
        expect(unitSuccessorOf(unit('UBNDHuyen'), { level: 'commune' })).toBeUndefined();
    });
    test('a successor that is itself a district unit takes nothing over', async () => {
        const source = edit('', '');
        const catalogue = withSuccessors.replace('succeeded-by SoTuPhap {', 'succeeded-by UBNDHuyen {').replace('succeeded-by UBNDXa.ChuTich for sector "Hộ tịch"', 'succeeded-by MotCuaHuyen.CongChuc');
        const ws = await workspace({ 'catalogue.tthc': catalogue, 'procedures/p.tthc': source });
        const units = [...ws.documents.values()].flatMap(d => {
            const root = d.parseResult.value;
            return isTthcFile(root) ? root.provinces.flatMap(p => p.units) : [];
        });
        const justice = units.find(u => u.name === 'PhongTuPhapHuyen')!;
        expect(unitSuccessorOf(justice, { sector: 'Đất đai' })).toBeUndefined();
        expect(positionSuccessorOf(justice.positions.find(p => p.name === 'TruongPhong')!, { sector: 'Đất đai' })).toBeUndefined();
    });
    test('a position: declared, else the same name in the successor unit, else the one same title, else none', async () => {
        const { unit } = await linked(['', '']);
        const position = (u: string, p: string) => unit(u).positions.find(x => x.name === p)!;
        const found = (u: string, p: string, sector: string) => {
            const result = positionSuccessorOf(position(u, p), { sector, level: 'commune' });
            return result && `${(result.position.$container as Unit).name}.${result.position.name} (${result.match})`;
        };
        expect(found('PhongTuPhapHuyen', 'TruongPhong', 'Hộ tịch')).toBe('UBNDXa.ChuTich (declared)');
        expect(found('PhongTuPhapHuyen', 'TuPhap', 'Hộ tịch')).toBe('VanPhongXa.TuPhap (name)');
        expect(found('PhongTuPhapHuyen', 'ChuyenVien', 'Đất đai')).toBe('SoTuPhap.ChuyenVien (name)');
        expect(found('MotCuaHuyen', 'CongChuc', 'Hộ tịch')).toBe('TTPVHCCXa.CongChuc (name)');
        // "Trưởng phòng" has no declared successor for other sectors and no namesake in the department.
        expect(found('PhongTuPhapHuyen', 'TruongPhong', 'Đất đai')).toBeUndefined();
    });
});
