import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createTthcLspServices } from '@tthc/language/lsp';
import { describe, expect, test } from 'vitest';
import { expectGolden } from '../golden-helper.js';
import { ROOT, tempWorkspace, tthc } from './run-cli.js';

const LEGACY = join(ROOT, 'examples/legacy');

function legacyCopy(): string {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-migrate-'));
    cpSync(LEGACY, dir, { recursive: true });
    return dir;
}

// Every file of a folder, by relative path, with its bytes as text.
function snapshot(dir: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const path = join(entry.parentPath, entry.name);
        files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
    return files;
}

interface JsonFinding { readonly line: number; readonly column: number; readonly code: string }
function findingsOf(dir: string): string[] {
    const run = tthc(['check', '--format', 'json', '.'], dir);
    const report = JSON.parse(run.stdout) as { files: Array<{ path: string; diagnostics: JsonFinding[] }> };
    return report.files.flatMap(file => file.diagnostics.map(f => `${file.path.replace(/\\/g, '/')}:${f.line}:${f.column} ${f.code}`)).sort();
}

// The findings the report lists as needing a human decision: "- `path:line:col` severity `code`: …".
function reportedFindings(markdown: string): string[] {
    return [...markdown.matchAll(/^- `([^`]+:\d+:\d+)` \S+ `([^`]+)`:/gm)].map(m => `${m[1]} ${m[2]}`).sort();
}

describe('tthc migrate on a copy of examples/legacy', () => {
    test('leaves no district-level finding; every remaining finding is in the report as a human decision; golden report', () => {
        const dir = legacyCopy();
        expect(findingsOf(dir).some(f => f.endsWith(' district-level'))).toBe(true);
        const run = tthc(['migrate', '.', '--report', 'migration-report.md'], dir);
        expect(run.stderr).toBe("tthc: migrated 5 files.\ntthc: report written to 'migration-report.md'.\n");
        // Errors remain (the calendar days and the table whose steps do not add up): exit 1, as tthc check.
        expect(run.status).toBe(1);
        const markdown = readFileSync(join(dir, 'migration-report.md'), 'utf8');
        expect(run.stdout).toBe(markdown);
        expectGolden('migrate/legacy/migration-report.md', markdown);
        const remaining = findingsOf(dir);
        expect(remaining.filter(f => f.endsWith(' district-level'))).toEqual([]);
        expect(remaining.length).toBeGreaterThan(0);
        expect(reportedFindings(markdown)).toEqual(remaining);
    });

    test('in Vietnamese', () => {
        const dir = legacyCopy();
        const run = tthc(['migrate', '--lang', 'vi', '.'], dir);
        expect(run.status).toBe(1);
        expect(run.stderr).toBe('tthc: đã chuyển đổi 5 tệp.\n');
        expectGolden('migrate/legacy/migration-report.vi.md', run.stdout);
    });

    test('a second run changes nothing, and formatting the migrated files changes nothing', async () => {
        const dir = legacyCopy();
        tthc(['migrate', '.'], dir);
        const once = snapshot(dir);
        const again = tthc(['migrate', '.'], dir);
        expect(again.stderr).toBe('tthc: nothing to migrate: the workspace has no district-level reference the catalogue can resolve.\n');
        expect(snapshot(dir)).toEqual(once);
        const { shared, Tthc } = createTthcLspServices(NodeFileSystem);
        for (const [path, text] of Object.entries(once).filter(([path]) => path.endsWith('.tthc'))) {
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(join(dir, path)));
            const edits = await Tthc.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
            expect(edits, path).toEqual([]);
        }
    });

    test('--dry-run writes nothing and prints a unified diff per file, then the report', () => {
        const dir = legacyCopy();
        const before = snapshot(dir);
        const run = tthc(['migrate', '--dry-run', '.', '--report', 'r.md'], dir);
        expect(snapshot(dir)).toEqual(before);
        expect(existsSync(join(dir, 'r.md'))).toBe(false);
        expect(run.stdout).toContain('--- a/procedures/dang-ky-ho-kinh-doanh-cap-huyen.tthc\n+++ b/procedures/dang-ky-ho-kinh-doanh-cap-huyen.tthc\n@@ ');
        expect(run.stdout).toContain('\n-    level district\n-    authority PhongTCKHHuyenDakMil\n+    level commune\n+    authority PhongKinhTeXaDakMil\n');
        expect(run.stdout).toContain('Dry run: nothing was written.');
        expect(run.stderr).toBe('');
    });
});

