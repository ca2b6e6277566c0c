import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CstUtils, type LangiumDocument } from 'langium';
import { expectFormatting } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { applyEdits, lspWorkspace, type LspWorkspace } from './lsp-workspace.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');
const OPTIONS: FormattingOptions = { tabSize: 4, insertSpaces: true };

// Every example file by its path under examples/ (`lam-dong/catalogue.tthc`, …): each example folder stays
// its own project, as in the repository.
const exampleFiles: Record<string, string> = Object.fromEntries(
    readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
        .filter(path => path.endsWith('.tthc'))
        .sort()
        .map(path => [relative(EXAMPLES, join(EXAMPLES, path)).replaceAll('\\', '/'), readFileSync(join(EXAMPLES, path), 'utf8')])
);

async function format(ws: LspWorkspace, path: string, options = OPTIONS, range?: Range): Promise<TextEdit[]> {
    const formatter = ws.services.lsp.Formatter!;
    const document = ws.document(path);
    const textDocument = { uri: ws.uri(path) };
    return range ? formatter.formatDocumentRange(document, { textDocument, options, range }) : formatter.formatDocument(document, { textDocument, options });
}

async function formatted(ws: LspWorkspace, path: string, options = OPTIONS): Promise<string> {
    return applyEdits(ws.document(path).textDocument.getText(), await format(ws, path, options));
}

function leaves(document: LangiumDocument): { tokens: string[]; comments: string[] } {
    const all = CstUtils.flattenCst(document.parseResult.value.$cstNode!).toArray();
    return { tokens: all.filter(l => !l.hidden).map(l => l.text), comments: all.filter(l => l.hidden).map(l => l.text) };
}

function findings(document: LangiumDocument): string[] {
    return (document.diagnostics ?? []).map(d => `${d.severity} ${d.code}: ${d.message}`).sort();
}

