import { Ajv2020 } from 'ajv/dist/2020.js';
import { applyPatch } from 'diff';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, PROCEDURE } from '../language/check-helper.js';
import { ROOT, tempWorkspace, tthc } from './run-cli.js';

/** A fresh copy of an example workspace. */
function copyOf(example: string): string {
    const dir = join(mkdtempSync(join(tmpdir(), 'tthc-fix-')), example);
    cpSync(join(ROOT, 'examples', example), dir, { recursive: true });
    return dir;
}

/** Every file of a folder, by path relative to it, with its bytes as text. */
function snapshot(dir: string): Map<string, string> {
    const files = new Map<string, string>();
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) {
            const path = join(entry.parentPath, entry.name);
            files.set(relative(dir, path), readFileSync(path, 'latin1'));
        }
    }
    return files;
}

/** The unified diffs of a dry run's output, by file. */
function diffsOf(stdout: string): Map<string, string> {
    const diffs = new Map<string, string>();
    for (const block of stdout.split('\n\n')) {
        const start = block.indexOf('--- a/');
        if (start < 0) continue;
        const patch = block.slice(start) + '\n';
        diffs.set(/^--- a\/(.*)$/m.exec(patch)![1], patch);
    }
    return diffs;
}

const FEE = 'channel online time same-day fee 0 VND';
const withFee = (text: string) => text.replace(FEE, 'channel online time same-day fee 2.000 VND');

