import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, PROCEDURE } from '../language/check-helper.js';
import { tempWorkspace, tthc, type CliRun } from './run-cli.js';

// What a `file:line:col severity code message` line looks like; the summary and blank lines aside.
const findingLine = /^[^:\s]+:\d+:\d+ (error|warning|info) [a-z-]+ /;

function findingLines(run: CliRun): string[] {
    return run.stdout.split('\n').filter(line => line !== '' && !/^(\d+ errors?,|No problems)/.test(line));
}

function expectNoEscape(run: CliRun): void {
    expect(run.stdout.includes('\u001b'), run.stdout).toBe(false);
    expect(run.stderr.includes('\u001b'), run.stderr).toBe(false);
}

describe('source text echoed in output is bounded and visible', () => {
    test('an 8 MB name: every message stays short, and says how much was cut', () => {
        const name = 'B'.repeat(8_000_000);
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': PROCEDURE.replace('by UBNDXa.ChuTich', `by ${name}`) });
        const text = tthc(['check'], dir);
        expect(text.status).toBe(1);
        expect(text.stdout.length).toBeLessThan(2_000);
        expect(text.stdout).toContain(`There is no unit or position named '${'B'.repeat(80)}…' (7999920 more characters): declare it, or correct the name.`);
        const json = JSON.parse(tthc(['check', '--format', 'json'], dir).stdout);
        for (const diagnostic of json.files[1].diagnostics) {
            expect(diagnostic.message.length).toBeLessThan(400);
        }
    }, 60_000);

    test('a token with a line break in a syntax error: one line per finding, no raw line break in JSON', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': PROCEDURE.replace('code 1.001193', 'code "1.001193\nxyz"') });
        const text = tthc(['check'], dir);
        expect(text.status).toBe(1);
        const lines = findingLines(text);
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) {
            expect(line).toMatch(findingLine);
        }
        expect(text.stdout).toContain("p.tthc:3:8 error syntax-error Found '\"1.001193\\nxyz\"' where a code such as 1.001193");
        const json = JSON.parse(tthc(['check', '--format', 'json'], dir).stdout);
        const syntax = json.files[1].diagnostics.find((d: { code: string }) => d.code === 'syntax-error');
        expect(syntax.message).not.toContain('\n');
        expect(syntax.message).toContain('"1.001193\\nxyz"');
    });

    // A title that would set the terminal's window title and turn its text red, were it printed raw.
    const hostile = 'Ủy ban nhân dân huyện \u001b]0;pwned\u0007\u001b[31m';

    test('terminal escape sequences in titles never reach the terminal from tthc check', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE.replace('"Ủy ban nhân dân tỉnh"', `"${hostile}"`), 'p.tthc': PROCEDURE });
        const json = tthc(['check', '--format', 'json'], dir);
        expectNoEscape(json);
        // JSON would escape a raw ESC itself; the message must not hold one either (the editor shows it).
        expect(JSON.parse(json.stdout).files[0].diagnostics[0].message).toContain("'Ủy ban nhân dân huyện \\u001b]0;pwned\\u0007\\u001b[31m'");
        const text = tthc(['check'], dir);
        expectNoEscape(text);
        expect(text.stdout).toContain("catalogue.tthc:6:17 warning district-unit-title Unit 'UBNDTinh' is titled 'Ủy ban nhân dân huyện \\u001b]0;pwned\\u0007\\u001b[31m', which names");
    });

    test('terminal escape sequences in the province title never reach the terminal from tthc build', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE.replace('"Tỉnh Thử"', '"Tỉnh \u001b]0;pwned\u0007\u001b[31mThử"'), 'p.tthc': PROCEDURE });
        const run = tthc(['build', '.', '--out', join(dir, 'out'), '--target', 'json'], dir);
        expect(run.status).toBe(0);
        expectNoEscape(run);
        expect(run.stdout).toMatch(/^Built 1 procedures of 'Tỉnh \\u001b\]0;pwned\\u0007\\u001b\[31mThử' for json: /);
    });

    test('a path named on the command line is shown without its control characters in a usage error', () => {
        const run = tthc(['check', 'gone\u001b[31m\n.tthc'], tempWorkspace({}));
        expect(run.status).toBe(2);
        expect(run.stderr).toBe("tthc: cannot read 'gone\\u001b[31m\\n.tthc': no such file or folder; check the path.\n");
    });

    test('a file name with a line break stays on its finding\'s line', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'a\nb.tthc': PROCEDURE.replace('level commune', 'level district') });
        const run = tthc(['check'], dir);
        expect(run.status).toBe(1);
        expect(findingLines(run)).toEqual([expect.stringMatching(/^a\\nb\.tthc:5:9 error district-level /)]);
    });
});
