import { expectHover, parseHelper, textDocumentPositionParams } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, lspServicesWith, PROCEDURE, unmark } from './lsp-workspace.js';

/**
 * The hover text at each `<|…|>` marker of `procedure.tthc` (or of `catalogue.tthc` when `inCatalogue`),
 * asked at the marker's first character; undefined where there is no hover. Built from langium/test's
 * parts (`replaceIndices` through `unmark`, `parseHelper`, `textDocumentPositionParams`) rather than its
 * `expectHover`, which checks one marker against one whole text: these tests compare several markers of a
 * file with each other and check parts of long hovers.
 */
async function hovers(files: { procedure?: string; catalogue?: string }, inCatalogue = false): Promise<Array<string | undefined>> {
    const procedure = unmark(files.procedure ?? PROCEDURE);
    const catalogue = unmark(files.catalogue ?? CATALOGUE);
    const [path, marked, other, otherText] = inCatalogue
        ? ['catalogue.tthc', catalogue, 'procedure.tthc', procedure.text]
        : ['procedure.tthc', procedure, 'catalogue.tthc', catalogue.text];
    const { services, uri } = await lspServicesWith({ [other]: otherText });
    const document = await parseHelper(services)(marked.text, { documentUri: uri(path), validation: true });
    return Promise.all(marked.ranges.map(async range => {
        const hover = await services.lsp.HoverProvider!.getHoverContent(document, textDocumentPositionParams(document, range.offset));
        if (!hover) return undefined;
        expect(hover.contents).toMatchObject({ kind: 'markdown' });
        return (hover.contents as { value: string }).value;
    }));
}

function mark(find: string, replacement: string, source = PROCEDURE): string {
    if (!source.includes(find)) throw new Error(`fixture lacks: ${find}`);
    return source.replace(find, replacement);
}

const UNIT_UBNDXA = '**Unit** `UBNDXa`: Ủy ban nhân dân xã\n\n- Level: commune\n- Kind: people-committee\n- Agency code: *none*';

describe('hover on units and positions', () => {
    test('on a unit declaration and on references to it, the unit part of `Unit.Position` included', async () => {
        const [declaration] = await hovers({ catalogue: mark('unit UBNDXa', 'unit <|UBNDXa|>', CATALOGUE) }, true);
        expect(declaration).toBe(UNIT_UBNDXA);
        const [authority, unitPart] = await hovers({ procedure: mark('authority UBNDXa', 'authority <|UBNDXa|>', mark('by UBNDXa.ChuTich', 'by <|UBNDXa|>.ChuTich')) });
        expect(authority).toBe(UNIT_UBNDXA);
        expect(unitPart).toBe(UNIT_UBNDXA);
    });

    test('a hand-over partner, and a district unit flagged as abolished', async () => {
        const catalogue = CATALOGUE.replace('  form Mau01', '  unit PhongTuPhapHuyen "Phòng Tư pháp huyện" level district kind division\n  form Mau01');
        const procedure = mark('TuPhap 4h', 'TuPhap 4h handover to <|CongAnXa|> via LGSP within 1h', mark('ChuTich 2h', 'ChuTich 2h handover to <|PhongTuPhapHuyen|>'));
        const [partner, district] = await hovers({ procedure, catalogue });
        expect(partner).toBe('**Unit** `CongAnXa`: Công an xã\n\n- Level: central (ministry or vertical sector agency)\n- Kind: sector-agency\n- Agency code: *none*');
        expect(district).toContain('- Level: district — **abolished on 1 July 2025**');
    });

    test('a former district body shows who took over its work: per sector, per level, the rest; a position too', async () => {
        const catalogue = CATALOGUE.replace('  form Mau01', `  unit <|PhongTuPhapHuyen|> "Phòng Tư pháp huyện" level district kind division
      succeeded-by VanPhongXa for sector "Hộ tịch", "Chứng thực" succeeded-by TTPVHCCTinh for level province succeeded-by SoTuPhap {
    position <|TruongPhong|> "Trưởng phòng" succeeded-by UBNDXa.ChuTich
  }
  form Mau01`);
        const [unit, position] = await hovers({ catalogue }, true);
        expect(unit).toContain([
            '- Its work in the sectors "Hộ tịch", "Chứng thực" was taken over by Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã (`VanPhongXa`)',
            '- Its work for procedures at the province level was taken over by Trung tâm Phục vụ hành chính công tỉnh (`TTPVHCCTinh`)',
            '- The rest of its work was taken over by Sở Tư pháp (`SoTuPhap`)'
        ].join('\n'));
        expect(position).toContain('- Its work was taken over by Chủ tịch Ủy ban nhân dân xã (`UBNDXa.ChuTich`)');
    });

    test('a province unit shows its agency code', async () => {
        const { services, uri } = await lspServicesWith({ 'procedure.tthc': PROCEDURE });
        await expectHover(services)({
            text: mark('unit SoTuPhap', 'unit <|>SoTuPhap', CATALOGUE), index: 0, parseOptions: { documentUri: uri('catalogue.tthc') },
            hover: '**Unit** `SoTuPhap`: Sở Tư pháp\n\n- Level: province\n- Kind: department\n- Agency code: `000.00.24.H39`'
        });
    });

    test('the position part of `Unit.Position`, and a position declaration', async () => {
        const [reference] = await hovers({ procedure: mark('by UBNDXa.ChuTich', 'by UBNDXa.<|ChuTich|>') });
        expect(reference).toBe('**Position** `UBNDXa.ChuTich`: Chủ tịch Ủy ban nhân dân xã\n\n- Unit: Ủy ban nhân dân xã (`UBNDXa`), commune level\n- Leader: yes (may sign a result)');
        const [declaration] = await hovers({ catalogue: mark('position CongChuc', 'position <|CongChuc|>', CATALOGUE) }, true);
        expect(declaration).toContain('**Position** `TTPVHCCXa.CongChuc`: Công chức tiếp nhận và trả kết quả');
        expect(declaration).toContain('- Leader: no');
    });
});