describe('tthc fix', () => {
    test('--dry-run on the legacy example writes nothing and prints each fix and a diff per file, then the findings left', () => {
        const dir = copyOf('legacy');
        const before = snapshot(dir);
        const run = tthc(['fix', '--dry-run', '.'], dir);
        expect(snapshot(dir)).toEqual(before);
        expect(run.status).toBe(1);
        expect(run.stderr).toBe('');
        expect(run.stdout).toContain("catalogue.tthc:31:25 merged-department Retitle as 'Sở Tài chính tỉnh Đắk Nông'\n");
        expect(run.stdout).toContain('procedures/chung-thuc-ban-sao-tu-ban-chinh.tthc:14:11 superseded-legal-basis Cite 118/2025/NĐ-CP instead of 61/2018/NĐ-CP\n');
        expect(run.stdout).toMatch(/\nWould apply \d+ fixes in 5 files \(--dry-run: nothing written\)\.\n/);
        expect([...diffsOf(run.stdout).keys()].sort()).toEqual([
            'catalogue.tthc',
            'procedures/cap-giay-phep-xay-dung-nha-o-rieng-le.tthc',
            'procedures/chung-thuc-ban-sao-tu-ban-chinh.tthc',
            'procedures/dang-ky-ho-kinh-doanh-cap-huyen.tthc',
            'procedures/dang-ky-ket-hon-co-yeu-to-nuoc-ngoai.tthc'
        ]);
        // What is left is reported as tthc check would report the fixed files.
        // (The catalogue declares the district units' successors: the steps they performed are fixed too.)
        expect(run.stdout).toMatch(/\n\d+ errors, \d+ warnings, 0 infos in \d of 6 files\.\n$/);
        expect(run.stdout).not.toContain('merged-department Unit');
    });

    test('a real run changes exactly what the dry run\'s diff said; a second run changes nothing', () => {
        const dir = copyOf('legacy');
        const before = snapshot(dir);
        const diffs = diffsOf(tthc(['fix', '--dry-run'], dir).stdout);
        const run = tthc(['fix'], dir);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/\nApplied \d+ fixes in 5 files\.\n/);
        const after = snapshot(dir);
        for (const [path, text] of before) {
            const diff = diffs.get(path);
            const expected = diff ? applyPatch(Buffer.from(text, 'latin1').toString('utf8'), diff) : text;
            expect(expected, `the diff of ${path} applies`).not.toBe(false);
            const actual = after.get(path)!;
            expect(diff ? Buffer.from(actual, 'latin1').toString('utf8') : actual, path).toBe(expected);
        }
        expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
        const check = tthc(['check'], dir);

        const again = tthc(['fix'], dir);
        expect(snapshot(dir)).toEqual(after);
        expect(again.stdout).toBe(`No safe fix to apply.\n\n${check.stdout}`);
        expect(again.status).toBe(check.status);
    });

    test('the lam-dong example is clean: nothing changes, exit 0', () => {
        const dir = copyOf('lam-dong');
        const before = snapshot(dir);
        const run = tthc(['fix'], dir);
        expect(snapshot(dir)).toEqual(before);
        expect(run.stdout).toMatch(/^No safe fix to apply\.\n\nNo problems in \d+ files\.\n$/);
        expect(run.status).toBe(0);
    });

    test('exit codes as tthc check: 0 once the errors are fixed, 2 for a path that does not exist', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': withFee(PROCEDURE) });
        expect(tthc(['check'], dir).status).toBe(1);
        const run = tthc(['fix'], dir);
        expect(run.stdout).toBe("procedure.tthc:10:36 fee-invalid Write 2_000 (2.000 reads as a decimal)\n\nApplied 1 fix in 1 file.\n\nNo problems in 2 files.\n");
        expect(run.status).toBe(0);
        expect(readFileSync(join(dir, 'procedure.tthc'), 'utf8')).toBe(PROCEDURE.replace(FEE, 'channel online time same-day fee 2_000 VND'));
        const missing = tthc(['fix', 'nowhere'], dir);
        expect(missing.status).toBe(2);
        expect(missing.stderr.trim().split('\n')).toHaveLength(1);
        const nothing = tthc(['fix'], tempWorkspace({ 'notes.tthc': '// nothing yet\n' }));
        expect(nothing.status).toBe(2);
        expect(nothing.stderr).toBe("tthc: nothing to fix in the current folder: no province catalogue and no procedure found; name the folder of a province.\n");
    });

    test('in Vietnamese with --lang vi', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': withFee(PROCEDURE) });
        const run = tthc(['fix', '--dry-run', '--lang', 'vi'], dir);
        expect(run.stdout).toContain('procedure.tthc:10:36 fee-invalid ');
        expect(run.stdout).not.toContain('Write 2_000');
        expect(run.stdout).toContain('Sẽ áp dụng 1 sửa đổi trong 1 tệp (--dry-run: không ghi gì).');
        expect(run.stdout).toContain('-  channel online time same-day fee 2.000 VND\n+  channel online time same-day fee 2_000 VND\n');
    });

    test('a read-only file: one line saying so, exit 2, and nothing written', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'a.tthc': withFee(PROCEDURE), 'b.tthc': withFee(PROCEDURE.replace('procedure KhaiSinh', 'procedure KhaiTu').replace('code 1.001193', 'code 1.000656')) });
        chmodSync(join(dir, 'b.tthc'), 0o444);
        const before = snapshot(dir);
        const run = tthc(['fix'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe("tthc: cannot write 'b.tthc': the file is read-only; make it writable (chmod u+w) or leave it out, and run tthc fix again. Nothing was written.\n");
        expect(snapshot(dir)).toEqual(before);
        expect(readdirSync(dir).sort()).toEqual(['a.tthc', 'b.tthc', 'catalogue.tthc']);
        const vi = tthc(['fix', '--lang', 'vi'], dir);
        expect(vi.status).toBe(2);
        expect(vi.stderr).toBe("tthc: không ghi được 'b.tthc': tệp ở chế độ chỉ đọc; hãy cho phép ghi (chmod u+w) hoặc không chỉ định tệp đó, rồi chạy lại tthc fix. Chưa tệp nào được ghi.\n");
        expect(snapshot(dir)).toEqual(before);
    });

    test('a file keeps its byte-order mark and CRLF line breaks', () => {
        const crlf = '\uFEFF' + withFee(PROCEDURE).replace(/\n/g, '\r\n');
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedure.tthc': Buffer.from(crlf, 'utf8') });
        expect(tthc(['fix'], dir).status).toBe(0);
        expect(readFileSync(join(dir, 'procedure.tthc'), 'utf8')).toBe(crlf.replace('fee 2.000 VND', 'fee 2_000 VND'));
    });

    test('a file with syntax errors is left alone and named; the others are fixed', () => {
        const broken = withFee(PROCEDURE).replace('result "Giấy khai sinh"', 'result "Giấy khai sinh" step {');
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'broken.tthc': broken, 'procedure.tthc': withFee(PROCEDURE.replace('procedure KhaiSinh', 'procedure KhaiTu').replace('code 1.001193', 'code 1.000656')) });
        const run = tthc(['fix'], dir);
        expect(run.stderr).toBe("tthc: left 'broken.tthc' alone: it has syntax errors (listed below); correct them and run tthc fix again.\n");
        expect(readFileSync(join(dir, 'broken.tthc'), 'utf8')).toBe(broken);
        expect(readFileSync(join(dir, 'procedure.tthc'), 'utf8')).toContain('fee 2_000 VND');
        expect(run.stdout).toContain('broken.tthc:');
        expect(run.status).toBe(1);
    });

    test('--format json: one document that matches its published schema, the check report of the fixed files inside', () => {
        const dir = copyOf('legacy');
        const before = snapshot(dir);
        const run = tthc(['fix', '--dry-run', '--format', 'json'], dir);
        expect(snapshot(dir)).toEqual(before);
        const report = JSON.parse(run.stdout);
        const ajv = new Ajv2020({ allErrors: true, strict: true });
        ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schemas/check-report.schema.json'), 'utf8')));
        const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/fix-report.schema.json'), 'utf8')));
        expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
        expect(report.dryRun).toBe(true);
        expect(report.files.map((f: { path: string }) => f.path)).toEqual([...diffsOf(tthc(['fix', '--dry-run'], dir).stdout).keys()]);
        expect(report.files[0].fixes[0]).toEqual({ line: 31, column: 25, code: 'merged-department', title: "Retitle as 'Sở Tài chính tỉnh Đắk Nông'" });
        expect(report.files[0].diff).toMatch(/^--- a\/catalogue\.tthc\n\+\+\+ b\/catalogue\.tthc\n@@ /);
        // A real run's check report is what tthc check then reports.
        const written = JSON.parse(tthc(['fix', '--format', 'json'], dir).stdout);
        expect(written.dryRun).toBe(false);
        expect(written.files.every((f: { diff?: string }) => f.diff === undefined)).toBe(true);
        expect(written.check).toEqual(JSON.parse(tthc(['check', '--format', 'json'], dir).stdout));
        expect(written.check).toEqual(report.check);
        expect(run.status).toBe(1);
    });
});
