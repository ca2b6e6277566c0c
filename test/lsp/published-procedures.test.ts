// The editor on procedures as provinces publish them (issue 10): time not counted, totals, cases,
// parts, bodies, performers as written, groups and the electronic procedure, in English and Vietnamese.
import type { TthcLanguage } from '@tthc/language';
import { parseHelper, textDocumentPositionParams } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, lspServicesWith, lspWorkspace, unmark } from './lsp-workspace.js';
import { PUBLISHED } from './published-fixture.js';

function mark(find: string, replacement: string, source = PUBLISHED): string {
    if (!source.includes(find)) throw new Error(`fixture lacks: ${find}`);
    return source.replace(find, replacement);
}

/** The hover at each `<|…|>` marker of the procedure (beside the fixture catalogue), in a language. */
async function hovers(source: string, language: TthcLanguage = 'en'): Promise<string[]> {
    const marked = unmark(source);
    const { services, uri } = await lspServicesWith({ 'catalogue.tthc': CATALOGUE });
    services.i18n.Locale.language = language;
    const document = await parseHelper(services)(marked.text, { documentUri: uri('procedure.tthc'), validation: true });
    return Promise.all(marked.ranges.map(async range => {
        const hover = await services.lsp.HoverProvider!.getHoverContent(document, textDocumentPositionParams(document, range.offset));
        return (hover?.contents as { value: string } | undefined)?.value ?? '(none)';
    }));
}

async function published(source = PUBLISHED, language: TthcLanguage = 'en') {
    const ws = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': source }, { language });
    const document = ws.document('procedure.tthc');
    const params = { textDocument: { uri: ws.uri('procedure.tthc') } };
    const lenses = (await ws.services.lsp.CodeLensProvider!.provideCodeLens(document, params) ?? []).map(lens => lens.command!.title);
    const end = document.textDocument.positionAt(source.length);
    const hints = (await ws.services.lsp.InlayHintProvider!.getInlayHints(document, { ...params, range: { start: { line: 0, character: 0 }, end } }) ?? []).map(hint => ({
        line: document.textDocument.getText({ start: { line: hint.position.line, character: 0 }, end: hint.position }).trim().split(' ').slice(0, 2).join(' '),
        label: hint.label as string,
        tooltip: (hint.tooltip as { value: string }).value
    }));
    return { lenses, hints };
}