// A deterministic pseudo-random generator (mulberry32), so that a failure can be reproduced.
function random(seed: number): () => number {
    return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** The file's tokens on one line, one or two spaces apart, without its comments. */
function oneLine(document: LangiumDocument): string {
    return leaves(document).tokens.map((token, i) => (i % 3 === 0 ? '  ' : ' ') + token).join('').trim();
}

/** The file's tokens and comments with random white space between them (a line break after a line comment). */
function scrambled(document: LangiumDocument, seed: number): string {
    const next = random(seed);
    const gaps = [' ', '   ', '\n', '\n\n\n', '\n  ', '\t', ' \n        '];
    let text = '';
    for (const leaf of CstUtils.flattenCst(document.parseResult.value.$cstNode!)) {
        text += leaf.text + (leaf.text.startsWith('//') ? '\n' + ' '.repeat(Math.floor(next() * 9)) : gaps[Math.floor(next() * gaps.length)]);
    }
    return text;
}

/** What the formatter makes of a one-line file: the example without comments and blank lines, each member on one line. */
function membersOnOneLine(example: string): string {
    const indentation = (line: string): number => line.length - line.trimStart().length;
    const result: string[] = [];
    for (const line of example.split('\n').filter(l => l.trim() !== '' && !l.trim().startsWith('//'))) {
        const last = result[result.length - 1];
        // A continuation line is indented deeper than the member it continues (a block's members follow a `{`).
        if (last !== undefined && indentation(line) > indentation(last) && !last.endsWith('{')) {
            result[result.length - 1] += ' ' + line.trim();
        } else {
            result.push(line);
        }
    }
    return result.join('\n') + '\n';
}

describe('formatting the examples', () => {
    let ws: LspWorkspace;
    beforeAll(async () => {
        ws = await lspWorkspace(exampleFiles);
    });

    test('there are examples to format', () => {
        expect(Object.keys(exampleFiles)).toContain('lam-dong/catalogue.tthc');
        expect(Object.keys(exampleFiles)).toContain('legacy/catalogue.tthc');
        expect(Object.keys(exampleFiles).length).toBeGreaterThan(10);
    });

    test.each(Object.keys(exampleFiles))('%s is already formatted: no edits', async path => {
        expect(await format(ws, path)).toEqual([]);
    });

    test.each(Object.keys(exampleFiles))('%s on one line comes back with one member per line, same tokens, same findings', async path => {
        const original = ws.document(path);
        const before = { findings: findings(original), tokens: leaves(original).tokens };
        try {
            await ws.write(path, oneLine(original));
            const result = await formatted(ws, path);
            expect(result).toBe(membersOnOneLine(exampleFiles[path]));
            await ws.write(path, result);
            expect(leaves(ws.document(path)).tokens).toEqual(before.tokens);
            expect(findings(ws.document(path))).toEqual(before.findings);
            expect(await format(ws, path)).toEqual([]);
        } finally {
            await ws.write(path, exampleFiles[path]);
        }
    });

    test.each(Object.keys(exampleFiles))('%s scrambled: same tokens, comments and findings, and formatting is idempotent', async path => {
        const original = ws.document(path);
        const before = { findings: findings(original), ...leaves(original) };
        try {
            await ws.write(path, scrambled(original, path.length));
            const once = await formatted(ws, path);
            await ws.write(path, once);
            expect(leaves(ws.document(path))).toEqual({ tokens: before.tokens, comments: before.comments });
            expect(findings(ws.document(path))).toEqual(before.findings);
            expect(await format(ws, path)).toEqual([]);
            // No trailing white space, indentation in whole levels.
            for (const line of once.split('\n')) {
                expect(line).not.toMatch(/\s$/);
                expect(line.length - line.trimStart().length).toSatisfy((n: number) => n % 4 === 0);
            }
        } finally {
            await ws.write(path, exampleFiles[path]);
        }
    });
});

describe('formatting rules', () => {
    let check: ReturnType<typeof expectFormatting>;
    beforeAll(async () => {
        check = expectFormatting((await lspWorkspace({})).services);
    });

    test('a catalogue written on one line', async () => {
        await check({
            before: 'province P "Tỉnh" code 68 {unit U "UBND" level commune kind people-committee{position ChuTich "Chủ tịch" leader position PhoChuTich "Phó"} unit C "Công an" level central form Mau01 "Mẫu" code "01"}',
            after: [
                'province P "Tỉnh" code 68 {',
                '    unit U "UBND" level commune kind people-committee {',
                '        position ChuTich "Chủ tịch" leader',
                '        position PhoChuTich "Phó"',
                '    }',
                '    unit C "Công an" level central',
                '    form Mau01 "Mẫu" code "01"',
                '}',
                ''
            ].join('\n')
        });
    });

    test('the calendar: a block in the province, its lines and years one per line, the sessions spaced', async () => {
        await check({
            before: 'province P "Tỉnh" code 68 {calendar{works monday to friday 07:30 to 11:30 ,13:30 to 17:00 works saturday 07:30 to 11:30 without national-holidays year 2026{holiday 2026-09-02 "Quốc khánh" make-up 2026-08-22 "Làm bù" works-like monday} year 2027{}} unit C "Công an" level central}',
            after: [
                'province P "Tỉnh" code 68 {',
                '    calendar {',
                '        works monday to friday 07:30 to 11:30, 13:30 to 17:00',
                '        works saturday 07:30 to 11:30',
                '        without national-holidays',
                '        year 2026 {',
                '            holiday 2026-09-02 "Quốc khánh"',
                '            make-up 2026-08-22 "Làm bù" works-like monday',
                '        }',
                '        year 2027 {',
                '        }',
                '    }',
                '    unit C "Công an" level central',
                '}',
                ''
            ].join('\n')
        });
    });

    test('procedure attributes go one per line; a step keeps its lines, continuation lines one level deeper', async () => {
        await check({
            before: [
                'procedure X "x" {  code 1.001193   sector "Hộ tịch" level commune authority U online partial applicants "A" ,"B"',
                '  channel in-person time 3d "ghi chú"',
                '                fee 1_000 VND per page from page 3 max 200_000 VND',
                '  exempt "miễn"',
                'document "Tờ khai" original quantity 1 on form F required  result "Kết quả"',
                '      step A "a" reception   by U . P 1h produces M1 ,M2 -> B on incomplete -> C',
                '  step B "b" approval by U.P 2h',
                '  task "t"',
                '            -> C',
                '  step C "c" return by U 1h handover to V via LGSP within 1d -> D, E }'
            ].join('\n'),
            after: [
                'procedure X "x" {',
                '    code 1.001193',
                '    sector "Hộ tịch"',
                '    level commune',
                '    authority U',
                '    online partial',
                '    applicants "A", "B"',
                '    channel in-person time 3d "ghi chú"',
                '        fee 1_000 VND per page from page 3 max 200_000 VND',
                '        exempt "miễn"',
                '    document "Tờ khai" original quantity 1 on form F required',
                '    result "Kết quả"',
                '    step A "a" reception by U.P 1h produces M1, M2 -> B on incomplete -> C',
                '    step B "b" approval by U.P 2h',
                '        task "t"',
                '        -> C',
                '    step C "c" return by U 1h handover to V via LGSP within 1d -> D, E',
                '}',
                ''
            ].join('\n')
        });
    });

    test('a document\'s channel clauses: spaced, channels after a comma, a line break kept as a continuation', async () => {
        await check({
            before: 'procedure X "x" { document "Tờ khai" original   for in-person ,postal electronic\n for online required }',
            after: ['procedure X "x" {', '    document "Tờ khai" original for in-person, postal electronic', '        for online required', '}', ''].join('\n')
        });
    });

    test('time rules, the total, cases, parts, bodies and members of a group: one per line; a case and a short member on one line', async () => {
        await check({
            before: [
                'procedure X "x" { code 1.001193 days working working-day 8h cut-off 15:00 forward paper within 1wd clock starts after A total 15d cut 3d of 18d "ghi chú"',
                '  case K "Trường hợp" {',
                '     time 30d',
                '  total 27d  start A',
                '}   part P "Tại xã" at commune subtotal 40h body H "Hội đồng" member M "m" { code 1.012345 sector "s" }',
                '  member N "n" { code 1.012346 legal "118/2025/NĐ-CP" channel in-person time 3d fee 0 VND }',
                '  step A "a" reception by U.P or V with H, W 1h in P not-counted "lý do" digitises -> B when K -> C }'
            ].join('\n'),
            after: [
                'procedure X "x" {',
                '    code 1.001193',
                '    days working',
                '    working-day 8h',
                '    cut-off 15:00',
                '    forward paper within 1wd',
                '    clock starts after A',
                '    total 15d cut 3d of 18d "ghi chú"',
                '    case K "Trường hợp" { time 30d total 27d start A }',
                '    part P "Tại xã" at commune subtotal 40h',
                '    body H "Hội đồng"',
                '    member M "m" { code 1.012345 sector "s" }',
                '    member N "n" {',
                '        code 1.012346',
                '        legal "118/2025/NĐ-CP"',
                '        channel in-person time 3d fee 0 VND',
                '    }',
                '    step A "a" reception by U.P or V with H, W 1h in P not-counted "lý do" digitises -> B when K -> C',
                '}',
                ''
            ].join('\n')
        });
    });

    test('comments stay: trailing ones on their line, the others indented like what follows', async () => {
        await check({
            before: [
                '// The file.',
                'procedure X "x" { // why',
                '// attributes',
                'code 1.001193   // the national code',
                '',
                '',
                '',
                '      /* a block',
                '         on two lines */',
                '  step A "a" reception by U.P 1h',
                '  // the normal path',
                '         -> B',
                '  step B "b" return by U.P 1h /* inline */ task "t"',
                '  // last',
                '}',
                '// after'
            ].join('\n'),
            after: [
                '// The file.',
                'procedure X "x" { // why',
                '    // attributes',
                '    code 1.001193 // the national code',
                '',
                '    /* a block',
                '       on two lines */',
                '    step A "a" reception by U.P 1h',
                '        // the normal path',
                '        -> B',
                '    step B "b" return by U.P 1h /* inline */ task "t"',
                '    // last',
                '}',
                '// after',
                ''
            ].join('\n')
        });
    });

    test('braces: `{` ends the header line, `}` stands alone, even when empty', async () => {
        await check({
            before: 'province P "p"\n{\n  unit U "u" level commune {}\n  unit V "v" level commune\n  {\n  position A "a" }\n}',
            after: 'province P "p" {\n    unit U "u" level commune {\n    }\n    unit V "v" level commune {\n        position A "a"\n    }\n}\n'
        });
    });

    test('a line comment before `{` keeps its line', async () => {
        await check({
            before: 'province P "p" // note\n{\n}\n',
            after: 'province P "p" // note\n{\n}\n'
        });
    });

    test('top-level declarations are one blank line apart; blank lines between members shrink to one', async () => {
        await check({
            before: 'procedure A "a" { code 1.001193 } procedure B "b" {\n\n\n\n    code 1.001194\n\n\n    sector "s"\n\n}\n\n\n',
            after: 'procedure A "a" {\n    code 1.001193\n}\n\nprocedure B "b" {\n\n    code 1.001194\n\n    sector "s"\n}\n'
        });
    });

    test('tabs when the editor indents with tabs', async () => {
        await check({
            before: 'procedure X "x" { step A "a" return by U.P 1h\n -> A }',
            after: 'procedure X "x" {\n\tstep A "a" return by U.P 1h\n\t\t-> A\n}\n',
            options: { tabSize: 4, insertSpaces: false }
        });
    });

    test('a range formats only the lines it covers', async () => {
        await check({
            before: 'procedure X "x" {\ncode   1.001193\nsector   "s"\nlevel   commune\n}\n',
            after: 'procedure X "x" {\ncode   1.001193\n    sector "s"\nlevel   commune\n}\n',
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 12 } }
        });
    });
});

