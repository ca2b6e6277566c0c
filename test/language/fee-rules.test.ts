import { describe, expect, test } from 'vitest';
import { check, edit, expectFinding, expectNoFinding } from './check-helper.js';

/** The reference procedure with the in-person channel's fees replaced by `fees`. */
const inPerson = (fees: string): string =>
    edit('channel in-person time same-day fee 0 VND exempt "Đăng ký khai sinh đúng hạn"', `channel in-person time same-day ${fees}`);

// The brackets of the Cà Mau decision 01779/QĐ-UBND (as docs/language.md writes them).
const CA_MAU = [
    'fee 10_000_000 VND up-to 1_000_000_000 VND basis "Tổng chi phí thăm dò thực tế"',
    'fee 10_000_000 VND + 0.5% over 1_000_000_000 VND up-to 10_000_000_000 VND',
    'fee 55_000_000 VND + 0.3% over 10_000_000_000 VND up-to 20_000_000_000 VND',
    'fee 85_000_000 VND + 0.2% over 20_000_000_000 VND'
];

async function codesOf(source: string): Promise<string[]> {
    return (await check(source)).diagnostics.map(d => String(d.code));
}

describe('fee-invalid (issue 10)', () => {
    test('a rate without the amount it applies above', async () => {
        await expectFinding('fee-invalid', inPerson('fee 0 VND + <|0.5%|>'));
    });
    test('a discount over 100%', async () => {
        await expectFinding('fee-invalid', inPerson('fee 50_000 VND discount <|150%|>'));
    });
    test('a per-unit fee from 0', async () => {
        await expectFinding('fee-invalid', inPerson('fee 5_000 VND per copy from <|0|>'));
    });
    test('a bracket whose upper bound is not above its lower bound', async () => {
        await expectFinding('fee-invalid', inPerson('fee 5_000 VND over 100_000 VND up-to <|100_000|> VND'));
    });
    test('bounds are amounts, checked like amounts', async () => {
        await expectFinding('fee-invalid', inPerson('fee 5_000 VND over <|1.000|> VND'));
    });
    test('a rate over 0 VND, a discount of 50% and per copy from 2 pass', async () => {
        await expectNoFinding('fee-invalid', inPerson('fee 0 VND + 0.5% over 0 VND fee 50_000 VND per copy from 2 discount 50%'));
    });
});

describe('fee-overlap', () => {
    test('the same case twice for the same unit', async () => {
        await expectFinding('fee-overlap', inPerson('fee 50_000 VND when "Cấp mới" fee <|60_000|> VND when "cấp  mới"'));
    });
    test('two fees with neither case nor note', async () => {
        await expectFinding('fee-overlap', inPerson('fee 50_000 VND fee <|60_000|> VND'));
    });
    test('two brackets that overlap', async () => {
        await expectFinding('fee-overlap', inPerson(`${CA_MAU[0]} fee 10_000_000 VND + 0.5% over <|500_000_000|> VND up-to 10_000_000_000 VND`));
    });
    test('a bracket without an upper bound followed by another', async () => {
        await expectFinding('fee-overlap', inPerson('fee 1_000 VND over 0 VND fee 2_000 VND over <|1_000_000|> VND'));
    });
    test('different cases, units, notes, kinds and first pages pass; per page from page 3 keeps its meaning', async () => {
        const fees = [
            'fee 50_000 VND when "Cấp mới" fee 25_000 VND when "Cấp lại"',
            'fee 700_000 VND "Dưới 200 suất ăn" fee 1_000_000 VND "Từ 200 suất ăn"',
            'fee 2_000 VND per page fee 1_000 VND per page from page 3 max 200_000 VND',
            'charge 100_000 VND'
        ].join(' ');
        expect(await codesOf(inPerson(fees))).toEqual([]);
    });
    test('a fee of an unknown case is the linker\'s finding only', async () => {
        expect(await codesOf(inPerson('fee 50_000 VND when KhongCo fee 60_000 VND when KhongCo'))).toEqual(['unknown-reference', 'unknown-reference']);
    });
});

describe('fee-bracket-gap', () => {
    test('the next bracket starts above where the previous one ends', async () => {
        await expectFinding('fee-bracket-gap', inPerson(`${CA_MAU[0]} fee 10_000_000 VND + 0.5% over <|2_000_000_000|> VND`));
    });
    test('brackets that meet pass', async () => {
        expect(await codesOf(inPerson(CA_MAU.join(' ')))).toEqual([]);
    });
});

describe('fee-bracket-discontinuous', () => {
    test('the next amount is not what the formula reaches at the boundary, with the arithmetic', async () => {
        const fees = [CA_MAU[0], CA_MAU[1], CA_MAU[2].replace('55_000_000', '<|50_000_000|>'), CA_MAU[3]].join(' ');
        const [finding] = await expectFinding('fee-bracket-discontinuous', inPerson(fees));
        expect(finding.message).toBe('The bracket formula jumps at 10_000_000_000 VND: 10_000_000 VND + 0.5% × (10_000_000_000 − 1_000_000_000) VND = 55_000_000 VND, '
            + 'but the next bracket starts at 50_000_000 VND: check the published amounts and rates.');
    });
    test('flat brackets may step up', async () => {
        await expectNoFinding('fee-bracket-discontinuous', inPerson('fee 700_000 VND up-to 200 VND fee 1_000_000 VND over 200 VND'));
    });
});

describe('fee-unit-mixed', () => {
    test('per page and per copy on one channel for the same case', async () => {
        await expectFinding('fee-unit-mixed', inPerson('fee 2_000 VND per page fee 5_000 VND per <|copy|>'));
    });
    test('different cases may count differently', async () => {
        await expectNoFinding('fee-unit-mixed', inPerson('fee 2_000 VND per page when "Bản sao" fee 5_000 VND per copy when "Bản dịch"'));
    });
});

describe('payment-without-fee', () => {
    const paying = (source?: string): string => edit('reception by TTPVHCCXa.CongChuc 1h', 'reception by TTPVHCCXa.CongChuc 1h <|requests|> payment', source);
    test('a payment step in a procedure whose fees are all 0 VND', async () => {
        await expectFinding('payment-without-fee', paying());
    });
    test('a fee to pay on some channel passes', async () => {
        await expectNoFinding('payment-without-fee', paying(edit('channel online time same-day fee 0 VND', 'channel online time same-day fee 20_000 VND')).replace(/<\||\|>/g, ''));
    });
});