describe('hover on steps and procedures', () => {
    test('a main-flow step: performer, time limit, cumulative time and share of the statutory time', async () => {
        const [declaration, reference] = await hovers({ procedure: mark('step ThamDinh', 'step <|ThamDinh|>', mark('-> ThamDinh', '-> <|ThamDinh|>')) });
        expect(declaration).toBe([
            '**Step** `ThamDinh`: Thẩm định, trình ký',
            '',
            '- Kind: appraisal',
            '- Performed by: Công chức Tư pháp \\- Hộ tịch (`VanPhongXa.TuPhap`) of Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã (`VanPhongXa`)',
            '- Time limit: 4h, 50% of 1 working day (in-person, online)',
            '- Counted: 4h towards the total',
            '- Cumulative time at its end along the main flow: **5h**, 63% of 1 working day (in-person, online)'
        ].join('\n'));
        expect(reference).toBe(declaration);
    });

    test('a hand-over adds its sub-deadline to the step and to what follows', async () => {
        const source = mark('appraisal by VanPhongXa.TuPhap 4h', 'appraisal by VanPhongXa.TuPhap 2h handover to CongAnXa via LGSP within 2h', mark('step KyDuyet', 'step <|KyDuyet|>'));
        const [thamDinh, kyDuyet] = await hovers({ procedure: mark('step ThamDinh', 'step <|ThamDinh|>', source) });
        expect(thamDinh).toContain('- Time limit: 2h, plus the hand-over\'s 2h, 50% of 1 working day');
        expect(thamDinh).toContain('along the main flow: **5h**');
        expect(kyDuyet).toContain('along the main flow: **7h**, 88% of 1 working day');
    });

    test('a step off the main flow says that its time does not count', async () => {
        const [hover] = await hovers({ procedure: mark('step BoSung', 'step <|BoSung|>') });
        expect(hover).toContain('- Time limit: *no time limit*');
        expect(hover).toContain('- Off the main flow (an exception path): its time does not count towards the planned time');
        expect(hover).not.toContain('Cumulative');
    });

    test('a procedure: code, level, authority, and each channel against the planned time', async () => {
        const { services, uri } = await lspServicesWith();
        await expectHover(services)({ text: mark('procedure KhaiSinh', 'procedure <|>KhaiSinh'), index: 0, parseOptions: { documentUri: uri('procedure.tthc') }, hover: [
            '**Procedure** `KhaiSinh`: Đăng ký khai sinh',
            '',
            '- Code: `1.001193`',
            '- Level: commune',
            '- Authority: Ủy ban nhân dân xã (`UBNDXa`)',
            '- A day (`d`): *not stated* (counted as a working day until the procedure or the province says)',
            '- Planned time: **1wd** along `TiepNhan` → `ThamDinh` → `KyDuyet` → `TraKetQua`',
            '- in-person: statutory 1 working day — planned 1wd, on time',
            '- online: statutory 1 working day — planned 1wd, on time',
            '- No due date: province `Thu` declares no working calendar; declare one in its catalogue, e.g. `calendar { works monday to friday 07:30 to 11:30, 13:30 to 17:00 }` (docs/calendar.md)'
        ].join('\n') });
    });

    test('a procedure over one channel\'s time and under another\'s', async () => {
        const source = mark('channel online time same-day', 'channel online time 2wd', mark('4h -> KyDuyet', '5h -> KyDuyet', mark('procedure KhaiSinh', 'procedure <|KhaiSinh|>')));
        const [hover] = await hovers({ procedure: source });
        expect(hover).toContain('- Planned time: **1wd 1h** along');
        expect(hover).toContain('- in-person: statutory 1 working day — ⚠ **over by 1h**: planned 1wd 1h');
        expect(hover).toContain('- online: statutory 2 working days — under by 7h: planned 1wd 1h');
    });
});

