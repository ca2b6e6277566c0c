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

describe('full-online-in-person reads what a document is online', () => {
    test('an original in person that is electronic online is no reason to come', async () => {
        await expectNoFinding('full-online-in-person', fullOnline('document "Tờ khai đăng ký khai sinh" original for in-person electronic for online on form TK required'));
        // A clause for online overrides what the document says for every channel.
        await expectNoFinding('full-online-in-person', fullOnline('document "Tờ khai đăng ký khai sinh" original paper electronic for online, postal required'));
        await expectNoFinding('full-online-in-person', fullOnline('document "Tờ khai đăng ký khai sinh" original copy for online required'));
        await expectNoFinding('full-online-in-person', fullOnline('document "Tờ khai đăng ký khai sinh" electronic original for online required'));
    });
    test('an original stated for in-person only says nothing of online', async () => {
        await expectNoFinding('full-online-in-person', fullOnline('document "Tờ khai đăng ký khai sinh" original for in-person required'));
    });
    test('an original required online is reported at its clause', async () => {
        await expectFinding('full-online-in-person', fullOnline('document "Tờ khai đăng ký khai sinh" copy <|original|> for online required'));
        await expectFinding('full-online-in-person', fullOnline('document "Tờ khai đăng ký khai sinh" <|original|> for online paper for postal required'));
    });
    test('paper only online, for a required document, is reported at its clause', async () => {
        await expectFinding('full-online-in-person', fullOnline('document "Giấy chứng sinh" copy electronic for in-person <|paper|> for online required'));
    });
    test('the document\'s own word still counts online when no clause names online', async () => {
        await expectFinding('full-online-in-person', fullOnline('document "Tờ khai đăng ký khai sinh" <|original|> electronic for postal required'));
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

describe('document-channel-undeclared', () => {
    const withDocument = (document: string): string => edit('document "Tờ khai đăng ký khai sinh" original on form TK required', document);
    test('a clause naming a channel the procedure does not declare is reported at that channel, naming what is declared', async () => {
        const [finding] = await expectFinding('document-channel-undeclared', withDocument('document "Tờ khai đăng ký khai sinh" original electronic for online, <|postal|> required'));
        expect(finding.message).toContain("'for postal'");
        expect(finding.message).toContain("only 'in-person', 'online'");
    });
    test('clauses naming declared channels, and a procedure with no channel at all, are not reported', async () => {
        await expectNoFinding('document-channel-undeclared', withDocument('document "Tờ khai đăng ký khai sinh" original for in-person electronic for online required'));
        const noChannels = withDocument('document "Tờ khai đăng ký khai sinh" electronic for postal required')
            .replace(/ {2}channel [^\n]*\n/g, '');
        await expectNoFinding('document-channel-undeclared', noChannels);
    });
});
