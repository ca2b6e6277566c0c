import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, edit, PROCEDURE } from '../language/check-helper.js';
import { ROOT, tempWorkspace, tthc } from './run-cli.js';

// `tthc due` on the real binary: the done-when case, the text in both languages, a case, a channel, the
// JSON document against its schema, and every problem line with its exit code. The dates themselves are the
// engine's (test/language/calendar/); the goldens of every lam-dong procedure are in due-goldens.test.ts.

const EXAMPLE = 'examples/lam-dong';
// The catalogue of the fixtures with a calendar: sessions 07:30–11:30 and 13:30–17:00 and the shipped holidays.
const CALENDAR_CATALOGUE = edit('{\n  unit TTPVHCCTinh', '{\n  calendar {\n    works monday to friday 07:30 to 11:30, 13:30 to 17:00\n  }\n  unit TTPVHCCTinh', CATALOGUE);
const WITH_CASES = edit('  result "Giấy khai sinh"', '  result "Giấy khai sinh"\n  case A "Trường hợp A" { time 1wd }\n  case B "Trường hợp B" { time 2wd }')
    .replace('appraisal by VanPhongXa.TuPhap 4h -> KyDuyet', 'appraisal by VanPhongXa.TuPhap 4h when A -> KyDuyet when B -> KyDuyet');

function workspace(procedure = PROCEDURE, catalogue = CALENDAR_CATALOGUE): string {
    return tempWorkspace({ 'catalogue.tthc': catalogue, 'p.tthc': procedure });
}

