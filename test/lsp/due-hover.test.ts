import { parseHelper, textDocumentPositionParams } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { duePlanMarkdown, lspTexts, vietnamTimeOf } from '@tthc/language/lsp';
import { procedureDueTimes, type TthcFile, type TthcLanguage } from '@tthc/language';
import { CATALOGUE, lspServicesWith, PROCEDURE } from './lsp-workspace.js';

// The worked example a procedure's hover ends with: received "now" (the services' clock; the tests' is Monday
// 7 December 2026, 09:12 in Vietnam) → due, with the appointment date.

const CATALOGUE_WITH_CALENDAR = CATALOGUE.replace('{\n  unit TTPVHCCTinh', `{
  calendar {
    works monday to friday 07:30 to 11:30, 13:30 to 17:00
  }
  unit TTPVHCCTinh`);

function edit(find: string, replacement: string, source = PROCEDURE): string {
    if (!source.includes(find)) throw new Error(`fixture lacks: ${find}`);
    return source.replace(find, replacement);
}

/** The facts of the hover on the procedure's name, one per line. */
async function procedureHoverLines(procedure: string, options: { catalogue?: string; now?: string; language?: TthcLanguage } = {}): Promise<string[]> {
    const { services, uri } = await lspServicesWith({ 'catalogue.tthc': options.catalogue ?? CATALOGUE_WITH_CALENDAR }, undefined, options);
    const document = await parseHelper(services)(procedure, { documentUri: uri('procedure.tthc'), validation: true });
    const offset = procedure.indexOf('KhaiSinh');
    const hover = await services.lsp.HoverProvider!.getHoverContent(document, textDocumentPositionParams(document, offset));
    return (hover?.contents as { value: string }).value.split('\n');
}

