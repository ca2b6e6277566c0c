import type { DayOff, MakeUpWorkingDay } from './working-calendar.js';

/**
 * The national public holidays, compensatory days off and make-up working days of civil servants that `tthc`
 * ships, each with the document that announced it and where it was read. A province uses them unless its
 * calendar says `without national-holidays`; its own entries on the same date override them.
 *
 * The fixed holidays are those of Article 112(1) of the Labour Code 2019 (Law 45/2019/QH14); Tết and the
 * swaps around the holidays are announced every year for civil servants (công chức, viên chức). Every date
 * below was checked against the announcement cited with it; nothing is derived from a rule alone, except the
 * fixed-date holidays of a year whose announcement could not be found (2027, see below).
 */

// The sources, written once so that every date of one announcement cites it in the same words.
const LABOUR_CODE =
    'Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112 khoản 1; text read at ' +
    'https://thuvienphapluat.vn/lao-dong-tien-luong/tim-kiem?page=26&q=Gi%E1%BB%97+T%E1%BB%95+H%C3%B9ng+V%C6%B0%C6%A1ng%3F';
const Y2025 =
    'Công văn 8726/VPCP-KGVX ngày 26/11/2024 (Văn phòng Chính phủ) and Thông báo 6150/TB-LĐTBXH (Bộ Lao động - ' +
    'Thương binh và Xã hội, 2024); read at https://baodanang.vn/chi-tiet-lich-nghi-le-quoc-khanh-2-9-nam-nay-cho-' +
    'cong-chuc-vien-chuc-va-nguoi-lao-dong-3299118.html and https://pld.net.vn/tag/nghi-tet-nguyen-dan.html';
const Y2025_TET =
    'Công văn 8726/VPCP-KGVX ngày 26/11/2024 (Văn phòng Chính phủ): Tết Ất Tỵ from Saturday 25/01/2025 to ' +
    'Sunday 02/02/2025; read at https://pld.net.vn/tag/nghi-tet-nguyen-dan.html and ' +
    'https://licham.prices.vn/blog/lich-nghi-tet-nguyen-dan-2025';
const Y2025_MAY =
    'Thông báo 6150/TB-LĐTBXH (Bộ Lao động - Thương binh và Xã hội, 2024): Friday 02/05/2025 swapped with ' +
    'Saturday 26/04/2025; read at https://www.vietnamplus.vn/cong-chuc-vien-chuc-duoc-nghi-the-nao-trong-dip-le-' +
    '304-152025-post1033115.vnp (quoted at https://tracuuquyhoach.com/tin-tuc/cong-chuc-vien-chuc-duoc-nghi-the-' +
    'nao-trong-dip-le-30-4-1-5-2025-51994339)';
const Y2025_HUNG =
    'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e (10 tháng 3 âm lịch), which fell on Monday 07/04/2025; read at ' +
    'https://hongngu1.edu.vn/103-la-thu-may/';
const Y2026_NEW_YEAR =
    'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Văn phòng Chính phủ): Thursday 01/01/2026 to Sunday 04/01/2026, ' +
    'Friday 02/01/2026 swapped with Saturday 10/01/2026; read at https://www.collector.com.tr//965292743 and ' +
    'https://tracuuquyhoach.com/tin-tuc/tin-vui-cho-nguoi-lao-dong-chinh-phu-dong-y-nghi-tet-duong-lich-4-ngay-54100289';
const Y2026_TET_AND_SEPT =
    'Văn bản của Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026 ' +
    '(reported 13/10/2025): Tết from Saturday 14/02/2026 to Sunday 22/02/2026; National Day from Saturday ' +
    '29/08/2026 to Wednesday 02/09/2026, Monday 31/08 swapped with Saturday 22/08; read at ' +
    'https://kienthuc.net.vn/chot-phuong-an-nghi-tet-am-lich-binh-ngo-va-quoc-khanh-nam-2026-post1576857.html and ' +
    'https://tienphong.vn/thu-tuong-dong-y-nghi-9-ngay-tet-nguyen-dan-binh-ngo-post1786865.tpo';
const Y2026_APRIL =
    'Bộ luật Lao động 2019, Điều 111 khoản 3 (a holiday on the weekly rest day is taken on the next working day) and ' +
    'Điều 112 khoản 1: Hùng Kings\' day on Sunday 26/04/2026, taken on Monday 27/04/2026; 30/04 and 01/05 on ' +
    'Thursday and Friday; read at https://thanhnien.vn/gio-to-hung-vuong-' +
    '304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm and https://kenh14.vn/gio-to-hung-' +
    'vuong-2026-roi-vao-ngay-nao-duong-lich-215260311155539564.chn';