describe('tthc due', () => {
    test('done when: a same-day procedure with the 15:00 rule received on 31 December 2026 at 15:30 is due on Monday 4 January 2027, with the 2027 warning', () => {
        const run = tthc(['due', EXAMPLE, '--procedure', 'ChungThucBanSao', '--received', '2026-12-31T15:30', '--format', 'json']);
        expect(run.status).toBe(0);
        const report = JSON.parse(run.stdout);
        expect(report.received).toBe('2026-12-31T15:30:00+07:00');
        expect(report.receptionReason).toBe('cut-off');
        expect(report.clockStarts).toBe('2027-01-04T07:30:00+07:00');
        expect(report.due).toBe('2027-01-04T17:30:00+07:00');
        expect(report.appointment).toBe('2027-01-04');
        expect(report.limit).toBe('2027-01-04T17:30:00+07:00');
        expect(report.overLimit).toBe(false);
        expect(report.warnings).toEqual([{ kind: 'year-not-covered', year: 2027 }]);
        expect(run.stderr).toBe('tthc: examples/lam-dong/catalogue.tthc:20:5: warning: the calendar declares no days off for 2027: due dates in 2027 may be early; '
            + "declare the year's days off in the calendar (docs/calendar.md).\n");
    });

    test('the same in Vietnamese text, dates written the Vietnamese way', () => {
        const run = tthc(['due', EXAMPLE, '-p', '2.000815', '-r', '2026-12-31T15:30', '--lang', 'vi']);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('Tiếp nhận: Thứ Năm, 31/12/2026 15:30\n');
        expect(run.stdout).toContain('Bắt đầu xử lý: Thứ Hai, 04/01/2027 07:30 (tiếp nhận sau giờ chốt nhận hồ sơ: chuyển sang ngày làm việc tiếp theo)\n');
        expect(run.stdout).toContain('Ngày hẹn trả kết quả: Thứ Hai, 04/01/2027\n');
        expect(run.stderr).toBe('tthc: examples/lam-dong/catalogue.tthc:20:5: cảnh báo: lịch làm việc chưa khai báo ngày nghỉ của năm 2027: thời hạn rơi vào năm 2027 có thể sớm hơn thực tế; '
            + 'hãy khai báo các ngày nghỉ của năm đó trong lịch làm việc (docs/vi/calendar.md).\n');
    });

    test('the English text: every line, ISO-like dates', () => {
        const run = tthc(['due', 'p.tthc', '--procedure', 'KhaiSinh', '--received', '2026-03-06T16:00'], workspace());
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        // Friday 6 March 2026 at 16:00: 1h to 17:00, then the weekend; 4h on Monday to 13:30 (11:30 + the lunch).
        expect(run.stdout).toBe([
            "'Đăng ký khai sinh' (KhaiSinh, 1.001193), in person",
            'Received: Fri 2026-03-06 16:00',
            'Counting starts: Fri 2026-03-06 16:00 (at once)',
            'Clock starts: Fri 2026-03-06 16:00',
            'Steps:',
            "  1. TiepNhan 'Tiếp nhận, kiểm tra hồ sơ': Fri 2026-03-06 16:00 → Fri 2026-03-06 17:00",
            "  2. ThamDinh 'Thẩm định, trình ký': Mon 2026-03-09 07:30 → Mon 2026-03-09 11:30",
            "  3. KyDuyet 'Ký giấy khai sinh': Mon 2026-03-09 13:30 → Mon 2026-03-09 15:30",
            "  4. TraKetQua 'Trả kết quả': Mon 2026-03-09 15:30 → Mon 2026-03-09 16:30",
            'Due: Mon 2026-03-09 16:30',
            'Appointment date (on the receipt): Fri 2026-03-06',
            'Statutory limit: Fri 2026-03-06 17:00 (over the limit: the steps end after it)',
            ''
        ].join('\n'));
    });

    test('a receipt on a day not worked, and one over lunch, say why counting starts later', () => {
        const dir = workspace();
        const saturday = JSON.parse(tthc(['due', 'p.tthc', '-p', 'KhaiSinh', '-r', '2026-03-07T09:00', '-f', 'json'], dir).stdout);
        expect([saturday.receptionStart, saturday.receptionReason]).toEqual(['2026-03-09T07:30:00+07:00', 'day-off']);
        const lunch = JSON.parse(tthc(['due', 'p.tthc', '-p', 'KhaiSinh', '-r', '2026-03-06T12:00', '-f', 'json'], dir).stdout);
        expect([lunch.receptionStart, lunch.receptionReason]).toEqual(['2026-03-06T13:30:00+07:00', 'outside-sessions']);
    });

    test('--channel: the channel\'s statutory time is the limit', () => {
        const dir = workspace(edit('channel online time same-day fee 0 VND', 'channel online time 2wd fee 0 VND'));
        const report = JSON.parse(tthc(['due', '.', '-p', 'KhaiSinh', '-r', '2026-03-04T09:00', '--channel', 'online', '-f', 'json'], dir).stdout);
        expect(report.channel).toBe('online');
        // Two working days from Wednesday: the close of Friday.
        expect(report.limit).toBe('2026-03-06T17:00:00+07:00');
    });

    test('--condition: the case\'s flow and limit, named in the output', () => {
        const dir = workspace(WITH_CASES);
        const run = tthc(['due', '.', '-p', 'KhaiSinh', '-r', '2026-03-04T09:00', '--condition', 'B'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain("\nCase: B 'Trường hợp B'\n");
        expect(run.stdout).toContain('Statutory limit: Fri 2026-03-06 17:00 (within the limit)\n');
    });

    test('a group member by its code: its group is named', () => {
        const run = tthc(['due', EXAMPLE, '-p', '1.014103', '-r', '2026-03-04T09:00', '--condition', 'KhongHoiDong', '-f', 'json']);
        expect(run.status).toBe(0);
        const report = JSON.parse(run.stdout);
        expect([report.procedure, report.group.procedure, report.condition.name]).toEqual(['CongNhanChuyenGia', 'CongNhanToChucKhoiNghiepSangTao', 'KhongHoiDong']);
    });

    test('a not-counted step of unknown length: "+ the time of" it on every later date, never a silent date', () => {
        const dir = workspace(edit('step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc 1h', 'step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc not-counted'));
        const run = tthc(['due', '.', '-p', 'KhaiSinh', '-r', '2026-03-04T09:00'], dir);
        expect(run.stdout).toContain("  4. TraKetQua 'Trả kết quả': Thu 2026-03-05 08:30 → Thu 2026-03-05 08:30, not counted (outside the statutory time) + the time of TraKetQua\n");
    });

    test('a title with control characters is shown, never sent to the terminal', () => {
        const dir = workspace(edit('step ThamDinh "Thẩm định, trình ký"', 'step ThamDinh "Thẩm định\u001b[31m đỏ"'));
        const run = tthc(['due', '.', '-p', 'KhaiSinh', '-r', '2026-03-04T09:00'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).not.toContain('\u001b');
        expect(run.stdout).toContain("2. ThamDinh 'Thẩm định\\u001b[31m đỏ'");
    });

    test('--format json matches its published schema, and the same input gives byte-identical output', () => {
        const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/due-report.schema.json'), 'utf8'));
        const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
        const args = ['due', EXAMPLE, '-p', 'CongNhanChuyenGia', '--condition', 'CoHoiDong', '-r', '2026-12-31T15:30', '-f', 'json'];
        const first = tthc(args);
        const report = JSON.parse(first.stdout);
        expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
        expect(Object.keys(report)).toEqual(['schemaVersion', 'procedure', 'code', 'title', 'group', 'province', 'channel', 'condition', 'received',
            'receptionStart', 'receptionReason', 'clockStarts', 'clockStartsPlus', 'steps', 'due', 'duePlus', 'appointment', 'limit', 'limitPlus',
            'overLimit', 'warnings']);
        expect(tthc(args).stdout).toBe(first.stdout);
        const plain = JSON.parse(tthc(['due', 'p.tthc', '-p', 'KhaiSinh', '-r', '2026-03-04T09:00', '-f', 'json'], workspace()).stdout);
        expect(validate(plain), JSON.stringify(validate.errors)).toBe(true);
    });
});

describe('tthc due: problems are one line with what to do', () => {
    const many = Array.from({ length: 12 }, (_, i) => edit('procedure KhaiSinh', `procedure P${String(i).padStart(2, '0')}`).replace('code 1.001193', `code 9.0000${String(i).padStart(2, '0')}`)).join('');

    test.each([
        ['a receipt that is not a date-time', PROCEDURE, ['-p', 'KhaiSinh', '-r', '31/12/2026'],
            "--received '31/12/2026' is not a date-time; write it in ISO 8601, e.g. 2026-12-31T15:30 (Vietnam's time) or 2026-12-31T15:30+07:00."],
        ['an unknown procedure: the bounded list of those that exist', many, ['-p', 'Khac', '-r', '2026-03-04T09:00'],
            "'.' has no procedure or group member named or coded 'Khac'; it has P00 (9.000000), P01 (9.000001), P02 (9.000002), P03 (9.000003), "
            + 'P04 (9.000004), P05 (9.000005), P06 (9.000006), P07 (9.000007), P08 (9.000008), P09 (9.000009) and 2 more.'],
        ['a channel the procedure does not declare', PROCEDURE, ['-p', 'KhaiSinh', '-r', '2026-03-04T09:00', '--channel', 'postal'],
            "procedure 'KhaiSinh' has no postal channel; its channels are in-person, online: choose one with --channel."],
        ['a case the procedure does not declare', WITH_CASES, ['-p', 'KhaiSinh', '-r', '2026-03-04T09:00', '--condition', 'C'],
            "procedure 'KhaiSinh' has no case 'C'; its cases are A, B: choose one with --condition."],
        ['a case for a procedure without cases', PROCEDURE, ['-p', 'KhaiSinh', '-r', '2026-03-04T09:00', '--condition', 'C'],
            "procedure 'KhaiSinh' declares no case; leave out --condition 'C'."],
        ['cases that split the steps and no --condition', WITH_CASES, ['-p', 'KhaiSinh', '-r', '2026-03-04T09:00'],
            "the cases of procedure 'KhaiSinh' split its steps, so the due times depend on the dossier's case: choose one of A, B with --condition."]
    ])('%s: exit 2', (_what, procedure, args, line) => {
        const run = tthc(['due', '.', ...args], workspace(procedure as string));
        expect(run.stderr).toBe(`tthc: ${line}\n`);
        expect(run.stdout).toBe('');
        expect(run.status).toBe(2);
    });

    test('a province without a calendar: exit 2, saying what to declare', () => {
        const run = tthc(['due', 'p.tthc', '-p', 'KhaiSinh', '-r', '2026-03-04T09:00'], workspace(PROCEDURE, CATALOGUE));
        expect(run.stderr).toBe("tthc: catalogue.tthc:2:1: province 'Thu' declares no working calendar; declare `calendar { works … }` in its catalogue (docs/calendar.md).\n");
        expect(run.status).toBe(2);
    });

    test('a name two procedures share: exit 2, listing where they are', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CALENDAR_CATALOGUE, 'a.tthc': PROCEDURE, 'b.tthc': PROCEDURE.replace('code 1.001193', 'code 1.000656') });
        const run = tthc(['due', '.', '-p', 'KhaiSinh', '-r', '2026-03-04T09:00'], dir);
        expect(run.stderr).toBe("tthc: 'KhaiSinh' names 2 procedures (KhaiSinh (1.001193) a.tthc, KhaiSinh (1.000656) b.tthc); name the file that holds the one you mean, or use its code.\n");
        expect(run.status).toBe(2);
    });

    test('a folder or file without procedures: exit 2', () => {
        const run = tthc(['due', 'catalogue.tthc', '-p', 'KhaiSinh', '-r', '2026-03-04T09:00'], workspace());
        expect(run.stderr).toBe("tthc: 'catalogue.tthc' holds no procedure; name a .tthc file or the folder of a province that declares procedures.\n");
        expect(run.status).toBe(2);
    });

    test('the procedure\'s file has errors: they are printed, exit 1; errors in another file do not stop it', () => {
        const dir = tempWorkspace({
            'catalogue.tthc': CALENDAR_CATALOGUE,
            'bad.tthc': PROCEDURE.replace('level commune', 'level district').replace('code 1.001193', 'code 1.000656').replace('procedure KhaiSinh', 'procedure Cu'),
            'good.tthc': PROCEDURE
        });
        const bad = tthc(['due', '.', '-p', 'Cu', '-r', '2026-03-04T09:00'], dir);
        expect(bad.status).toBe(1);
        expect(bad.stderr).toContain('bad.tthc:5:9 error district-level');
        expect(bad.stderr).toMatch(/tthc: fix the errors above to compute the due times\.\n$/);
        expect(tthc(['due', '.', '-p', 'KhaiSinh', '-r', '2026-03-04T09:00'], dir).status).toBe(0);
    });

    test('the problems speak Vietnamese too', () => {
        const run = tthc(['due', '.', '-p', 'KhaiSinh', '-r', '2026-03-04T09:00', '--lang', 'vi'], workspace(WITH_CASES));
        expect(run.stderr).toBe("tthc: các trường hợp của thủ tục 'KhaiSinh' chia các bước thành các quy trình khác nhau, nên thời hạn tuỳ theo trường hợp của hồ sơ: "
            + 'hãy chọn một trong A, B bằng --condition.\n');
        expect(run.status).toBe(2);
    });

    test('a channel that is no channel, and a missing --received: Commander\'s usage line, exit 2', () => {
        const dir = workspace();
        const fax = tthc(['due', '.', '-p', 'KhaiSinh', '-r', '2026-03-04T09:00', '--channel', 'fax'], dir);
        expect(fax.stderr).toContain("error: option '-c, --channel <channel>' argument 'fax' is invalid. Allowed choices are in-person, online, postal.");
        expect(fax.status).toBe(2);
        const missing = tthc(['due', '.', '-p', 'KhaiSinh'], dir);
        expect(missing.stderr).toContain("error: required option '-r, --received <date-time>' not specified");
        expect(missing.status).toBe(2);
    });
});