describe('the worked example of a procedure\'s hover', () => {
    test('received now on the default channel, through the own flow: due, and the appointment date', async () => {
        const lines = await procedureHoverLines(PROCEDURE);
        // 8 working hours from Monday 09:12: 2h18 before lunch, 3h30 after, 2h12 on Tuesday morning; the same-day
        // limit ends on Monday at 17:00.
        expect(lines.at(-1)).toBe('- Example (in-person): received now (Monday 07/12/2026 09:12) → due **Tuesday 08/12/2026 09:42** '
            + '(appointment date Monday 07/12/2026) — ⚠ after the statutory limit, Monday 07/12/2026 17:00');
    });

    test('in Vietnamese', async () => {
        const lines = await procedureHoverLines(PROCEDURE, { language: 'vi' });
        expect(lines.at(-1)).toBe('- Ví dụ (trực tiếp): tiếp nhận bây giờ (thứ Hai 07/12/2026 09:12) → hạn trả kết quả **thứ Ba 08/12/2026 09:42** '
            + '(ngày hẹn trả thứ Hai 07/12/2026) — ⚠ quá thời hạn giải quyết theo quy định (thứ Hai 07/12/2026 17:00)');
    });

    test('a step of unknown length is carried as "+ the time of …", never left out', async () => {
        // 1h to 10:12, then an appraisal of unknown length, then 2h (10:12–11:30, 13:30–14:12) and 1h: 15:12 plus its time.
        const source = edit('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap not-counted');
        const lines = await procedureHoverLines(source);
        expect(lines.at(-1)).toBe('- Example (in-person): received now (Monday 07/12/2026 09:12) → due **Monday 07/12/2026 15:12** + the time of `ThamDinh` '
            + '(appointment date Monday 07/12/2026)');
    });

    test('a year with no days off declared is a warning on its own line', async () => {
        const lines = await procedureHoverLines(PROCEDURE, { now: '2031-03-03T09:00+07:00' });
        expect(lines.at(-2)).toMatch(/^- Example \(in-person\): received now \(Monday 03\/03\/2031 09:00\)/);
        expect(lines.at(-1)).toBe('- ⚠ The days off of 2031 are not all declared: the dates there may be early; declare that year\'s holidays in the catalogue\'s `calendar`');
    });

    test('when the cases split the procedure, one example per case', async () => {
        const source = edit('  result "Giấy khai sinh"', '  result "Giấy khai sinh"\n  case A "Trường hợp A" { time 1wd }\n  case B "Trường hợp B" { time 2wd }')
            .replace('appraisal by VanPhongXa.TuPhap 4h -> KyDuyet', 'appraisal by VanPhongXa.TuPhap 4h when A -> KyDuyet when B -> KyDuyet');
        const lines = await procedureHoverLines(source);
        expect(lines.filter(line => line.startsWith('- Example'))).toEqual([
            '- Example (in-person, case `A`): received now (Monday 07/12/2026 09:12) → due **Tuesday 08/12/2026 09:42** (appointment date Tuesday 08/12/2026)',
            '- Example (in-person, case `B`): received now (Monday 07/12/2026 09:12) → due **Tuesday 08/12/2026 09:42** (appointment date Tuesday 08/12/2026)'
        ]);
    });

    test('a member of a group, on its own channel', async () => {
        const source = edit('  result "Giấy khai sinh"', '  result "Giấy khai sinh"\n  member KhaiSinhLai "Đăng ký lại khai sinh" { code 1.001194 channel online time 3wd fee 0 VND }');
        const { services, uri } = await lspServicesWith({ 'catalogue.tthc': CATALOGUE_WITH_CALENDAR });
        const document = await parseHelper(services)(source, { documentUri: uri('procedure.tthc'), validation: true });
        const hover = await services.lsp.HoverProvider!.getHoverContent(document, textDocumentPositionParams(document, source.indexOf('KhaiSinhLai')));
        expect((hover?.contents as { value: string }).value.split('\n').at(-1)).toBe(
            '- Example (online): received now (Monday 07/12/2026 09:12) → due **Tuesday 08/12/2026 09:42** (appointment date Tuesday 08/12/2026)');
    });

    test('no calendar: one line saying how to declare it', async () => {
        const lines = await procedureHoverLines(PROCEDURE, { catalogue: CATALOGUE });
        expect(lines.at(-1)).toBe('- No due date: province `Thu` declares no working calendar; declare one in its catalogue, '
            + 'e.g. `calendar { works monday to friday 07:30 to 11:30, 13:30 to 17:00 }` (docs/calendar.md)');
    });

    test('the real clock says the time in Vietnam, whatever the machine\'s zone', () => {
        expect(vietnamTimeOf(new Date('2026-12-31T20:30:00Z'))).toBe('2027-01-01T03:30+07:00');
        expect(vietnamTimeOf(new Date('2026-12-07T02:12:59.999Z'))).toBe('2026-12-07T09:12+07:00');
    });

    test('the due-times document escapes every text from the file', async () => {
        const hostile = edit('"Thẩm định, trình ký"', '"<img src=x onerror=alert(1)> | [link](javascript:alert(1)) **bold**"');
        const { services, uri } = await lspServicesWith({ 'catalogue.tthc': CATALOGUE_WITH_CALENDAR });
        const document = await parseHelper(services)(hostile, { documentUri: uri('procedure.tthc'), validation: true });
        const procedure = (document.parseResult.value as TthcFile).procedures[0]!;
        const due = procedureDueTimes(procedure, { received: '2026-12-07T09:00' });
        if (due.kind !== 'due') throw new Error(due.kind);
        const markdown = duePlanMarkdown(procedure, due, lspTexts('en'));
        expect(markdown).toContain('| `ThamDinh` \\<img src=x onerror=alert\\(1\\)\\> \\| \\[link\\]\\(javascript\\:alert\\(1\\)\\) \\*\\*bold\\*\\* | Monday 07/12/2026 10:00 | Monday 07/12/2026 16:00 |  |');
        expect(markdown).not.toMatch(/[^\\]<img/);
        expect(markdown.split('\n').slice(0, 9)).toEqual([
            '# Due times of `KhaiSinh`: Đăng ký khai sinh',
            '',
            '- For: in-person',
            '- Received: Monday 07/12/2026 09:00',
            '- Work starts (after the cut-off and outside working hours, the next working session): Monday 07/12/2026 09:00',
            '- The statutory time starts: Monday 07/12/2026 09:00',
            '- The statutory time ends: Monday 07/12/2026 17:00',
            '- The result is due: **Tuesday 08/12/2026 09:30**',
            '- ⚠ The steps end after the statutory time: shorten them'
        ]);
    });
});
