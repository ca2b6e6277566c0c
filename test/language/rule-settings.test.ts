// Rule settings (tthc-rules.json beside the catalogue) and `tthc-ignore` suppressions, applied by the document
// validator: the CLI and the language server share it (docs/review.md).
import type { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, edit, workspace, type TestWorkspace } from './check-helper.js';

const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

// An appraisal step nothing leads to: one `unreachable-step` error, on the step's line.
const EXTRA = '  step Extra "Bước thêm" appraisal by VanPhongXa.TuPhap 1h\n';
const UNREACHABLE = edit('  step BoSung', `${EXTRA}  step BoSung`);
const PATH = 'procedures/khai-sinh.tthc';

async function project(files: Record<string, string>): Promise<TestWorkspace> {
    return workspace({ 'catalogue.tthc': CATALOGUE, ...files });
}

function found(ws: TestWorkspace, path = PATH): Array<{ code: string; severity: number | undefined; line: number; message: string }> {
    return (ws.document(path)?.diagnostics ?? []).map((d: Diagnostic) => ({ code: String(d.code), severity: d.severity, line: d.range.start.line + 1, message: messageOf(d) }));
}

function settingsFindings(ws: TestWorkspace): Array<{ code: string; line: number; column: number; message: string }> {
    return ws.services.workspace.RuleSettings.diagnostics().flatMap(({ diagnostics }) =>
        diagnostics.map(d => ({ code: String(d.code), line: d.range.start.line + 1, column: d.range.start.character + 1, message: messageOf(d) })));
}

function suppressed(ws: TestWorkspace, path = PATH) {
    return ws.services.workspace.RuleSettings.suppressedOf(ws.document(path)!).map(s => ({ code: s.diagnostic.code, reason: s.reason, line: s.line }));
}

