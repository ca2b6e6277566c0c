import { afterEach, describe, expect, test, vi } from 'vitest';
import { CATALOGUE, PROCEDURE, check, edit, workspace } from './check-helper.js';
import type { TthcFile } from '@tthc/language';

describe('syntax errors', () => {
    test('a missing title says what was found and what was expected', async () => {
        const { diagnostics } = await check(edit('step KyDuyet "Ký giấy khai sinh"', 'step KyDuyet'));
        const [error] = diagnostics.filter(d => d.code === 'syntax-error');
        expect(error.message).toBe("Found 'approval' where a quoted text was expected; see docs/language.md for the syntax.");
        expect(error.range.start).toEqual({ line: 15, character: 15 });
    });

    test('an unexpected character', async () => {
        const { diagnostics } = await check(edit('sector "Hộ tịch"', 'sector "Hộ tịch" @'));
        expect(diagnostics[0].code).toBe('syntax-error');
        expect(diagnostics[0].message).toBe("Unexpected character '@': remove it, or put text in double quotes; see docs/language.md for the syntax.");
    });

    test('an old procedure with the district level parses: the two-level rule reports it, not the parser', async () => {
        const { diagnostics } = await check(edit('level commune', 'level district'));
        expect(diagnostics.map(d => d.code)).not.toContain('syntax-error');
    });

    test('a keyword used as a name (an old step named `start`) says it is a keyword and how to rename it', async () => {
        const { diagnostics } = await check(edit('step BoSung "Hướng dẫn bổ sung hồ sơ"', 'step start "Hướng dẫn bổ sung hồ sơ"'));
        const [error] = diagnostics.filter(d => d.code === 'syntax-error');
        expect(error.message).toBe("'start' is a keyword of the language and cannot be a name (some keywords, such as 'case', 'part', 'start' and 'total', were added with procedures as published): rename it, e.g. 'Start', everywhere it is used; see the keyword list in docs/language.md.");
    });

    test('text after the last declaration', async () => {
        const { diagnostics } = await check(PROCEDURE + '\nstep Lac "x"');
        expect(diagnostics[0].message).toBe("Found 'step' where a 'province' or 'procedure' declaration was expected; see docs/language.md for the syntax.");
    });
});

describe('literals', () => {
    test('durations, codes, amounts and counts', async () => {
        const { document } = await check(edit('channel online time same-day fee 0 VND', 'channel online time 15cd as 11d "note" fee 200_000 VND per page from page 3 max 1_000_000 VND',
            edit('original on form TK required', 'copy quantity 2 on form TK required')));
        const procedure = (document.parseResult.value as TthcFile).procedures[0];
        const online = procedure.channels[1];
        expect(online.time.duration?.value).toBe('15cd');
        expect(online.time.duration?.workingEquivalent).toBe('11d');
        expect(online.fees[0].amount).toBe('200_000');
        expect(online.fees[0].fromPage).toBe(3);
        expect(online.fees[0].cap).toBe('1_000_000');
        expect(procedure.documents[0].quantity).toBe(2);
        expect(procedure.code).toBe('1.001193');
    });

    test('a province code keeps its leading zero', async () => {
        const { documents } = await workspace({ 'c.tthc': CATALOGUE.replace('code 68', 'code 01') });
        expect((documents.get('c.tthc')!.parseResult.value as TthcFile).provinces[0].adminCode).toBe('01');
    });

    test('comments are ignored', async () => {
        const { diagnostics } = await check('// một ghi chú\n/* nhiều\n dòng */\n' + PROCEDURE.replace('sector "Hộ tịch"', 'sector "Hộ tịch" // lĩnh vực'));
        expect(diagnostics).toEqual([]);
    });
});

