import type { CompletionItemResolver, DeclarationAt, TthcLspServices } from '@tthc/language/lsp';
import { URI } from 'langium';
import { CompletionItemKind, InsertTextFormat, type ClientCapabilities, type CompletionItem, type InitializeResult, type InsertReplaceEdit, type TextEdit } from 'vscode-languageserver';
import { expectCompletion } from 'langium/test';
import { describe, expect, test, vi } from 'vitest';
import { applyEdits, CATALOGUE, lspServicesWith, PROCEDURE } from './lsp-workspace.js';

/** The catalogue with a district unit (and its position) that completion must never offer. */
const WITH_DISTRICT = CATALOGUE.replace('  form Mau01', `  unit PhongTuPhapHuyen "Phòng Tư pháp huyện" level district kind division {
    position TruongPhong "Trưởng phòng Tư pháp huyện" leader
  }
  form Mau01`);

/** A province procedure, its second step cut short after `by` at the cursor `<||>`. */
const PROVINCE_PROCEDURE = `
procedure CapPhep "Cấp giấy phép" {
  code 1.000001
  sector "Tư pháp"
  level province
  authority SoTuPhap
  channel in-person time 3d fee 0 VND
  step TiepNhan "Tiếp nhận hồ sơ" reception by TTPVHCCTinh.CanBo 4h -> ThamDinh
  step ThamDinh "Thẩm định hồ sơ" appraisal by <||>
}
`;

/**
 * Completion items at the `<||>` cursor of `procedure.tthc`, beside `catalogue`, in the order the server gives
 * them: langium/test's `expectCompletion` with an `assert` that keeps the list (its `expectedItems` would
 * compare the items sorted by `sortText`, and the tests also check details, documentation and snippets).
 */
async function complete(source: string, catalogue = WITH_DISTRICT): Promise<CompletionItem[]> {
    return (await completion(source, { catalogue })).items;
}

/** The items as {@link complete} gives them, the services that gave them, and what `initialize` answered to `client`. */
async function completion(source: string, options: { catalogue?: string; client?: ClientCapabilities; prepare?: (services: TthcLspServices) => void } = {}): Promise<{
    items: CompletionItem[]; services: TthcLspServices; initialized?: InitializeResult;
}> {
    const { services, uri } = await lspServicesWith({ 'catalogue.tthc': options.catalogue ?? WITH_DISTRICT });
    // What the client says at `initialize` reaches the completion provider as it does in the server.
    const initialized = options.client ? await services.shared.lsp.LanguageServer.initialize({ processId: null, rootUri: null, workspaceFolders: null, capabilities: options.client }) : undefined;
    options.prepare?.(services);
    let items: CompletionItem[] | undefined;
    await expectCompletion(services)({
        text: source, index: 0, indexMarker: '<||>', parseOptions: { documentUri: uri('procedure.tthc') },
        assert: list => {
            items = list.items;
        }
    });
    if (items === undefined) throw new Error('expectCompletion did not call assert.');
    return { items, services, initialized };
}

async function labels(source: string, catalogue?: string): Promise<string[]> {
    return (await complete(source, catalogue)).map(item => item.label);
}

function cursorAt(find: string, replacement: string, source = PROCEDURE): string {
    if (!source.includes(find)) throw new Error(`fixture lacks: ${find}`);
    return source.replace(find, replacement);
}

const DISTRICT = ['PhongTuPhapHuyen', 'PhongTuPhapHuyen.TruongPhong'];

