import { describe, expect, test } from 'vitest';
import { CATALOGUE, PROCEDURE, check, edit, expectFinding, expectNoFinding } from './check-helper.js';

// The test catalogue with a calendar: Monday to Friday, two sessions, and a Lâm Đồng-like cut-off.
const calendar = (body: string, header = ''): string =>
    edit('code 68 agency 000.00.00.H39 {', `code 68 agency 000.00.00.H39${header} {\n  calendar {\n${body}\n  }`, CATALOGUE);
const WEEK = '    works monday to friday 07:30 to 11:30, 13:30 to 17:00';
const withYear = (entries: string, year = '2026'): string => calendar(`${WEEK}\n    year ${year} {\n${entries}\n    }`);

async function codesOf(source: string, catalogue: string | null = null): Promise<string[]> {
    return (await check(source, catalogue)).diagnostics.map(d => String(d.code));
}

describe('a clean calendar', () => {
    test('sessions, the shipped holidays, a holiday, a day off and a make-up Saturday of one year: no finding', async () => {
        const source = withYear([
            '      holiday 2026-11-24 "Ngày Văn hóa Việt Nam"',
            '      day-off 2026-11-23 "Nghỉ bù"',
            '      make-up 2026-11-28 "Làm bù cho ngày 23/11" works-like monday',
        ].join('\n'));
        expect(await codesOf(source)).toEqual([]);
    });
});

describe('calendar-impossible-date', () => {
    test('31 February and a thirteenth month', async () => {
        await expectFinding('calendar-impossible-date', withYear('      holiday <|2026-02-31|> "A"\n      holiday <|2026-13-01|> "B"'), null);
    });
    test('29 February of a leap year exists', async () => {
        await expectNoFinding('calendar-impossible-date', withYear('      holiday 2028-02-29 "A"', '2028'), null);
    });
});

describe('calendar-date-outside-year', () => {
    test('a 2027 date under year 2026', async () => {
        await expectFinding('calendar-date-outside-year', withYear('      holiday <|2027-01-04|> "A"'), null);
    });
});

describe('calendar-duplicate-date and calendar-day-off-and-make-up', () => {
    test('two holidays on one date: the second is reported', async () => {
        await expectFinding('calendar-duplicate-date', withYear('      holiday 2026-11-24 "A"\n      day-off <|2026-11-24|> "B"'), null);
    });
    test('a day off and a make-up day on one date', async () => {
        const source = withYear('      day-off 2026-11-28 "A"\n      make-up <|2026-11-28|> "B" works-like monday');
        await expectFinding('calendar-day-off-and-make-up', source, null);
        await expectNoFinding('calendar-duplicate-date', source, null);
    });
});

describe('calendar sessions', () => {
    test('calendar-no-sessions: a calendar without a works line', async () => {
        await expectFinding('calendar-no-sessions', edit('code 68 agency 000.00.00.H39 {', 'code 68 agency 000.00.00.H39 {\n  <|calendar|> { year 2026 { } }', CATALOGUE), null);
    });
    test('calendar-empty-session: the end before the start, and an empty one', async () => {
        await expectFinding('calendar-empty-session', calendar('    works monday to friday <|11:30 to 07:30|>, 13:30 to 17:00\n    works saturday <|08:00 to 08:00|>'), null);
    });
    test('calendar-overlapping-sessions: within a line and across two lines for one day, once per overlap', async () => {
        const source = calendar('    works monday to friday 07:30 to 11:30, <|11:00 to 12:00|>, 13:30 to 17:00\n    works friday <|16:00 to 18:00|>\n    works saturday 16:00 to 18:00');
        const findings = await expectFinding('calendar-overlapping-sessions', source, null);
        expect(findings[1]!.message).toBe('On Friday the session 16:00–18:00 overlaps 13:30–17:00: sessions of one day must not overlap; correct the hours or declare the day once.');
    });
    test('calendar-weekdays-backwards: friday to monday', async () => {
        await expectFinding('calendar-weekdays-backwards', calendar('    works friday to <|monday|> 07:30 to 11:30'), null);
    });
});

describe('calendar-cut-off-outside-hours', () => {
    test('the province\'s cut-off at lunchtime and after hours', async () => {
        await expectFinding('calendar-cut-off-outside-hours', calendar(WEEK, ' cut-off <|12:00|>'), null);
        await expectFinding('calendar-cut-off-outside-hours', calendar(WEEK, ' cut-off <|18:00|>'), null);
    });
    test('within a session, and at the end of the day: no finding', async () => {
        expect(await codesOf(calendar(WEEK, ' cut-off 15:00'))).toEqual([]);
        expect(await codesOf(calendar(WEEK, ' cut-off 17:00'))).toEqual([]);
    });
    test('a procedure\'s cut-off and same-day cut-off against its province\'s calendar', async () => {
        const source = edit('channel in-person time same-day fee', 'channel in-person time same-day cut-off <|06:00|> fee',
            edit('  online partial', '  online partial\n  cut-off <|20:00|>', PROCEDURE));
        await expectFinding('calendar-cut-off-outside-hours', source, calendar(WEEK));
        await expectNoFinding('calendar-cut-off-outside-hours', source.replace(/<\||\|>/g, ''), CATALOGUE);
    });
});

describe('calendar-holiday-on-day-not-worked', () => {
    test('a holiday on a Saturday the province does not work is said as information', async () => {
        const [finding] = await expectFinding('calendar-holiday-on-day-not-worked', withYear('      holiday <|2026-11-28|> "Ngày hội"'), null);
        expect(finding!.message).toBe("'Ngày hội' on 2026-11-28 falls on a Saturday, which the calendar does not work: it changes no due time; "
            + "declare the compensatory day off ('day-off') if one was announced.");
    });
    test('on a Saturday the province works, no finding', async () => {
        const source = calendar(`${WEEK}\n    works saturday 07:30 to 11:30\n    year 2026 { holiday 2026-11-28 "Ngày hội" }`);
        await expectNoFinding('calendar-holiday-on-day-not-worked', source, null);
    });
});

describe('calendar-make-up-on-working-day', () => {
    test('a make-up day on a Wednesday', async () => {
        await expectFinding('calendar-make-up-on-working-day', withYear('      make-up <|2026-11-25|> "A" works-like monday'), null);
    });
    test('a make-up day that cancels a shipped day off on a working weekday is not reported', async () => {
        // 2026-01-02 is a Friday the shipped list gives off (swapped with Saturday 10 January).
        await expectNoFinding('calendar-make-up-on-working-day', withYear('      make-up 2026-01-02 "Không nghỉ hoán đổi" works-like friday'), null);
    });
});

describe('calendar-make-up-like-day-not-worked', () => {
    test('a make-up Saturday that works like a Sunday the calendar does not work', async () => {
        await expectFinding('calendar-make-up-like-day-not-worked', withYear('      make-up 2026-11-28 "Làm bù" works-like <|sunday|>'), null);
    });
    test('working like a weekday that is worked: no finding', async () => {
        await expectNoFinding('calendar-make-up-like-day-not-worked', withYear('      make-up 2026-11-28 "Làm bù" works-like friday'), null);
    });
});