describe('hover on a step: counted or not, its part, its performers, the electronic procedure', () => {
    test('a counted step in a part, performed with partners; a step with an alternative that digitises', async () => {
        const [tiepNhan, thamDinh] = await hovers(mark('step ThamDinh', 'step <|ThamDinh|>', mark('step TiepNhan', 'step <|TiepNhan|>')));
        expect(thamDinh).toContain('- With: Hội đồng xét duyệt (`HoiDong`); Công an xã (`CongAnXa`)');
        expect(thamDinh).toContain('- Counted: 4h towards the total');
        expect(thamDinh).toContain('- Part: Tại Ủy ban nhân dân xã (`TaiXa`)');
        expect(thamDinh).toContain('- Cumulative time at its end along the main flow: **1wd**, 50% of 2 working days (in-person)');
        expect(tiepNhan).toContain('- Or: Công chức tiếp nhận và trả kết quả (`TTPVHCCTinh.CanBo`) of Trung tâm Phục vụ hành chính công tỉnh (`TTPVHCCTinh`)');
        expect(tiepNhan).toContain('- Electronic procedure: digitises the dossier');
    });

    test('the leadership of a unit, as assigned; a step reached in a case only shows the case\'s time', async () => {
        const [xacMinh, kyDuyet] = await hovers(mark('step KyDuyet', 'step <|KyDuyet|>', mark('step XacMinhHoSo', 'step <|XacMinhHoSo|>')));
        expect(kyDuyet).toContain('- Performed by: the leadership of Ủy ban nhân dân xã (`UBNDXa`), as assigned');
        expect(kyDuyet).toContain('- Electronic procedure: signs the result digitally, requests the fee online');
        expect(kyDuyet).toContain('- Cumulative time at its end along the main flow: **2wd**');
        expect(kyDuyet).toContain('- Cumulative time at its end in case `XacMinh`: **3wd**');
        expect(xacMinh).toContain('- Performed by: Hội đồng xét duyệt (`HoiDong`)');
        expect(xacMinh).toContain('- Cumulative time at its end in case `XacMinh`: **2wd**');
        expect(xacMinh).not.toContain('along the main flow');
    });

    test('not counted, and why: marked with its reason, the applicant\'s own step, before the clock', async () => {
        const [marked] = await hovers(mark('step TraKetQua', 'step <|TraKetQua|>'));
        expect(marked).toContain('- Not counted (4h): marked `not-counted`: “thời gian trả kết quả”');
        const applicant = mark('  step TraKetQua', '  step BoSung "Bổ sung hồ sơ" by applicant 1wd -> TraKetQua\n  step <|TraKetQua|>', mark('signs-digitally requests payment -> TraKetQua', 'signs-digitally requests payment -> BoSung'));
        const [bySelf] = await hovers(mark('step BoSung', 'step <|BoSung|>', applicant));
        expect(bySelf).toContain("- Not counted (1wd): the applicant's own step");
        const [beforeClock] = await hovers(mark('step TiepNhan', 'step <|TiepNhan|>', mark('  cut-off 15:00', '  cut-off 15:00\n  clock starts after TiepNhan')));
        expect(beforeClock).toContain('- Not counted (4h): before the clock starts (`clock starts after TiepNhan`)');
    });

    test('in Vietnamese', async () => {
        const [thamDinh, traKetQua] = await hovers(mark('step ThamDinh', 'step <|ThamDinh|>', mark('step TraKetQua', 'step <|TraKetQua|>')), 'vi');
        expect(thamDinh).toContain('- Phối hợp: Hội đồng xét duyệt (`HoiDong`); Công an xã (`CongAnXa`)');
        expect(thamDinh).toContain('- Tính thời gian: 4 giờ vào tổng thời gian giải quyết');
        expect(thamDinh).toContain('- Phần: Tại Ủy ban nhân dân xã (`TaiXa`)');
        expect(traKetQua).toContain('- Không tính thời gian (4 giờ): ghi `not-counted`: “thời gian trả kết quả”');
    });
});

describe('hover on a procedure, a case, a part, a body and a member', () => {
    test('the procedure: its time rules, the group, and each flow counted, not counted, published and statutory', async () => {
        const [hover] = await hovers(mark('procedure TroCap', 'procedure <|TroCap|>'));
        expect(hover).toContain('- The procedures of the group, which share these steps: `TroCapA` (`1.000003`)');
        expect(hover).toContain('- A day (`d`) is a working day, as the procedure says');
        expect(hover).toContain('- Reception cut-off: 15\\:00');
        expect(hover).toContain('- Planned time: **2wd** (+4h not counted) along `TiepNhan` → `ThamDinh` → `KyDuyet` → `TraKetQua`');
        expect(hover).toContain('- in-person: statutory 2 working days — planned 2wd, on time');
        expect(hover).toContain('- Published total: 2 working days — matches the planned 2wd');
        expect(hover).toContain([
            '- Case `XacMinh`: planned **3wd** (+4h not counted) along `TiepNhan` → `ThamDinh` → `XacMinhHoSo` → `KyDuyet` → `TraKetQua`',
            '  - statutory in this case 3 working days — planned 3wd, on time',
            '  - Published total: 3 working days — matches the planned 3wd'
        ].join('\n'));
    });

    test('a published total the steps do not add up to', async () => {
        const [hover] = await hovers(mark('procedure TroCap', 'procedure <|TroCap|>', mark('total 2wd', 'total 15h')));
        expect(hover).toContain('- Published total: 15 working hours — ⚠ **the planned time is 2wd**, 1h more');
    });

    test('a case, on its declaration and on `when`', async () => {
        const [declaration, reference] = await hovers(mark('case XacMinh', 'case <|XacMinh|>', mark('when XacMinh', 'when <|XacMinh|>')));
        expect(declaration).toBe([
            '**Case** `XacMinh`: Trường hợp cần xác minh',
            '',
            '- Statutory time in this case: 3 working days',
            '- Published total: 3 working days',
            '- Branches off at `ThamDinh`',
            '- Planned: **3wd** (+4h not counted) along `TiepNhan` → `ThamDinh` → `XacMinhHoSo` → `KyDuyet` → `TraKetQua`',
            '  - statutory in this case 3 working days — planned 3wd, on time',
            '  - Published total: 3 working days — matches the planned 3wd'
        ].join('\n'));
        expect(reference).toBe(declaration);
    });

    test('a part, a body and a member', async () => {
        const [part, body, member] = await hovers(mark('part TaiXa "', 'part <|TaiXa|> "', mark('body HoiDong', 'body <|HoiDong|>', mark('member TroCapA', 'member <|TroCapA|>'))));
        expect(part).toBe('**Part** `TaiXa`: Tại Ủy ban nhân dân xã\n\n- Done at the commune level\n- Published subtotal: 4 working hours\n- Steps: `ThamDinh`\n- Counted on the longest path: 4h');
        expect(body).toBe('**Body** `HoiDong`: Hội đồng xét duyệt\n\n- Set up during procedure Giải quyết trợ cấp (`TroCap`)\n- Performs: `XacMinhHoSo`');
        expect(member).toContain('**Member of the group** `TroCapA`: Trợ cấp một lần');
        expect(member).toContain('- Code: `1.000003` (its own)');
        expect(member).toContain('- Authority: Ủy ban nhân dân xã (`UBNDXa`) (from `TroCap`)');
    });

    test('in Vietnamese', async () => {
        const [c, part] = await hovers(mark('case XacMinh', 'case <|XacMinh|>', mark('part TaiXa "', 'part <|TaiXa|> "')), 'vi');
        expect(c).toContain('**Trường hợp** `XacMinh`: Trường hợp cần xác minh');
        expect(c).toContain('- Thời hạn theo quy định trong trường hợp này: 03 ngày làm việc');
        expect(c).toContain('- Dự kiến: **03 ngày làm việc** (+4 giờ không tính thời gian)');
        expect(part).toContain('- Thực hiện tại cấp xã');
    });
});