describe('completion after `by`', () => {
    test('a commune procedure gets commune units and positions only', async () => {
        const items = await labels(cursorAt('by UBNDXa.ChuTich 2h', 'by <||>'));
        // `applicant` and `leaders` (of a unit) start a performer too.
        expect(items).toEqual(['applicant', 'leaders', 'TTPVHCCXa', 'TTPVHCCXa.CongChuc', 'UBNDXa', 'UBNDXa.ChuTich', 'VanPhongXa', 'VanPhongXa.TuPhap']);
        expect(items).not.toContain('UBNDTinh.ChuTich');
        // The vertical sector agency takes part only through a hand-over.
        expect(items).not.toContain('CongAnXa');
        for (const district of DISTRICT) expect(items).not.toContain(district);
    });

    test('a province procedure gets province units and positions only', async () => {
        const items = await labels(PROVINCE_PROCEDURE);
        expect(items).toEqual(['applicant', 'leaders', 'TTPVHCCTinh', 'TTPVHCCTinh.CanBo', 'UBNDTinh', 'UBNDTinh.ChuTich', 'SoTuPhap', 'SoTuPhap.GiamDoc', 'SoTuPhap.ChuyenVien']);
    });

    test('a procedure without a level yet gets the units of both local levels, never central or district ones', async () => {
        const items = await labels(cursorAt('level commune', '', cursorAt('by UBNDXa.ChuTich 2h', 'by <||>')));
        expect(items).toEqual(expect.arrayContaining(['UBNDTinh.ChuTich', 'SoTuPhap.GiamDoc', 'UBNDXa.ChuTich', 'TTPVHCCXa.CongChuc']));
        for (const absent of ['CongAnXa', ...DISTRICT]) expect(items).not.toContain(absent);
    });

    test('a typed prefix narrows the list, and `Unit.` lists its positions', async () => {
        expect(await labels(cursorAt('by UBNDXa.ChuTich 2h', 'by UBN<||>'))).toEqual(['UBNDXa', 'UBNDXa.ChuTich']);
        expect(await labels(cursorAt('by UBNDXa.ChuTich 2h', 'by UBNDXa.<||>'))).toEqual(['UBNDXa.ChuTich']);
    });

    test('a boundary-independent commune procedure may also use the province one-stop unit', async () => {
        const items = await labels(cursorAt('level commune', 'level commune boundary-independent', cursorAt('by UBNDXa.ChuTich 2h', 'by <||>')));
        expect(items).toContain('TTPVHCCTinh.CanBo');
        expect(items).not.toContain('UBNDTinh.ChuTich');
        expect(items).not.toContain('SoTuPhap');
    });

    test('items show the title as detail and the hover text as documentation', async () => {
        const items = await complete(cursorAt('by UBNDXa.ChuTich 2h', 'by <||>'));
        const chairman = items.find(item => item.label === 'UBNDXa.ChuTich')!;
        expect(chairman.detail).toBe('Chủ tịch Ủy ban nhân dân xã — Ủy ban nhân dân xã');
        expect(chairman.documentation).toMatchObject({ kind: 'markdown' });
        expect((chairman.documentation as { value: string }).value).toContain('Leader: yes');
        expect(items.find(item => item.label === 'UBNDXa')!.detail).toBe('Ủy ban nhân dân xã (commune)');
    });
});

describe('completion of other references', () => {
    test('`handover to` offers partners of any level but the district', async () => {
        const items = await labels(cursorAt('by UBNDXa.ChuTich 2h', 'by UBNDXa.ChuTich 2h handover to <||>'));
        expect(items).toEqual(['TTPVHCCTinh', 'UBNDTinh', 'SoTuPhap', 'TTPVHCCXa', 'UBNDXa', 'VanPhongXa', 'CongAnXa']);
    });

    test('`succeeded-by` offers units, and on a position positions, of any level but the district', async () => {
        const catalogue = (declaration: string): string => WITH_DISTRICT.replace('  form Mau01', `${declaration}\n  form Mau01`);
        const at = async (text: string): Promise<string[]> => {
            const { services, uri } = await lspServicesWith({ 'procedure.tthc': PROCEDURE });
            let items: string[] = [];
            await expectCompletion(services)({
                text, index: 0, indexMarker: '<||>', parseOptions: { documentUri: uri('catalogue.tthc') },
                assert: list => {
                    items = list.items.map(item => item.label);
                }
            });
            return items;
        };
        expect(await at(catalogue('  unit CongAnHuyen "Công an huyện" level district kind sector-agency succeeded-by <||>')))
            .toEqual(['TTPVHCCTinh', 'UBNDTinh', 'SoTuPhap', 'TTPVHCCXa', 'UBNDXa', 'VanPhongXa', 'CongAnXa']);
        const positions = await at(catalogue('  unit VanPhongHuyen "Văn phòng huyện" level district kind office {\n    position VanThu "Văn thư" succeeded-by <||>\n  }'));
        expect(positions).toContain('VanPhongXa.TuPhap');
        expect(positions.filter(label => label.includes('Huyen') || !label.includes('.'))).toEqual([]);
    });

    test('`->` offers the other steps of the same procedure, not the step itself', async () => {
        const items = await complete(cursorAt('-> TraKetQua', '-> <||>'));
        expect(items.map(item => item.label)).toEqual(['TiepNhan', 'ThamDinh', 'TraKetQua', 'BoSung', 'TuChoi']);
        expect(items.find(item => item.label === 'TraKetQua')!.detail).toBe('Trả kết quả');
    });

    test('`on form` and `produces` offer the procedure\'s own forms and the catalogue\'s', async () => {
        const expected = ['TK', 'Mau01', 'Mau02', 'Mau03'];
        expect(await labels(cursorAt('on form TK required', 'on form <||>'))).toEqual(expected);
        const produced = await complete(cursorAt('produces Mau03', 'produces <||>'));
        expect(produced.map(item => item.label)).toEqual(expected);
        expect(produced.find(item => item.label === 'Mau02')!.detail).toBe('Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ');
    });

    test('`authority` offers units of the procedure\'s level', async () => {
        expect(await labels(cursorAt('authority UBNDXa', 'authority <||>'))).toEqual(['TTPVHCCXa', 'UBNDXa', 'VanPhongXa']);
        expect(await labels(PROVINCE_PROCEDURE.replace('authority SoTuPhap', 'authority <||>').replace('by <||>', 'by SoTuPhap.ChuyenVien 1d'))).toEqual(['TTPVHCCTinh', 'UBNDTinh', 'SoTuPhap']);
    });
});

