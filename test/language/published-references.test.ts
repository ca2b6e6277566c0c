// What the compiler needs of a procedure as published: its cases, parts and bodies resolve where its
// steps, transitions and fees name them, and a group of procedures has its codes on its members.
import { describe, expect, test } from 'vitest';
import { check, edit, expectFinding, expectNoFinding } from './check-helper.js';

describe('cases, parts and bodies are names of their procedure', () => {
    const source = edit('  step TiepNhan', [
        '  case CanXacMinh "Trường hợp cần xác minh" { time 3d }',
        '  part TaiXa "Tại UBND cấp xã" subtotal 8h',
        '  body ToXacMinh "Tổ xác minh"',
        '  step XacMinh "Xác minh" appraisal by ToXacMinh 1d in TaiXa -> KyDuyet',
        '  step TiepNhan'
    ].join('\n')).replace('-> KyDuyet on rejected -> TuChoi', '-> KyDuyet when CanXacMinh -> XacMinh on rejected -> TuChoi');

    test('a case in `when`, a part in `part` and a body in `by` resolve', async () => {
        await expectNoFinding('unknown-reference', source);
    });

    test('another procedure\'s case is not in scope', async () => {
        const { diagnostics } = await check(source.replace('when CanXacMinh', 'when CanKhac'));
        expect(diagnostics.filter(d => d.code === 'unknown-reference').map(d => d.message)).toEqual([expect.stringContaining("'CanKhac'")]);
    });
});

describe('a group of procedures', () => {
    const group = edit('  code 1.001193\n', [
        '  member BanSaoKhaiSinh "Cấp bản sao trích lục khai sinh" { code 2.000001 }',
        '  member BanSaoKetHon "Cấp bản sao trích lục kết hôn" { code 2.000002 }',
        ''
    ].join('\n'));

    test('has no code of its own when each member has one', async () => {
        await expectNoFinding('missing-attribute', group);
    });

    test('a member without a code is reported at the member', async () => {
        const [finding] = await expectFinding('missing-attribute', edit('member BanSaoKetHon "Cấp bản sao trích lục kết hôn" { code 2.000002 }', 'member <|BanSaoKetHon|> "Cấp bản sao trích lục kết hôn" { }', group));
        expect(finding.message).toContain("Member 'BanSaoKetHon' has no code");
    });

    test('also in a group with a code: two members would otherwise be one record twice', async () => {
        const coded = edit('  sector "Hộ tịch"\n', '  code 2.000009\n  sector "Hộ tịch"\n', group);
        await expectFinding('missing-attribute', edit('member BanSaoKetHon "Cấp bản sao trích lục kết hôn" { code 2.000002 }', 'member <|BanSaoKetHon|> "Cấp bản sao trích lục kết hôn" { }', coded));
    });
});

describe('duplicate-outcome and cases', () => {
    test('`-> A when Case -> B` is the default way and the case\'s, not two defaults', async () => {
        const branching = edit('  step TiepNhan', '  case CanXacMinh "Trường hợp cần xác minh" { time 3d }\n  step XacMinh "Xác minh" appraisal by VanPhongXa.TuPhap 1d -> KyDuyet\n  step TiepNhan')
            .replace('-> KyDuyet on rejected -> TuChoi', '-> KyDuyet when CanXacMinh -> XacMinh on rejected -> TuChoi');
        await expectNoFinding('duplicate-outcome', branching);
    });

    test('two plain defaults are still reported', async () => {
        await expectFinding('duplicate-outcome', edit('-> KyDuyet on rejected -> TuChoi', '-> KyDuyet <|-> TuChoi|>'));
    });
});
