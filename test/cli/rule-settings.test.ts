// `tthc check` with a project's rule settings (tthc-rules.json) and `tthc-ignore` suppressions (docs/review.md).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, PROCEDURE } from '../language/check-helper.js';
import { ROOT, tempWorkspace, tthc } from './run-cli.js';

const EXTRA = '  step Extra "Bước thêm" appraisal by VanPhongXa.TuPhap 1h\n';
const UNREACHABLE = PROCEDURE.replace('  step BoSung', `${EXTRA}  step BoSung`);
const SUPPRESSED = UNREACHABLE.replace(EXTRA, `  // tthc-ignore unreachable-step: Quyết định 123/QĐ-UBND giữ bước này\n${EXTRA}`);
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/check-report.schema.json'), 'utf8')) as object);

describe('tthc diff with suppressions', () => {
    test('compares versions whose only error is suppressed with its reason, as tthc build builds them', () => {
        const dir = tempWorkspace({
            'old/catalogue.tthc': CATALOGUE, 'old/p.tthc': SUPPRESSED,
            'new/catalogue.tthc': CATALOGUE, 'new/p.tthc': SUPPRESSED.replace('appraisal by VanPhongXa.TuPhap 1h', 'appraisal by VanPhongXa.TuPhap 2h')
        });
        const run = tthc(['diff', 'old', 'new', '--exit-code'], dir);
        expect(run.stderr).toBe('');
        expect(run.stdout).toContain('Extra');
        expect(run.status).toBe(1);
    });
});

describe('tthc check with rule settings and suppressions', () => {
    test('a suppressed finding is not printed nor counted; the summary says how many were suppressed; exit 0', () => {
        const run = tthc(['check'], tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': SUPPRESSED }));
        expect(run.stdout).toBe('No problems in 2 files (1 suppressed).\n');
        expect(run.status).toBe(0);
    });

    test('--format json lists it with its suppression (reason, line of the comment), counted apart, valid against the schema', () => {
        const run = tthc(['check', '--format', 'json'], tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': SUPPRESSED }));
        const report = JSON.parse(run.stdout) as { files: Array<{ path: string; diagnostics: Array<Record<string, unknown>> }>; summary: Record<string, number> };
        expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
        expect(report.files.find(f => f.path === 'p.tthc')!.diagnostics).toEqual([expect.objectContaining({
            line: 19, severity: 'error', code: 'unreachable-step', suppression: { reason: 'Quyết định 123/QĐ-UBND giữ bước này', line: 18 }
        })]);
        expect(report.summary).toEqual({ files: 2, errors: 0, warnings: 0, infos: 0, suppressed: 1 });
        expect(run.status).toBe(0);
    });

    test('a suppression without a reason is a finding and the error stays: exit 1', () => {
        const run = tthc(['check'], tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': SUPPRESSED.replace(': Quyết định 123/QĐ-UBND giữ bước này', '') }));
        expect(run.stdout).toContain("p.tthc:18:3 warning suppression-without-reason This suppression of 'unreachable-step' gives no reason");
        expect(run.stdout).toContain('p.tthc:19:8 error unreachable-step');
        expect(run.status).toBe(1);
    });

    test('the settings change severities; a malformed settings file is one finding at its file:line:col, exit 1', () => {
        const lowered = tthc(['check'], tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': UNREACHABLE, 'tthc-rules.json': '{ "rules": { "unreachable-step": "warning" } }\n' }));
        expect(lowered.stdout).toContain('p.tthc:18:8 warning unreachable-step');
        expect(lowered.stdout).toContain('0 errors, 1 warning, 0 infos in 1 of 3 files.');
        expect(lowered.status).toBe(0);
        const broken = tthc(['check'], tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': UNREACHABLE, 'tthc-rules.json': '{\n  "rules": { "unreachable-step": "off" }\n  "overrides": []\n}\n' }));
        expect(broken.stdout).toContain('tthc-rules.json:3:3 error config-invalid The rule settings file is not valid JSON (CommaExpected): no setting of the file applies until it is corrected');
        expect(broken.stdout).toContain('p.tthc:18:8 error unreachable-step');
        expect(broken.stderr).toBe('');
        expect(broken.status).toBe(1);
    });

    test('in Vietnamese, the summary and the settings\' findings', () => {
        const vi = { LANG: 'vi_VN.UTF-8' };
        const run = tthc(['check'], tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': SUPPRESSED, 'tthc-rules.json': '{ "rules": { "syntax-error": "off" } }' }), undefined, vi);
        expect(run.stdout).toContain("tthc-rules.json:1:30 error config-protected-rule Không được đặt 'syntax-error' ở mức 'off' (tắt)");
        expect(run.stdout).toContain('(1 phát hiện được bỏ qua có lý do).');
    });
});

describe('the findings of files tthc check cannot read follow the settings too', () => {
    test('an empty file read before the catalogue: its level from the settings, and the project still links', () => {
        const dir = tempWorkspace({ 'a-empty.tthc': '', 'catalogue.tthc': CATALOGUE, 'p.tthc': PROCEDURE, 'tthc-rules.json': '{ "overrides": [{ "files": "a-*.tthc", "rules": { "file-empty": "error" } }] }' });
        const run = tthc(['check'], dir);
        expect(run.stdout).toBe('a-empty.tthc:1:1 error file-empty ' + run.stdout.split('file-empty ')[1]);
        expect(run.stdout).toContain('1 error, 0 warnings, 0 infos in 1 of 4 files.');
        expect(tthc(['check'], tempWorkspace({ 'a-empty.tthc': '', 'catalogue.tthc': CATALOGUE, 'p.tthc': PROCEDURE, 'tthc-rules.json': '{ "rules": { "file-empty": "off" } }' })).stdout)
            .toBe('No problems in 4 files.\n');
    });
});