const CATALOGUE = `province Thu "Tỉnh Thử" code 68 {
    unit UBNDXa "Ủy ban nhân dân xã" level commune kind people-committee {
        position ChuTich "Chủ tịch Ủy ban nhân dân xã" leader
    }
    unit MotCuaXa "Trung tâm Phục vụ hành chính công xã" level commune kind one-stop {
        position CongChuc "Công chức tiếp nhận và trả kết quả"
    }
    unit UBNDHuyen "Ủy ban nhân dân huyện" level district kind people-committee succeeded-by UBNDXa {
        position ChuTich "Chủ tịch Ủy ban nhân dân huyện" leader
        position PhoChuTich "Phó Chủ tịch Ủy ban nhân dân huyện" leader
    }
    unit MotCuaHuyen "Bộ phận Một cửa huyện" level district kind one-stop {
        position CongChuc "Công chức tiếp nhận và trả kết quả"
    }
    unit PhongTuPhapHuyen "Phòng Tư pháp huyện" level district kind division succeeded-by UBNDXa for sector "Hộ tịch"
    unit PhongKTHuyen "Phòng Kinh tế huyện" level district kind division {
        position ChuyenVien "Chuyên viên"
    }
}
`;

const PROCEDURE = `procedure P "Thủ tục thử" {
    code 1.000001
    sector "Đất đai"
    level district
    authority UBNDHuyen
    step TiepNhan "Tiếp nhận" reception by MotCuaHuyen.CongChuc 1h -> ThamDinh
    step ThamDinh "Thẩm định" appraisal by leaders of PhongTuPhapHuyen 1h -> XemXet
    step XemXet "Xem xét" review by PhongKTHuyen.ChuyenVien 1h -> Ky
    step Ky "Ký" approval by UBNDHuyen.PhoChuTich or UBNDHuyen.ChuTich 1h -> TraKetQua
    step TraKetQua "Trả kết quả" return by MotCuaXa.CongChuc 1h
}
`;

