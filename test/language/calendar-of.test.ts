import {
    calendarOf, isoWeekdayOfDate, NATIONAL_DAYS_OFF, NATIONAL_MAKE_UP_DAYS, NATIONAL_YEARS_COVERED, normaliseLocalDate,
    type Province, type TthcFile,
} from '@tthc/language';
import { describe, expect, test } from 'vitest';
import { check } from './check-helper.js';

async function provinceOf(text: string): Promise<Province> {
    const result = await check(text, null);
    return (result.document.parseResult.value as TthcFile).provinces[0]!;
}

const catalogue = (calendar: string, header = ''): string => `province Thu "Tỉnh Thử" code 68${header} {\n${calendar}\n}\n`;

describe('calendarOf', () => {
    test('no calendar declared: undefined, so that a due time is never computed on a calendar nobody wrote', async () => {
        expect(calendarOf(await provinceOf(catalogue('')))).toBeUndefined();
    });

    test('sessions per weekday, sorted and normalised; the province\'s cut-off; the shipped days and years', async () => {
        const province = await provinceOf(catalogue(
            'calendar {\n works monday to friday 13:30 to 17:00, 7:30 to 11:30\n works saturday 07:30 to 11:30\n}', ' cut-off 15:00'));
        const calendar = calendarOf(province)!;
        expect(calendar.sessions).toEqual({
            1: [{ start: '07:30', end: '11:30' }, { start: '13:30', end: '17:00' }],
            2: [{ start: '07:30', end: '11:30' }, { start: '13:30', end: '17:00' }],
            3: [{ start: '07:30', end: '11:30' }, { start: '13:30', end: '17:00' }],
            4: [{ start: '07:30', end: '11:30' }, { start: '13:30', end: '17:00' }],
            5: [{ start: '07:30', end: '11:30' }, { start: '13:30', end: '17:00' }],
            6: [{ start: '07:30', end: '11:30' }],
        });
        expect(calendar.cutOff).toBe('15:00');
        expect(calendar.daysOff).toEqual(NATIONAL_DAYS_OFF);
        expect(calendar.makeUpDays).toEqual(NATIONAL_MAKE_UP_DAYS);
        expect(calendar.yearsCovered).toEqual([2025, 2026]);
    });

    test('declared entries replace the shipped one on their date, whatever its kind, and add their year', async () => {
        const province = await provinceOf(catalogue([
            'calendar {',
            ' works monday to friday 07:30 to 11:30',
            ' year 2026 {',
            '  make-up 2026-08-31 "Làm việc bình thường" works-like monday', // the shipped swap day off, cancelled
            '  holiday 2026-08-22 "Ngày của tỉnh"', //                           the shipped make-up Saturday, replaced
            '  day-off 2026-11-23 "Nghỉ bù Ngày Văn hóa"',
            ' }',
            ' year 2028 { }',
            '}',
        ].join('\n')));
        const calendar = calendarOf(province)!;
        expect(calendar.daysOff.find(d => d.date === '2026-08-31')).toBeUndefined();
        expect(calendar.makeUpDays.find(d => d.date === '2026-08-31')).toEqual({
            date: '2026-08-31', name: 'Làm việc bình thường', worksLike: 1, source: 'procedure.tthc:5'
        });
        expect(calendar.makeUpDays.find(d => d.date === '2026-08-22')).toBeUndefined();
        expect(calendar.daysOff.find(d => d.date === '2026-08-22')).toMatchObject({ kind: 'holiday', name: 'Ngày của tỉnh' });
        expect(calendar.daysOff.find(d => d.date === '2026-11-23')).toMatchObject({ kind: 'compensatory' });
        expect(calendar.yearsCovered).toEqual([2025, 2026, 2028]);
        const dates = calendar.daysOff.map(d => d.date);
        expect(dates).toEqual([...dates].sort());
    });

    test('without national-holidays: only what the catalogue declares', async () => {
        const province = await provinceOf(catalogue(
            'calendar {\n works monday to friday 07:30 to 11:30\n without national-holidays\n year 2026 { holiday 2026-09-02 "Quốc khánh" }\n}'));
        const calendar = calendarOf(province)!;
        expect(calendar.daysOff.map(d => d.date)).toEqual(['2026-09-02']);
        expect(calendar.makeUpDays).toEqual([]);
        expect(calendar.yearsCovered).toEqual([2026]);
    });

    test('impossible dates, empty sessions and backwards ranges are left out (the checks report them)', async () => {
        const province = await provinceOf(catalogue(
            'calendar {\n works friday to monday 07:30 to 11:30\n works tuesday 11:30 to 07:30, 08:00 to 09:00, 08:30 to 10:00\n without national-holidays\n year 2026 { holiday 2026-02-31 "X" }\n}'));
        const calendar = calendarOf(province)!;
        expect(calendar.sessions).toEqual({ 2: [{ start: '08:00', end: '10:00' }] });
        expect(calendar.daysOff).toEqual([]);
    });
});

describe('the shipped national holidays', () => {
    test('every date exists, is sorted, unique, and within 2025–2027; every entry cites its source', () => {
        for (const list of [NATIONAL_DAYS_OFF, NATIONAL_MAKE_UP_DAYS]) {
            const dates = list.map(d => d.date);
            expect(dates.map(d => normaliseLocalDate(d))).toEqual(dates);
            expect(dates).toEqual([...new Set(dates)].sort());
            for (const day of list) {
                expect(day.date >= '2025-01-01' && day.date <= '2027-12-31', day.date).toBe(true);
                expect(day.source, day.date).toMatch(/https?:\/\//);
            }
        }
        expect(NATIONAL_YEARS_COVERED).toEqual([2025, 2026]);
    });
    test('make-up days are Saturdays and work like the weekday they replace; no date is both off and worked', () => {
        const off = new Set(NATIONAL_DAYS_OFF.map(d => d.date));
        for (const day of NATIONAL_MAKE_UP_DAYS) {
            expect(isoWeekdayOfDate(day.date), day.date).toBe(6);
            expect(off.has(day.date)).toBe(false);
        }
        // Each swap: the day given off has the weekday its make-up day works like.
        const swaps: Array<[string, string]> = [['2025-05-02', '2025-04-26'], ['2026-01-02', '2026-01-10'], ['2026-08-31', '2026-08-22']];
        for (const [dayOff, makeUp] of swaps) {
            expect(NATIONAL_DAYS_OFF.find(d => d.date === dayOff)?.kind).toBe('compensatory');
            expect(NATIONAL_MAKE_UP_DAYS.find(d => d.date === makeUp)?.worksLike).toBe(isoWeekdayOfDate(dayOff));
        }
    });
    test('the Tết days announced: 27–31 January 2025 and 16–20 February 2026, Monday to Friday', () => {
        const tet = NATIONAL_DAYS_OFF.filter(d => d.name === 'Tết Nguyên đán').map(d => d.date);
        expect(tet).toEqual(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31',
            '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
        expect(tet.map(isoWeekdayOfDate)).toEqual([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]);
    });
});
