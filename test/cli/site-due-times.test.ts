// The review site's due times: each procedure's limits as dates for a sample receipt, the same for the same input
// (never the build's clock), `--sample-received` to choose another, every text escaped.
import { defaultSampleReceived, FALLBACK_SAMPLE_RECEIVED, runBuild, type BuildOptions } from '@tthc/cli';
import type { WorkingCalendar } from '@tthc/language';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectGolden } from '../golden-helper.js';
import { CATALOGUE, PROCEDURE } from '../language/check-helper.js';
import { ENGLISH, ROOT, tempWorkspace, tthc } from './run-cli.js';

async function site(folder: string, options: Partial<BuildOptions> = {}): Promise<string> {
    const out = join(tempWorkspace({}), 'out');
    expect((await runBuild([folder], { out, clean: false, targets: ['site'], ...options })).exitCode).toBe(0);
    return join(out, 'site');
}

/** The due-times section of every procedure page, in file order. */
function dueSections(dir: string): string {
    return readdirSync(join(dir, 'procedures')).sort().map(page => {
        const html = readFileSync(join(dir, 'procedures', page), 'utf8');
        const section = /<h2>Thời hạn theo lịch làm việc \(ví dụ\)<\/h2>[\s\S]*?<\/table>/.exec(html)?.[0] ?? '(none)';
        return `<!-- ${page} -->\n${section}\n`;
    }).join('\n');
}

const WEEKDAYS: WorkingCalendar['sessions'] = Object.fromEntries([1, 2, 3, 4, 5].map(day => [day, [{ start: '07:30', end: '17:00' }]]));

describe('the due times on the review site', () => {
    test('lam-dong, received at the default sample (09:00, Monday 6 January 2025): the golden sections, byte-identical on a rebuild', async () => {
        const first = dueSections(await site(join(ROOT, 'examples/lam-dong')));
        expect(first).toContain('<p>Hồ sơ tiếp nhận lúc thứ Hai 06/01/2025 09:00 (thời điểm mẫu mặc định');
        expectGolden('site/lam-dong-due-times.html', first);
        expect(dueSections(await site(join(ROOT, 'examples/lam-dong')))).toBe(first);
    });

    test('--sample-received: a same-day birth registration received on 31 December 2026 at 15:30 is due after the New Year', async () => {
        const dir = await site(join(ROOT, 'examples/lam-dong'), { sampleReceived: '2026-12-31T15:30' });
        const page = readdirSync(join(dir, 'procedures')).map(p => readFileSync(join(dir, 'procedures', p), 'utf8')).find(html => html.includes('Đăng ký khai sinh'))!;
        expect(page).toContain('<p>Hồ sơ tiếp nhận lúc thứ Năm 31/12/2026 15:30 (thời điểm mẫu chọn bằng <code>--sample-received</code>).</p>');
        expect(page).toMatch(/<tr><td[^>]*>Trực tiếp<\/td><td[^>]*><\/td><td[^>]*>[^<]+<\/td><td[^>]*>[^<]+<\/td><td[^>]*>[^<]+<\/td><td data-label="Ngày hẹn trả">thứ Hai 04\/01\/2027<\/td><\/tr>/);
        expect(page).toContain('⚠ Chưa khai báo đủ ngày nghỉ của năm 2027');
    });

    test('an invalid --sample-received is a usage error of one line, and nothing is built', () => {
        const run = tthc(['build', 'examples/lam-dong', '--target', 'site', '--out', join(tempWorkspace({}), 'out'), '--sample-received', '2026-02-30T09:00'], ROOT, undefined, ENGLISH);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe("tthc: --sample-received '2026-02-30T09:00' is not a date and time; write it as 2026-12-07T09:00 (local time in Vietnam).\n");
    });

    test('without a calendar, one line says what is missing', async () => {
        const dir = await site(tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedures/p.tthc': PROCEDURE }));
        expect(dueSections(dir)).toContain('<td colspan="4">Tỉnh chưa khai báo lịch làm việc (calendar) trong danh mục.</td>');
        expect(dueSections(dir)).toContain(`thứ Hai 05/01/2026 09:00`);
    });

    test('the default sample is a function of the calendar: the first working Monday of its first covered year', () => {
        expect(defaultSampleReceived(undefined)).toBe(FALLBACK_SAMPLE_RECEIVED);
        const calendar: WorkingCalendar = { sessions: WEEKDAYS, daysOff: [], makeUpDays: [], yearsCovered: [2030, 2029] };
        // 1 January 2029 is a Monday: a working day unless a day off says otherwise.
        expect(defaultSampleReceived(calendar)).toBe('2029-01-01T09:00');
        const newYear = { ...calendar, daysOff: [{ date: '2029-01-01', name: 'Tết Dương lịch', kind: 'holiday' as const, source: 'test' }] };
        expect(defaultSampleReceived(newYear)).toBe('2029-01-08T09:00');
        expect(defaultSampleReceived({ ...calendar, yearsCovered: [] })).toBe(FALLBACK_SAMPLE_RECEIVED);
    });
});