describe('keywords and snippets', () => {
    test('keywords are still offered where grammatical, with a step snippet', async () => {
        const items = await complete(cursorAt('  step BoSung', '  <||>\n  step BoSung'));
        const keywords = items.filter(item => item.kind === CompletionItemKind.Keyword).map(item => item.label);
        expect(keywords).toEqual(expect.arrayContaining(['step', 'by', 'handover', 'channel', 'legal', 'appraisal']));
        const snippet = items.find(item => item.kind === CompletionItemKind.Snippet && item.label === 'step')!;
        expect(snippet.insertTextFormat).toBe(InsertTextFormat.Snippet);
        expect(snippet.textEdit?.newText).toMatch(/^step \$\{1:Name\} "\$\{2:title\}" \$\{3\|reception,transfer,assignment,appraisal,[^}]*\|\} by \$\{4\} \$\{5:1d\}/);
    });

    test('in a procedure: a not-counted return step, a case and a part as snippets; in a step, `in` is only the keyword', async () => {
        const items = await complete(cursorAt('  step BoSung', '  <||>\n  step BoSung'));
        const snippet = (label: string, detail: string): CompletionItem | undefined => items.find(item => item.kind === CompletionItemKind.Snippet && item.label === label && item.detail === detail);
        expect(snippet('step', 'return step, not counted')?.textEdit?.newText).toBe('step ${1:TraKetQua} "${2:Trả kết quả}" return by ${3:OneStop.Officer} not-counted$0');
        expect(snippet('case', 'a case with its own limit')?.textEdit?.newText).toBe('case ${1:Name} "${2:Trường hợp cần xác minh}" { time ${3:30d} }$0');
        expect(snippet('part', 'a part with its subtotal')?.textEdit?.newText).toBe('part ${1:Name} "${2:Tại Ủy ban nhân dân cấp xã}" subtotal ${3:40h}$0');
        // In a step, a part is joined with `in`: `part` there would start a declaration, not a snippet.
        const inStep = await complete(cursorAt('CongChuc 1h\n', 'CongChuc 1h i<||>\n'));
        expect(inStep.filter(item => item.label === 'in').map(item => item.kind)).toEqual([CompletionItemKind.Keyword]);
    });

    test('the keywords of the new constructs, in a procedure and in a step', async () => {
        const keywords = (items: CompletionItem[]): string[] => items.filter(item => item.kind === CompletionItemKind.Keyword).map(item => item.label);
        const inProcedure = keywords(await complete(cursorAt('  step TiepNhan', '  <||>\n  step TiepNhan')));
        expect(inProcedure).toEqual(expect.arrayContaining(['case', 'part', 'body', 'member', 'total', 'clock', 'days', 'working-day', 'cut-off', 'forward']));
        const inStep = keywords(await complete(cursorAt('CongChuc 1h\n', 'CongChuc 1h <||>\n')));
        expect(inStep).toEqual(expect.arrayContaining(['not-counted', 'part', 'digitises', 'signs-digitally', 'requests', 'when', 'by']));
        const afterPerformer = keywords(await complete(cursorAt('by UBNDXa.ChuTich 2h', 'by UBNDXa.ChuTich <||>')));
        expect(afterPerformer).toEqual(expect.arrayContaining(['or', 'with', 'assigned']));
    });

    test('a document\'s channel clause: `for` after a paper kind or a medium, then the channels', async () => {
        const keywords = (items: CompletionItem[]): string[] => items.filter(item => item.kind === CompletionItemKind.Keyword).map(item => item.label);
        const document = '  document "Tờ khai" original required\n';
        const source = cursorAt('  step TiepNhan', `${document}  step TiepNhan`);
        expect(keywords(await complete(source.replace('original required', 'original <||>')))).toEqual(expect.arrayContaining(['for', 'electronic', 'paper', 'quantity']));
        expect(keywords(await complete(source.replace('original required', 'copy electronic fo<||>')))).toContain('for');
        expect(keywords(await complete(source.replace('original required', 'certified-copy <||>')))).toContain('for');
        expect(keywords(await complete(source.replace('original required', 'original for <||>')))).toEqual(['in-person', 'online', 'postal']);
        expect(keywords(await complete(source.replace('original required', 'original for online, <||>')))).toEqual(['in-person', 'online', 'postal']);
    });

    test('at the top level: `procedure` as a keyword and as a snippet with the skeleton', async () => {
        const items = await complete(`${PROCEDURE}\n<||>`);
        expect(items.map(item => `${item.label}/${item.kind}`)).toEqual(['province/14', 'procedure/14', 'procedure/15']);
        const body = items.find(item => item.kind === CompletionItemKind.Snippet)!.textEdit!.newText;
        for (const part of ['code ', 'sector "', 'level ${5|commune,province|}', 'authority ', 'channel ', 'step TiepNhan "Tiếp nhận hồ sơ" reception by ${15:OneStop.Officer}']) {
            expect(body).toContain(part);
        }
    });

    test('in a province body: a unit snippet; in a unit body: a position snippet', async () => {
        const inProvince = await complete(CATALOGUE.replace('  form Mau01', '  u<||>\n  form Mau01'), '');
        const unit = inProvince.find(item => item.kind === CompletionItemKind.Snippet && item.label === 'unit')!;
        expect(unit.textEdit?.newText).toMatch(/^unit \$\{1:Name\} "\$\{2:title\}" level \$\{3\|commune,province,central\|\} kind/);
        expect(unit.textEdit?.newText).not.toContain('district');

        const inUnit = await complete(CATALOGUE.replace('position ChuyenVien "Chuyên viên"', 'position ChuyenVien "Chuyên viên"\n    <||>'), '');
        const position = inUnit.find(item => item.kind === CompletionItemKind.Snippet && item.label === 'position')!;
        expect(position.textEdit?.newText).toBe('position ${1:Name} "${2:title}"${3: leader}$0');
    });
});