describe('hover on forms and legal citations', () => {
    test('a catalogue form and a procedure form', async () => {
        const [own, catalogue] = await hovers({ procedure: mark('produces Mau03', 'produces <|Mau03|>', mark('on form TK', 'on form <|TK|>')) });
        expect(own).toBe('**Form** `TK`: Tờ khai đăng ký khai sinh\n\n- Code: *none*\n- Declared in procedure `KhaiSinh`');
        expect(catalogue).toBe('**Form** `Mau03`: Phiếu từ chối tiếp nhận giải quyết hồ sơ\n\n- Code: *none*\n- Declared in the province catalogue');
    });

    test('a form code is shown', async () => {
        const [hover] = await hovers({ catalogue: mark('form Mau01 "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"', 'form <|Mau01|> "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" code "01"', CATALOGUE) }, true);
        expect(hover).toContain('- Code: 01');
    });

    test('a citation in force, and a superseded one with what replaced it', async () => {
        const source = mark('legal "60/2014/QH13" "Luật Hộ tịch"', 'legal "<|60|>/2014/QH13" "Luật Hộ tịch"\n  <|legal|> "61/2018/NĐ-CP" "Nghị định về một cửa"');
        const [inForce, superseded] = await hovers({ procedure: source });
        expect(inForce).toBe('**Legal basis** 60/2014/QH13: Luật Hộ tịch');
        expect(superseded).toBe('**Legal basis** 61/2018/NĐ\\-CP: Nghị định về một cửa\n\n⚠ **Superseded**: 61/2018/NĐ\\-CP was replaced by 118/2025/NĐ\\-CP (Nghị định 118/2025/NĐ\\-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông); cite the text in force.');
    });
});

describe('hover on dossier components', () => {
    test('one line when the document is the same on every channel', async () => {
        const [hover] = await hovers({ procedure: mark('document "Tờ khai', '<|document|> "Tờ khai') });
        expect(hover).toBe('**Dossier component** Tờ khai đăng ký khai sinh\n\n- On every channel: original');
    });

    test('what it is on each channel, from anywhere on it but its form', async () => {
        const source = mark('document "Tờ khai đăng ký khai sinh" original on form TK required',
            'document "Tờ khai đăng ký khai sinh" original for <|in-person|> electronic for online, postal on form <|TK|> <|required|>');
        const [clause, form, required] = await hovers({ procedure: source });
        expect(clause).toBe('**Dossier component** Tờ khai đăng ký khai sinh\n\n- in-person: original\n- online: electronic (an e-form or a digital file counts)\n- postal: electronic (an e-form or a digital file counts)');
        expect(required).toBe(clause);
        expect(form).toContain('**Form** `TK`');
    });

    test('a channel the procedure declares and no clause names gets what every channel gets', async () => {
        const source = mark('original on form TK', 'copy paper electronic for online on form <|TK|> <|required|>');
        const [, hover] = await hovers({ procedure: source });
        expect(hover).toBe('**Dossier component** Tờ khai đăng ký khai sinh\n\n- in-person: copy, on paper\n- online: copy, electronic (an e-form or a digital file counts)');
    });
});

describe('untrusted text', () => {
    test('markdown and HTML in titles are escaped', async () => {
        const catalogue = mark('"Ủy ban nhân dân xã" level commune', '"UBND *xã* <img src=x onerror=alert(1)> [click](http://evil.example) `code` # h" level commune', CATALOGUE);
        const [hover] = await hovers({ catalogue: mark('unit UBNDXa', 'unit <|UBNDXa|>', catalogue) }, true);
        const title = hover!.split('\n')[0];
        expect(title).toBe('**Unit** `UBNDXa`: UBND \\*xã\\* \\<img src=x onerror=alert\\(1\\)\\> \\[click\\]\\(http\\://evil\\.example\\) \\`code\\` \\# h');
    });

    test('a title spanning lines stays on one line', async () => {
        const catalogue = mark('"Sở Tư pháp"', '"Sở Tư pháp\n# not a heading"', CATALOGUE);
        const [hover] = await hovers({ catalogue: mark('unit SoTuPhap', 'unit <|SoTuPhap|>', catalogue) }, true);
        expect(hover!.split('\n')[0]).toBe('**Unit** `SoTuPhap`: Sở Tư pháp \\# not a heading');
    });
});

