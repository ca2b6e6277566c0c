// Issue 10, item 12: one root cause, one diagnostic. Nothing is reported that follows from an
// unresolved reference or from another finding at the same node; messages stay one bounded line and
// never ask for what is written.
import { messageFor, vietnameseMessages } from '@tthc/language';
import { describe, expect, test } from 'vitest';
import { check, edit, expectFinding } from './check-helper.js';

async function codesOf(source: string): Promise<string[]> {
    return (await check(source)).diagnostics.map(d => String(d.code)).sort();
}

const withCase = (source?: string): string =>
    edit('  result "Giấy khai sinh"', '  result "Giấy khai sinh"\n  case XacMinh "Trường hợp cần xác minh" { time same-day }', source);

describe('an unresolved reference is reported once, by the linker', () => {
    test('a misspelt signer: not missing-approval, signer-not-authority or a level finding', async () => {
        expect(await codesOf(edit('approval by UBNDXa.ChuTich', 'approval by UBNDXa.ChuTch'))).toEqual(['unknown-reference']);
        expect(await codesOf(edit('approval by UBNDXa.ChuTich', 'approval by leaders of UBNDXaa'))).toEqual(['unknown-reference']);
    });
    test('a misspelt signer in a procedure without an authority: not missing-approval', async () => {
        expect(await codesOf(edit('  authority UBNDXa\n', '', edit('approval by UBNDXa.ChuTich', 'approval by UBNDXa.ChuTch')))).toEqual(['unknown-reference']);
    });
    test('a misspelt transition target: not unreachable-step for the steps after it, nor a time finding', async () => {
        expect(await codesOf(edit('-> KyDuyet on rejected', '-> KyDuyett on rejected'))).toEqual(['unknown-reference']);
    });
    test('a misspelt case in a transition: not a duplicate default transition, nor the case\'s time on a guessed path', async () => {
        const source = withCase(edit('-> KyDuyet on rejected', '-> KyDuyet when XacMinhh -> TuChoi on rejected'));
        // `case-unused` for the case meant is reported by case-part-checks.ts (outside this change).
        expect((await codesOf(source)).filter(code => code !== 'case-unused')).toEqual(['unknown-reference']);
    });
    test('a misspelt part: the step is not asked for a time of its own', async () => {
        const source = edit('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich in KhoiKyy',
            edit('  result "Giấy khai sinh"', '  result "Giấy khai sinh"\n  part KhoiKy "Ký" time 2h'));
        expect(await codesOf(source)).toEqual(['unknown-reference']);
    });
    test('a misspelt clock start: the published total is not compared with a path that counts everything', async () => {
        const source = edit('  result "Giấy khai sinh"', '  result "Giấy khai sinh"\n  clock starts after TiepNhann\n  total 7h');
        expect(await codesOf(source)).toEqual(['unknown-reference']);
    });
    test('a misspelt case start: the case\'s limit is not checked on a guessed path', async () => {
        const source = edit('{ time same-day }', '{ time 2h start ThamDinhh }', withCase(edit('-> KyDuyet on rejected', '-> KyDuyet when XacMinh -> KyDuyet on rejected')));
        expect(await codesOf(source)).toEqual(['unknown-reference']);
    });
});

describe('another finding at the same node is not repeated', () => {
    test('a duplicated step name is duplicate-name only, not unreachable-step for the copy', async () => {
        const source = edit('  step BoSung', '  step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc 1h\n  step BoSung');
        expect(await codesOf(source)).toEqual(['duplicate-name', 'duplicate-name']);
    });
    test('a case and a default transition of one step are not two defaults', async () => {
        const source = withCase(edit('-> KyDuyet on rejected', '-> KyDuyet when XacMinh -> KyDuyet on rejected'));
        expect(await codesOf(source)).toEqual([]);
    });
    test('the same case twice on one step is a duplicate outcome, said as written', async () => {
        const source = withCase(edit('-> KyDuyet on rejected', '-> KyDuyet when XacMinh -> KyDuyet <|when XacMinh -> TuChoi|> on rejected'));
        const [finding] = await expectFinding('duplicate-outcome', source);
        expect(finding.message).toBe("Step 'ThamDinh' has two 'when XacMinh' transitions, so where a dossier goes is ambiguous: keep one.");
    });
    test('cases, parts, bodies and members of a procedure are unique within it', async () => {
        const source = edit('  result "Giấy khai sinh"', '  result "Giấy khai sinh"\n  body <|HoiDong|> "Hội đồng"\n  body <|HoiDong|> "Hội đồng thẩm định"');
        await expectFinding('duplicate-name', source);
    });
});