describe('completion by Vietnamese title', () => {
    const AT_BY = 'by VanPhongXa.TuPhap 4h';

    test.each(['tu phap', 'tư pháp', 'Tư Pháp', 'TU PHAP', 'tư phap', 'tu ph'])('`by %s` offers the justice officer and nothing unrelated', async typed => {
        const items = await complete(cursorAt(AT_BY, `by ${typed}<||> 4h`));
        expect(items.map(item => item.label)).toEqual(['VanPhongXa.TuPhap']);
    });

    test('the item keeps the name as its label, shows the title, and its edit replaces the typed words', async () => {
        const source = cursorAt(AT_BY, 'by tư pháp<||> 4h');
        const [item] = await complete(source);
        expect(item.label).toBe('VanPhongXa.TuPhap');
        expect(item.labelDetails?.description).toBe('Công chức Tư pháp - Hộ tịch');
        expect(item.filterText).toContain('VanPhongXa.TuPhap');
        expect(item.filterText).toContain('cong chuc tu phap - ho tich');
        const edit = item.textEdit as TextEdit;
        const text = source.replace('<||>', '');
        const lines = text.split('\n');
        const line = lines.findIndex(l => l.includes('by tư pháp'));
        expect(edit.range).toEqual({ start: { line, character: lines[line].indexOf('tư pháp') }, end: { line, character: lines[line].indexOf(' 4h') } });
        expect(applyEdits(text, [edit]).split('\n')[line]).toContain('appraisal by VanPhongXa.TuPhap 4h');
    });

    test('for a client with insert and replace modes, replacing also takes the rest of the word at the cursor', async () => {
        const { services, uri } = await lspServicesWith({ 'catalogue.tthc': WITH_DISTRICT });
        await services.shared.lsp.LanguageServer.initialize({
            processId: null, rootUri: null, capabilities: { textDocument: { completion: { completionItem: { insertReplaceSupport: true } } } }
        });
        const source = cursorAt(AT_BY, 'by tu ph<||>ap 4h');
        let edit: InsertReplaceEdit | undefined;
        await expectCompletion(services)({
            text: source, index: 0, indexMarker: '<||>', parseOptions: { documentUri: uri('procedure.tthc') },
            assert: list => {
                expect(list.items.map(item => item.label)).toEqual(['VanPhongXa.TuPhap']);
                edit = list.items[0].textEdit as InsertReplaceEdit;
            }
        });
        const lines = source.replace('<||>', '').split('\n');
        const line = lines.findIndex(l => l.includes('by tu phap'));
        const start = lines[line].indexOf('tu phap');
        expect(edit).toEqual({
            newText: 'VanPhongXa.TuPhap',
            insert: { start: { line, character: start }, end: { line, character: start + 'tu ph'.length } },
            replace: { start: { line, character: start }, end: { line, character: start + 'tu phap'.length } }
        });
    });

    test('đ is typed as d, and a few words of a long title are enough', async () => {
        expect(await labels(cursorAt(AT_BY, 'by uy ban dan<||> 4h'))).toEqual(['UBNDXa', 'UBNDXa.ChuTich', 'VanPhongXa', 'VanPhongXa.TuPhap']);
        expect(await labels(cursorAt(AT_BY, 'by tiep nhan<||> 4h'))).toEqual(['TTPVHCCXa.CongChuc']);
        // Each typed word starts a word of the titles, in any order: "Công chức Tư pháp - Hộ tịch" has `chu…` and `tich`.
        expect(await labels(cursorAt(AT_BY, 'by tich chu<||> 4h'))).toEqual(['UBNDXa.ChuTich', 'VanPhongXa.TuPhap']);
        expect(await labels(cursorAt(AT_BY, 'by hoi dong<||> 4h'))).toEqual(['VanPhongXa', 'VanPhongXa.TuPhap']);
        expect(await labels(cursorAt(AT_BY, 'by Hội Đồng<||> 4h'))).toEqual(['VanPhongXa', 'VanPhongXa.TuPhap']);
    });

    test('the level filter still applies: a commune procedure is not offered the province justice department', async () => {
        const commune = await labels(cursorAt(AT_BY, 'by so tu phap<||> 4h'));
        expect(commune).toEqual([]);
        const province = await labels(PROVINCE_PROCEDURE.replace('by <||>', 'by so tu phap<||>'));
        expect(province).toEqual(['SoTuPhap', 'SoTuPhap.GiamDoc', 'SoTuPhap.ChuyenVien']);
        // The district justice division has the same words in its title, and is never offered.
        expect(await labels(PROVINCE_PROCEDURE.replace('by <||>', 'by tu phap<||>'))).not.toContain('PhongTuPhapHuyen.TruongPhong');
    });

    test('`handover to`, `authority`, `on form`, `produces` and `->` complete by title too', async () => {
        expect(await labels(cursorAt(AT_BY, 'by VanPhongXa.TuPhap 4h handover to cong an<||>'))).toEqual(['CongAnXa']);
        expect(await labels(cursorAt('authority UBNDXa', 'authority uy ban<||>'))).toEqual(['UBNDXa', 'VanPhongXa']);
        expect(await labels(cursorAt('authority UBNDXa', 'authority van phong<||>'))).toEqual(['VanPhongXa']);
        expect(await labels(cursorAt('on form TK required', 'on form to khai<||> required'))).toEqual(['TK']);
        expect(await labels(cursorAt('produces Mau03', 'produces tu choi<||>'))).toEqual(['Mau03']);
        expect(await labels(cursorAt('produces Mau01', 'produces Mau01, yeu cau bo sung<||>'))).toEqual(['Mau02']);
        expect(await labels(cursorAt('-> TraKetQua', '-> tra ket<||>'))).toEqual(['TraKetQua']);
    });

    test('one word typed with diacritics finds titles too', async () => {
        expect(await labels(cursorAt(AT_BY, 'by tịch<||> 4h'))).toEqual(['UBNDXa.ChuTich', 'VanPhongXa.TuPhap']);
        const items = await complete(cursorAt('-> TraKetQua', '-> Trả kết<||>'));
        expect(items.map(item => item.label)).toEqual(['TraKetQua']);
        // The client cannot fold what is typed: the typed words are kept for its filter.
        expect(items[0].filterText).toBe('TraKetQua Trả kết tra ket qua');
    });

    test('typing a name still works as before', async () => {
        expect(await labels(cursorAt(AT_BY, 'by VanPh<||> 4h'))).toEqual(['VanPhongXa', 'VanPhongXa.TuPhap']);
        expect(await labels(cursorAt(AT_BY, 'by VanPhongXa.T<||> 4h'))).toEqual(['VanPhongXa.TuPhap']);
    });
});

