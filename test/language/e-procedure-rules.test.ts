import { describe, expect, test } from 'vitest';
import { check, edit, expectFinding, expectNoFinding } from './check-helper.js';

const fullOnline = (document: string): string =>
    edit('online partial', 'online full', edit('document "Tờ khai đăng ký khai sinh" original on form TK required', document));

describe('full-online-in-person and the medium of documents', () => {
    test('a required document accepted only on paper: reported at its medium, naming it', async () => {
        const [finding] = await expectFinding('full-online-in-person', fullOnline('document "Giấy chứng sinh" copy <|paper|> required'));
        expect(finding.message).toContain("'Giấy chứng sinh'");
    });
    test('an original that may be filed electronically is no reason to come in person', async () => {
        await expectNoFinding('full-online-in-person', fullOnline('document "Tờ khai đăng ký khai sinh" original on form TK electronic required'));
        await expectNoFinding('full-online-in-person', fullOnline('document "Tờ khai đăng ký khai sinh" original on form TK paper electronic required'));
    });
    test('an optional paper document passes; an original without a medium is still reported', async () => {
        await expectNoFinding('full-online-in-person', fullOnline('document "Giấy chứng sinh" copy paper optional'));
        await expectFinding('full-online-in-person', fullOnline('document "Tờ khai đăng ký khai sinh" <|original|> on form TK required'));
    });
    test('a required paper original is one finding', async () => {
        await expectFinding('full-online-in-person', fullOnline('document "Tờ khai đăng ký khai sinh" original <|paper|> on form TK required'));
    });
});

describe('appraisal-without-refusal', () => {
    const withoutRefusal = edit(' on rejected -> TuChoi', '').replace(/\n {2}step TuChoi[^\n]*/, '');
    test('an appraisal in a procedure without any refusal path', async () => {
        await expectFinding('appraisal-without-refusal', edit('appraisal by VanPhongXa.TuPhap', '<|appraisal|> by VanPhongXa.TuPhap', withoutRefusal));
    });
    test('a refusal path anywhere passes, as does a procedure without an appraisal', async () => {
        await expectNoFinding('appraisal-without-refusal', edit('', ''));
        expect((await check(edit('appraisal by VanPhongXa.TuPhap', 'review by VanPhongXa.TuPhap', withoutRefusal))).diagnostics).toEqual([]);
    });
    test('a refusal path whose target is misspelt is the linker\'s finding only', async () => {
        const codes = (await check(edit('on rejected -> TuChoi', 'on rejected -> TuChoii'))).diagnostics.map(d => d.code);
        expect(codes).toEqual(['unknown-reference']);
    });
});