describe('hover on the entries of the calendar', () => {
    const calendar = (entries: string, extra = ''): string => mark('{\n  unit TTPVHCCTinh', `{\n  calendar {\n    works monday to friday 07:30 to 11:30, 13:30 to 17:00\n${extra}    year 2026 {\n${entries}\n    }\n  }\n  unit TTPVHCCTinh`, CATALOGUE);

    test('a holiday: its date, name and weekday, anywhere on the entry', async () => {
        const [onKeyword, onDate] = await hovers({ catalogue: calendar('      <|holiday|> <|2026-11-24|> "Ngày Văn hóa Việt Nam"') }, true);
        expect(onKeyword).toBe('**Holiday** `2026-11-24`: Ngày Văn hóa Việt Nam\n\n- A Tuesday');
        expect(onDate).toBe(onKeyword);
    });

    test('a make-up day over a shipped day off: the weekday it works like, and the shipped entry it replaces with its source', async () => {
        const [hover] = await hovers({ catalogue: calendar('      <|make-up|> 2026-08-31 "Làm việc bình thường" works-like monday') }, true);
        expect(hover).toContain('**Make-up working day** `2026-08-31`: Làm việc bình thường\n\n- A Monday\n- Worked with the sessions of Monday\n');
        expect(hover).toContain('- Replaces the shipped national entry “Nghỉ hoán đổi dịp Quốc khánh” (');
        // The source is shipped text, escaped like any other (a Markdown viewer shows it as written).
        expect(hover).toContain('kienthuc\\.net\\.vn');
    });

    test('without national-holidays, nothing is replaced', async () => {
        const [hover] = await hovers({ catalogue: calendar('      <|day-off|> 2026-08-31 "Nghỉ"', '    without national-holidays\n') }, true);
        expect(hover).toBe('**Compensatory day off** `2026-08-31`: Nghỉ\n\n- A Monday');
    });
});

describe('hover on a province with a calendar', () => {
    test('the days and hours worked grouped, the national holidays, the years known; and a province without one', async () => {
        const catalogue = mark('{\n  unit TTPVHCCTinh', '{\n  calendar {\n    works monday to friday 07:30 to 11:30, 13:30 to 17:30\n    works saturday 07:30 to 11:30\n    year 2028 { }\n  }\n  unit TTPVHCCTinh', CATALOGUE);
        const [hover] = await hovers({ catalogue: mark('province Thu', 'province <|Thu|>', catalogue) }, true);
        expect(hover).toContain('\n- Works: Monday–Friday 07:30–11:30, 13:30–17:30; Saturday 07:30–11:30\n'
            + '- National holidays: those tthc ships (2025–2026 in full, 2027 in part)\n- Days off known for: 2025, 2026, 2028');
        const [none] = await hovers({ catalogue: mark('province Thu', 'province <|Thu|>', CATALOGUE) }, true);
        expect(none).toContain('- Working calendar: *not declared* (no due date can be computed)');
    });
});

describe('hover on a step counted from an earlier step', () => {
    test('says from the end of which step its time counts, and its cumulative time is that step\'s end plus its time', async () => {
        const source = mark('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich 5h from TiepNhan', mark('step KyDuyet', 'step <|KyDuyet|>'));
        const [hover] = await hovers({ procedure: source });
        expect(hover).toContain('- Time limit: 5h from the end of step `TiepNhan`');
        expect(hover).toContain('6h');
    });
});

describe('hover on a case with a clock of its own', () => {
    // A second table from a postal reception, with its own completeness check before the clock.
    const source = mark('  result', `  clock starts after TiepNhan
  case BuuChinh "Trường hợp nộp qua bưu chính" { time same-day start TiepNhanBC clock starts after TiepNhanBC }
  step <|TiepNhanBC|> "Tiếp nhận hồ sơ qua bưu chính" reception by TTPVHCCXa.CongChuc 2h -> ThamDinh
  result`).replace('case BuuChinh', 'case <|BuuChinh|>').replace('procedure KhaiSinh', 'procedure <|KhaiSinh|>');

    test('the case, the procedure and the step say where the case\'s clock starts', async () => {
        const [procedure, c, step] = await hovers({ procedure: source });
        expect(procedure).toContain('- The clock starts after `TiepNhan`');
        expect(procedure).toContain('- In case `BuuChinh`, the clock starts after `TiepNhanBC`');
        expect(c).toContain('- In case `BuuChinh`, the clock starts after `TiepNhanBC`');
        expect(step).toContain('before the clock starts (`clock starts after TiepNhanBC`)');
    });
});