/** The fixture procedure with two cases, a part and a body (a council), and the cursor `<||>` placed by `at`. */
function withCases(find: string, replacement: string): string {
    const source = cursorAt('online partial', `online partial
  case XacMinh "Trường hợp cần xác minh" { time 3wd }
  case HoiDongTuVan "Trường hợp thành lập hội đồng tư vấn" { time 5wd }
  part TaiXa "Tại Ủy ban nhân dân xã" subtotal 7h
  body HoiDong "Hội đồng tư vấn"`);
    return cursorAt(find, replacement, source);
}

describe('completion of cases, parts, bodies and performers as written', () => {
    test('`when` offers the procedure\'s cases, by name or by title', async () => {
        const items = await complete(withCases('-> KyDuyet', '-> KyDuyet when <||>'));
        expect(items.map(item => item.label)).toEqual(['XacMinh', 'HoiDongTuVan']);
        expect(items[0].detail).toBe('Trường hợp cần xác minh');
        expect((items[0].documentation as { value: string }).value).toContain('**Case** `XacMinh`');
        expect(await labels(withCases('-> KyDuyet', '-> KyDuyet when xac minh<||>'))).toEqual(['XacMinh']);
    });

    test('`in` on a step offers the procedure\'s parts', async () => {
        expect(await labels(withCases('CongChuc 1h\n', 'CongChuc 1h in <||>\n'))).toEqual(['TaiXa']);
    });

    test('`by` offers the procedure\'s bodies beside the units of its level', async () => {
        const items = await labels(withCases('by VanPhongXa.TuPhap 4h', 'by <||>'));
        expect(items).toContain('HoiDong');
        expect(items).toContain('UBNDXa.ChuTich');
        expect(items).not.toContain('SoTuPhap');
    });

    test('`leaders of` offers the units of the procedure\'s level, not their positions', async () => {
        expect(await labels(cursorAt('by UBNDXa.ChuTich 2h', 'by leaders of <||>'))).toEqual(['TTPVHCCXa', 'UBNDXa', 'VanPhongXa']);
        expect(await labels(cursorAt('by UBNDXa.ChuTich 2h', 'by leaders of uy ban<||>'))).toEqual(['UBNDXa', 'VanPhongXa']);
        // After `or`, the leadership of any unit but a district one may be the alternative.
        expect(await labels(cursorAt('by UBNDXa.ChuTich 2h', 'by UBNDXa.ChuTich or leaders of <||>'))).toEqual(['TTPVHCCTinh', 'UBNDTinh', 'SoTuPhap', 'TTPVHCCXa', 'UBNDXa', 'VanPhongXa', 'CongAnXa']);
    });

    test('`or` and `with` offer performers of any level but the district, bodies included', async () => {
        for (const lead of ['by TTPVHCCXa.CongChuc or', 'by VanPhongXa.TuPhap with', 'by VanPhongXa.TuPhap with UBNDXa,']) {
            const items = await labels(withCases('by VanPhongXa.TuPhap 4h', `${lead} <||>`));
            expect(items, lead).toEqual(expect.arrayContaining(['TTPVHCCTinh.CanBo', 'SoTuPhap', 'CongAnXa', 'UBNDXa.ChuTich', 'HoiDong']));
            for (const district of DISTRICT) expect(items, lead).not.toContain(district);
        }
    });

    test('`clock starts after` and a case\'s `start` offer the steps', async () => {
        const steps = ['TiepNhan', 'ThamDinh', 'KyDuyet', 'TraKetQua', 'BoSung', 'TuChoi'];
        expect(await labels(withCases('online partial', 'online partial\n  clock starts after <||>'))).toEqual(steps);
        expect(await labels(withCases('{ time 5wd }', '{ time 5wd start <||> }'))).toEqual(steps);
    });

    test('`from` on a step\'s time offers the steps before it on every path', async () => {
        expect(await labels(cursorAt('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich 2h from <||>'))).toEqual(['TiepNhan', 'ThamDinh']);
    });
});

