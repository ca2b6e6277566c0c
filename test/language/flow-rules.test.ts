import { describe, expect, test } from 'vitest';
import { edit, expectFinding, expectNoFinding } from './check-helper.js';

describe('first-step-reception', () => {
    test('a first step that is not a reception', async () => {
        await expectFinding('first-step-reception', edit('"Tiếp nhận, kiểm tra hồ sơ" reception', '"Tiếp nhận, kiểm tra hồ sơ" <|appraisal|>'));
    });
    test('a first step without a kind is reported at its name', async () => {
        await expectFinding('first-step-reception', edit('step TiepNhan "Tiếp nhận, kiểm tra hồ sơ" reception', 'step <|TiepNhan|> "Tiếp nhận, kiểm tra hồ sơ"'));
    });
    test('a reception outside a one-stop unit', async () => {
        await expectFinding('first-step-reception', edit('reception by TTPVHCCXa.CongChuc', 'reception by <|VanPhongXa.TuPhap|>'));
    });
    test('a reception at a one-stop unit of another level', async () => {
        await expectFinding('first-step-reception', edit('reception by TTPVHCCXa.CongChuc', 'reception by <|TTPVHCCTinh.CanBo|>'));
    });
    test('any one-stop unit for a boundary-independent procedure', async () => {
        await expectNoFinding('first-step-reception', edit('online partial', 'online partial boundary-independent', edit('reception by TTPVHCCXa.CongChuc', 'reception by TTPVHCCTinh.CanBo')));
    });
});

describe('no-supplement-path', () => {
    test('a reception without an incomplete-dossier branch', async () => {
        await expectFinding('no-supplement-path', edit('step TiepNhan', 'step <|TiepNhan|>', edit(' on incomplete -> BoSung', '')).replace(/\n {2}step BoSung[^\n]*/, ''));
    });
    test('with the branch it passes', async () => {
        await expectNoFinding('no-supplement-path', edit('', ''));
    });
});

describe('last-step-return', () => {
    test('a path that ends at an approval', async () => {
        await expectFinding('last-step-return', edit('step KyDuyet "Ký giấy khai sinh" approval by UBNDXa.ChuTich 2h -> TraKetQua', 'step <|KyDuyet|> "Ký giấy khai sinh" approval by UBNDXa.ChuTich 3h', edit('-> KyDuyet on rejected', '-> KyDuyet on rejected')).replace(/\n {2}step TraKetQua[^\n]*/, ''));
    });
    test('a return that is not at a one-stop unit', async () => {
        await expectFinding('last-step-return', edit('return by TTPVHCCXa.CongChuc', 'return by <|VanPhongXa.TuPhap|>'));
    });
    test('return, refusal and supplement-request at a one-stop unit pass', async () => {
        await expectNoFinding('last-step-return', edit('', ''));
    });
    // Bắc Ninh 1490: "Đăng tải thông tin dự án … chậm nhất 05 ngày làm việc kể từ ngày phê duyệt (không tính trong
    // quy trình giải quyết hồ sơ)" after the result is returned.
    const posting = (attributes: string, source?: string) => edit('return by TTPVHCCXa.CongChuc 1h', `return by TTPVHCCXa.CongChuc 1h -> DangTai\n  step <|DangTai|> "Đăng tải thông tin" posting by VanPhongXa.TuPhap ${attributes}`, source);
    test('a not-counted step after the return may end the path: the result is already the applicant\'s', async () => {
        await expectNoFinding('last-step-return', posting('5wd not-counted "không tính trong quy trình giải quyết hồ sơ"').replace(/<\||\|>/g, ''));
    });
    test('a counted step after the return, or a not-counted one that a path reaches before any return, still ends it wrongly', async () => {
        await expectFinding('last-step-return', posting('1h'));
        // The signature goes straight on to the posting, around the return.
        await expectFinding('last-step-return', posting('5wd not-counted', edit('approval by UBNDXa.ChuTich 2h -> TraKetQua', 'approval by UBNDXa.ChuTich 2h -> TraKetQua, DangTai')));
    });
});