describe('rule settings (tthc-rules.json)', () => {
    test('set a rule off, or to another severity, for the whole project', async () => {
        expect(found(await project({ [PATH]: UNREACHABLE }))).toMatchObject([{ code: 'unreachable-step', severity: 1 }]);
        expect(found(await project({ [PATH]: UNREACHABLE, 'tthc-rules.json': '{ "rules": { "unreachable-step": "off" } }' }))).toEqual([]);
        expect(found(await project({ [PATH]: UNREACHABLE, 'tthc-rules.json': '{ "rules": { "unreachable-step": "info" } }' }))).toMatchObject([{ code: 'unreachable-step', severity: 3 }]);
    });

    test('overrides apply to the files their patterns match, relative to the project folder; a later one wins', async () => {
        const settings = JSON.stringify({
            rules: { 'unreachable-step': 'warning' },
            overrides: [
                { files: 'procedures/**/*.tthc', rules: { 'unreachable-step': 'info' } },
                { files: ['procedures/khai-*.tthc'], rules: { 'unreachable-step': 'off' } }
            ]
        });
        const ws = await project({ [PATH]: UNREACHABLE, 'procedures/other.tthc': UNREACHABLE.replace('KhaiSinh', 'Other').replace('1.001193', '1.001194'), 'top.tthc': UNREACHABLE.replace('KhaiSinh', 'Top').replace('1.001193', '1.001195'), 'tthc-rules.json': settings });
        expect(found(ws)).toEqual([]);
        expect(found(ws, 'procedures/other.tthc')).toMatchObject([{ code: 'unreachable-step', severity: 3 }]);
        expect(found(ws, 'top.tthc')).toMatchObject([{ code: 'unreachable-step', severity: 2 }]);
        expect(settingsFindings(ws)).toEqual([]);
    });

    test('a file outside any project (no catalogue) has no settings', async () => {
        const ws = await workspace({ 'lone/p.tthc': UNREACHABLE, 'lone/tthc-rules.json': '{ "rules": { "unreachable-step": "off" } }' });
        expect(found(ws, 'lone/p.tthc').map(f => f.code)).toContain('unreachable-step');
    });

    test('a protected rule cannot be lowered (a finding at the value, the setting ignored) but can be raised', async () => {
        const text = '{\n  "rules": {\n    "unknown-reference": "warning",\n    "unused-suppression": "error",\n    "suppression-without-reason": "error"\n  }\n}\n';
        const ws = await project({ [PATH]: edit('by UBNDXa.ChuTich 2h', 'by UBNDXa.ChuTichh 2h', UNREACHABLE), 'tthc-rules.json': text });
        expect(settingsFindings(ws)).toEqual([{ code: 'config-protected-rule', line: 3, column: 26, message: expect.stringContaining("'unknown-reference' cannot be set to 'warning'") }]);
        expect(found(ws).find(f => f.code === 'unknown-reference')?.severity).toBe(1);
    });

    test('malformed JSON: one finding at its line and column, no setting applies, nothing throws', async () => {
        const ws = await project({ [PATH]: UNREACHABLE, 'tthc-rules.json': '{\n  "rules": { "unreachable-step": "off" }\n  "overrides": []\n}' });
        expect(settingsFindings(ws)).toEqual([{ code: 'config-invalid', line: 3, column: 3, message: expect.stringContaining('not valid JSON (CommaExpected)') }]);
        expect(found(ws).map(f => f.code)).toEqual(['unreachable-step']);
    });

    test.each([
        ['{ "rules": {}, }', 'PropertyNameExpected', 1, 16],
        ['{ "rules": { "missing-approval": "off" } // why\n}', 'InvalidCommentToken', 1, 42],
        ['{ "rules": [1, 2 }', 'CommaExpected', 1, 18],
        ['{ "rules": "unterminated }', 'UnexpectedEndOfString', 1, 12],
        ['{ "rules": 01 }', 'CommaExpected', 1, 13],
        ['', 'ValueExpected', 1, 1],
        ['{}\n{}', 'EndOfFileExpected', 2, 1]
    ])('not JSON: %j is %s at %i:%i', async (text, error, line, column) => {
        const ws = await project({ [PATH]: UNREACHABLE, 'tthc-rules.json': text });
        expect(settingsFindings(ws)).toEqual([{ code: 'config-invalid', line, column, message: expect.stringContaining(`not valid JSON (${error})`) }]);
    });

    test('a byte order mark, CRLF line ends and repeated keys are read (the last one wins)', async () => {
        const ws = await project({ [PATH]: UNREACHABLE, 'tthc-rules.json': '\uFEFF{\r\n "rules": { "unreachable-step": "error", "unreachable-step": "off" }\r\n}\r\n' });
        expect(settingsFindings(ws)).toEqual([]);
        expect(found(ws)).toEqual([]);
    });

    test('a wrong entry is reported where it is and left out; the others apply', async () => {
        const text = JSON.stringify({
            rules: { 'unreachable-step': 'off', 'no-such-rule': 'off', 'missing-approval': 'warn' },
            overrides: [{ files: '../elsewhere/*.tthc', rules: {} }, { rules: {} }, 3],
            extends: 'x'
        }, null, 2);
        const ws = await project({ [PATH]: UNREACHABLE, 'tthc-rules.json': text });
        expect(settingsFindings(ws).map(f => `${f.line}:${f.column} ${f.code} ${f.message.split(':')[0]}`)).toEqual([
            "4:5 config-invalid 'no-such-rule' is not a rule code (docs/rules.md lists them)",
            "5:25 config-invalid The level of 'missing-approval' must be 'off', 'info', 'warning' or 'error'",
            "9:16 config-invalid A pattern of 'overrides[0].files' must be a path relative to the project folder, with '/', without '..'",
            "12:5 config-invalid 'overrides[1]' must give 'files', one path pattern or a non-empty list of them",
            "15:5 config-invalid 'overrides[2]' must be an object ({ … })",
            "17:3 config-invalid 'extends' is not a setting (the settings are 'rules' and 'overrides', each override 'files' and 'rules')"
        ]);
        expect(found(ws)).toEqual([]);
    });

    test('changing the settings file revalidates the documents of its project', async () => {
        const ws = await project({ [PATH]: UNREACHABLE });
        expect(found(ws).map(f => f.code)).toEqual(['unreachable-step']);
        await ws.write('tthc-rules.json', '{ "rules": { "unreachable-step": "off" } }');
        expect(found(ws)).toEqual([]);
        await ws.write('tthc-rules.json', '{ "rules": { "unreachable-step": "warning" } }');
        expect(found(ws)).toMatchObject([{ code: 'unreachable-step', severity: 2 }]);
        await ws.remove('tthc-rules.json');
        expect(found(ws)).toMatchObject([{ code: 'unreachable-step', severity: 1 }]);
    });
});