describe('completion in the calendar', () => {
    const province = (body: string): string => `province P "Tỉnh" code 68 {\n  calendar {\n${body}\n  }\n}\n`;
    test('the calendar\'s lines, the weekdays, and the entries of a year', async () => {
        const lines = await labels(province('    <||>'), '');
        expect(lines).toEqual(expect.arrayContaining(['works', 'without', 'year']));
        const days = await labels(province('    works <||>'), '');
        expect(days).toEqual(expect.arrayContaining(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']));
        const entries = await labels(province('    year 2026 {\n      <||>\n    }'), '');
        expect(entries).toEqual(expect.arrayContaining(['holiday', 'day-off', 'make-up']));
        expect(await labels(province('    year 2026 { make-up 2026-08-22 "Làm bù" <||> }'), '')).toContain('works-like');
    });
});

/** What VS Code declares: it asks for an item's documentation when it shows the item (`completionItem/resolve`). */
const RESOLVING_CLIENT: ClientCapabilities = {
    textDocument: { completion: { completionItem: { snippetSupport: true, resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } } } }
};

/** `completionItem/resolve` as the server answers it for an item of the list. */
function resolve(services: TthcLspServices, item: CompletionItem): CompletionItem {
    const place = item.data as DeclarationAt;
    const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(place.uri))!;
    return (services.lsp.CompletionProvider as unknown as CompletionItemResolver).resolveCompletionItem(item, document, place);
}

