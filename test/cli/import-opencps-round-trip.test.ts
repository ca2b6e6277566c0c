import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../scripts/bench/generate-workspace.mjs';
import { normaliseRoundTrip } from '../support/opencps-round-trip.js';
import { tthc } from './run-cli.js';

// The round trip of docs/import.md: `tthc build --target opencps,json` → `tthc import opencps` → `tthc build
// --target json` gives the same json output, but for the differences the page lists (normaliseRoundTrip).

const PROVINCE = ['--province', 'LamDong', '--province-title', 'Tỉnh Lâm Đồng', '--province-code', '68', '--province-agency', '000.00.00.H39'];

function fresh(): string {
    return mkdtempSync(join(tmpdir(), 'tthc-round-trip-'));
}

/** Builds `workspace`, imports its bundle, and returns the folders of both json outputs and the imported workspace. */
function roundTrip(workspace: string): { before: string; imported: string; status: number | null } {
    const before = fresh();
    const built = tthc(['build', workspace, '--target', 'opencps,json', '--out', before]);
    expect(built.status, built.stderr).toBe(0);
    const imported = fresh();
    const run = tthc(['import', 'opencps', join(before, 'opencps'), '--out', imported, ...PROVINCE]);
    return { before, imported, status: run.status };
}

function compare(before: string, after: string): string[] {
    const procedures = readdirSync(join(after, 'json/procedures')).sort();
    expect(procedures.length).toBeGreaterThan(0);
    const equal: string[] = [];
    for (const file of procedures) {
        const code = file.replace(/\.json$/, '');
        const a = readFileSync(join(before, 'json/procedures', file), 'utf8');
        const b = readFileSync(join(after, 'json/procedures', file), 'utf8');
        expect(normaliseRoundTrip(b), file).toBe(normaliseRoundTrip(a));
        equal.push(code);
    }
    return equal;
}