function holiday(date: string, name: string, source: string): DayOff {
    return { date, name, kind: 'holiday', source };
}

function compensatory(date: string, name: string, source: string): DayOff {
    return { date, name, kind: 'compensatory', source };
}

/** The shipped days off, sorted by date. */
export const NATIONAL_DAYS_OFF: readonly DayOff[] = [
    // 2025
    holiday('2025-01-01', 'Tết Dương lịch', LABOUR_CODE),
    holiday('2025-01-27', 'Tết Nguyên đán', Y2025_TET),
    holiday('2025-01-28', 'Tết Nguyên đán', Y2025_TET),
    holiday('2025-01-29', 'Tết Nguyên đán', Y2025_TET),
    holiday('2025-01-30', 'Tết Nguyên đán', Y2025_TET),
    holiday('2025-01-31', 'Tết Nguyên đán', Y2025_TET),
    holiday('2025-04-07', 'Giỗ Tổ Hùng Vương', Y2025_HUNG),
    holiday('2025-04-30', 'Ngày Chiến thắng', Y2025_MAY),
    holiday('2025-05-01', 'Ngày Quốc tế lao động', Y2025_MAY),
    compensatory('2025-05-02', 'Nghỉ hoán đổi dịp 30/4 và 1/5', Y2025_MAY),
    holiday('2025-09-01', 'Quốc khánh', Y2025),
    holiday('2025-09-02', 'Quốc khánh', Y2025),
    // 2026
    holiday('2026-01-01', 'Tết Dương lịch', Y2026_NEW_YEAR),
    compensatory('2026-01-02', 'Nghỉ hoán đổi dịp Tết Dương lịch', Y2026_NEW_YEAR),
    holiday('2026-02-16', 'Tết Nguyên đán', Y2026_TET_AND_SEPT),
    holiday('2026-02-17', 'Tết Nguyên đán', Y2026_TET_AND_SEPT),
    holiday('2026-02-18', 'Tết Nguyên đán', Y2026_TET_AND_SEPT),
    holiday('2026-02-19', 'Tết Nguyên đán', Y2026_TET_AND_SEPT),
    holiday('2026-02-20', 'Tết Nguyên đán', Y2026_TET_AND_SEPT),
    holiday('2026-04-26', 'Giỗ Tổ Hùng Vương', Y2026_APRIL),
    compensatory('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương', Y2026_APRIL),
    holiday('2026-04-30', 'Ngày Chiến thắng', Y2026_APRIL),
    holiday('2026-05-01', 'Ngày Quốc tế lao động', Y2026_APRIL),
    compensatory('2026-08-31', 'Nghỉ hoán đổi dịp Quốc khánh', Y2026_TET_AND_SEPT),
    holiday('2026-09-01', 'Quốc khánh', Y2026_TET_AND_SEPT),
    holiday('2026-09-02', 'Quốc khánh', Y2026_TET_AND_SEPT),
    // 2027: only the holidays Article 112 fixes by the solar calendar. Tết, Hùng Kings' day, the day beside
    // National Day and any swap had not been announced in what could be read (searched on 6 December 2026),
    // so 2027 is not in NATIONAL_YEARS_COVERED and a due time reaching it says it may come out early.
    holiday('2027-01-01', 'Tết Dương lịch', LABOUR_CODE),
    holiday('2027-04-30', 'Ngày Chiến thắng', LABOUR_CODE),
    holiday('2027-05-01', 'Ngày Quốc tế lao động', LABOUR_CODE),
    holiday('2027-09-02', 'Quốc khánh', LABOUR_CODE),
];

/** The shipped make-up working days of civil servants, sorted by date. */
export const NATIONAL_MAKE_UP_DAYS: readonly MakeUpWorkingDay[] = [
    { date: '2025-04-26', name: 'Làm bù cho ngày 02/5/2025', worksLike: 5, source: Y2025_MAY },
    { date: '2026-01-10', name: 'Làm bù cho ngày 02/01/2026', worksLike: 5, source: Y2026_NEW_YEAR },
    { date: '2026-08-22', name: 'Làm bù cho ngày 31/8/2026', worksLike: 1, source: Y2026_TET_AND_SEPT },
];

/** The years whose days off the shipped list holds in full (every announcement of the year was found). */
export const NATIONAL_YEARS_COVERED: readonly number[] = [2025, 2026];

/** The years the shipped list holds only in part, and what is missing (said in docs/calendar.md). */
export const NATIONAL_YEARS_PARTIAL: readonly number[] = [2027];