describe('suppressions (// tthc-ignore <code>: <reason>)', () => {
    const above = (comment: string) => edit(EXTRA, `  ${comment}\n${EXTRA}`, UNREACHABLE);

    test('a suppression with a reason silences the finding of the element on the next line and keeps it, with the reason', async () => {
        const ws = await project({ [PATH]: above('// tthc-ignore unreachable-step: Quyết định 123/QĐ-UBND giữ bước này') });
        expect(found(ws)).toEqual([]);
        expect(suppressed(ws)).toEqual([{ code: 'unreachable-step', reason: 'Quyết định 123/QĐ-UBND giữ bước này', line: 18 }]);
    });

    test('it covers the next element only: a comment above another step leaves this one reported, and is unused', async () => {
        const text = edit('  step TuChoi', '  // tthc-ignore unreachable-step: not this one\n  step TuChoi', UNREACHABLE);
        const ws = await project({ [PATH]: text });
        expect(found(ws).map(f => f.code).sort()).toEqual(['unreachable-step', 'unused-suppression']);
    });

    test('after code on a line, it covers the element that starts on that line', async () => {
        const ws = await project({ [PATH]: edit(EXTRA, EXTRA.trimEnd() + ' // tthc-ignore unreachable-step: kept for the archive\n', UNREACHABLE) });
        expect(found(ws)).toEqual([]);
        expect(suppressed(ws)).toHaveLength(1);
    });

    test('a comment above the procedure covers all of it; tthc-ignore-file covers the file', async () => {
        expect(found(await project({ [PATH]: edit('procedure KhaiSinh', '// tthc-ignore unreachable-step: kept\nprocedure KhaiSinh', UNREACHABLE) }))).toEqual([]);
        const ws = await project({ [PATH]: `// tthc-ignore-file unreachable-step, missing-approval: imported as published, corrected in 2026\n${UNREACHABLE}` });
        expect(found(ws).map(f => `${f.code} ${f.line}`)).toEqual(["unused-suppression 1"]);
        expect(found(ws)[0]!.message).toContain("'missing-approval'");
        expect(suppressed(ws)).toEqual([{ code: 'unreachable-step', reason: 'imported as published, corrected in 2026', line: 1 }]);
    });

    test('without a reason, or with the placeholder reason, it is a finding and suppresses nothing', async () => {
        for (const comment of ['// tthc-ignore unreachable-step', '// tthc-ignore unreachable-step:   ', '// tthc-ignore unreachable-step: REASON', '// tthc-ignore unreachable-step: Lý do']) {
            const ws = await project({ [PATH]: above(comment) });
            expect(found(ws).map(f => f.code).sort(), comment).toEqual(['suppression-without-reason', 'unreachable-step']);
            expect(suppressed(ws)).toEqual([]);
        }
        const placeholder = found(await project({ [PATH]: above('// tthc-ignore unreachable-step: REASON') })).find(f => f.code === 'suppression-without-reason');
        expect(placeholder?.message).toContain('still has the placeholder reason');
    });

    test('an unknown code, no code, or a protected code is reported; the protected finding stays', async () => {
        expect(found(await project({ [PATH]: above('// tthc-ignore unreachable-stepp: typo') })).map(f => f.code).sort()).toEqual(['suppression-unknown-code', 'unreachable-step']);
        expect(found(await project({ [PATH]: above('// tthc-ignore : nothing named') })).map(f => f.code).sort()).toEqual(['suppression-unknown-code', 'unreachable-step']);
        const wrongPerformer = edit('by VanPhongXa.TuPhap 1h', 'by VanPhongXa.TuPhapp 1h', above('// tthc-ignore unknown-reference, unreachable-step: draft'));
        const ws = await project({ [PATH]: wrongPerformer });
        expect(found(ws).map(f => f.code).sort()).toEqual(['suppression-not-allowed', 'unknown-reference']);
    });

    test('the settings apply to the suppressions\' own findings: unused-suppression may be turned off', async () => {
        const text = edit('  step TuChoi', '  // tthc-ignore unreachable-step: not this one\n  step TuChoi', UNREACHABLE);
        const ws = await project({ [PATH]: text, 'tthc-rules.json': '{ "rules": { "unused-suppression": "off" } }' });
        expect(found(ws).map(f => f.code)).toEqual(['unreachable-step']);
    });

    test('`//` inside a quoted text is no comment', async () => {
        const ws = await project({ [PATH]: edit('"Bước thêm"', '"Bước // tthc-ignore unreachable-step: x"', UNREACHABLE) });
        expect(found(ws).map(f => f.code)).toEqual(['unreachable-step']);
    });
});