describe('OpenCPS round trip', () => {
    it('holds for the bench\'s generated workspace (50 procedures)', () => {
        const workspace = fresh();
        generateWorkspace(workspace, 50);
        const { before, imported, status } = roundTrip(workspace);
        // Nothing unresolved: every item of the bench's bundle maps.
        expect(status).toBe(0);
        const check = tthc(['check', imported]);
        expect(check.stdout).not.toMatch(/ error /);
        const after = fresh();
        const rebuilt = tthc(['build', imported, '--target', 'json', '--out', after]);
        expect(rebuilt.status, rebuilt.stdout + rebuilt.stderr).toBe(0);
        expect(readdirSync(join(after, 'json/procedures')).length).toBe(50);
        expect(compare(before, after).length).toBe(50);
    }, 120_000);

    it('holds for every procedure of examples/lam-dong', () => {
        const { before, imported, status } = roundTrip('examples/lam-dong');
        expect(status).toBe(0);
        const check = tthc(['check', imported]);
        // Nothing unresolved, nothing `tthc check` rejects: parts (with their level), totals and cases come back.
        expect(check.stdout).not.toMatch(/ error /);
        const after = fresh();
        const rebuilt = tthc(['build', imported, '--target', 'json', '--out', after]);
        expect(rebuilt.status, rebuilt.stdout + rebuilt.stderr).toBe(0);
        expect(readdirSync(join(after, 'json/procedures')).length).toBe(19);
        const equal = compare(before, after);
        // Byte-equal, every one of the 19, once the differences docs/import.md lists for all are set aside. The
        // group comes back as a group: one file, three members.
        expect(equal.length).toBe(19);
        expect(readdirSync(join(imported, 'procedures')).length).toBe(17);
    }, 120_000);

    it('carries a part\'s shared time and limit: its steps come back in it, without times of their own', () => {
        const workspace = fresh();
        cpSync('examples/lam-dong', workspace, { recursive: true });
        const file = join(workspace, 'procedures/chung-thuc-chu-ky.tthc');
        writeFileSync(file, readFileSync(file, 'utf8')
            .replace('appraisal by VanPhongXa.CongChucTuPhapHoTich 4h', 'appraisal by VanPhongXa.CongChucTuPhapHoTich in XuLy')
            .replace('approval by UBNDXa.PhoChuTich 2h', 'approval by UBNDXa.PhoChuTich in XuLy')
            .replace('    result "Giấy tờ, văn bản đã được chứng thực chữ ký"', '    result "Giấy tờ, văn bản đã được chứng thực chữ ký"\n    part XuLy "Chứng thực và ký" time 6h limit 1d'));
        const { before, imported } = roundTrip(workspace);
        const text = readFileSync(join(imported, 'procedures/2.000884.tthc'), 'utf8');
        expect(text).toContain('part XuLy "Chứng thực và ký" time 6h limit 1d');
        expect(text).toMatch(/step ChungThuc "[^"]+" appraisal by VanPhongXa\.CongChucTuPhapHoTich in XuLy\n/);
        expect(text).toMatch(/step Ky "[^"]+" approval by UBNDXa\.PhoChuTich in XuLy\n/);
        const after = fresh();
        const rebuilt = tthc(['build', imported, '--target', 'json', '--out', after]);
        expect(rebuilt.status, rebuilt.stdout + rebuilt.stderr).toBe(0);
        const json = (dir: string): string => normaliseRoundTrip(readFileSync(join(dir, 'json/procedures/2.000884.json'), 'utf8'));
        expect(json(after)).toBe(json(before));
    }, 120_000);

    it('carries the time rules a procedure counts with (the province\'s and its own) in durationText', () => {
        const workspace = fresh();
        cpSync('examples/lam-dong', workspace, { recursive: true });
        const catalogue = join(workspace, 'catalogue.tthc');
        writeFileSync(catalogue, readFileSync(catalogue, 'utf8').replace('agency 000.00.00.H39 days working {', 'agency 000.00.00.H39 days working cut-off 16:00 forward paper within 1wd {'));
        const file = join(workspace, 'procedures/chung-thuc-chu-ky.tthc');
        writeFileSync(file, readFileSync(file, 'utf8').replace('    code 2.000884\n', '    code 2.000884\n    cut-off 15:30\n'));
        const { before, imported, status } = roundTrip(workspace);
        expect(status).toBe(0);
        expect(readFileSync(join(before, 'opencps/services/2.000884.xml'), 'utf8'))
            .toContain('; Hồ sơ tiếp nhận sau 15 giờ 30 được chuyển vào đầu giờ ngày làm việc tiếp theo; Hồ sơ giấy được chuyển đến cơ quan giải quyết trong thời hạn 1 ngày làm việc</durationText>');
        expect(readFileSync(join(imported, 'procedures/2.000884.tthc'), 'utf8')).toMatch(/\n {4}cut-off 15:30\n {4}forward paper within 1d\n/);
        const after = fresh();
        const rebuilt = tthc(['build', imported, '--target', 'json', '--out', after]);
        expect(rebuilt.status, rebuilt.stdout + rebuilt.stderr).toBe(0);
        expect(compare(before, after).length).toBe(19);
    }, 120_000);

    it('keeps a fee\'s basis that ends with a parenthesis apart from the fee\'s note', () => {
        const workspace = fresh();
        cpSync('examples/lam-dong', workspace, { recursive: true });
        const file = join(workspace, 'procedures/cong-nhan-ket-qua-tham-do-khoang-san.tthc');
        const source = readFileSync(file, 'utf8');
        const basis = 'basis "Tổng chi phí thăm dò khoáng sản thực tế (không bao gồm thuế GTGT)"';
        // The online channel's first fee gets a note; the in-person one's has none.
        const at = source.lastIndexOf(basis) + basis.length;
        writeFileSync(file, `${source.slice(0, at)} "Nộp qua Cổng Dịch vụ công quốc gia (thanh toán trực tuyến)"${source.slice(at)}`);
        const { before, imported, status } = roundTrip(workspace);
        expect(status).toBe(0);
        expect(readFileSync(join(before, 'opencps/services/1.014466.xml'), 'utf8'))
            .toContain('tính trên: Tổng chi phí thăm dò khoáng sản thực tế (không bao gồm thuế GTGT) (ghi chú: Nộp qua Cổng Dịch vụ công quốc gia (thanh toán trực tuyến))');
        const text = readFileSync(join(imported, 'procedures/1.014466.tthc'), 'utf8');
        expect(text).toContain(`${basis}\n`);
        expect(text).toContain(`${basis} "Nộp qua Cổng Dịch vụ công quốc gia (thanh toán trực tuyến)"\n`);
        const after = fresh();
        expect(tthc(['build', imported, '--target', 'json', '--out', after]).status).toBe(0);
        expect(compare(before, after)).toContain('1.014466');
    }, 120_000);

    it('imports the compiler\'s published fixtures check-clean: partner units without roles, a hand-over\'s not-counted reason, the cases\' order', () => {
        // test/compiler/fixtures/published: `with SoTaiChinh, ThueTinh`, a partner unit with a ward title.
        const { before, imported, status } = roundTrip('test/compiler/fixtures/published');
        expect(status).toBe(0);
        expect(readFileSync(join(imported, 'procedures/1.011111.tthc'), 'utf8')).toMatch(/appraisal by SoNoiVu\.ChuyenVien assigned with SoTaiChinh, ThueTinh 5d in TaiSo/);
        expect(tthc(['check', imported]).stdout).not.toMatch(/ error /);
        expect(readdirSync(join(before, 'json/procedures')).length).toBe(4);
        // A not-counted hand-over keeps its reason (`(không tính thời gian: …)` in instructionNote).
        expect(readFileSync(join(imported, 'procedures/1.011111.tthc'), 'utf8'))
            .toContain('handover to ThueTinh via LGSP within 2d not-counted "thời gian thực hiện nghĩa vụ tài chính"');
        // Cases come back in the procedure's order (durationText's), not the order their submissions and branches are met.
        expect(readFileSync(join(imported, 'procedures/1.012345.tthc'), 'utf8')).toMatch(/ {4}case KhongHoiDong [^\n]+\n {4}case CoHoiDong /);
    }, 120_000);

    it('keeps the calendar: working hours, the province\'s own days off and make-up days', () => {
        const workspace = fresh();
        cpSync('examples/lam-dong', workspace, { recursive: true });
        const catalogue = join(workspace, 'catalogue.tthc');
        writeFileSync(catalogue, readFileSync(catalogue, 'utf8').replace('works monday to friday 07:30 to 11:30, 13:30 to 17:30',
            'works monday to friday 07:30 to 11:30, 13:30 to 17:30\n        works saturday 07:30 to 11:30\n'
            + '        year 2026 { holiday 2026-11-20 "Ngày truyền thống của tỉnh" make-up 2026-11-28 "Làm bù" works-like monday }'));
        const { before, imported } = roundTrip(workspace);
        const after = fresh();
        expect(tthc(['build', imported, '--target', 'json', '--out', after]).status).toBe(0);
        const calendar = (dir: string): string => normaliseRoundTrip(JSON.stringify(JSON.parse(readFileSync(join(dir, 'json/catalogue.json'), 'utf8')).calendar));
        expect(calendar(after)).toBe(calendar(before));
        expect(calendar(after)).toContain('Ngày truyền thống của tỉnh');
        expect(readFileSync(join(imported, 'catalogue.tthc'), 'utf8')).toContain('works saturday 07:30 to 11:30');
    }, 120_000);

    it('cannot start from examples/legacy, which tthc build refuses (district-level findings)', () => {
        const run = tthc(['build', 'examples/legacy', '--target', 'opencps', '--out', fresh()]);
        expect(run.status).toBe(1);
        expect(run.stderr).toContain('nothing was built');
    });
});