describe('missing-approval', () => {
    test('no approval step before the return', async () => {
        const source = edit('step KyDuyet "Ký giấy khai sinh" approval by UBNDXa.ChuTich 2h -> TraKetQua\n', '', edit('appraisal by VanPhongXa.TuPhap 4h -> KyDuyet', 'appraisal by VanPhongXa.TuPhap 6h -> TraKetQua'));
        await expectFinding('missing-approval', edit('step TraKetQua', 'step <|TraKetQua|>', source));
    });
    // Without an authority to compare with: with one, `signer-not-authority` says who must sign.
    test('an approval by a position that is not a leader, in a procedure without an authority', async () => {
        const source = edit('  authority UBNDXa\n', '', edit('approval by UBNDXa.ChuTich', 'approval by VanPhongXa.TuPhap', edit('step TraKetQua', 'step <|TraKetQua|>')));
        const [finding] = await expectFinding('missing-approval', source);
        expect(finding.message).toContain("'KyDuyet'");
    });
    test('a path around the approval', async () => {
        await expectFinding('missing-approval', edit('-> KyDuyet on rejected', '-> KyDuyet on approved -> TraKetQua on rejected', edit('step TraKetQua', 'step <|TraKetQua|>')));
    });
    test('an approval by a leader on every path passes', async () => {
        await expectNoFinding('missing-approval', edit('', ''));
    });
});

describe('unreachable-step', () => {
    test('a step nothing leads to', async () => {
        await expectFinding('unreachable-step', edit('produces Mau03\n', 'produces Mau03\n  step <|XinLoi|> "Gửi phiếu xin lỗi" apology by TTPVHCCXa.CongChuc -> TraKetQua\n'));
    });
    test('an exception branch makes a step reachable', async () => {
        await expectNoFinding('unreachable-step', edit('-> TraKetQua\n', '-> TraKetQua on late -> XinLoi\n  step XinLoi "Gửi phiếu xin lỗi" apology by TTPVHCCXa.CongChuc -> TraKetQua\n'));
    });
});

describe('dead-end-step', () => {
    test('a step with only exception branches', async () => {
        await expectFinding('dead-end-step', edit('step ThamDinh "Thẩm định, trình ký" appraisal by VanPhongXa.TuPhap 4h -> KyDuyet on rejected -> TuChoi', 'step <|ThamDinh|> "Thẩm định, trình ký" appraisal by VanPhongXa.TuPhap 4h on rejected -> TuChoi'));
    });
    test('a step with an approved branch passes', async () => {
        await expectNoFinding('dead-end-step', edit('-> KyDuyet on rejected', 'on approved -> KyDuyet on rejected'));
    });
});

describe('cycle-without-exit', () => {
    test('two steps that only lead to each other', async () => {
        const source = edit(' on rejected -> TuChoi', '', edit('approval by UBNDXa.ChuTich 2h -> TraKetQua', 'approval by UBNDXa.ChuTich 2h -> ThamDinh'));
        const [finding] = await expectFinding('cycle-without-exit', edit('step ThamDinh', 'step <|ThamDinh|>', source));
        expect(finding.message).toContain("'ThamDinh' → 'KyDuyet' → 'ThamDinh'");
    });
    test('a step that leads to itself', async () => {
        await expectFinding('cycle-without-exit', edit('step KyDuyet', 'step <|KyDuyet|>', edit('approval by UBNDXa.ChuTich 2h -> TraKetQua', 'approval by UBNDXa.ChuTich 2h -> KyDuyet')));
    });
    test('a loop back for rework with a way out passes', async () => {
        await expectNoFinding('cycle-without-exit', edit('approval by UBNDXa.ChuTich 2h -> TraKetQua', 'approval by UBNDXa.ChuTich 2h -> TraKetQua on rejected -> ThamDinh'));
    });
});

describe('duplicate-outcome', () => {
    test('two branches for one outcome', async () => {
        await expectFinding('duplicate-outcome', edit('on rejected -> TuChoi', 'on rejected -> TuChoi <|on rejected -> KyDuyet|>'));
    });
    test('distinct outcomes pass', async () => {
        await expectNoFinding('duplicate-outcome', edit('', ''));
    });
});
