import type { DayOff, MakeUpWorkingDay, WorkingCalendar, WorkingSession } from '@tthc/language';

// The calendars of the due-time tests: the days off of 2026 as announced (each with the announcement it comes
// from), on the sessions most one-stop centres publish (07:30–11:30 and 13:30–17:00, Monday to Friday) with the
// 15:00 cut-off. When the shipped national holidays land, these stay as the tests' own copy of the facts.

const LABOUR_CODE = 'Bộ luật Lao động 2019, Điều 112 khoản 1';
// Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ (Tết Âm lịch và Quốc khánh 2026), as reported by
// baohaiphong.vn (vietnam.vn/en/cong-chuc-vien-chuc-nguoi-lao-dong-hai-phong-duoc-nghi-tet-binh-ngo-lien-tuc-9-ngay)
// and vietnamnews.vn/politics-laws/1727514 (17/10/2025); the Prime Minister's approval: en.sggp.org.vn, 14/10/2025.
const NOTICE_2026 = 'Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ';
// Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch 2026: nghỉ 1–4/1, làm bù thứ Bảy 10/1), as reported
// in the page stored at www.collector.com.tr/965292743 ("Bốn ngày nghỉ dịp Tết Dương lịch 2026").
const NEW_YEAR_2026 = 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ';
// Hùng Kings' day 2026 is Sunday 26 April, taken off on Monday 27 April (Labour Code Art. 111(3), compensatory day
// off on the next working day): thanhnien.vn, 23/02/2026 ("Giỗ tổ Hùng Vương, 30.4 - 1.5, Quốc khánh 2.9 năm 2026
// được nghỉ mấy ngày?"), which also gives 30/4 and 1/5 on Thursday and Friday.
const APRIL_2026 = 'thanhnien.vn 23/02/2026; Bộ luật Lao động 2019, Điều 111 khoản 3 và Điều 112';

const holiday = (date: string, name: string, source: string): DayOff => ({ date, name, kind: 'holiday', source });
const compensatory = (date: string, name: string, source: string): DayOff => ({ date, name, kind: 'compensatory', source });
const makeUp = (date: string, name: string, worksLike: MakeUpWorkingDay['worksLike'], source: string): MakeUpWorkingDay =>
    ({ date, name, worksLike, source });

/** The days off of 2026 for officials, civil servants and public employees. */
export const DAYS_OFF_2026: readonly DayOff[] = [
    holiday('2026-01-01', 'Tết Dương lịch', LABOUR_CODE),
    compensatory('2026-01-02', 'Nghỉ hoán đổi Tết Dương lịch', NEW_YEAR_2026),
    // Tết Nguyên đán Bính Ngọ: Monday 16 to Friday 20 February (9 days with the weekends, 14–22 February).
    ...['16', '17', '18', '19', '20'].map(day => holiday(`2026-02-${day}`, 'Tết Nguyên đán', NOTICE_2026)),
    holiday('2026-04-26', 'Giỗ Tổ Hùng Vương', APRIL_2026),
    compensatory('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương', APRIL_2026),
    holiday('2026-04-30', 'Ngày Chiến thắng', APRIL_2026),
    holiday('2026-05-01', 'Ngày Quốc tế Lao động', APRIL_2026),
    // National Day: 1 and 2 September, and Monday 31 August swapped with Saturday 22 August (29/8–2/9 off).
    compensatory('2026-08-31', 'Nghỉ hoán đổi Quốc khánh', NOTICE_2026),
    holiday('2026-09-01', 'Quốc khánh', NOTICE_2026),
    holiday('2026-09-02', 'Quốc khánh', NOTICE_2026)
];

/** The make-up working Saturdays of 2026. */
export const MAKE_UP_DAYS_2026: readonly MakeUpWorkingDay[] = [
    makeUp('2026-01-10', 'Làm bù ngày 02/01/2026', 5, NEW_YEAR_2026),
    makeUp('2026-08-22', 'Làm bù ngày 31/8/2026', 1, NOTICE_2026)
];

// 1 January is a holiday by the Labour Code itself, whatever the year. The rest of 2027 (the Lunar New Year of
// Đinh Mùi above all) had no announcement we could find (search, December 2026): 2027 is NOT a covered year, and
// a computation reaching it says so.
const NEW_YEAR_2027 = holiday('2027-01-01', 'Tết Dương lịch', LABOUR_CODE);

/** The sessions of a one-stop centre: 07:30–11:30 and 13:30–17:00. */
export const WEEKDAY_SESSIONS: readonly WorkingSession[] = [{ start: '07:30', end: '11:30' }, { start: '13:30', end: '17:00' }];

/** Monday to Friday, 15:00 cut-off, the days off of 2026 (and 1 January 2027); covers 2026 only. */
export const CALENDAR: WorkingCalendar = {
    sessions: { 1: WEEKDAY_SESSIONS, 2: WEEKDAY_SESSIONS, 3: WEEKDAY_SESSIONS, 4: WEEKDAY_SESSIONS, 5: WEEKDAY_SESSIONS },
    cutOff: '15:00',
    daysOff: [...DAYS_OFF_2026, NEW_YEAR_2027],
    makeUpDays: MAKE_UP_DAYS_2026,
    yearsCovered: [2026]
};

/** The same centre receiving on Saturday mornings too (07:30–11:30). */
export const SATURDAY_CALENDAR: WorkingCalendar = {
    ...CALENDAR,
    sessions: { ...CALENDAR.sessions, 6: [{ start: '07:30', end: '11:30' }] }
};

/** A calendar without a cut-off (receipts count until closing time). */
export const NO_CUT_OFF: WorkingCalendar = { ...CALENDAR, cutOff: undefined };