describe('the documentation of the items', () => {
    const AT_BY = cursorAt('by UBNDXa.ChuTich 2h', 'by <||>');

    test('a client that resolves it lazily gets the list without it, and each item\'s from completionItem/resolve', async () => {
        const eager = (await complete(AT_BY)).find(item => item.label === 'UBNDXa.ChuTich')!;
        const { items, services, initialized } = await completion(AT_BY, { client: RESOLVING_CLIENT });
        expect(initialized?.capabilities.completionProvider?.resolveProvider).toBe(true);
        // The same list, the same details: only the documentation waits.
        expect(items.map(item => item.label)).toEqual(['applicant', 'leaders', 'TTPVHCCXa', 'TTPVHCCXa.CongChuc', 'UBNDXa', 'UBNDXa.ChuTich', 'VanPhongXa', 'VanPhongXa.TuPhap']);
        const chairman = items.find(item => item.label === 'UBNDXa.ChuTich')!;
        expect(chairman.documentation).toBeUndefined();
        expect(chairman.detail).toBe(eager.detail);
        expect(chairman.data).toEqual({ uri: 'file:///ws/catalogue.tthc', path: expect.stringMatching(/positions@\d+$/) });
        expect(resolve(services, chairman)).toEqual({ ...chairman, documentation: eager.documentation });
        expect((resolve(services, chairman).documentation as { value: string }).value).toContain('Leader: yes');
        // In the language of the locale when the item is shown.
        services.i18n.Locale.language = 'vi';
        expect((resolve(services, chairman).documentation as { value: string }).value).toContain('Lãnh đạo: có');
    });

    test('an item whose declaration is no longer where the list found it resolves to itself', async () => {
        const { items, services } = await completion(AT_BY, { client: RESOLVING_CLIENT });
        const chairman = items.find(item => item.label === 'UBNDXa.ChuTich')!;
        const unit = items.find(item => item.label === 'UBNDXa')!;
        // The catalogue edited since: the path now leads to another declaration.
        const moved = { ...chairman, data: unit.data };
        expect(resolve(services, moved)).toEqual(moved);
    });

    test('Langium\'s documentation comments are not looked up for what has a hover of its own', async () => {
        let lookups = 0;
        const { items } = await completion(AT_BY, {
            prepare: services => {
                vi.spyOn(services.documentation.DocumentationProvider, 'getDocumentation').mockImplementation(() => {
                    lookups++;
                    return undefined;
                });
            }
        });
        expect(items.filter(item => item.documentation !== undefined).map(item => item.label)).toEqual(items.filter(item => item.kind !== CompletionItemKind.Keyword).map(item => item.label));
        expect(lookups).toBe(0);
    });
});