describe('code lens and inlay hints per flow', () => {
    test('one lens per flow: counted, not counted, published and statutory', async () => {
        const { lenses } = await published();
        expect(lenses).toEqual([
            'planned 2wd (+4h not counted) of 2 working days published, statutory 2 working days',
            'case XacMinh: planned 3wd (+4h not counted) of 3 working days published, statutory 3 working days'
        ]);
    });

    test('a case over its own time, and a procedure that is not its published total', async () => {
        const { lenses } = await published(mark('{ time 3wd total 3wd }', '{ time 2wd }', mark('total 2wd', 'total 15h')));
        expect(lenses).toEqual([
            '⚠ not the published total: planned 2wd (+4h not counted) of 15 working hours published, statutory 2 working days',
            '⚠ case XacMinh over by 1wd: planned 3wd (+4h not counted) of 2 working days'
        ]);
    });

    test('in Vietnamese', async () => {
        const { lenses } = await published(PUBLISHED, 'vi');
        expect(lenses).toEqual([
            'dự kiến 02 ngày làm việc (+4 giờ không tính thời gian) trên 02 ngày làm việc công bố, theo quy định 02 ngày làm việc',
            'trường hợp XacMinh: dự kiến 03 ngày làm việc (+4 giờ không tính thời gian) trên 03 ngày làm việc công bố, theo quy định 03 ngày làm việc'
        ]);
    });

    test('cumulative counted time per flow; a step not counted says so', async () => {
        const { hints } = await published();
        expect(hints.map(hint => `${hint.line}: ${hint.label}`)).toEqual([
            'step TiepNhan: Σ 4h',
            'step ThamDinh: Σ 1wd',
            'step XacMinhHoSo: Σ 2wd (XacMinh)',
            'step KyDuyet: Σ 2wd · 3wd (XacMinh)',
            'step TraKetQua: Σ 2wd · 3wd (XacMinh) · not counted'
        ]);
        expect(hints[4].tooltip).toContain('In case `XacMinh`: **3wd**.');
        expect(hints[4].tooltip).toContain('Its own time is not counted: marked `not-counted`: “thời gian trả kết quả”.');
        const vi = await published(PUBLISHED, 'vi');
        expect(vi.hints[4].label).toBe('Σ 02 ngày làm việc · 03 ngày làm việc (trường hợp XacMinh) · không tính thời gian');
    });
});