describe('robustness: the services never throw on any text', () => {
    // Deterministic pseudo-random edits of a valid procedure: truncations, deletions, duplications.
    function* mutations(source: string, count: number): Generator<string> {
        let seed = 12345;
        const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
        for (let i = 0; i < count; i++) {
            const a = Math.floor(next() * source.length);
            const b = Math.min(source.length, a + Math.floor(next() * 40));
            const kind = i % 3;
            yield kind === 0 ? source.slice(0, a) : kind === 1 ? source.slice(0, a) + source.slice(b) : source.slice(0, b) + source.slice(a);
        }
    }

    // Langium catches an exception in a check and logs it: any such log is a failure here.
    afterEach(() => vi.restoreAllMocks());

    test('200 broken variants of a procedure and of the catalogue build without an exception', async () => {
        const errors = vi.spyOn(console, 'error');
        for (const variant of mutations(PROCEDURE, 100)) {
            const { diagnostics } = await check(variant);
            expect(Array.isArray(diagnostics)).toBe(true);
        }
        for (const variant of mutations(CATALOGUE, 100)) {
            const { diagnostics } = await check(PROCEDURE, variant);
            expect(Array.isArray(diagnostics)).toBe(true);
        }
        expect(errors.mock.calls.map(call => String(call[1] ?? call[0]))).toEqual([]);
    });

    test('a declaration cut short by a keyword (a part, a case with no name) is reported without an exception', async () => {
        const errors = vi.spyOn(console, 'error');
        for (const broken of ['part "Tại xã" subtotal 40h', 'case "Trường hợp" { time 3d }', 'body "Hội đồng"', 'step part "y" return']) {
            const { diagnostics } = await check(edit('step BoSung', `${broken}\n  step BoSung`));
            expect(diagnostics.map(d => d.code)).toContain('syntax-error');
        }
        expect(errors.mock.calls.map(call => String(call[1] ?? call[0]))).toEqual([]);
    });

    test('100 broken variants of a procedure written as published (cases, parts, bodies, totals, alternatives) build without an exception', async () => {
        const errors = vi.spyOn(console, 'error');
        for (const variant of mutations(PUBLISHED, 100)) {
            const { diagnostics } = await check(variant);
            expect(Array.isArray(diagnostics)).toBe(true);
        }
        expect(errors.mock.calls.map(call => String(call[1] ?? call[0]))).toEqual([]);
    });
});

// Every construct of procedures as published, against the check helper's catalogue.
const PUBLISHED = `procedure CongNhan "Công nhận" {
  code 1.001193 sector "Hộ tịch" level commune authority UBNDXa online partial days working working-day 8h cut-off 15:00
  channel in-person time 3d fee 10_000 VND + 0.5% over 1_000 VND up-to 2_000 VND when "Cấp mới" charge 2_000 VND per copy from 3 discount 50%
  result "Giấy công nhận"
  total 3d cut 1d of 4d 25% "kể từ ngày nhận đủ hồ sơ"
  clock starts after TiepNhan
  member ThanhVien "Thành viên" { code 1.001194 }
  case XacMinh "Trường hợp cần xác minh" { time 10d total 5d start TiepNhan }
  part TaiXa "Tại xã" at commune subtotal 3d
  part Khoi "Khối" time 1d
  body HoiDong "Hội đồng"
  step TiepNhan "Tiếp nhận" reception by TTPVHCCXa.CongChuc or UBNDXa with VanPhongXa.TuPhap 1/4d in TaiXa digitises -> ThamDinh when XacMinh -> XacMinhHoSo on incomplete -> BoSung
  step ThamDinh "Thẩm định" appraisal by HoiDong in Khoi -> KyDuyet
  step XacMinhHoSo "Xác minh" inspection by applicant 5d from "ngày nhận yêu cầu" -> KyDuyet
  step KyDuyet "Ký" approval by leaders of UBNDXa assigned 1d signs-digitally requests payment -> TraKetQua
  step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc not-counted "Trả kết quả" handover to CongAnXa within 1d not-counted
  step BoSung "Bổ sung" supplement-request by TTPVHCCXa.CongChuc
}
`;