describe('what migrate leaves to a human', () => {
    test('a unit without successor, a sector not covered, a position without counterpart: named in the report, kept in the catalogue', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedures/p.tthc': PROCEDURE });
        const run = tthc(['migrate', '.'], dir);
        expect(run.status).toBe(1);
        const procedure = readFileSync(join(dir, 'procedures/p.tthc'), 'utf8');
        // Rewritten: the authority, the level from it, the chairman (same name in the successor).
        expect(procedure).toContain('    level commune\n    authority UBNDXa\n');
        expect(procedure).toContain('by UBNDHuyen.PhoChuTich or UBNDXa.ChuTich 1h');
        // The district one-stop has no successor, but the reception goes to the commune's one one-stop unit: the
        // safe fix of first-step-reception, applied after the migration as tthc fix does.
        expect(procedure).toContain('reception by MotCuaXa.CongChuc 1h');
        expect(run.stdout).toContain("### Safe fixes applied (as tthc fix does)\n\n- Assign to MotCuaXa.CongChuc (");
        // Left: the economic division has no successor; the justice division has none for "Đất đai"; the
        // commune committee has no vice-chairman.
        expect(procedure).toContain('by PhongKTHuyen.ChuyenVien 1h');
        expect(procedure).toContain('by leaders of PhongTuPhapHuyen 1h');
        expect(run.stdout).toContain("- step `XemXet`: `PhongKTHuyen.ChuyenVien` has no declared successor: declare `succeeded-by` on its unit in the catalogue, or assign the work by hand.");
        expect(run.stdout).toContain("- step `ThamDinh`: the successors of `PhongTuPhapHuyen` do not cover the sector 'Đất đai': add a successor for it (or one without `for`), or assign the work by hand.");
        expect(run.stdout).toContain("- step `Ky`: `UBNDHuyen.PhoChuTich` has no counterpart in `UBNDXa` (no `succeeded-by`, no position of the same name or title): declare the position's successor, or assign the work by hand.");
        expect(run.stdout).toContain('District units kept, still referred to (see the decisions above): `UBNDHuyen`, `PhongTuPhapHuyen`, `PhongKTHuyen`.');
        expect(reportedFindings(run.stdout)).toEqual(findingsOf(dir));
    });

    test('a group\'s members, alternatives and partners of a step are migrated too', () => {
        const group = `procedure G "Nhóm thủ tục" {
    sector "Hộ tịch"
    level district
    authority UBNDHuyen
    member M1 "Thủ tục một" { code 1.000002 level district authority PhongTuPhapHuyen }
    step TiepNhan "Tiếp nhận" reception by MotCuaXa.CongChuc 1h -> Ky
    step Ky "Ký" approval by UBNDHuyen.ChuTich or UBNDXa.ChuTich with PhongTuPhapHuyen 1h -> TraKetQua
    step TraKetQua "Trả kết quả" return by MotCuaXa.CongChuc 1h
}
`;
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedures/g.tthc': group });
        const run = tthc(['migrate', '.'], dir);
        const text = readFileSync(join(dir, 'procedures/g.tthc'), 'utf8');
        expect(text).toContain('    level commune\n    authority UBNDXa\n');
        expect(text).toContain('member M1 "Thủ tục một" { code 1.000002 level commune authority UBNDXa }');
        expect(text).toContain('approval by UBNDXa.ChuTich or UBNDXa.ChuTich with UBNDXa 1h');
        expect(run.stdout).toContain('- member `M1`: authority `PhongTuPhapHuyen` → `UBNDXa`');
        expect(run.stdout).toContain('- member `M1`: level `district` → `commune`');
        expect(run.stdout).toContain('- step `Ky`: performed by `UBNDXa` instead of `PhongTuPhapHuyen`');
        expect(reportedFindings(run.stdout)).toEqual(findingsOf(dir));
    });

    test('a title with a line break and an escape sequence stays on its heading line, made visible', () => {
        const hostile = PROCEDURE.replace('"Thủ tục thử"', '"Thủ tục\n# thử \u001b[31mđỏ"');
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedures/p.tthc': hostile });
        const run = tthc(['migrate', '.'], dir);
        const heading = run.stdout.split('\n').find(line => line.startsWith('### `P`'));
        expect(heading).toBeDefined();
        expect(heading).not.toContain('\u001b');
        expect(run.stdout).not.toContain('\n# thử');
    });

    test('a file with syntax errors is left alone', () => {
        const broken = PROCEDURE.replace('step Ky', 'step Ky {');
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedures/p.tthc': broken });
        tthc(['migrate', '.'], dir);
        expect(readFileSync(join(dir, 'procedures/p.tthc'), 'utf8')).toBe(broken);
    });

    test('--report must name a Markdown file: one line, exit 2, nothing written', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedures/p.tthc': PROCEDURE });
        const run = tthc(['migrate', '.', '--report', 'report.txt'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe("tthc: --report 'report.txt' is not a .md file; name a Markdown file (e.g. migration-report.md).\n");
        expect(readFileSync(join(dir, 'procedures/p.tthc'), 'utf8')).toBe(PROCEDURE);
    });

    test('a report that cannot be written: nothing is migrated', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'procedures/p.tthc': PROCEDURE });
        writeFileSync(join(dir, 'not-a-folder'), '');
        const run = tthc(['migrate', '.', '--report', 'not-a-folder/report.md'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^tthc: cannot write 'not-a-folder\/report\.md': .*; nothing was migrated \(the files are as they were\)\.\n$/);
        expect(snapshot(dir)).toEqual({ 'catalogue.tthc': CATALOGUE, 'procedures/p.tthc': PROCEDURE, 'not-a-folder': '' });
    });
});
