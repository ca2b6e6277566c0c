import type { Procedure, TthcFile } from '@tthc/language';
import { procedureTimeSummary } from '@tthc/language/lsp';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, lspWorkspace, PROCEDURE } from './lsp-workspace.js';

/** The code lenses of a procedure beside the fixture catalogue (langium/test has no code-lens helper). */
async function workspaceWith(source: string) {
    const ws = await lspWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': source });
    const document = ws.document('procedure.tthc');
    const lenses = await ws.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: ws.uri('procedure.tthc') } }) ?? [];
    const procedures = (document.parseResult.value as TthcFile).procedures;
    return { ws, document, lenses, procedures };
}

async function titles(source: string): Promise<string[]> {
    return (await workspaceWith(source)).lenses.map(lens => lens.command!.title);
}

function edit(find: string, replacement: string, source = PROCEDURE): string {
    if (!source.includes(find)) throw new Error(`fixture lacks: ${find}`);
    return source.replace(find, replacement);
}

describe('the code lens of a procedure', () => {
    test('sits on the `procedure` line and opens the diagram', async () => {
        const { ws, lenses } = await workspaceWith(PROCEDURE);
        expect(lenses).toEqual([{
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
            command: { title: 'planned 1wd of 1 working day', command: 'tthc.showDiagram', arguments: [ws.uri('procedure.tthc'), 'KhaiSinh'] }
        }]);
    });

    test('under the statutory time', async () => {
        expect(await titles(edit('TuPhap 4h', 'TuPhap 3h'))).toEqual(['planned 7h of 1 working day']);
    });

    test('over the statutory time, unmistakably', async () => {
        expect(await titles(edit('TuPhap 4h', 'TuPhap 5h'))).toEqual(['⚠ over by 1h: planned 1wd 1h of 1 working day']);
    });

    test('one lens per distinct channel time, naming the channels', async () => {
        const source = edit('channel online time same-day', 'channel online time 2wd', edit('TuPhap 4h', 'TuPhap 5h'));
        expect(await titles(source)).toEqual(['⚠ in-person over by 1h: planned 1wd 1h of 1 working day', 'online: planned 1wd 1h of 2 working days']);
    });

    test('calendar days, and calendar days worth working days', async () => {
        let calendar = edit('channel in-person time same-day', 'channel in-person time 15cd', edit('channel online time same-day', 'channel online time 15cd'));
        for (const [from, to] of [['CongChuc 1h produces', 'CongChuc 1cd produces'], ['TuPhap 4h', 'TuPhap 10cd'], ['ChuTich 2h', 'ChuTich 3cd'], ['CongChuc 1h\n', 'CongChuc 1cd\n']]) {
            calendar = edit(from, to, calendar);
        }
        expect(await titles(calendar)).toEqual(['planned 15cd of 15 calendar days']);
        const converted = edit('channel in-person time same-day', 'channel in-person time 15cd as 11wd', edit('channel online time same-day', 'channel online time 15cd as 11wd'));
        expect(await titles(converted)).toEqual(['planned 1wd of 15 calendar days (11 working days)']);
    });

    test('says why when the planned time is unknown', async () => {
        expect(await titles(edit('TuPhap 4h', 'TuPhap'))).toEqual(['planned time unknown: a main-flow step has no time']);
        expect(await titles(edit('TuPhap 4h', 'TuPhap 2cd'))).toEqual(['planned time unknown: calendar days are mixed with working time']);
    });

    test('one lens per procedure in a file', async () => {
        const second = edit('procedure KhaiSinh "Đăng ký khai sinh"', 'procedure KhaiTu "Đăng ký khai tử"', edit('code 1.001193', 'code 1.000656', edit('TuPhap 4h', 'TuPhap 5h')));
        const { ws, lenses } = await workspaceWith(PROCEDURE + second);
        const secondLine = (PROCEDURE + second).split('\n').findIndex(line => line.startsWith('procedure KhaiTu'));
        expect(lenses.map(lens => [lens.range.start.line, lens.command!.title, lens.command!.arguments])).toEqual([
            [1, 'planned 1wd of 1 working day', [ws.uri('procedure.tthc'), 'KhaiSinh']],
            [secondLine, '⚠ over by 1h: planned 1wd 1h of 1 working day', [ws.uri('procedure.tthc'), 'KhaiTu']]
        ]);
    });
});

describe('procedureTimeSummary', () => {
    test('planned time, statutory time per channel, over, and the lines to decorate', async () => {
        const source = edit('channel online time same-day', 'channel online time 2wd', edit('TuPhap 4h', 'TuPhap 5h'));
        const { procedures } = await workspaceWith(source);
        const summary = procedureTimeSummary(procedures[0] as Procedure);
        expect(summary).toMatchObject({
            mode: 'working', planned: 540, plannedText: '1wd 1h', over: true, line: 1,
            criticalPath: ['TiepNhan', 'ThamDinh', 'KyDuyet', 'TraKetQua']
        });
        expect(summary.channels.map(({ kind, statutory, statutoryText, comparison, differenceText, line }) => ({ kind, statutory, statutoryText, comparison, differenceText, line }))).toEqual([
            { kind: 'in-person', statutory: 480, statutoryText: '1 working day', comparison: 'over', differenceText: '1h', line: 8 },
            { kind: 'online', statutory: 960, statutoryText: '2 working days', comparison: 'under', differenceText: '7h', line: 9 }
        ]);
    });

    test('agrees with the time-over-statutory check', async () => {
        const { document, procedures } = await workspaceWith(edit('TuPhap 4h', 'TuPhap 5h'));
        const summary = procedureTimeSummary(procedures[0] as Procedure);
        const over = (document.diagnostics ?? []).filter(d => d.code === 'time-over-statutory');
        // The check reports once per distinct statutory time, at the first channel that has it.
        const overChannels = summary.channels.filter(c => c.comparison === 'over');
        const firstOfEachTime = overChannels.filter((c, i) => overChannels.findIndex(other => other.statutory === c.statutory) === i);
        expect(over).toHaveLength(firstOfEachTime.length);
        expect(over.map(d => d.range.start.line)).toEqual(firstOfEachTime.map(c => c.line));
        for (const diagnostic of over) {
            expect(diagnostic.message).toContain(`= ${summary.plannedText}, more than`);
            expect(diagnostic.message).toContain('shorten its steps by 1h');
        }
    });

    test('a procedure within a hundredth of a minute of its statutory time is not over', async () => {
        const source = edit('TiepNhan "Tiếp nhận, kiểm tra hồ sơ" reception by TTPVHCCXa.CongChuc 1h', 'TiepNhan "Tiếp nhận, kiểm tra hồ sơ" reception by TTPVHCCXa.CongChuc 0.1wd',
            edit('TuPhap 4h', 'TuPhap 0.2wd', edit('ChuTich 2h', 'ChuTich 0.3wd', edit('return by TTPVHCCXa.CongChuc 1h', 'return by TTPVHCCXa.CongChuc 0.4wd'))));
        const { document, procedures, lenses } = await workspaceWith(source);
        expect(procedureTimeSummary(procedures[0] as Procedure).over).toBe(false);
        expect(lenses.map(lens => lens.command!.title)).toEqual(['planned 1wd of 1 working day']);
        expect((document.diagnostics ?? []).filter(d => String(d.code).startsWith('time-'))).toEqual([]);
    });
});