describe('messages ask only for what is missing', () => {
    test('a hand-over with its partner is asked only for its sub-deadline', async () => {
        const [finding] = await expectFinding('handover-incomplete', edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 4h <|handover|> to CongAnXa via LGSP'));
        expect(finding.message).toBe("The hand-over at step 'ThamDinh' has no sub-deadline: say by when ('within 2d').");
    });
    test('a hand-over with its sub-deadline is asked only for its partner', async () => {
        const [finding] = await expectFinding('handover-incomplete', edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 3h <|handover|> via LGSP within 1h'));
        expect(finding.message).toBe("The hand-over at step 'ThamDinh' has no partner agency: say whom it goes to ('to Unit').");
    });
});

describe('messages with lists are bounded', () => {
    test('a cycle of 40 steps names 11 and counts the rest', async () => {
        const loop = Array.from({ length: 40 }, (_, i) => `  step V${i + 1} "Vòng ${i + 1}" review by VanPhongXa.TuPhap 1h -> V${(i + 1) % 40 + 1}`).join('\n');
        const source = edit('appraisal by VanPhongXa.TuPhap 4h -> KyDuyet', 'appraisal by VanPhongXa.TuPhap 4h -> KyDuyet on late -> V1', edit('  step BoSung', `${loop}\n  step BoSung`));
        const [finding] = (await check(source)).diagnostics.filter(d => d.code === 'cycle-without-exit');
        expect(finding.message).toBe(`Steps ${Array.from({ length: 11 }, (_, i) => `'V${i + 1}'`).join(' → ')} → … (29 more steps) → 'V1' form a cycle with no way out: add a transition from one of them to a step outside the cycle.`);
    });
    test('the approvals missing-approval names are bounded', async () => {
        const approvals = Array.from({ length: 20 }, (_, i) => `  step D${i + 1} "Duyệt ${i + 1}" approval by VanPhongXa.TuPhap 1min -> ${i < 19 ? `D${i + 2}` : 'TraKetQua'}`).join('\n');
        const source = edit('  authority UBNDXa\n', '', edit('approval by UBNDXa.ChuTich 2h -> TraKetQua', 'approval by VanPhongXa.TuPhap 1h -> D1', edit('  step TraKetQua', `${approvals}\n  step TraKetQua`)));
        const [finding] = (await check(source)).diagnostics.filter(d => d.code === 'missing-approval');
        expect(finding.message).toContain("'D10' and 10 more is not performed");
    });
});

describe('a way out that names an unknown step', () => {
    test('a cycle whose exit is misspelt is the linker\'s finding only', async () => {
        // The signature is redone until it is right: its only way out names a step that does not exist.
        const source = edit('approval by UBNDXa.ChuTich 2h -> TraKetQua', 'approval by UBNDXa.ChuTich 2h -> KyDuyet on approved -> TraKetQuaa');
        expect(await codesOf(source)).toEqual(['unknown-reference']);
    });
});

describe('the linker names what it looked for', () => {
    test('a case and a part, in both languages', async () => {
        const source = withCase(edit('-> KyDuyet on rejected', '-> KyDuyet when XacMinhh -> KyDuyet on rejected', edit('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich 2h in KhoiKy')));
        const messages = (await check(source)).diagnostics.filter(d => d.code === 'unknown-reference').map(d => d.message);
        expect(messages).toEqual(["There is no case in this procedure named 'XacMinhh'; did you mean 'XacMinh'?", "There is no part in this procedure named 'KhoiKy': declare it, or correct the name."]);
        expect(messageFor('unknown-reference', { kind: 'case in this procedure', name: 'XacMinhh', suggestion: 'XacMinh' }, vietnameseMessages))
            .toBe("Không có trường hợp nào tên 'XacMinhh' trong quy trình này; có phải ý bạn là 'XacMinh'?");
    });
});

describe('a repeated exception branch', () => {
    test('dead-end-step names each outcome once; the repetition is duplicate-outcome\'s', async () => {
        const branches = Array.from({ length: 30 }, () => 'on rejected -> TuChoi').join(' ');
        const source = edit('appraisal by VanPhongXa.TuPhap 4h -> KyDuyet on rejected -> TuChoi', `appraisal by VanPhongXa.TuPhap 4h ${branches}`);
        const [finding] = (await check(source)).diagnostics.filter(d => d.code === 'dead-end-step');
        expect(finding.message).toBe("Step 'ThamDinh' only has the exception branch 'on rejected', so an approved dossier stops there: add '-> NextStep'.");
    });
});
