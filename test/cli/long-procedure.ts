import { CATALOGUE } from '../language/check-helper.js';
import { tempWorkspace } from './run-cli.js';

/**
 * A province whose one procedure, `Dai` in `dai.tthc`, has `middle` appraisal steps between its
 * reception and its approval and return (and a supplement request): `middle + 4` steps, clean.
 */
export function longProcedureWorkspace(middle: number): string {
    const steps = Array.from({ length: middle }, (_, i) =>
        `  step B${i + 1} "Xử lý bước ${i + 1}" appraisal by VanPhongXa.TuPhap 1h -> ${i + 1 < middle ? `B${i + 2}` : 'KyDuyet'}`);
    const procedure = [
        'procedure Dai "Thủ tục rất dài" {',
        '  code 1.001193',
        '  sector "Hộ tịch"',
        '  level commune',
        '  authority UBNDXa',
        '  online partial',
        '  legal "60/2014/QH13" "Luật Hộ tịch"',
        `  channel in-person time ${Math.ceil((middle + 4) / 8) + 1}d fee 0 VND`,
        '  form TK "Tờ khai"',
        '  document "Tờ khai" original on form TK required',
        '  result "Giấy khai sinh"',
        '  step TiepNhan "Tiếp nhận hồ sơ" reception by TTPVHCCXa.CongChuc 1h produces Mau01 -> B1 on incomplete -> BoSung',
        ...steps,
        '  step KyDuyet "Ký" approval by UBNDXa.ChuTich 2h -> TraKetQua',
        '  step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc 1h',
        '  step BoSung "Hướng dẫn bổ sung" supplement-request by TTPVHCCXa.CongChuc produces Mau02',
        '}',
        ''
    ].join('\n');
    return tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'dai.tthc': procedure });
}