describe('hover on the catalogue\'s new attributes', () => {
    const catalogue = CATALOGUE
        .replace('province Thu "Tỉnh Thử" code 68 agency 000.00.00.H39 {', 'province Thu "Tỉnh Thử" code 68 agency 000.00.00.H39 days working cut-off 15:00 forward paper within 1wd cut-target 20% {')
        .replace('unit VanPhongXa "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã" level commune kind office {', 'unit VanPhongXa "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã" level commune kind office ward-title "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường" {')
        .replace('position GiamDoc "Giám đốc Sở" leader', 'position GiamDoc "Giám đốc Sở" leader signs-for UBNDTinh');

    async function catalogueHovers(marked: string, language: TthcLanguage = 'en'): Promise<string[]> {
        const { text, ranges } = unmark(marked);
        const { services, uri } = await lspServicesWith({ 'procedure.tthc': PUBLISHED });
        services.i18n.Locale.language = language;
        const document = await parseHelper(services)(text, { documentUri: uri('catalogue.tthc'), validation: true });
        return Promise.all(ranges.map(async range => ((await services.lsp.HoverProvider!.getHoverContent(document, textDocumentPositionParams(document, range.offset)))?.contents as { value: string }).value));
    }

    test('the province\'s time rules and cut target, a unit\'s ward title, a position that signs for another unit', async () => {
        const marked = catalogue.replace('province Thu', 'province <|Thu|>').replace('unit VanPhongXa', 'unit <|VanPhongXa|>').replace('position GiamDoc', 'position <|GiamDoc|>');
        const [province, giamDoc, vanPhong] = await catalogueHovers(marked);
        expect(province).toBe([
            '**Province** `Thu`: Tỉnh Thử', '',
            '- Administrative code: `68`',
            '- Agency code: `000.00.00.H39`',
            '- A day (`d`) is a working day, as the province says',
            '- Reception cut-off: 15\\:00 (received later: forwarded at the start of the next working day)',
            '- Paper dossiers forwarded within 1wd',
            '- Target for the cuts procedures state: 20%',
            '- Working calendar: *not declared* (no due date can be computed)'
        ].join('\n'));
        expect(giamDoc).toContain('- May sign for: Ủy ban nhân dân tỉnh (`UBNDTinh`)');
        expect(vanPhong).toContain('- In wards and the special zone: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường');
        const [vi] = await catalogueHovers(catalogue.replace('province Thu', 'province <|Thu|>'), 'vi');
        expect(vi).toContain('- Một ngày (`d`) là ngày làm việc, theo khai báo của tỉnh');
        expect(vi).toContain('- Chỉ tiêu cắt giảm thời gian giải quyết: 20%');
    });
});

describe('a procedure whose cases split it from the first step', () => {
    // "a) Trường hợp không thành lập hội đồng … / b) Trường hợp thành lập hội đồng …": no path of its own.
    const SPLIT = mark('-> KyDuyet when XacMinh -> XacMinhHoSo', 'when KhongXacMinh -> KyDuyet when XacMinh -> XacMinhHoSo',
        mark('  case XacMinh', '  case KhongXacMinh "Trường hợp không cần xác minh" { time 2wd }\n  case XacMinh', mark('  total 2wd "kể từ ngày nhận đủ hồ sơ hợp lệ"\n', '')));

    test('one lens per case, none for the procedure\'s own path, and the hover says each case', async () => {
        const { lenses, hints } = await published(SPLIT);
        expect(lenses).toEqual([
            'case KhongXacMinh: planned 2wd (+4h not counted) of 2 working days',
            'case XacMinh: planned 3wd (+4h not counted) of 3 working days published, statutory 3 working days'
        ]);
        expect(hints.map(hint => hint.label)).toEqual(['Σ 4h', 'Σ 1wd', 'Σ 2wd (XacMinh)', 'Σ 2wd (KhongXacMinh) · 3wd (XacMinh)', 'Σ 2wd (KhongXacMinh) · 3wd (XacMinh) · not counted']);
        const [hover] = await hovers(mark('procedure TroCap', 'procedure <|TroCap|>', SPLIT));
        expect(hover).not.toContain('Planned time');
        expect(hover).toContain('- Case `KhongXacMinh`: planned **2wd** (+4h not counted)');
        expect(hover).toContain('- Case `XacMinh`: planned **3wd** (+4h not counted)');
    });
});