describe('what the formatter leaves alone', () => {
    test('a file with a syntax error', async () => {
        const ws = await lspWorkspace({ 'broken.tthc': 'procedure X "x" {   code 1.001193  step A "a" -> }' });
        expect(ws.document('broken.tthc').parseResult.parserErrors.length).toBeGreaterThan(0);
        expect(await format(ws, 'broken.tthc')).toEqual([]);
    });

    test('line endings: a CRLF file stays CRLF', async () => {
        const ws = await lspWorkspace({ 'x.tthc': 'procedure X "x" {\r\n  code 1.001193   sector "s"\r\n}\r\n' });
        const result = await formatted(ws, 'x.tthc');
        expect(result).toBe('procedure X "x" {\r\n    code 1.001193\r\n    sector "s"\r\n}\r\n');
        await ws.write('x.tthc', result);
        expect(await format(ws, 'x.tthc')).toEqual([]);
    });

    // langium/test's expectFormatting compares with line ends normalised: the CRLF test above asks the formatter itself.
    test('a byte-order mark', async () => {
        await expectFormatting((await lspWorkspace({})).services)({
            before: '\uFEFF  procedure X "x" { code 1.001193 }',
            after: '\uFEFFprocedure X "x" {\n    code 1.001193\n}\n'
        });
    });

    test('texts that span lines are not touched', async () => {
        await expectFormatting((await lspWorkspace({})).services)({
            before: 'procedure X "x" {\n      requirement "một\n   hai"\n}\n',
            after: 'procedure X "x" {\n    requirement "một\n   hai"\n}\n'
        });
    });
});
